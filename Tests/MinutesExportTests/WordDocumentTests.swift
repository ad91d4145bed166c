import Foundation
@testable import MinutesExport
import MinutesImport
import SamspilCore
import Testing

/// The Word documents as independent readers see them: python-docx (what scripts and other tools use)
/// and LibreOffice (what opens them on members' machines).
@Suite("Word documents in other readers")
struct WordDocumentTests {
    @Test(arguments: RoundTripTests.fixtures)
    func pythonDocxFindsHeaderAttendanceItemsAndSections(fileName: String) throws {
        var content = try DemoFixture.parsed(fileName)
        content.meeting.status = .draft
        let document = MeetingDocument(kind: .minutes, content: content)
        guard let seen = try PythonDocx.read(try DocxWriter.data(for: document)) else { return }

        #expect(seen.title == [document.heading])
        #expect(seen.texts.contains(document.subtitle))
        #expect(seen.texts.first == "UDKAST")
        #expect(seen.header.contains("UDKAST"))
        #expect(seen.footer.contains("PAGE") && seen.footer.contains("NUMPAGES"))
        let meeting = content.meeting
        if let date = meeting.date {
            #expect(seen.texts.contains("Tidspunkt: " + DocumentOutline.dateAndTime(date, meeting.start, meeting.end)))
        }
        if let chair = meeting.chair { #expect(seen.texts.contains("Mødeleder: \(chair)")) }

        for person in content.attendance.present + content.attendance.absent + content.attendance.guests {
            #expect(seen.texts.contains { $0.hasPrefix(person.name) }, "\(person.name) is missing")
        }
        #expect(seen.heading1.starts(with: ["Mødedeltagere", "Afbud"]) || seen.heading1.starts(with: ["Inviterede", "Afbud"]))
        #expect(seen.heading1.last == "Referat")

        // Every item is a Heading 2, numbered by Word's numbering when it has a number.
        #expect(seen.heading2.map(\.text) == content.items.map { DocumentOutline.heading(of: $0) })
        for (heading, item) in zip(seen.heading2, content.items) {
            #expect(heading.numbered == (item.number != nil), "\(item.title)")
        }
        let sectionHeadings = content.items.flatMap { $0.sections.filter { !$0.text.isEmpty }.compactMap(DocumentOutline.heading(of:)) }
        #expect(seen.heading3 == sectionHeadings)
    }

    /// LibreOffice opens every document and prints it; the printout reads back as the same meeting.
    @Test(arguments: RoundTripTests.fixtures)
    func libreOfficeOpensAndPrintsEveryDocument(fileName: String) throws {
        guard case .found(let soffice) = ExternalProgram.find("soffice") else {
            if ProcessInfo.processInfo.environment["SAMSPIL_TEST_REQUIRE_BROWSER"] == "1" {
                Issue.record("LibreOffice (soffice) is required: apt-get install libreoffice-writer-nogui")
            }
            return
        }
        let document = MeetingDocument(kind: .minutes, content: try DemoFixture.parsed(fileName))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("referat.docx")
        try DocxWriter.data(for: document).write(to: input)
        let errors = folder.appendingPathComponent("errors.txt")
        try Data().write(to: errors)
        let status = try ExternalProgram.run(
            soffice, arguments: ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                                 "--outdir", folder.path, input.path],
            errorsTo: errors, timeout: .seconds(180))
        #expect(status == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("referat.pdf"))
        let readBack = try MinutesParser().parse(pdf, fileName: "referat.pdf")
        RoundTrip.expectSameMeeting(readBack, as: document.content)
    }
}

/// python-docx, run as a subprocess: what it reads of a document's paragraphs, styles, header and footer.
enum PythonDocx {
    struct Seen: Decodable {
        struct Heading: Decodable {
            let text: String
            let numbered: Bool
        }

        let title: [String]
        let heading1: [String]
        let heading2: [Heading]
        let heading3: [String]
        let texts: [String]
        let header: String
        let footer: String
    }

    static let script = #"""
    import json, sys, docx
    from docx.oxml.ns import qn
    d = docx.Document(sys.argv[1])
    def styled(name): return [p for p in d.paragraphs if p.style.name == name]
    section = d.sections[0]
    print(json.dumps({
        "title": [p.text for p in styled("Title")],
        "heading1": [p.text for p in styled("Heading 1")],
        "heading2": [{"text": p.text, "numbered": p._p.find(qn("w:pPr")) is not None and p._p.pPr.numPr is not None}
                     for p in styled("Heading 2")],
        "heading3": [p.text for p in styled("Heading 3")],
        "texts": [p.text for p in d.paragraphs],
        "header": "\n".join(p.text for p in section.header.paragraphs),
        "footer": section.footer._element.xml,
    }))
    """#

    /// nil (the test is skipped) when python-docx is not installed and the test command did not ask for it.
    static func read(_ data: Data) throws -> Seen? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.docx")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0, said.contains("No module named 'docx'"),
           ProcessInfo.processInfo.environment["SAMSPIL_TEST_REQUIRE_BROWSER"] != "1" {
            return nil
        }
        guard process.terminationStatus == 0 else { throw PythonFailed(said: said) }
        return try JSONDecoder().decode(Seen.self, from: bytes)
    }

    struct PythonFailed: Error, CustomStringConvertible {
        let said: String
        var description: String { "python-docx could not read the document: \(said)" }
    }
}
