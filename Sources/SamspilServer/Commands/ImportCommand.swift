import Fluent
import Foundation
import SamspilCore
import Vapor

/// `samspil import FILE... --body NAME [--date YYYY-MM-DD]`: parses and stores each document as a meeting
/// of the body. The same bytes twice change nothing; each document is stored whole or not at all; the
/// summary names every file with its meetings, items and warnings.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        /// The first file; more may follow (ConsoleKit has no variadic argument, see `run(using:)`).
        @Argument(name: "files", help: "One or more sets of minutes to import: .txt, .md, .docx or .pdf")
        var file: String

        @Option(name: "body", short: "b", help: "The body the meetings belong to: its key or its name")
        var body: String?

        @Flag(name: "create-body", help: "Create the body named by --body if it does not exist")
        var createBody: Bool

        @Option(name: "date", short: "d", help: "YYYY-MM-DD: the meeting date, for a document that does not say it")
        var date: String?
    }

    var help: String { "Imports minutes (text, Markdown, Word, PDF) as meetings of a body." }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    struct SomeFilesFailed: Error, CustomStringConvertible {
        let count: Int
        var description: String { "\(count) file(s) were not imported; see above." }
    }

    /// Takes every argument left after the options as a further file.
    func run(using context: inout CommandContext) async throws {
        let signature = try Signature(from: &context.input)
        let more = context.input.arguments
        if let unknown = more.first(where: { $0.hasPrefix("-") }) { throw CommandError.unknownInput(unknown) }
        try await importFiles([signature.file] + more, signature: signature, context: context)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await importFiles([signature.file], signature: signature, context: context)
    }

    private func importFiles(_ files: [String], signature: Signature, context: CommandContext) async throws {
        guard let bodyName = signature.body else {
            throw UsageError(description: "Name the body the meetings belong to with --body (its key or its name).")
        }
        var date: CalendarDay?
        if let text = signature.date {
            guard let day = CalendarDay(iso: text) else {
                throw UsageError(description: "--date \(text) is not a date: write it as YYYY-MM-DD, e.g. 2021-06-18.")
            }
            date = day
        }
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let body: Body
        if signature.createBody, try await BodyLookup.find(bodyName, on: app.db) == nil {
            body = try await BodyLookup.create(named: bodyName, on: app.db)
            context.console.print("Created the body \(body.name) (\(body.slug)).")
        } else {
            body = try await BodyLookup.require(bodyName, on: app.db)
        }

        let importer = MinutesImporter(database: app.db, parser: app.minutesParser)
        let progress = ImportProgress(total: files.count, console: context.console)
        var reports: [MinutesImporter.FileReport] = []
        for (index, path) in files.enumerated() {
            progress.show(done: index, current: path)
            reports.append(await importer.importFile(at: URL(fileURLWithPath: path), into: body, date: date))
        }
        progress.finish()
        context.console.print(ImportSummary.text(of: reports, body: body))
        let failures = reports.filter { if case .failure = $0.result { true } else { false } }.count
        if failures > 0 { throw SomeFilesFailed(count: failures) }
    }
}

/// A one-line progress bar on a terminal when there are many files; nothing otherwise.
struct ImportProgress {
    let total: Int
    let console: any Console
    private var enabled: Bool { total > 3 && isatty(STDOUT_FILENO) == 1 }

    func show(done: Int, current: String) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let name = URL(fileURLWithPath: current).lastPathComponent.prefix(40)
        console.output("\r\u{1B}[K\(bar) \(done)/\(total) \(name)".consoleText(), newLine: false)
    }

    func finish() {
        guard enabled else { return }
        console.output("\r\u{1B}[K".consoleText(), newLine: false)
    }
}

enum ImportSummary {
    static func text(of reports: [MinutesImporter.FileReport], body: Body) -> String {
        var lines: [String] = []
        var stored = 0, skipped = 0, failed = 0, items = 0, warnings = 0
        for report in reports {
            switch report.result {
            case let .success(result):
                let what: String
                switch result.outcome {
                case .stored:
                    stored += 1
                    items += result.items
                    warnings += result.warnings.count
                    what = "stored: meeting \(result.date?.iso ?? "?"), \(result.items) items, \(result.warnings.count) warnings"
                case .alreadyImported:
                    skipped += 1
                    what = "already imported: nothing changed"
                }
                lines.append("\(report.fileName): \(what)")
                if case .stored = result.outcome {
                    lines += result.warnings.map { "    ! \($0)" }
                }
            case let .failure(error):
                failed += 1
                lines.append("\(report.fileName): NOT imported: \(error)")
            }
        }
        lines.append("Into \(body.name): \(stored) meetings stored (\(items) items, \(warnings) warnings), "
            + "\(skipped) already imported, \(failed) failed.")
        return lines.joined(separator: "\n")
    }
}
