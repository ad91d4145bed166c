import Fluent
import Foundation
import SamspilCore
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The public archive: no contact details on any public page, year pages, public attachments, and
/// validators with the cache rules of `ConditionalResponse`.
@Suite("Public archive")
struct ArchiveTests {
    // MARK: - Contact details

    /// The e-mail addresses and phone numbers of the demo minutes, found with patterns of their own (not
    /// `ContactDetails`), so that a gap in the rule shows here.
    static func demoContactDetails() throws -> (emails: Set<String>, phones: Set<String>) {
        var emails: Set<String> = []
        var phones: Set<String> = []
        for document in DemoMinutes.documents {
            let text = try String(contentsOf: document.url, encoding: .utf8)
            emails.formUnion(HTMLInspection(html: text).captures("([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"))
            phones.formUnion(HTMLInspection(html: text).captures("tlf\\. ([0-9]{4} [0-9]{4})"))
        }
        return (emails, phones)
    }

    /// Any e-mail address in a page, in its text or in a mailto link.
    static func emailAddresses(in html: String) -> [String] {
        HTMLInspection(html: html).captures("([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})")
    }

    /// Contact details where the public pages show free text: a person's own, a body's summary, a member's
    /// title, the place of a meeting, an attendee's note, an item's text (the demo's own addresses are in
    /// item texts already).
    static func addContactDetails(_ app: Application) async throws {
        let body = try await DemoBody.body(app)
        let bodyModel = try #require(try await BodyModel.find(body.id, on: app.db))
        bodyModel.summary = "Sekretariatet: sekretariat@midt.rm.dk, tlf. 7844 1416"
        try await bodyModel.save(on: app.db)
        for person in try await PersonModel.query(on: app.db).all() {
            person.email = "katrine.gimm@midt.rm.dk"
            person.phone = "+45 12 34 56 78"
            try await person.save(on: app.db)
        }
        let membership = try #require(try await MembershipModel.query(on: app.db).filter(\.$bodyID == body.id).first())
        membership.title = "Sundhedschef, mobil 2124 6411"
        try await membership.save(on: app.db)
        let approved = try await DemoBody.meeting(app, on: MeetingWork.approvedMeeting)
        let meeting = try #require(try await MeetingModel.find(approved.id, on: app.db))
        meeting.location = "RH Viborg, ring på 2928 3177 ved porten"
        try await meeting.save(on: app.db)
        let row = try #require(try await AttendanceModel.query(on: app.db).filter(\.$meetingID == approved.id).first())
        row.note = "virtuel deltagelse, link fra btk@silkeborg.dk"
        try await row.save(on: app.db)
    }

    /// Every public page an anonymous visitor can reach from the front page, the bodies and the people:
    /// path and HTML. Links are followed within `/organer/` and `/personer/`; files are not pages.
    static func publicPages(_ app: Application, _ visitor: Browser) async throws -> [(path: String, html: String)] {
        var queue = ["/"]
        queue += try await BodyModel.query(on: app.db).all().map { SiteURL.body(slug: $0.slug).path }
        queue += try await PersonModel.query(on: app.db).all().map { SiteURL.person(id: try $0.requireID()).path }
        var seen = Set(queue)
        var pages: [(path: String, html: String)] = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let response = try await visitor.get(path)
            guard response.status == .ok else { continue }
            let html = response.body.string
            pages.append((path, html))
            for link in HTMLInspection(html: html).captures("href=\"(/(?:organer|personer)/[^\"#?]*)") where !seen.contains(link) {
                guard !link.contains("/bilag/") else { continue }
                seen.insert(link)
                queue.append(link)
            }
        }
        return pages
    }

    @Test(arguments: TestDatabase.all)
    func anonymousVisitorsSeeNoContactDetailsOnAnyPublicPage(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let demo = try Self.demoContactDetails()
            #expect(demo.emails.isSuperset(of: ["katrine.gimm@midt.rm.dk", "viand@viborg.dk", "sadnil@rm.dk", "btk@silkeborg.dk"]))
            #expect(demo.phones.isSuperset(of: ["7844 1416", "2928 3177", "2124 6411"]))
            try await Self.addContactDetails(app)
            let phones = demo.phones.union(["12 34 56 78"])

            let pages = try await Self.publicPages(app, Browser(app))
            let paths = pages.map(\.path)
            #expect(paths.contains("/"))
            #expect(paths.contains(MeetingWork.bodyPath + "/arkiv/2021"), "year pages are reached from the body's page")
            #expect(paths.contains(MeetingWork.meetingPath(MeetingWork.approvedMeeting)))
            #expect(paths.contains(MeetingWork.meetingPath(MeetingWork.draftMeeting)))
            #expect(paths.contains { $0.hasPrefix("/personer/") })
            #expect(pages.count > 20, "\(pages.count) pages")
            for (path, html) in pages {
                #expect(Self.emailAddresses(in: html).isEmpty, "\(path): \(Self.emailAddresses(in: html))")
                for phone in phones {
                    #expect(!html.contains(phone), "\(path) shows \(phone)")
                }
                #expect(!html.contains("name=\"csrf\""), "\(path): no forms for the public")
            }
            let meeting = try #require(pages.first { $0.path == MeetingWork.meetingPath(MeetingWork.approvedMeeting) }).html
            #expect(meeting.contains("Kommunale henvendelser rettes til Vibeke Just Andersen \(ContactDetails.marker)."))
            #expect(meeting.contains("RH Viborg, ring på \(ContactDetails.marker) ved porten"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func membersStillSeeContactDetailsWhereTheyDidBefore(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            try await Self.addContactDetails(app)
            let member = try await MeetingWork.browser(app, .member)
            let meeting = try await member.get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            #expect(meeting.contains("Vibeke Just Andersen viand@viborg.dk."))
            #expect(meeting.contains("RH Viborg, ring på 2928 3177 ved porten"))
            #expect(meeting.contains("btk@silkeborg.dk"))
            let body = try await member.get(MeetingWork.bodyPath).body.string
            #expect(body.contains("sekretariat@midt.rm.dk, tlf. 7844 1416"))
            #expect(body.contains("Sundhedschef, mobil 2124 6411"))
            let membership = try #require(try await MembershipModel.query(on: app.db)
                .filter(\.$bodyID == (try await DemoBody.body(app)).id).first())
            let person = try await member.get(SiteURL.person(id: membership.personID).path).body.string
            #expect(person.contains("mailto:katrine.gimm@midt.rm.dk"))
            #expect(person.contains("+45 12 34 56 78"))
        }
    }

    /// The model, not only the page, is without contact details: what is made from it inherits that.
    @Test(arguments: TestDatabase.all)
    func theMeetingModelItselfIsRedactedForThePublic(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            try await Self.addContactDetails(app)
            let key = try #require(MeetingKey(MeetingWork.approvedMeeting))
            let model = try #require(try await MeetingPage.Model.query(bodySlug: MeetingWork.slug, key: key, viewer: .public, on: app.db))
            let texts = model.items.flatMap { [$0.title, $0.presenter ?? ""] + $0.sections.map(\.text) }
                + [model.meeting.location ?? ""] + model.present.flatMap(\.people).compactMap(\.note)
            #expect(!texts.contains { ContactDetails.occur(in: $0) })
            #expect(texts.contains { $0.contains(ContactDetails.marker) })

            let body = try await DemoBody.body(app)
            let member = Viewer(userID: UUID(), name: "Mette Medlem", isAdministrator: false, roles: [body.id: .member])
            let full = try #require(try await MeetingPage.Model.query(bodySlug: MeetingWork.slug, key: key, viewer: member, on: app.db))
            #expect(full.meeting.location == "RH Viborg, ring på 2928 3177 ved porten")
            #expect(full.items.contains { $0.sections.contains { $0.text.contains("viand@viborg.dk") } })
        }
    }

    // MARK: - Year pages

    @Test(arguments: TestDatabase.all)
    func aYearPageListsTheYearsPublicMeetingsWithWhatIsPublished(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let visitor = Browser(app)
            let body = try await visitor.get(MeetingWork.bodyPath).body.string
            #expect(body.contains("<h3><a href=\"\(MeetingWork.bodyPath)/arkiv/2021\">2021</a></h3>"))

            let year2021 = try await visitor.get(MeetingWork.bodyPath + "/arkiv/2021")
            #expect(year2021.status == .ok)
            let page = year2021.page
            #expect(page.captures("<h1>(.*?)</h1>").first?.hasSuffix(": møder i 2021") == true)
            let rows = page.captures("<tr>(.*?)</tr>").dropFirst()
            #expect(rows.count == 1, "\(rows)")
            #expect(rows.first?.contains("href=\"\(MeetingWork.meetingPath("2021-06-18"))\"") == true)
            #expect(rows.first?.contains("Dagsorden og referat") == true)
            #expect(rows.first?.contains("Godkendt") == true)

            let year2022 = try await visitor.get(MeetingWork.bodyPath + "/arkiv/2022").page
            #expect(year2022.html.contains("href=\"\(MeetingWork.meetingPath("2022-09-16"))\""))
            #expect(year2022.html.contains("<td>Dagsorden</td>"))
            #expect(year2022.html.contains("Udkast, ikke offentligt før det er godkendt"))
            #expect(year2022.html.contains("href=\"\(MeetingWork.bodyPath)/arkiv/2021\""), "links to the other years")

            for path in ["/arkiv/2019", "/arkiv/2021x", "/arkiv/02021", "/arkiv/-2021", "/arkiv/"] {
                #expect(try await visitor.get(MeetingWork.bodyPath + path).status == .notFound, "\(path)")
            }
            #expect(try await visitor.get("/organer/findes-ikke/arkiv/2021").status == .notFound)
        }
    }

    /// A year whose only meeting is planned exists for the members, not for the public.
    @Test(arguments: TestDatabase.all)
    func aYearOfUnpublishedMeetingsIsTheMembersOnly(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary, date: "2030-03-04")
            let path = MeetingWork.bodyPath + "/arkiv/2030"
            #expect(try await Browser(app).get(path).status == .notFound)
            #expect(!(try await Browser(app).get(MeetingWork.bodyPath).body.string.contains(path)))
            let member = try await MeetingWork.browser(app, .member)
            let page = try await member.get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("href=\"\(MeetingWork.meetingPath(key))\""))
            #expect(page.body.string.contains("<td>Ikke offentliggjort</td>"))

            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let published = try await Browser(app).get(path)
            #expect(published.status == .ok)
            #expect(published.body.string.contains("<td>Dagsorden</td>"))
        }
    }

    // MARK: - Public attachments

    static func attachmentID(_ app: Application, item: UUID, title: String) async throws -> UUID {
        try #require(try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).filter(\.$title == title).first()).requireID()
    }

    @Test(arguments: TestDatabase.all)
    func thePublicSeesAndDownloadsOnlyPublicAttachments(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            let form = try await secretary.get(MeetingWork.path(key, .item(item))).page
            #expect(form.html.contains("<input type=\"checkbox\" id=\"attachment_public\" name=\"attachment_public\" value=\"1\"/>"))
            #expect(form.html.contains("<label for=\"attachment_public\"> Offentligt bilag (vises i det offentlige arkiv)</label>"))

            let publicPDF = MeetingWork.pdf + Data("% offentlig\n".utf8)
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf",
                                         data: publicPDF, isPublic: true)
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Arbejdspapir", fileName: "arbejdspapir.pdf")
            let publicID = try await Self.attachmentID(app, item: item, title: "Kommissorium")
            let internalID = try await Self.attachmentID(app, item: item, title: "Arbejdspapir")
            #expect(try #require(try await AttachmentModel.find(publicID, on: app.db)).isPublic)
            #expect(!(try #require(try await AttachmentModel.find(internalID, on: app.db)).isPublic))
            let publicFile = MeetingWork.path(key, .attachment(publicID))
            let internalFile = MeetingWork.path(key, .attachment(internalID))

            // Before the agenda is out, the public has neither.
            #expect(try await Browser(app).get(publicFile).status == .notFound)
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)

            let visitor = Browser(app)
            let meeting = try await visitor.get(MeetingWork.meetingPath(key)).page
            #expect(meeting.html.contains("href=\"\(publicFile)\""))
            #expect(!meeting.html.contains("Arbejdspapir") && !meeting.html.contains(internalFile))
            #expect(!meeting.html.contains("Offentligt bilag"), "the public needs no marker")
            let download = try await visitor.get(publicFile)
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == publicPDF)
            #expect(Self.cacheControl(download) == ["public", "no-cache"])
            let hidden = try await visitor.get(internalFile)
            #expect(hidden.status == .notFound)
            #expect(Data(buffer: hidden.body) != MeetingWork.pdf)
            let outsider = try await MeetingWork.browser(app, .otherSecretary)
            #expect(try await outsider.get(internalFile).status == .notFound, "no right to read everything in this body")

            let member = try await MeetingWork.browser(app, .member)
            let memberPage = try await member.get(MeetingWork.meetingPath(key)).page
            let attachments = memberPage.between("<section class=\"item-attachments\">", and: "</section>")
            #expect(attachments.html.contains("href=\"\(internalFile)\""))
            #expect(attachments.count("Offentligt bilag") == 1)
            #expect(attachments.captures("<li>(.*?)</li>").first { $0.contains("Kommissorium") }?.contains("Offentligt bilag") == true)
            #expect(try await member.get(internalFile).status == .ok)

            // The secretary switches it: the public gets it, then loses it again.
            let editor = try await secretary.get(MeetingWork.path(key, .item(item))).page
            #expect(editor.html.contains("action=\"\(MeetingWork.path(key, .attachmentPublic(internalID)))\""))
            #expect(editor.html.contains("aria-label=\"Gør offentligt: Arbejdspapir\""))
            #expect(editor.html.contains("aria-label=\"Gør ikke-offentligt: Kommissorium\""))
            let made = try await secretary.post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "1"])
            #expect(made.status == .seeOther)
            #expect(made.location == MeetingWork.path(key, .item(item)) + "?besked=attachmentMadePublic")
            #expect(try await Browser(app).get(internalFile).status == .ok)
            let withdrawn = try await secretary.post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "0"])
            #expect(withdrawn.location == MeetingWork.path(key, .item(item)) + "?besked=attachmentMadeInternal")
            #expect(try await Browser(app).get(internalFile).status == .notFound)

            // Nobody else switches it, and nothing but 1 or 0 is a choice.
            let before = try await MeetingWork.snapshot(app)
            #expect(try await member.post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "1"]).status == .forbidden)
            #expect(try await Browser(app).post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "1"]).status == .seeOther)
            #expect(try await secretary.post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "ja"]).status == .unprocessableEntity)
            #expect(try await secretary.post(MeetingWork.path(key, .attachmentPublic(internalID)), ["public": "1"], withCSRF: false).status == .forbidden)
            #expect(try await secretary.post(MeetingWork.path(key, .attachmentPublic(UUID())), ["public": "1"]).status == .notFound)
            #expect(try await MeetingWork.snapshot(app) == before)
            #expect(!(try #require(try await AttachmentModel.find(internalID, on: app.db)).isPublic))
        }
    }

    /// Imported minutes name their attachments without a file: the names stay on the public page.
    @Test(arguments: TestDatabase.all)
    func importedAttachmentNamesStayListed(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let meeting = try await DemoBody.meeting(app, on: MeetingWork.approvedMeeting)
            let named = try await AttachmentModel.query(on: app.db).filter(\.$meetingID == meeting.id).all()
            #expect(!named.isEmpty && named.allSatisfy { $0.fileSHA256 == nil && !$0.isPublic })
            let page = try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            for attachment in named {
                #expect(page.contains(attachment.title.attributeEscaped) || page.contains(attachment.title), "\(attachment.title)")
            }
        }
    }

    // MARK: - Validators and caching

    /// The directives of a response's Cache-Control, in any order.
    static func cacheControl(_ response: TestingHTTPResponse) -> Set<String> {
        Set((response.headers.first(name: .cacheControl) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test(arguments: TestDatabase.all)
    func publicPagesCarryValidatorsAndAnswerConditionalRequestsWith304(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let paths = ["/", MeetingWork.bodyPath, MeetingWork.bodyPath + "/arkiv/2021",
                         MeetingWork.meetingPath(MeetingWork.approvedMeeting)]
            for path in paths {
                let first = try await app.testing().sendRequest(.GET, path)
                #expect(first.status == .ok, "\(path)")
                let eTag = try #require(first.headers.first(name: .eTag), "\(path)")
                #expect(eTag.hasPrefix("\"") && !eTag.hasPrefix("W/"), "\(path): a strong tag")
                let lastModified = try #require(first.headers.first(name: .lastModified), "\(path)")
                #expect(Self.cacheControl(first) == ["public", "no-cache"], "\(path)")
                #expect(first.headers.first(name: .vary) == "Accept-Language, Cookie", "\(path)")
                #expect(first.headers[.setCookie].isEmpty, "\(path): a shared cache may keep it, so it sets no cookie")

                let again = try await app.testing().sendRequest(.GET, path)
                #expect(again.headers.first(name: .eTag) == eTag, "\(path): the same page, the same tag")
                let byTag = try await app.testing().sendRequest(.GET, path, headers: [HTTPHeaders.Name.ifNoneMatch.description: eTag])
                #expect(byTag.status == .notModified, "\(path)")
                #expect(byTag.body.readableBytes == 0, "\(path)")
                #expect(byTag.headers.first(name: .eTag) == eTag, "\(path)")
                let byTagList = try await app.testing().sendRequest(.GET, path, headers: [
                    HTTPHeaders.Name.ifNoneMatch.description: "\"anders\", W/\(eTag)"])
                #expect(byTagList.status == .notModified, "\(path)")
                let byDate = try await app.testing().sendRequest(.GET, path, headers: [
                    HTTPHeaders.Name.ifModifiedSince.description: lastModified])
                #expect(byDate.status == .notModified, "\(path)")
                let stale = try await app.testing().sendRequest(.GET, path, headers: [
                    HTTPHeaders.Name.ifModifiedSince.description: "Mon, 01 Jan 2001 00:00:00 GMT"])
                #expect(stale.status == .ok, "\(path)")
                let otherTag = try await app.testing().sendRequest(.GET, path, headers: [
                    HTTPHeaders.Name.ifNoneMatch.description: "\"anders\"", HTTPHeaders.Name.ifModifiedSince.description: lastModified])
                #expect(otherTag.status == .ok, "\(path): If-None-Match decides when it is there")
                let english = try await app.testing().sendRequest(.GET, path, headers: [
                    HTTPHeaders.Name.ifNoneMatch.description: eTag, HTTPHeaders.Name.acceptLanguage.description: "en"])
                #expect(english.status == .ok && english.headers.first(name: .eTag) != eTag, "\(path): another language, another tag")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func signedInVisitorsGetPrivateResponses(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let member = try await MeetingWork.browser(app, .member)
            for path in ["/", MeetingWork.bodyPath, MeetingWork.meetingPath(MeetingWork.draftMeeting)] {
                let response = try await member.get(path)
                #expect(response.status == .ok)
                #expect(Self.cacheControl(response) == ["private", "no-cache"], "\(path)")
                #expect(response.headers.first(name: .eTag) != nil, "\(path)")
            }
            let publicTag = try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).headers.first(name: .eTag)
            let memberTag = try await member.get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).headers.first(name: .eTag)
            #expect(publicTag != memberTag, "the member reads the draft: another page")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aChangeToTheMeetingGivesItANewTag(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let path = MeetingWork.meetingPath(MeetingWork.draftMeeting)
            let before = try await app.testing().sendRequest(.GET, path)
            let eTag = try #require(before.headers.first(name: .eTag))
            let lastModified = try #require(before.headers.first(name: .lastModified).flatMap(HTTPDate.parse))
            let revision = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting).revision

            let secretary = try await MeetingWork.browser(app, .secretary)
            let item = try await MeetingWork.items(app, MeetingWork.draftMeeting)[1]
            let saved = try await secretary.post(MeetingWork.path(MeetingWork.draftMeeting, .item(item.id)),
                                                 MeetingWork.itemFields(item, ["title": "Nyt fra klyngerne"]))
            #expect(saved.status == .seeOther)
            #expect(try await DemoBody.meeting(app, on: MeetingWork.draftMeeting).revision == revision + 1)

            let after = try await app.testing().sendRequest(.GET, path, headers: [HTTPHeaders.Name.ifNoneMatch.description: eTag])
            #expect(after.status == .ok)
            #expect(after.body.string.contains("Nyt fra klyngerne"))
            let newTag = try #require(after.headers.first(name: .eTag))
            #expect(newTag != eTag)
            let newLastModified = try #require(after.headers.first(name: .lastModified).flatMap(HTTPDate.parse))
            #expect(newLastModified >= lastModified)
            #expect(try await app.testing().sendRequest(.GET, path, headers: [HTTPHeaders.Name.ifNoneMatch.description: newTag])
                .status == .notModified)
            // The lists that show the meeting change with it.
            #expect(try await app.testing().sendRequest(.GET, MeetingWork.bodyPath + "/arkiv/2022").headers.first(name: .lastModified)
                .flatMap(HTTPDate.parse) == newLastModified)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPublicAttachmentAnswersConditionalRequests(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, item) = try await ItemEditorTests.meetingWithItem(app)
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf",
                                         isPublic: true)
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let path = MeetingWork.path(key, .attachment(try await Self.attachmentID(app, item: item, title: "Kommissorium")))
            let file = try await app.testing().sendRequest(.GET, path)
            #expect(file.status == .ok)
            let eTag = try #require(file.headers.first(name: .eTag))
            #expect(file.headers.first(name: .lastModified) != nil)
            #expect(file.headers[.setCookie].isEmpty)
            let cached = try await app.testing().sendRequest(.GET, path, headers: [HTTPHeaders.Name.ifNoneMatch.description: eTag])
            #expect(cached.status == .notModified)
            #expect(cached.body.readableBytes == 0)
            #expect(Self.cacheControl(try await secretary.get(path)) == ["private", "no-cache"])
        }
    }
}
