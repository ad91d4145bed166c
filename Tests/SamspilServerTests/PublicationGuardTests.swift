import Fluent
import Foundation
import SamspilCore
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The CPR guard on publishing: a CPR number in what a step would make public (the agenda, then the
/// minutes, and imported minutes at once) stops the step and says where it is, masked; nothing changes.
@Suite("CPR guard on publishing")
struct PublicationGuardTests {
    static let number = "010190-1234"
    static let masked = "010190-****"

    /// Writes `changes` into an item through its form.
    static func save(_ app: Application, _ browser: Browser, key: String, item: UUID, _ changes: [String: String]) async throws {
        let response = try await browser.post(MeetingWork.path(key, .item(item)),
                                              MeetingWork.itemFields(try await MeetingWork.item(app, item), changes))
        #expect(response.status == .seeOther, "the item was not saved: \(response.status)")
    }

    /// The form that takes the step, as the confirmation page shows it.
    static func stepForm(_ key: String) -> String { "action=\"\(MeetingWork.path(key, .status))\"" }

    static func revision(_ app: Application, _ key: String) async throws -> Int {
        try await MeetingWork.meeting(app, key).revision
    }

    /// The step's confirmation page and its POST both refuse, and the POST changes nothing at all.
    static func expectRefused(_ app: Application, _ browser: Browser, key: String, step: MeetingStatus,
                              showing place: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let confirmation = try await browser.get(MeetingWork.path(key, .status) + "?til=\(step.rawValue)")
        #expect(confirmation.status == .ok, sourceLocation: sourceLocation)
        let page = confirmation.page.html
        #expect(page.contains("Det kan ikke offentliggøres endnu"), sourceLocation: sourceLocation)
        #expect(page.contains(place), "\(place) is not shown", sourceLocation: sourceLocation)
        #expect(page.contains(masked), sourceLocation: sourceLocation)
        #expect(!page.contains(number), "the number itself is never shown", sourceLocation: sourceLocation)
        #expect(!page.contains(stepForm(key)), "no button to take the step", sourceLocation: sourceLocation)

        let before = try await MeetingWork.snapshot(app)
        let revisionBefore = try await revision(app, key)
        let refused = try await browser.post(MeetingWork.path(key, .status), ["til": step.rawValue])
        #expect(refused.status == .unprocessableEntity, sourceLocation: sourceLocation)
        #expect(refused.page.html.contains(place), sourceLocation: sourceLocation)
        #expect(!refused.page.html.contains(number), sourceLocation: sourceLocation)
        #expect(try await MeetingWork.snapshot(app) == before, "no status and no audit entry changed", sourceLocation: sourceLocation)
        #expect(try await revision(app, key) == revisionBefore, "no new revision", sourceLocation: sourceLocation)
    }

    @Test(arguments: TestDatabase.all)
    func aCPRNumberInACaseDescriptionStopsTheAgenda(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            try await Self.save(app, secretary, key: key, item: item,
                                ["description": "Forløbet for borgeren med CPR-nr. \(Self.number) blev gennemgået."])

            try await Self.expectRefused(app, secretary, key: key, step: .agendaPublished, showing: "Punkt 3 · Sagsfremstilling")
            let page = try await secretary.get(MeetingWork.path(key, .status) + "?til=agendaPublished").page.html
            #expect(page.contains("borgeren med CPR-nr. \(Self.masked) blev gennemgået."), "the words around it")
            #expect(page.contains("href=\"\(MeetingWork.path(key, .item(item)))\""), "a link to the item to edit")
            #expect(try await MeetingWork.meeting(app, key).status == .planned)

            // A date that does not exist is no CPR number: the agenda goes out.
            try await Self.save(app, secretary, key: key, item: item, ["description": "Sag 320190-1234 blev gennemgået."])
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            #expect(try await MeetingWork.meeting(app, key).status == .agendaPublished)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCPRNumberInADecisionStopsTheMinutesButNotTheAgenda(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            try await Self.save(app, secretary, key: key, item: item, ["decision": "Borger \(Self.number) henvises."])

            // Decisions are not part of the agenda, nor of a draft that only members read.
            try await MeetingWork.advance(secretary, key, through: .minutesDraft)
            try await Self.expectRefused(app, secretary, key: key, step: .minutesApproved, showing: "Punkt 3 · Beslutning")
            #expect(try await MeetingWork.meeting(app, key).status == .minutesDraft)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPublicWordAttachmentIsReadAndANonPublicOneIsNot(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            let docx = try TinyDocx.make(["Notat om forløbet", "Borgerens CPR-nr. er \(Self.number)."])
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Notat", fileName: "notat.docx", data: docx)
                .status == .seeOther)
            let attachment = try #require(try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).first())
            #expect(!attachment.isPublic)

            let confirmation = try await secretary.get(MeetingWork.path(key, .status) + "?til=agendaPublished").page.html
            #expect(!confirmation.contains("Det kan ikke offentliggøres endnu"), "the members' attachment is not published")
            #expect(confirmation.contains(Self.stepForm(key)))

            attachment.isPublic = true
            try await attachment.save(on: app.db)
            try await Self.expectRefused(app, secretary, key: key, step: .agendaPublished,
                                         showing: "Bilag · Notat (notat.docx), linje 3")
        }
    }

    /// An attachment that should be read but cannot be stops the step with the reader's advice; one whose
    /// kind cannot be read at all is listed to be checked by eye and does not.
    @Test(arguments: TestDatabase.all)
    func anAttachmentThatCannotBeReadIsNeverTakenForAClean(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            app.storage[ConfigurationKey.self]?.pdftotext = "/findes/ikke/pdftotext"
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Diagram", fileName: "diagram.png", data: png)
                .status == .seeOther)
            try await AttachmentModel.query(on: app.db).set(\.$isPublic, to: true).update()

            let image = try await secretary.get(MeetingWork.path(key, .status) + "?til=agendaPublished").page.html
            #expect(image.contains("Kontrollér disse bilag selv"))
            #expect(image.contains("Bilag · Diagram (diagram.png)"))
            #expect(image.contains(Self.stepForm(key)), "an image does not stop the step")

            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Referat", fileName: "referat.pdf")
                .status == .seeOther)
            try await AttachmentModel.query(on: app.db).set(\.$isPublic, to: true).update()
            let page = try await secretary.get(MeetingWork.path(key, .status) + "?til=agendaPublished").page.html
            #expect(page.contains("Det kan ikke offentliggøres endnu"))
            #expect(page.contains("Bilag · Referat (referat.pdf)"))
            #expect(page.contains("Bilaget kunne ikke kontrolleres for CPR-numre: PDF-filer læses med pdftotext, som ikke er installeret"))
            #expect(page.contains("apt-get install poppler-utils"))
            #expect(!page.contains(Self.stepForm(key)))
            let refused = try await secretary.post(MeetingWork.path(key, .status), ["til": "agendaPublished"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await MeetingWork.meeting(app, key).status == .planned)
        }
    }

    /// The 2015 minutes with a CPR number written into a decision.
    static func minutesWithACPRNumber() throws -> Data {
        let url = try #require(DemoMinutes.documents.first { $0.fileName == "midtklyngen-2015.txt" }).url
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("CPR-nr. niveau,"))
        return Data(text.replacingOccurrences(of: "CPR-nr. niveau,", with: "CPR-nr. niveau (fx \(number)),").utf8)
    }

    @Test(arguments: TestDatabase.all)
    func importedMinutesWithACPRNumberAreRefusedOnThePage(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let setup = try await ImportPageTests.signedIn(app, role: .secretary)
            let preview = try await ImportPageTests.upload(setup, [("referat-2015.txt", try Self.minutesWithACPRNumber())])
            let page = try await setup.browser.get(preview).page.html
            #expect(page.contains("Referatet indeholder CPR-numre og kan ikke gemmes"))
            #expect(page.contains("Punkt 11 · Beslutning"), "the item and the section")
            #expect(page.contains(Self.masked) && !page.contains(Self.number))
            #expect(!page.contains("id=\"\(ImportPage.confirmFormID)\""), "no button to store it")

            let refused = try await setup.browser.post(preview + "/gem", ["date-x": "2015-03-04"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.page.html.contains("Intet er gemt"))
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await PersonModel.query(on: app.db).count() == 0)
            #expect(try await ImportedDocumentModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func importedMinutesWithACPRNumberAreRefusedOnTheCommandLine(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = try await ImportTests.makeBody(app)
            let url = try ImportTests.file(named: "referat-2015.txt", contents: try Self.minutesWithACPRNumber())
            let report = await MinutesImporter(database: app.db).importFile(at: url, into: body, date: CalendarDay(iso: "2015-03-04"))
            guard case let .failure(error) = report.result else {
                Issue.record("minutes with a CPR number were stored")
                return
            }
            let message = "\(error)"
            #expect(message.contains("referat-2015.txt contains CPR numbers"))
            #expect(message.contains("Punkt 11 · Beslutning: "))
            #expect(message.contains(Self.masked) && !message.contains(Self.number))
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await PersonModel.query(on: app.db).count() == 0)
            #expect(try await ImportedDocumentModel.query(on: app.db).count() == 0)

            // The minutes as shipped, with "CPR-nr. niveau" and no number, import.
            let clean = try await MinutesImporter(database: app.db)
                .importFile(at: ImportTests.fixture("midtklyngen-2015.txt"), into: body, date: CalendarDay(iso: "2015-03-04"))
            #expect(throws: Never.self) { try clean.result.get() }
        }
    }

    /// What each step publishes: a draft's decisions are not public, so an imported draft with a CPR
    /// number in a decision is stored; its agenda is public, so one in a case description is not.
    @Test func importedDraftsPublishTheirAgendaOnly() {
        let decision = ItemSection(kind: .decision, text: "Borger \(Self.number) henvises.")
        let description = ItemSection(kind: .description, text: "Borger \(Self.number) er omtalt.")
        func findings(_ status: ParsedMinutes.Status?, _ section: ItemSection) -> [String] {
            let minutes = ParsedMinutes(meeting: .init(status: status), items: [.init(number: 2, title: "Sag", sections: [section])])
            return PublishedText.findings(in: PublishedText.texts(of: minutes)).map { Language.da.describe($0) }
        }
        #expect(findings(.draft, decision).isEmpty)
        #expect(findings(.approved, decision) == ["Punkt 2 · Beslutning"])
        #expect(findings(nil, decision) == ["Punkt 2 · Beslutning"], "minutes that say nothing are approved")
        #expect(findings(.draft, description) == ["Punkt 2 · Sagsfremstilling"])
    }

    @Test func everyTextOfTheMeetingPageIsLookedThrough() {
        let meeting = Meeting(bodyID: UUID(), date: CalendarDay(iso: "2030-03-04")!, location: "Lokale \(Self.number)")
        let item = AgendaItem(meetingID: meeting.id, position: 0, number: nil, title: "Orientering \(Self.number)")
        let attachment = Attachment(meetingID: meeting.id, itemID: item.id, title: "Bilag", position: 0,
                                    file: .init(sha256: "", fileName: "\(Self.number).pdf", contentType: "application/pdf", byteCount: 1))
        let action = FollowUpAction(itemID: item.id, text: "Ring til \(Self.number)", owner: .named("Anja"))
        let texts = PublishedText.texts(of: meeting, items: [item], attachments: [attachment],
                                        attendees: [.init(name: "Gæst", title: nil, note: "CPR \(Self.number)")],
                                        actions: [action], ownerNames: [:], scope: .agenda)
        let places = PublishedText.findings(in: texts).map { Language.da.describe($0) }
        #expect(places == ["Mødets oplysninger · Sted", "Deltagere · Gæst", "Bilag · Bilag",
                           "Orientering \(Self.masked) · Titel"], "the follow-up is part of the minutes, not the agenda")
        let minutes = PublishedText.texts(of: meeting, items: [item], attachments: [attachment], attendees: [],
                                          actions: [action], ownerNames: [:], scope: .minutes)
        #expect(PublishedText.findings(in: minutes).map { Language.da.describe($0) }.last == "Orientering \(Self.masked) · Opfølgning")
    }
}
