import Foundation
import MinutesImport
import SamspilCore
import Vapor

/// `samspil parse FILE [--json]`: shows the structure the importer recovers from a document and stores
/// nothing. The JSON is the contract of `docs/parsed-minutes.schema.json`.
struct ParseCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A set of minutes: .txt, .md, .docx or .pdf")
        var file: String

        @Flag(name: "json", help: "Print the structure as JSON instead of an outline")
        var json: Bool
    }

    var help: String { "Parses a set of minutes and prints its structure (stores nothing)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let minutes = try context.application.minutesParser.parse(fileAt: URL(fileURLWithPath: signature.file))
        if signature.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(minutes)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            context.console.print(MinutesOutline.text(of: minutes))
        }
    }
}

/// The readable outline of parsed minutes, as a secretary checks it before an import.
enum MinutesOutline {
    static func text(of minutes: ParsedMinutes) -> String {
        let language = Language.da
        let meeting = minutes.meeting
        var lines: [String] = []
        if let source = minutes.source {
            lines.append("\(source.fileName) (\(source.format.rawValue), sha256 \(source.sha256.prefix(12))…)")
        }
        let when = [meeting.date.map(language.format) ?? "dato ukendt",
                    language.format(start: meeting.start, end: meeting.end)].compactMap { $0 }
        lines.append("Møde: " + when.joined(separator: ", ") + (meeting.status == .draft ? " · UDKAST" : ""))
        if let body = meeting.body ?? meeting.cluster { lines.append("Forum: \(body)") }
        if let location = meeting.location { lines.append("Sted: \(location)") }
        if let chair = meeting.chair { lines.append("Mødeleder: \(chair)") }
        if !meeting.minuteTakers.isEmpty { lines.append("Referenter: \(meeting.minuteTakers.joined(separator: ", "))") }
        let attendance = minutes.attendance
        lines.append("Deltagere: \(attendance.present.count) til stede, \(attendance.absent.count) afbud, "
            + "\(attendance.guests.count) gæster" + (attendance.invited.map { " (\($0.count) inviterede)" } ?? ""))
        if !minutes.attachments.isEmpty { lines.append("Bilag: \(minutes.attachments.count)") }
        lines.append("Punkter: \(minutes.items.filter { $0.number != nil }.count)")
        for item in minutes.items {
            let number = item.number.map { "\($0)." } ?? "–"
            let details = [language.format(start: item.start, end: item.end), item.presenter.map { "v/ \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
            let sections = item.sections.map { $0.heading ?? language.heading(of: $0.kind) }.joined(separator: ", ")
            lines.append("  \(number) \(item.title)" + (details.isEmpty ? "" : " (\(details))")
                + (sections.isEmpty ? "" : " [\(sections)]"))
        }
        if !minutes.warnings.isEmpty {
            lines.append("Advarsler:")
            lines += minutes.warnings.map { "  ! \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
