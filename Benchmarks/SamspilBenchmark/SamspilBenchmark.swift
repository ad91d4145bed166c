import Foundation
import MinutesImport
import SamspilCore
import SamspilDemo
import SamspilServer
import Vapor
import SQLKit

// `swift run -c release samspil-benchmark`: the importer's and the exporter's figures, in a release build.
//   1. parse throughput: MB of text per second on one core, over the three real sets of minutes
//      (target: at least 10 MB/s);
//   2. the time to import 1,000 documents into a new SQLite file (target: under 15 s);
//   3. the time to export a meeting with 40 items and 40 attachments as Word (target: under 1 s), with
//      print HTML and one PDF for comparison.
// `samspil-benchmark search` measures search instead (see SearchBenchmark.swift and scripts/benchmark-search).
// Prints the figures and exits non-zero when a target is missed.

/// The fixtures, each made unique per copy so that every import stores a new meeting (a new sha256).
func documents(count: Int) throws -> [(name: String, data: Data, date: CalendarDay)] {
    let originals = try DemoMinutes.documents.map { (name: $0.fileName, text: try String(contentsOf: $0.url, encoding: .utf8)) }
    let start = CalendarDay(year: 2000, month: 1, day: 1)!
    return (0..<count).map { index in
        let original = originals[index % originals.count]
        let day = CalendarDay(year: start.year + index / 336, month: index / 28 % 12 + 1, day: index % 28 + 1)!
        let data = Data((original.text + "\n\nDokument \(index)\n").utf8)
        return ("\(index)-\(original.name)", data, day)
    }
}

/// Prints a line at once, also into a file: a long run shows where it is, and a failed one how far it got.
func progress(_ line: String) {
    print(line)
    fflush(nil)
}

func seconds(_ work: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try await clock.measure(work)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

@main
enum SamspilBenchmark {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            let met = arguments.first == "search" ? try await runSearch(Array(arguments.dropFirst())) : try await run()
            exit(met ? 0 : 1)
        } catch {
            // A wrong argument or a failed run: what went wrong, not a crash report.
            FileHandle.standardError.write(Data("samspil-benchmark: \(error)\n".utf8))
            exit(2)
        }
    }

    /// `samspil-benchmark search [--meetings N] [--rounds R] [--postgres URL | --postgres-reuse URL] [--sqlite FILE]`:
    /// search on SQLite (a new file, or with --sqlite one a run kept) and, given an empty database's URL, on
    /// PostgreSQL (or with --postgres-reuse one that holds generated, indexed meetings already).
    static func runSearch(_ arguments: [String]) async throws -> Bool {
        var options: [String: String] = [:]
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard ["--meetings", "--rounds", "--postgres", "--postgres-reuse", "--sqlite"].contains(name), let value = rest.popFirst() else {
                throw BenchmarkFailure(description: """
                    usage: samspil-benchmark search [--meetings N] [--rounds R] [--postgres URL | --postgres-reuse URL] [--sqlite FILE]
                    """)
            }
            options[name] = value
        }
        let meetings = Int(options["--meetings"] ?? "") ?? 80_000
        let rounds = Int(options["--rounds"] ?? "") ?? 8
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = options["--sqlite"] ?? folder.appendingPathComponent("search.sqlite").path
        var figures = [try await SearchBenchmark.run(.sqlite(path: sqlite), name: "SQLite (FTS5)", meetings: meetings,
                                                      rounds: rounds, reuse: options["--sqlite"] != nil)]
        if let url = options["--postgres"] ?? options["--postgres-reuse"] {
            figures.append(try await SearchBenchmark.run(.postgres(url: url), name: "PostgreSQL (tsvector)", meetings: meetings,
                                                          rounds: rounds, reuse: options["--postgres-reuse"] != nil))
        }
        return SearchBenchmark.report(figures)
    }

    /// Returns whether every target was met.
    static func run() async throws -> Bool {
        let parser = MinutesParser()
        let fixtures = try DemoMinutes.documents.map { (name: $0.fileName, data: try Data(contentsOf: $0.url)) }
        let fixtureBytes = fixtures.reduce(0) { $0 + $1.data.count }

        // 1. Parse throughput: repeat until at least 3 seconds of work, after one warm-up round.
        for fixture in fixtures { _ = try parser.parse(fixture.data, fileName: fixture.name) }
        var rounds = 0
        let parseSeconds = try await seconds {
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: .seconds(3))
            while clock.now < deadline {
                for fixture in fixtures { _ = try parser.parse(fixture.data, fileName: fixture.name) }
                rounds += 1
            }
        }
        let megabytesPerSecond = Double(fixtureBytes * rounds) / 1_000_000 / parseSeconds

        // 2. Import 1,000 documents into a new SQLite file, through the same code as `samspil import`.
        let count = 1000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-benchmark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try documents(count: count)
        for input in inputs { try input.data.write(to: folder.appendingPathComponent(input.name)) }

        var environment = Environment(name: "benchmark", arguments: ["samspil-benchmark"])
        environment.arguments = ["samspil-benchmark"]
        let app = try await Application.make(environment)
        app.logger.logLevel = .warning
        try configure(app, AppConfiguration(database: .sqlite(path: folder.appendingPathComponent("samspil.sqlite").path), demo: .off))
        try await app.autoMigrate()
        // As `samspil import` prepares the database.
        try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
        let body = try await BodyLookup.create(named: "Klyngestyregruppen for Benchmarkklyngen", on: app.db)
        let importer = MinutesImporter(database: app.db)
        var failures = 0
        var stored = 0
        var items = 0
        let importSeconds = await seconds {
            for input in inputs {
                let report = await importer.importFile(at: folder.appendingPathComponent(input.name), into: body, date: input.date)
                switch report.result {
                case let .success(result):
                    if case .stored = result.outcome { stored += 1 }
                    items += result.items
                case let .failure(error):
                    failures += 1
                    print("failed: \(input.name): \(error)")
                }
            }
        }
        let export = try await ExportBenchmark.run(in: folder, app: app)
        try await app.asyncShutdown()

        print(String(format: "parse throughput: %.1f MB/s on one core (%d rounds of %d bytes in %.2f s; target >= 10 MB/s)",
                     megabytesPerSecond, rounds, fixtureBytes, parseSeconds))
        print(String(format: "import into SQLite: %d documents in %.2f s = %.1f documents/s (%d meetings, %d items stored; target < 15 s)",
                     count, importSeconds, Double(count) / importSeconds, stored, items))
        let docxMedian = export.docx[export.docx.count / 2], docxWorst = export.docx.last ?? .infinity
        print(String(format: "export of %d items and %d attachments as Word: median %.0f ms, slowest %.0f ms of %d (%d bytes; target < 1 s)",
                     ExportBenchmark.itemCount, ExportBenchmark.attachmentCount, docxMedian * 1000, docxWorst * 1000,
                     export.docx.count, export.docxBytes))
        let pdf = export.pdf.map { String(format: "%.2f s", $0) } ?? "not measured (Chromium is not installed)"
        print(String(format: "  as print HTML: median %.0f ms", export.html[export.html.count / 2] * 1000) + "; as PDF through Chromium: \(pdf)")
        let met = megabytesPerSecond >= 10 && importSeconds < 15 && failures == 0 && stored == count && docxWorst < 1
        print(met ? "benchmark: every target met" : "benchmark: a target was missed")
        return met
    }
}
