import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// An item's attachments (upload, download, refusals) and follow-up actions (added on the item, listed
/// with the minutes and on the next meeting's page).
@Suite("Item attachments and follow-up")
struct ItemAttachmentAndActionTests {
    static func attachments(_ app: Application, item: UUID) async throws -> [AttachmentModel] {
        try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).sort(\.$position).all()
    }

    /// The file name a Content-Disposition header gives, from its `filename*` when it has one.
    static func fileName(_ disposition: String) -> String? {
        if let range = disposition.range(of: "filename*=UTF-8''") {
            let encoded = disposition[range.upperBound...].prefix { $0 != ";" }
            return String(encoded).removingPercentEncoding
        }
        return disposition.range(of: "filename=\"").map { String(disposition[$0.upperBound...].prefix { $0 != "\"" }) }
    }

    @Test(arguments: TestDatabase.all)
    func aPDFIsUploadedListedAndDownloadedAsItWas(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let form = try await secretary.get(MeetingWork.path(key, .item(item))).page
            #expect(form.html.contains("enctype=\"multipart/form-data\""))
            #expect(form.html.contains("<label for=\"attachment_title\">") && form.html.contains("<label for=\"file\">"))

            let response = try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf")
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .item(item)) + "?besked=attachmentAdded")
            let stored = try #require(try await Self.attachments(app, item: item).first)
            #expect(stored.title == "Kommissorium")
            #expect(stored.fileName == "kommissorium.pdf" && stored.contentType == "application/pdf")
            #expect(stored.byteCount == MeetingWork.pdf.count)
            let download = MeetingWork.path(key, .attachment(try stored.requireID()))

            let page = try await secretary.get(try #require(response.location)).page
            #expect(page.html.contains("Bilaget er uploadet."))
            #expect(page.html.contains("<a href=\"\(download)\">Kommissorium<span class=\"muted\"> (kommissorium.pdf, \(MeetingWork.pdf.count) B)</span></a>"))
            let meeting = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(meeting.between("<section class=\"item-attachments\">", and: "</section>").html.contains("href=\"\(download)\""))

            let file = try await secretary.get(download)
            #expect(file.status == .ok)
            #expect(file.headers.first(name: .contentType) == "application/pdf")
            #expect(Data(buffer: file.body) == MeetingWork.pdf)
            let disposition = try #require(file.headers.first(name: .contentDisposition))
            #expect(disposition.hasPrefix("attachment;"))
            #expect(disposition.contains("filename=\"kommissorium.pdf\""))
            #expect(Self.fileName(disposition) == "kommissorium.pdf")
            #expect(file.headers.first(name: "X-Content-Type-Options") == "nosniff")

            // The same file again is stored once; a missing title is taken from the file name.
            let again = try await MeetingWork.upload(secretary, key: key, item: item, title: "", fileName: "kopi.pdf")
            #expect(again.status == .seeOther)
            #expect(try await Self.attachments(app, item: item).map(\.title) == ["Kommissorium", "kopi"])
            #expect(try await StoredFileModel.query(on: app.db).count() == 1)
        }
    }

    /// A name with Danish letters comes back as it was, in a header that is plain ASCII as HTTP wants it.
    @Test(arguments: TestDatabase.all)
    func aFileNameWithDanishLettersSurvivesTheDownload(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let name = "Referat fra mødet på Ærø, Å-huset.pdf"
            let response = try await MeetingWork.upload(secretary, key: key, item: item, title: "Referat", fileName: name)
            #expect(response.status == .seeOther)
            let stored = try #require(try await Self.attachments(app, item: item).first)
            #expect(stored.fileName == name)
            let file = try await secretary.get(MeetingWork.path(key, .attachment(try stored.requireID())))
            #expect(file.status == .ok)
            let disposition = try #require(file.headers.first(name: .contentDisposition))
            let ascii = disposition.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "the header is ASCII: \(disposition)")
            #expect(Self.fileName(disposition) == name, "\(disposition)")
            #expect(disposition.contains("filename=\""), "a fallback name for old clients")
        }
    }

    /// A file that is not an attachment type, or whose bytes are not what its name says, is refused with a
    /// message next to the file field; the title typed is kept and nothing is stored.
    @Test(arguments: TestDatabase.all)
    func aWrongFileIsRefusedNextToTheFileField(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let program = Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) + Data(repeating: 0, count: 64)
            let cases: [(name: String, data: Data, error: String)] = [
                ("opdatering.exe", program, "Filtypen kan ikke bruges som bilag. Brug PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG eller GIF."),
                ("side.html", Data("<html><script>alert(1)</script></html>".utf8),
                 "Filtypen kan ikke bruges som bilag. Brug PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG eller GIF."),
                ("kommissorium.pdf", program, "Filens indhold passer ikke til dens filtype. Gem den igen fra programmet, der lavede den."),
                ("notat.docx", MeetingWork.pdf, "Filens indhold passer ikke til dens filtype. Gem den igen fra programmet, der lavede den."),
                ("tom.pdf", Data(), "Vælg en fil."),
            ]
            let before = try await MeetingWork.snapshot(app)
            for (name, data, error) in cases {
                let response = try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium for TeleKOL, udkast 2",
                                                            fileName: name, data: data)
                #expect(response.status == .unprocessableEntity, "\(name): \(response.status)")
                let page = response.page
                #expect(page.error(of: "file") == error, "\(name)")
                #expect(page.isInvalid("file"), "\(name)")
                #expect(page.value(of: "attachment_title") == "Kommissorium for TeleKOL, udkast 2", "\(name): the title is kept")
                #expect(page.html.contains("<h1>3. Kommissorium for TeleKOL</h1>"), "\(name): the item's page")
            }
            #expect(try await MeetingWork.snapshot(app) == before, "nothing stored")
        }
    }

    /// Over the configured limit: 413 with the limit named next to the field, and the title kept.
    @Test(arguments: TestDatabase.all)
    func aFileOverTheLimitIsRefusedWithTheLimit(database: TestDatabase) async throws {
        try await withApp(database, demo: true, maxAttachmentBytes: 2048) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let within = MeetingWork.pdf + Data(repeating: 0x20, count: 2048 - MeetingWork.pdf.count)
            #expect(try await MeetingWork.upload(secretary, key: key, item: item, title: "Lige nok", fileName: "lige-nok.pdf",
                                                 data: within).status == .seeOther)
            let before = try await MeetingWork.snapshot(app)
            let over = MeetingWork.pdf + Data(repeating: 0x20, count: 3000)
            let response = try await MeetingWork.upload(secretary, key: key, item: item, title: "Stort bilag", fileName: "stort.pdf", data: over)
            #expect(response.status == .payloadTooLarge)
            #expect(response.page.error(of: "file") == "Filen er for stor. Den største tilladte størrelse er 2 kB.")
            #expect(response.page.value(of: "attachment_title") == "Stort bilag")

            // Through a real server: just over the limit the same page; far over it the upload is not even
            // read, but still 413; nothing stored.
            let live = try await MeetingWork.livePost(app, secretary, MeetingWork.path(key, .itemAttachments(item)),
                                                      ["attachment_title": "Stort bilag"], file: ("file", "stort.pdf", over))
            #expect(live.status == .payloadTooLarge)
            #expect(live.page.error(of: "file") == "Filen er for stor. Den største tilladte størrelse er 2 kB.")
            let huge = MeetingWork.pdf + Data(repeating: 0x20, count: 20_000)
            let refused = try await MeetingWork.livePost(app, secretary, MeetingWork.path(key, .itemAttachments(item)),
                                                         ["attachment_title": "Kæmpe"], file: ("file", "kaempe.pdf", huge))
            #expect(refused.status == .payloadTooLarge)
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    /// The file of a public attachment follows its meeting: members read it at once, the public once the
    /// agenda is published (`ArchiveTests` has the attachments that are not public).
    @Test(arguments: TestDatabase.all)
    func thePublicDownloadsAttachmentsOfPublishedAgendasOnly(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf", isPublic: true)
            let id = try #require(try await Self.attachments(app, item: item).first).requireID()
            let download = MeetingWork.path(key, .attachment(id))
            let member = try await MeetingWork.browser(app, .member)

            let hidden = try await Browser(app).get(download)
            #expect(hidden.status == .notFound)
            #expect(Data(buffer: hidden.body) != MeetingWork.pdf)
            #expect(try await member.get(download).status == .ok)

            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let published = try await Browser(app).get(download)
            #expect(published.status == .ok)
            #expect(Data(buffer: published.body) == MeetingWork.pdf)
            #expect(try await Browser(app).get(MeetingWork.meetingPath(key)).body.string.contains("href=\"\(download)\""))

            // Only through its own meeting.
            let other = try await Browser(app).get(MeetingWork.path(MeetingWork.approvedMeeting, .attachment(id)))
            #expect(other.status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDeletedAttachmentIsGone(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf")
            let id = try #require(try await Self.attachments(app, item: item).first).requireID()
            let page = try await secretary.get(MeetingWork.path(key, .item(item))).page
            #expect(page.html.contains("action=\"\(MeetingWork.path(key, .attachmentDelete(id)))\""))
            #expect(page.html.contains("aria-label=\"Slet: Kommissorium\""))

            let response = try await secretary.post(MeetingWork.path(key, .attachmentDelete(id)))
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .item(item)) + "?besked=attachmentDeleted")
            #expect(try await Self.attachments(app, item: item).isEmpty)
            #expect(try await secretary.get(MeetingWork.path(key, .attachment(id))).status == .notFound)
            #expect(try await secretary.get(MeetingWork.path(key, .item(item))).body.string.contains("Punktet har ingen bilag."))
        }
    }

    // MARK: - Follow-up actions

    @Test(arguments: TestDatabase.all)
    func followUpActionsAreRecordedWithOwnerAndDueDate(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let path = MeetingWork.path(key, .itemActions(item))
            let form = try await secretary.get(MeetingWork.path(key, .item(item))).page
            for field in ["action_text", "action_owner", "action_owner_other", "action_due"] {
                #expect(form.html.contains("<label for=\"\(field)\""), "\(field) has a label")
            }
            let owners = form.field("action_owner")
            let person = try #require(owners.captures("<option value=\"person:([0-9a-f-]{36})\">").first, "members are offered")
            let personName = try #require(owners.captures("<option value=\"person:\(person)\">([^<]+)</option>").first)
            let organisation = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Hospitalsenhed Midt").first())
            let organisationID = try organisation.requireID().lowercased
            #expect(owners.html.contains("<option value=\"organisation:\(organisationID)\">Hospitalsenhed Midt</option>"))

            let added = [
                ["action_text": "Undersøge om kursusudvalget kan hjælpe", "action_owner": "person:\(person)", "action_due": "2030-04-01"],
                ["action_text": "Drøfte anmodningen i klyngebrugerrådet", "action_owner": "organisation:\(organisationID)"],
                ["action_text": "Sende kommissoriet til kommunerne", "action_owner": "person:\(person)",
                 "action_owner_other": "Sekretariatet", "action_due": "2030-03-18"],
            ]
            for fields in added {
                let response = try await secretary.post(path, fields)
                #expect(response.status == .seeOther)
                #expect(response.location == MeetingWork.path(key, .item(item)) + "?besked=actionAdded")
            }
            let stored = try await FollowUpActionModel.query(on: app.db).filter(\.$itemID == item).all().map { try $0.domain() }
            #expect(stored.count == 3)
            let byText = Dictionary(uniqueKeysWithValues: stored.map { ($0.text, $0) })
            #expect(byText["Undersøge om kursusudvalget kan hjælpe"]?.owner == .person(try #require(UUID(uuidString: person))))
            #expect(byText["Undersøge om kursusudvalget kan hjælpe"]?.due == CalendarDay(iso: "2030-04-01"))
            #expect(byText["Drøfte anmodningen i klyngebrugerrådet"]?.owner == .organisation(try organisation.requireID()))
            #expect(byText["Drøfte anmodningen i klyngebrugerrådet"]?.due == nil)
            #expect(byText["Sende kommissoriet til kommunerne"]?.owner == .named("Sekretariatet"), "a name written by hand wins")
            #expect(stored.allSatisfy { $0.state == .open })

            let page = try await secretary.get(MeetingWork.path(key, .item(item))).page
            let list = page.between("<h2 id=\"opfoelgning\">Opfølgning</h2>", and: "<form")
            #expect(list.html.contains("Undersøge om kursusudvalget kan hjælpe – \(personName) · Frist 1. april 2030 · Åben"))
            #expect(list.html.contains("Drøfte anmodningen i klyngebrugerrådet – Hospitalsenhed Midt · Åben"))
            #expect(list.html.contains("Sende kommissoriet til kommunerne – Sekretariatet · Frist 18. marts 2030"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func anActionWithoutTextOrOwnerShowsTheErrorsAndKeepsWhatWasTyped(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let path = MeetingWork.path(key, .itemActions(item))
            let before = try await MeetingWork.snapshot(app)
            let response = try await secretary.post(path, ["action_text": "", "action_owner": "", "action_due": "2030-04-01"])
            #expect(response.status == .unprocessableEntity)
            let page = response.page
            #expect(page.error(of: "action_text") == "Skriv, hvad der skal gøres.")
            #expect(page.isInvalid("action_text"))
            #expect(page.error(of: "action_owner") == "Vælg eller skriv, hvem der er ansvarlig.")
            #expect(page.isInvalid("action_owner"))
            #expect(page.value(of: "action_due") == "2030-04-01")

            let badDate = try await secretary.post(path, ["action_text": "Status på næste møde", "action_owner_other": "Skive Kommune",
                                                          "action_due": "1. april"])
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.page.error(of: "action_due") == "Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-03-14.")
            #expect(badDate.page.textarea("action_text") == "Status på næste møde")
            #expect(badDate.page.value(of: "action_owner_other") == "Skive Kommune")
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    /// The minutes list each item's follow-up; the next meeting's page lists the last meeting's.
    @Test(arguments: TestDatabase.all)
    func followUpIsListedWithTheMinutesAndAtTheNextMeeting(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            try await secretary.post(MeetingWork.path(key, .itemActions(item)), [
                "action_text": "Hospitalsenhed Midt sørger for, at anmodningen drøftes i klyngebrugerrådet",
                "action_owner_other": "Hospitalsenhed Midt", "action_due": "2030-06-01",
            ])
            let line = "Hospitalsenhed Midt sørger for, at anmodningen drøftes i klyngebrugerrådet – Hospitalsenhed Midt · Frist 1. juni 2030"

            // With the agenda only, there is no follow-up yet; with the minutes it is under its item.
            #expect(!(try await secretary.get(MeetingWork.meetingPath(key)).body.string.contains(line)))
            try await MeetingWork.advance(secretary, key, through: .held)
            let minutes = try await secretary.get(MeetingWork.meetingPath(key)).page
            let article = minutes.between("<article class=\"item\" id=\"punkt-3\">", and: "</article>")
            #expect(article.between("<section class=\"item-actions\">", and: "</section>").html.contains(line))

            // The next meeting.
            let next = try await MeetingWork.newMeeting(secretary, date: "2030-06-10")
            let page = try await secretary.get(MeetingWork.meetingPath(next)).page
            let section = page.between("<h2>Opfølgning fra sidste møde</h2>", and: "</section>")
            #expect(section.html.contains("href=\"\(MeetingWork.meetingPath(key))\""))
            #expect(section.html.contains(line))
            #expect(section.html.contains("Åben"))

            // The public sees the follow-up once the minutes it belongs to are approved.
            try await MeetingWork.advance(secretary, next, to: .agendaPublished)
            #expect(!(try await Browser(app).get(MeetingWork.meetingPath(next)).body.string.contains(line)))
            try await MeetingWork.advance(secretary, key, to: .minutesDraft)
            try await MeetingWork.advance(secretary, key, to: .minutesApproved)
            let publicPage = try await Browser(app).get(MeetingWork.meetingPath(next)).page
            #expect(publicPage.between("<h2>Opfølgning fra sidste møde</h2>", and: "</section>").html.contains(line))
        }
    }
}
