import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The CPR guard on edits: once a meeting's agenda is out, the public reads an edit at once, so a save
/// that would publish a CPR number is refused beside the field, with the number masked and nothing
/// stored. Before that the same edit is stored: publishing the agenda checks it.
@Suite("CPR guard on edits of a public meeting")
struct PublicationGuardOnEditsTests {
    static let number = PublicationGuardTests.number
    static let masked = PublicationGuardTests.masked
    static let fieldError = "Teksten indeholder et CPR-nummer (\(masked)). Et CPR-nummer må aldrig offentliggøres: fjern det eller omskriv teksten."

    /// The response refuses with the masked number, and never holds the number itself.
    static func expectRefusal(_ response: TestingHTTPResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == .unprocessableEntity, sourceLocation: sourceLocation)
        #expect(response.body.string.contains(masked), sourceLocation: sourceLocation)
        #expect(!response.body.string.contains(number), "the number itself is never shown", sourceLocation: sourceLocation)
    }

    @Test(arguments: TestDatabase.all)
    func anItemOfAPublicAgendaIsNotSavedWithACPRNumber(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            let changes = ["title": "Gråzoneborgere \(Self.number)", "recommendation": "At styregruppen drøfter forløbet.",
                           "description": "Forløbet for borgeren med CPR-nr. \(Self.number) blev gennemgået."]

            // Planned: nothing is public yet, and publishing will check it.
            try await PublicationGuardTests.save(app, secretary, key: key, item: item, changes)
            #expect(try await MeetingWork.item(app, item).title == "Gråzoneborgere \(Self.number)")
            try await PublicationGuardTests.save(app, secretary, key: key, item: item,
                                                 ["title": "Gråzoneborgere", "description": "Forløbet blev gennemgået."])
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)

            let before = try await MeetingWork.snapshot(app)
            let version = try await MeetingWork.item(app, item).version
            let refused = try await secretary.post(MeetingWork.path(key, .item(item)),
                                                   MeetingWork.itemFields(try await MeetingWork.item(app, item), changes))
            Self.expectRefusal(refused)
            let page = refused.page
            #expect(page.error(of: "title") == Self.fieldError)
            #expect(page.error(of: "description") == Self.fieldError)
            #expect(page.error(of: "recommendation") == nil)
            #expect(page.isInvalid("description"))
            #expect(page.value(of: "title") == "Gråzoneborgere \(Self.masked)", "what was typed stays, the number masked")
            #expect(page.html.contains("Forløbet for borgeren med CPR-nr. \(Self.masked) blev gennemgået."))
            #expect(page.html.contains("At styregruppen drøfter forløbet."), "the other fields as typed")
            #expect(try await MeetingWork.snapshot(app) == before, "nothing stored")
            #expect(try await MeetingWork.item(app, item).version == version)

            // A date that does not exist is no CPR number: the save goes through.
            try await PublicationGuardTests.save(app, secretary, key: key, item: item, ["description": "Sag 320190-1234 blev gennemgået."])
        }
    }

    /// Decisions are public with the minutes: not while the meeting is held, but in a correction of
    /// approved minutes, whose reason the audit trail shows too.
    @Test(arguments: TestDatabase.all)
    func aDecisionIsCheckedOnceTheMinutesArePublic(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            try await MeetingWork.advance(secretary, key, through: .held)
            try await PublicationGuardTests.save(app, secretary, key: key, item: item, ["decision": "Borger \(Self.number) henvises."])
            #expect(try await MeetingWork.item(app, item).sections.last?.text == "Borger \(Self.number) henvises.")

            try await PublicationGuardTests.save(app, secretary, key: key, item: item, ["decision": "Borgeren henvises."])
            try await MeetingWork.advance(secretary, key, to: .minutesDraft)
            try await MeetingWork.advance(secretary, key, to: .minutesApproved)

            let before = try await MeetingWork.snapshot(app)
            let refused = try await secretary.post(MeetingWork.path(key, .item(item)), MeetingWork.itemFields(
                try await MeetingWork.item(app, item),
                ["decision": "Borger \(Self.number) henvises.", "reason": "Rettet efter mødet"]))
            Self.expectRefusal(refused)
            #expect(refused.page.error(of: "decision") == Self.fieldError)
            #expect(refused.page.html.contains("Rettet efter mødet"), "the reason as typed")
            #expect(try await MeetingWork.snapshot(app) == before, "no correction and no audit entry")

            let reason = try await secretary.post(MeetingWork.path(key, .item(item)), MeetingWork.itemFields(
                try await MeetingWork.item(app, item), ["decision": "Borgeren henvises til kommunen.", "reason": "Sag \(Self.number)"]))
            Self.expectRefusal(reason)
            #expect(reason.page.error(of: "reason") == Self.fieldError)
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPublicAttachmentOfAPublicAgendaIsReadBeforeItIsOffered(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            let docx = try TinyDocx.make(["Notat om forløbet", "Borgerens CPR-nr. er \(Self.number)."])

            // Planned: stored, and publishing will read it.
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Notat", fileName: "notat.docx",
                                                 data: docx, isPublic: true).status == .seeOther)
            try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).delete()
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)

            let before = try await MeetingWork.snapshot(app)
            let upload = try await MeetingWork.upload(secretary, key: key, item: item, title: "Notat", fileName: "notat.docx",
                                                      data: docx, isPublic: true)
            Self.expectRefusal(upload)
            let error = try #require(upload.page.error(of: "file"))
            #expect(error.hasPrefix("Bilaget kan ikke gøres offentligt"))
            #expect(error.contains("Bilag · Notat (notat.docx), linje 3"))
            #expect(upload.page.value(of: "attachment_title") == "Notat", "what was typed stays")
            #expect(upload.page.html.contains("id=\"attachment_public\" name=\"attachment_public\" value=\"1\" checked=\"checked\""))
            #expect(try await MeetingWork.snapshot(app) == before, "no attachment and no file stored")

            let title = try await MeetingWork.upload(secretary, key: key, item: item, title: "Journal \(Self.number)",
                                                     fileName: "notat.pdf", isPublic: true)
            Self.expectRefusal(title)
            #expect(title.page.value(of: "attachment_title") == "Journal \(Self.masked)")
            #expect(try await MeetingWork.snapshot(app) == before)

            // For the members only it is stored; offering it to the public is refused on the item's page.
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Notat", fileName: "notat.docx",
                                                 data: docx).status == .seeOther)
            let attachment = try #require(try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).first())
            let attachmentID = try attachment.requireID()
            let offered = try await secretary.post(MeetingWork.path(key, .attachmentPublic(attachmentID)), ["public": "1"])
            Self.expectRefusal(offered)
            #expect(offered.page.html.contains("<p class=\"field-error\" role=\"alert\">Bilaget kan ikke gøres offentligt"))
            #expect(try await AttachmentModel.find(attachmentID, on: app.db)?.isPublic == false)
        }
    }

    /// A public PDF that cannot be read is not offered either, as it would not be published.
    @Test(arguments: TestDatabase.all)
    func aPublicAttachmentThatCannotBeReadIsNotOffered(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            app.storage[ConfigurationKey.self]?.pdftotext = "/findes/ikke/pdftotext"
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Gråzoneborgere")
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let before = try await MeetingWork.snapshot(app)
            let upload = try await MeetingWork.upload(secretary, key: key, item: item, title: "Referat", fileName: "referat.pdf",
                                                      isPublic: true)
            #expect(upload.status == .unprocessableEntity)
            #expect(upload.page.error(of: "file")?.contains("Bilaget kunne ikke kontrolleres for CPR-numre: PDF-filer læses med pdftotext") == true)
            #expect(try await MeetingWork.snapshot(app) == before)

            // An image cannot be read at all: offered, to be checked by eye, as publishing does.
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Diagram", fileName: "diagram.png",
                                                 data: png, isPublic: true).status == .seeOther)
        }
    }

    static func meeting(_ app: Application, status: MeetingStatus) async throws -> Meeting {
        let meeting = Meeting(bodyID: try await DemoBody.body(app).id, date: CalendarDay(iso: AttendancePageTests.newDate)!, status: status)
        try await MeetingModel(meeting).create(on: app.db)
        return meeting
    }

    @Test(arguments: TestDatabase.all)
    func theAttendanceListOfAPublicAgendaHoldsNoCPRNumber(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let meeting = try await Self.meeting(app, status: .agendaPublished)
            let member = try #require(try await AttendancePageTests.members(app, on: AttendancePageTests.newDate).first).lowercased
            let browser = try await Visitor.secretary.browser(app, in: try await DemoBody.body(app))
            let path = AttendancePageTests.path(AttendancePageTests.newDate)

            let refused = try await browser.post(path, ["status-person-\(member)": "apologies",
                                                        "note-person-\(member)": "pårørende til \(Self.number)"])
            Self.expectRefusal(refused)
            #expect(refused.page.html.contains("<p class=\"field-error\" id=\"note-person-\(member)-error\">\(Self.fieldError)</p>"))
            #expect(refused.page.html.contains("value=\"pårørende til \(Self.masked)\""), "what was typed stays, the number masked")
            #expect(try await AttendancePageTests.rows(app, meeting).isEmpty, "nothing stored")

            let guestsPath = AttendancePageTests.path(AttendancePageTests.newDate, .guests)
            let guest = try await browser.post(guestsPath, ["name": "Anja Holm", "organisation": "Viborg Kommune",
                                                            "note": "Borger \(Self.number)"])
            Self.expectRefusal(guest)
            #expect(guest.page.error(of: "note") == Self.fieldError)
            #expect(guest.page.error(of: "name") == nil)
            #expect(guest.page.value(of: "name") == "Anja Holm")
            #expect(guest.page.value(of: "note") == "Borger \(Self.masked)")
            let named = try await browser.post(guestsPath, ["name": "Gæst \(Self.number)"])
            Self.expectRefusal(named)
            #expect(named.page.error(of: "name") == Self.fieldError)
            #expect(try await AttendancePageTests.rows(app, meeting).isEmpty)
            #expect(try await PersonModel.query(on: app.db).filter(\.$name == "Anja Holm").count() == 0)
        }
    }

    /// Before the agenda is out the list is the members' only: stored, and publishing will check it.
    @Test(arguments: TestDatabase.all)
    func theAttendanceListOfAPlannedMeetingIsCheckedWhenItIsPublished(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let meeting = try await Self.meeting(app, status: .planned)
            let member = try #require(try await AttendancePageTests.members(app, on: AttendancePageTests.newDate).first).lowercased
            let browser = try await Visitor.secretary.browser(app, in: try await DemoBody.body(app))
            #expect(try await browser.post(AttendancePageTests.path(AttendancePageTests.newDate), [
                "status-person-\(member)": "apologies", "note-person-\(member)": "pårørende til \(Self.number)",
            ]).status == .seeOther)
            #expect(try await browser.post(AttendancePageTests.path(AttendancePageTests.newDate, .guests), [
                "name": "Anja Holm", "note": "Borger \(Self.number)",
            ]).status == .seeOther)
            #expect(try await AttendancePageTests.rows(app, meeting).compactMap(\.note).sorted()
                == ["Borger \(Self.number)", "pårørende til \(Self.number)"])
        }
    }
}
