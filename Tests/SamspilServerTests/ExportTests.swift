import Fluent
import Foundation
import MinutesExport
import MinutesImport
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// A meeting's agenda and minutes as documents, from the meeting page: what each visitor gets, read
/// back by Samspil's own importer into the same meeting.
@Suite("Documents of a meeting")
struct ExportTests {
    static let demoMeetings = ["2015-03-04", MeetingWork.approvedMeeting, MeetingWork.draftMeeting]

    static func documentPath(_ key: String, _ kind: MeetingDocument.Kind, _ format: ExportFormat) -> String {
        MeetingWork.path(key, .document(kind, format))
    }

    /// What the meeting page's model gives this viewer, as the document the export writes.
    static func expected(_ app: Application, key: String, kind: MeetingDocument.Kind, viewer: Viewer) async throws -> MeetingDocument {
        let (document, _) = try await MeetingExport(database: app.db)
            .document(kind, bodySlug: MeetingWork.slug, key: try #require(MeetingKey(key)), viewer: viewer)
        return document
    }

    /// Every demo meeting stored in the database comes back from its Word and PDF minutes as the same
    /// meeting: header, attendance, items, titles and sections.
    @Test(arguments: TestDatabase.all)
    func everyDemoMeetingComesBackFromItsDocuments(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let browser = try await MeetingWork.browser(app, .administrator)
            var formats: [ExportFormat] = [.docx]
            if app.pdfPrinter != nil {
                formats.append(.pdf)
            } else if ProcessInfo.processInfo.environment["SAMSPIL_TEST_REQUIRE_BROWSER"] == "1" {
                Issue.record("Chromium is required for the PDF export: \(PDFPrinter.installAdvice)")
            }
            for key in Self.demoMeetings {
                let written = try await Self.expected(app, key: key, kind: .minutes, viewer: .everything)
                let stored = try await MeetingWork.items(app, key)
                #expect(written.content.items.map(\.title) == stored.map(\.title))
                for format in formats {
                    let response = try await browser.get(Self.documentPath(key, .minutes, format))
                    #expect(response.status == .ok, "\(key).\(format)")
                    #expect(response.headers.first(name: .contentType) == format.contentType)
                    #expect(response.headers.first(name: .contentDisposition)?.contains("referat-\(key).\(format.rawValue)") == true)
                    let read = try MinutesParser().parse(Data(buffer: response.body), fileName: "referat.\(format.rawValue)")
                    let differences = ReadBack.differences(read, from: written.content)
                    #expect(differences.isEmpty, "\(key).\(format): \(differences.joined(separator: "\n"))")
                }
            }
        }
    }

    /// The public gets what the meeting page shows them: approved minutes, the agenda of a meeting whose
    /// minutes are a draft (without its decisions), no contact details; members get everything.
    @Test(arguments: TestDatabase.all)
    func thePublicGetsWhatThePageShowsThem(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let approved = try await MeetingWork.items(app, MeetingWork.approvedMeeting)
            let item = try #require(approved.first { !$0.sections.isEmpty })
            try await ItemSectionModel(itemID: item.id, position: 99,
                                       section: ItemSection(kind: .description, text: "Spørgsmål til katrine.gimm@midt.rm.dk eller tlf. 7844 1416."))
                .create(on: app.db)

            let anonymous = try await MeetingWork.browser(app, .anonymous)
            let member = try await MeetingWork.browser(app, .member)
            let publicMinutes = try await anonymous.get(Self.documentPath(MeetingWork.approvedMeeting, .minutes, .docx))
            #expect(publicMinutes.status == .ok)
            let publicText = try Self.text(of: publicMinutes)
            #expect(!publicText.contains("katrine.gimm@midt.rm.dk") && !publicText.contains("7844 1416"))
            let memberText = try Self.text(of: try await member.get(Self.documentPath(MeetingWork.approvedMeeting, .minutes, .docx)))
            #expect(memberText.contains("katrine.gimm@midt.rm.dk") && memberText.contains("7844 1416"))

            // The 2022 minutes are a draft: the public gets the agenda, without decisions, and no minutes.
            #expect(try await anonymous.get(Self.documentPath(MeetingWork.draftMeeting, .minutes, .docx)).status == .notFound)
            #expect(try await anonymous.get(Self.documentPath(MeetingWork.draftMeeting, .minutes, .html)).status == .notFound)
            let agenda = try await anonymous.get(Self.documentPath(MeetingWork.draftMeeting, .agenda, .docx))
            #expect(agenda.status == .ok)
            let read = try MinutesParser().parse(Data(buffer: agenda.body), fileName: "dagsorden.docx")
            #expect(!read.items.isEmpty)
            #expect(!read.items.contains { $0.sections.contains { $0.kind == .decision } })
            let memberDraft = try MinutesParser().parse(
                Data(buffer: try await member.get(Self.documentPath(MeetingWork.draftMeeting, .minutes, .docx)).body),
                fileName: "referat.docx")
            #expect(memberDraft.meeting.status == .draft)
            #expect(memberDraft.items.contains { $0.sections.contains { $0.kind == .decision } })

            // The page links to what the visitor may fetch.
            let page = try await anonymous.get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).body.string
            #expect(page.contains(Self.documentPath(MeetingWork.draftMeeting, .agenda, .pdf)))
            #expect(!page.contains(Self.documentPath(MeetingWork.draftMeeting, .minutes, .docx)))
            let memberPage = try await member.get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).body.string
            #expect(memberPage.contains(Self.documentPath(MeetingWork.draftMeeting, .minutes, .docx)))
        }
    }

    /// A copy a cache holds is confirmed with 304 until the meeting changes; the print version is a page
    /// of its own with a print style sheet.
    @Test(arguments: TestDatabase.all)
    func documentsCarryValidatorsThatFollowTheMeeting(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let anonymous = try await MeetingWork.browser(app, .anonymous)
            let path = Self.documentPath(MeetingWork.approvedMeeting, .minutes, .docx)
            let first = try await anonymous.get(path)
            let eTag = try #require(first.headers.first(name: .eTag))
            #expect(first.headers.first(name: .cacheControl)?.contains("public") == true)
            #expect(first.headers.first(name: .lastModified) != nil)
            let again = try await app.sendRequest(.GET, path, headers: ["If-None-Match": eTag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)

            let secretary = try await MeetingWork.browser(app, .secretary)
            let item = try #require(try await MeetingWork.items(app, MeetingWork.approvedMeeting).first)
            var fields = MeetingWork.itemFields(item, ["title": item.title + " (rettet)"])
            fields["reason"] = "Stavefejl"
            #expect(try await secretary.post(MeetingWork.path(MeetingWork.approvedMeeting, .item(item.id)), fields).status == .seeOther)
            let changed = try await app.sendRequest(.GET, path, headers: ["If-None-Match": eTag])
            #expect(changed.status == .ok)
            #expect(changed.headers.first(name: .eTag) != eTag)

            let print = try await anonymous.get(Self.documentPath(MeetingWork.approvedMeeting, .minutes, .html))
            #expect(print.status == .ok)
            #expect(print.headers.first(name: .contentDisposition)?.hasPrefix("inline") == true)
            #expect(print.body.string.contains("@page"))
            #expect(print.body.string.contains(item.title + " (rettet)"))
        }
    }

    /// Without Chromium the PDF link explains what to install and leads back; Word still works.
    @Test(arguments: TestDatabase.all)
    func withoutChromiumThePDFSaysWhatToInstall(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            app.pdfPrinter = nil
            let anonymous = try await MeetingWork.browser(app, .anonymous)
            let pdf = try await anonymous.get(Self.documentPath(MeetingWork.approvedMeeting, .minutes, .pdf))
            #expect(pdf.status == .serviceUnavailable)
            #expect(pdf.body.string.contains("apt-get install chromium"))
            #expect(pdf.body.string.contains("href=\"\(MeetingWork.meetingPath(MeetingWork.approvedMeeting))\""))
            #expect(try await anonymous.get(Self.documentPath(MeetingWork.approvedMeeting, .minutes, .docx)).status == .ok)
        }
    }

    /// Names that are not a document, and meetings that do not exist or are not public, are 404 pages.
    @Test(arguments: TestDatabase.all)
    func unknownDocumentsAreNotFound(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let anonymous = try await MeetingWork.browser(app, .anonymous)
            let meeting = MeetingWork.meetingPath(MeetingWork.approvedMeeting)
            for name in ["referat.exe", "referat", "protokol.docx", "referat.docx.pdf", "REFERAT.DOCX"] {
                #expect(try await anonymous.get("\(meeting)/\(name)").status == .notFound, "\(name)")
            }
            #expect(try await anonymous.get(Self.documentPath("2019-01-01", .agenda, .docx)).status == .notFound)
            let secretary = try await MeetingWork.browser(app, .secretary)
            try await MeetingWork.newMeeting(secretary, date: "2030-03-04")
            #expect(try await anonymous.get(Self.documentPath("2030-03-04", .agenda, .docx)).status == .notFound)
            #expect(try await secretary.get(Self.documentPath("2030-03-04", .agenda, .docx)).status == .ok)
            #expect(try await secretary.get(Self.documentPath("2030-03-04", .minutes, .docx)).status == .notFound)
        }
    }

    /// The text of a Word document, as its paragraphs.
    static func text(of response: TestingHTTPResponse) throws -> String {
        try MinutesParser().parse(Data(buffer: response.body), fileName: "d.docx").items
            .flatMap { [$0.title] + $0.sections.map(\.text) }.joined(separator: "\n")
    }
}
