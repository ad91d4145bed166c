import Foundation
@testable import MinutesExport
@testable import MinutesImport
import SamspilCore
import SamspilDemo
import Testing

/// A document Samspil writes is read back by Samspil's own importer into the same meeting.
@Suite("Round trip through Word")
struct RoundTripTests {
    static let fixtures = DemoMinutes.documents.map(\.fileName)

    @Test(arguments: fixtures)
    func minutesComeBackFromWord(fileName: String) throws {
        let original = try DemoFixture.parsed(fileName)
        let document = MeetingDocument(kind: .minutes, content: original)
        let data = try DocxWriter.data(for: document)
        if let folder = ProcessInfo.processInfo.environment["SAMSPIL_EXPORT_DUMP"] {
            try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(fileName + ".docx"))
        }
        let readBack = try MinutesParser().parse(data, fileName: "referat.docx")
        RoundTrip.expectSameMeeting(readBack, as: document.content)
    }

    @Test(arguments: fixtures)
    func minutesComeBackFromPDF(fileName: String) throws {
        guard let printer = try Printing.printer() else { return }
        let original = try DemoFixture.parsed(fileName)
        let document = MeetingDocument(kind: .minutes, content: original)
        let data = try printer.pdf(for: document)
        if let folder = ProcessInfo.processInfo.environment["SAMSPIL_EXPORT_DUMP"] {
            try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(fileName + ".pdf"))
        }
        let readBack = try MinutesParser().parse(data, fileName: "referat.pdf")
        RoundTrip.expectSameMeeting(readBack, as: document.content)
    }

    /// An agenda is the same meeting without its decisions.
    @Test func anAgendaComesBackWithoutDecisions() throws {
        let original = try DemoFixture.parsed("midtklyngen-2021-06-18.txt")
        let agenda = MeetingDocument(kind: .agenda, content: original)
        #expect(original.items.contains { $0.sections.contains { $0.kind == .decision } })
        #expect(!agenda.content.items.contains { $0.sections.contains { $0.kind == .decision } })
        let readBack = try MinutesParser().parse(try DocxWriter.data(for: agenda), fileName: "dagsorden.docx")
        RoundTrip.expectSameMeeting(readBack, as: agenda.content)
    }
}

/// Chromium for the PDF tests: the test command installs it and sets SAMSPIL_TEST_REQUIRE_BROWSER, so
/// there a missing Chromium fails; elsewhere the PDF tests are skipped.
enum Printing {
    static func printer() throws -> PDFPrinter? {
        if let printer = PDFPrinter.locate() { return printer }
        if ProcessInfo.processInfo.environment["SAMSPIL_TEST_REQUIRE_BROWSER"] == "1" {
            throw PrinterMissing()
        }
        return nil
    }

    struct PrinterMissing: Error, CustomStringConvertible {
        var description: String { "Chromium is required for the PDF tests: \(PDFPrinter.installAdvice)" }
    }
}

enum DemoFixture {
    static func parsed(_ fileName: String) throws -> ParsedMinutes {
        let document = try #require(DemoMinutes.documents.first { $0.fileName == fileName })
        var minutes = try MinutesParser().parse(fileAt: document.url)
        if minutes.meeting.date == nil, let supplied = document.suppliedDate { minutes.meeting.date = CalendarDay(iso: supplied) }
        minutes.source = nil
        minutes.warnings = []
        return minutes
    }
}

enum RoundTrip {
    static func expectSameMeeting(_ actual: ParsedMinutes, as expected: ParsedMinutes,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let differences = ReadBack.differences(actual, from: expected)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
