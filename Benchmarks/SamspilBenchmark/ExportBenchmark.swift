import Foundation
import MinutesExport
import MinutesImport
import SamspilCore
import SamspilDemo
import SamspilServer
import Vapor

/// Export of a large meeting (issue 5): 40 items and 40 attachments, stored as any imported meeting is,
/// then exported as `samspil export` does it: loaded from the database, built into a document, written.
enum ExportBenchmark {
    static let itemCount = 40
    static let attachmentCount = 40

    struct Figures {
        /// Seconds per export, sorted.
        var docx: [Double]
        var html: [Double]
        /// One PDF print through Chromium, when it is installed.
        var pdf: Double?
        var docxBytes: Int
    }

    /// The three fixtures' items, repeated and renumbered to 40, each naming its attachment under Bilag,
    /// and the meeting's list of 40 attachments: minutes as long as the longest a cluster writes.
    static func largeMeeting() throws -> ParsedMinutes {
        let fixtures = try DemoMinutes.documents.map { try MinutesParser().parse(Data(contentsOf: $0.url), fileName: $0.fileName) }
        var minutes = fixtures[1]
        let items = fixtures.flatMap(\.items)
        let attachments = (1...attachmentCount).map { "Bilag \($0): Notat om punkt \(($0 - 1) % itemCount + 1)" }
        minutes.attachments = attachments
        minutes.items = (0..<itemCount).map { index in
            var item = items[index % items.count]
            item.number = index + 1
            item.start = nil
            item.end = nil
            item.sections.removeAll { $0.kind == .attachments }
            item.sections.append(.init(kind: .attachments, text: attachments[index % attachmentCount]))
            return item
        }
        minutes.meeting.date = CalendarDay(year: 2026, month: 11, day: 27)
        minutes.meeting.status = .approved
        return minutes
    }

    static func run(in folder: URL, app: Application) async throws -> Figures {
        let body = try await BodyLookup.create(named: "Klyngestyregruppen for Eksportklyngen", on: app.db)
        // Stored through the importer, from the Word document Samspil itself writes for these minutes.
        let source = folder.appendingPathComponent("stort-referat.docx")
        try DocxWriter.data(for: MeetingDocument(kind: .minutes, content: try largeMeeting())).write(to: source)
        let report = await MinutesImporter(database: app.db).importFile(at: source, into: body, date: nil)
        let stored = try report.result.get()
        guard stored.items == itemCount else {
            throw BenchmarkFailure(description: "the large meeting stored \(stored.items) items, not \(itemCount)")
        }

        func export(_ format: String) async throws -> (seconds: Double, bytes: Int) {
            var bytes = 0
            let elapsed = try await seconds {
                bytes = try await app.exportDocument(bodySlug: body.slug, key: "2026-11-27", kind: .minutes, format: format).data.count
            }
            return (elapsed, bytes)
        }
        _ = try await export("docx") // warm-up
        var figures = Figures(docx: [], html: [], docxBytes: 0)
        for _ in 0..<20 {
            let docx = try await export("docx")
            figures.docx.append(docx.seconds)
            figures.docxBytes = docx.bytes
            figures.html.append(try await export("html").seconds)
        }
        figures.docx.sort()
        figures.html.sort()
        if PDFPrinter.locate() != nil {
            figures.pdf = try await export("pdf").seconds
        }
        return figures
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}
