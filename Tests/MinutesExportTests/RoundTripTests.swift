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

/// What "the same meeting" means: the header, the attendance, and every item with its title, time,
/// presenter and sections. Texts are compared as their words, since a document lays out lines its own way.
enum RoundTrip {
    static func words(_ text: String?) -> String {
        (text ?? "").precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "[^\\p{L}\\p{N}]+", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }

    static func expectSameMeeting(_ actual: ParsedMinutes, as expected: ParsedMinutes,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let meeting = expected.meeting, got = actual.meeting
        #expect(got.date == meeting.date, sourceLocation: sourceLocation)
        #expect(got.start == meeting.start, sourceLocation: sourceLocation)
        #expect(got.end == meeting.end, sourceLocation: sourceLocation)
        #expect(got.chair == meeting.chair, sourceLocation: sourceLocation)
        #expect(got.minuteTakers == meeting.minuteTakers, sourceLocation: sourceLocation)
        #expect(got.status == meeting.status, sourceLocation: sourceLocation)
        #expect(words(got.location) == words(meeting.location), sourceLocation: sourceLocation)
        #expect(got.body == meeting.body, sourceLocation: sourceLocation)

        for (list, gotPeople, expectedPeople) in [("present", actual.attendance.present, expected.attendance.present),
                                                  ("absent", actual.attendance.absent, expected.attendance.absent),
                                                  ("guests", actual.attendance.guests, expected.attendance.guests)] {
            #expect(gotPeople.map(\.name) == expectedPeople.map(\.name), "\(list)", sourceLocation: sourceLocation)
            #expect(gotPeople.map { words($0.organisation) } == expectedPeople.map { words($0.organisation) }, "\(list) organisations", sourceLocation: sourceLocation)
            #expect(gotPeople.map { words($0.title) } == expectedPeople.map { words($0.title) }, "\(list) titles", sourceLocation: sourceLocation)
            #expect(gotPeople.map { words($0.note) } == expectedPeople.map { words($0.note) }, "\(list) notes", sourceLocation: sourceLocation)
        }
        #expect(actual.attachments.map { words($0) } == expected.attachments.map { words($0) }, sourceLocation: sourceLocation)

        #expect(actual.items.count == expected.items.count, sourceLocation: sourceLocation)
        for (got, item) in zip(actual.items, expected.items) {
            let label = "item \(item.number.map(String.init) ?? "-") \(item.title)"
            #expect(got.number == item.number, "\(label)", sourceLocation: sourceLocation)
            #expect(got.title == item.title, "\(label)", sourceLocation: sourceLocation)
            #expect(got.presenter == item.presenter, "\(label)", sourceLocation: sourceLocation)
            #expect(got.start == item.start, "\(label)", sourceLocation: sourceLocation)
            #expect(got.end == item.end, "\(label)", sourceLocation: sourceLocation)
            #expect(got.caseNumber == item.caseNumber, "\(label)", sourceLocation: sourceLocation)
            #expect(got.sections.map(\.kind) == item.sections.filter { !$0.text.isEmpty }.map(\.kind), "\(label) sections", sourceLocation: sourceLocation)
            for (gotSection, section) in zip(got.sections, item.sections.filter { !$0.text.isEmpty }) {
                #expect(words(gotSection.text) == words(section.text), "\(label) \(section.kind)", sourceLocation: sourceLocation)
            }
        }
    }
}
