import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The JSON API: personal tokens made and revoked on the web page, the same rights as the pages for every
/// role, and writes that go through the pages' checks.
@Suite("JSON API")
struct APITests {
    // MARK: Tokens

    @Test(arguments: TestDatabase.all)
    func aTokenMadeOnThePageWorksUntilItIsRevoked(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            #expect(try await Browser(app).get(SiteURL.apiTokens.path).status == .seeOther, "the public is sent to sign in")
            let browser = try await Browser.signedIn(app, name: "Sanne Sekretær", password: Visitor.password)
            #expect(try await browser.get(SiteURL.apiTokens.path).status == .ok)
            #expect(try await browser.post(SiteURL.apiTokens.path, ["name": "  "]).status == .unprocessableEntity)

            let made = try await browser.post(SiteURL.apiTokens.path, ["name": "Afrapportering"])
            #expect(made.status == .ok)
            #expect(made.headers.cacheControl?.noStore == true, "the page with the secret must not be cached")
            let html = made.body.string
            let token = try #require(html.firstMatch(of: /value="(samspil_[A-Za-z0-9_-]{20,})"/)?.1).description
            let client = APIClient(app: app, token: token)
            let me = try await client.get("/me")
            #expect(me.json?["signedIn"] as? Bool == true)
            #expect(me.json?["name"] as? String == "Sanne Sekretær")
            // The page lists it, without the secret; shown once means once.
            let list = try await browser.get(SiteURL.apiTokens.path).body.string
            #expect(list.contains("Afrapportering"))
            #expect(!list.contains(token))

            let stored = try #require(try await APITokenModel.query(on: app.db).filter(\.$name == "Afrapportering").first())
            #expect(stored.tokenHash != token, "only the hash is stored")
            // Only its own user revokes it: another user's form finds no such token.
            let other = try await Browser.signedIn(app, name: "Anders Anden", password: Visitor.password)
            try await other.get(SiteURL.apiTokens.path)
            #expect(try await other.post(SiteURL.apiTokenRevoke(try stored.requireID()).path).status == .notFound)
            #expect(try await client.get("/me").json?["signedIn"] as? Bool == true)
            #expect(try await browser.post(SiteURL.apiTokenRevoke(try stored.requireID()).path).status == .seeOther)
            let refused = try await client.get("/me")
            #expect(refused.status == .unauthorized)
            #expect(refused.errorCode == "unauthorized")
            #expect(refused.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(try await browser.get(SiteURL.apiTokens.path).body.string.contains("Tilbagekaldt"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBrowserSessionDoesNotCountInTheAPI(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            // Another site could otherwise make a signed-in secretary's browser write through the API.
            let browser = try await Browser.signedIn(app, name: "Ada Administrator", password: Visitor.password, administrator: true)
            let me = try await browser.get("/api/v1/me")
            #expect(me.status == .ok)
            #expect(me.body.string.contains("\"signedIn\":false"))
        }
    }

    // MARK: Roles

    /// For each role: what the pages allow, the API allows, and what they refuse it refuses.
    @Test(arguments: Visitor.allCases)
    func theAPIAndThePagesAgreeOnWhatEachRoleMayDo(_ visitor: Visitor) async throws {
        try await withApp(.sqlite, demo: true) { app in
            let body = try await DemoBody.body(app)
            let draft = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting)
            let browser = try await visitor.browser(app, in: body)
            let client = try await APIClient.make(app, as: visitor, in: body)

            // Editing: the agenda builder, and adding an item through the API.
            visitor.expect(try await browser.get(MeetingWork.path(MeetingWork.draftMeeting, .editor)), for: .edit, allowed: .ok)
            let added = try await client.send(.POST, "/meetings/\(draft.id)/items", json: ["title": "Status på rehabilitering"])
            expect(added, for: .edit, visitor, allowed: .created)

            // Reading everything: the follow-up page, and the open actions.
            visitor.expect(try await browser.get(SiteURL.followUp(bodySlug: body.slug).path), for: .readEverything, allowed: .ok)
            expect(try await client.get("/bodies/\(body.slug)/actions"), for: .readEverything, visitor, allowed: .ok)

            // Decisions of minutes not yet approved: on the page and in the API for members only.
            let itemModel = try await DemoBody.item(app, meeting: MeetingWork.draftMeeting, number: 2)
            let decision = try #require(try await ItemSectionModel.query(on: app.db).filter(\.$itemID == (try itemModel.requireID()))
                .filter(\.$kind == SectionKind.decision.rawValue).first()?.text)
            let page = try await browser.get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).body.string
            let item = try await client.get("/items/\(try itemModel.requireID())")
            #expect(item.status == .ok)
            let sections = item.json?["sections"] as? [[String: Any]] ?? []
            let apiShowsDecision = sections.contains { $0["kind"] as? String == "decision" }
            // Its first words, which need no escaping in HTML.
            let words = String(decision.prefix { $0.isLetter || $0 == " " }.prefix(40))
            #expect(words.count > 15)
            #expect(page.contains(words) == visitor.may(.readEverything), "page, \(visitor)")
            #expect(apiShowsDecision == visitor.may(.readEverything), "API, \(visitor)")
        }
    }

    private func expect(_ answer: APIClient.Answer, for permission: Viewer.Permission, _ visitor: Visitor, allowed: HTTPStatus,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let expected: HTTPStatus = visitor.may(permission) ? allowed : visitor == .anonymous ? .unauthorized : .forbidden
        #expect(answer.status == expected, "\(visitor): \(String(decoding: answer.body, as: UTF8.self).prefix(300))",
                sourceLocation: sourceLocation)
        if !visitor.may(permission) {
            #expect(answer.errorCode != nil, "a refusal is a JSON error", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMembersTokenCannotChangeAnything(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let member = try await APIClient.make(app, as: .member, in: body)
            let draft = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting)
            let item = try await DemoBody.item(app, meeting: MeetingWork.draftMeeting, number: 2)
            let itemID = try item.requireID()
            let attachment = try #require(try await AttachmentModel.query(on: app.db).filter(\.$meetingID == draft.id).first())
            let person = try #require(try await AttendanceModel.query(on: app.db).filter(\.$meetingID == draft.id).first())
            let action = FollowUpActionModel(FollowUpAction(itemID: itemID, text: "Send notatet rundt", owner: .named("Sekretariatet")))
            try await action.create(on: app.db)
            let before = try await Self.snapshot(app)

            let writes: [(HTTPMethod, String, [String: Any])] = [
                (.POST, "/bodies/\(body.slug)/meetings", ["date": "2031-01-02"]),
                (.POST, "/meetings/\(draft.id)/status", ["status": "minutesApproved"]),
                (.POST, "/meetings/\(draft.id)/items", ["title": "Et punkt"]),
                (.PUT, "/meetings/\(draft.id)/attendance/\(person.personID)", ["status": "absent"]),
                (.PUT, "/items/\(itemID)", ["version": item.version, "title": "Ny titel"]),
                (.DELETE, "/items/\(itemID)", [:]),
                (.POST, "/items/\(itemID)/actions", ["text": "Gør noget", "ownerOther": "Nogen"]),
                (.POST, "/actions/\(try action.requireID())/close", ["state": "done"]),
                (.PATCH, "/attachments/\(try attachment.requireID())", ["public": true]),
                (.DELETE, "/attachments/\(try attachment.requireID())", [:]),
            ]
            for (method, path, json) in writes {
                let answer = try await member.send(method, path, json: json.isEmpty ? nil : json)
                #expect(answer.status == .forbidden, "\(method) \(path): \(answer.status)")
                #expect(answer.errorCode == "forbidden")
            }
            let upload = try await member.upload("/items/\(itemID)/attachments", fields: ["title": "Bilag"],
                                                 file: (name: "bilag.docx", data: try TinyDocx.make(["Tekst"])))
            #expect(upload.status == .forbidden)
            #expect(try await Self.snapshot(app) == before, "a refused write changed something")
        }
    }

    /// What a refused write could have touched.
    private static func snapshot(_ app: Application) async throws -> [String] {
        let meetings = try await MeetingModel.query(on: app.db).sort(\.$id).all().map { "\($0.id!) \($0.revision) \($0.status)" }
        let items = try await AgendaItemModel.query(on: app.db).sort(\.$id).all().map { "\($0.id!) \($0.title) \($0.version)" }
        let attendance = try await AttendanceModel.query(on: app.db).sort(\.$id).all().map { "\($0.id!) \($0.status)" }
        let actions = try await FollowUpActionModel.query(on: app.db).sort(\.$id).all().map { "\($0.id!) \($0.state)" }
        let attachments = try await AttachmentModel.query(on: app.db).sort(\.$id).all().map { "\($0.id!) \($0.isPublic)" }
        return meetings + items + attendance + actions + attachments
    }

    // MARK: Writes

    @Test(arguments: TestDatabase.all)
    func writesGoThroughThePagesChecksAndRecordTheChange(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let secretary = try await APIClient.make(app, as: .secretary, in: body)
            let draft = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting)

            // A new item: the form's rules, then stored, numbered, searchable, the meeting's revision raised.
            let empty = try await secretary.send(.POST, "/meetings/\(draft.id)/items", json: ["title": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(((empty.json?["error"] as? [String: Any])?["fields"] as? [String: String])?["title"] != nil)
            let added = try await secretary.send(.POST, "/meetings/\(draft.id)/items",
                                                 json: ["title": "Kvalitetsprojekt om telemedicinsk hjemmemonitorering", "duration": 20])
            #expect(added.status == .created)
            let itemID = try #require(UUID(uuidString: added.json?["id"] as? String ?? ""))
            #expect(added.json?["durationMinutes"] as? Int == 20)
            let revised = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting)
            #expect(revised.revision > draft.revision)
            let found = try await secretary.get("/search?q=hjemmemonitorering")
            #expect((found.json?["results"] as? [[String: Any]])?.count == 1, "\(found.json ?? [:])")

            // Saving with the version read; a stale version is a conflict and changes nothing.
            let version = try #require(added.json?["version"] as? Int)
            let saved = try await secretary.send(.PUT, "/items/\(itemID)",
                                                 json: ["version": version, "title": "Telemedicinsk hjemmemonitorering", "description": "Et oplæg."])
            #expect(saved.status == .ok, "\(saved.json ?? [:])")
            #expect(saved.json?["version"] as? Int == version + 1)
            let stale = try await secretary.send(.PUT, "/items/\(itemID)", json: ["version": version, "title": "Gammel"])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "version_conflict")
            // The agenda is public: a CPR number is refused before it is published.
            let cpr = try await secretary.send(.PUT, "/items/\(itemID)", json: ["version": version + 1, "title": "Borger 010203-1234"])
            #expect(cpr.status == .unprocessableEntity)
            #expect(cpr.errorCode == "contains_cpr_number")
            #expect(try await AgendaItemModel.find(itemID, on: app.db)?.title == "Telemedicinsk hjemmemonitorering")

            // Not JSON, broken JSON.
            let text = try await secretary.send(.PUT, "/items/\(itemID)", body: .init(string: "title=x"), contentType: "text/plain")
            #expect(text.status == .unsupportedMediaType)
            let broken = try await secretary.send(.PUT, "/items/\(itemID)", body: .init(string: "{\"title\":"), contentType: "application/json")
            #expect(broken.status == .badRequest)

            // A file: uploaded, read back byte for byte, deleted.
            let bytes = try TinyDocx.make(["Notat om hjemmemonitorering"])
            let upload = try await secretary.upload("/items/\(itemID)/attachments", fields: ["title": "Notat", "public": "true"],
                                                    file: (name: "notat.docx", data: bytes))
            #expect(upload.status == .created, "\(upload.json ?? [:])")
            let attachmentID = try #require(upload.json?["id"] as? String)
            #expect(upload.json?["isPublic"] as? Bool == true)
            let content = try await APIClient(app: app, token: nil).get("/attachments/\(attachmentID)/content")
            #expect(content.status == .ok)
            #expect(content.body == bytes)
            #expect(try await secretary.send(.DELETE, "/attachments/\(attachmentID)").status == .noContent)
            #expect(try await secretary.get("/attachments/\(attachmentID)").status == .notFound)

            // Attendance, one person at a time.
            let listed = try await secretary.get("/meetings/\(draft.id)/attendance")
            let person = try #require(listed.data.first?["personId"] as? String)
            let marked = try await secretary.send(.PUT, "/meetings/\(draft.id)/attendance/\(person)",
                                                  json: ["status": "apologies", "note": "Syg"])
            #expect(marked.status == .ok)
            #expect(marked.json?["status"] as? String == "apologies")

            // Deleting the item.
            #expect(try await secretary.send(.DELETE, "/items/\(itemID)").status == .noContent)
            #expect(try await AgendaItemModel.find(itemID, on: app.db) == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theLifeCycleTakesOneStepAtATime(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let secretary = try await APIClient.make(app, as: .secretary, in: body)
            let created = try await secretary.send(.POST, "/bodies/\(body.slug)/meetings",
                                                   json: ["date": "2031-05-06", "start": "09:00", "end": "12:00", "location": "Viborg"])
            #expect(created.status == .created, "\(created.json ?? [:])")
            let meeting = try #require(created.json?["meeting"] as? [String: Any])
            let id = try #require(meeting["id"] as? String)
            #expect(meeting["status"] as? String == "planned")
            let twice = try await secretary.send(.POST, "/bodies/\(body.slug)/meetings", json: ["date": "2031-05-06", "start": "09:00"])
            #expect(twice.status == .unprocessableEntity, "a body cannot meet twice at the same time")
            // Unpublished: the public does not see it.
            #expect(try await APIClient(app: app, token: nil).get("/meetings/\(id)").status == .notFound)
            let skip = try await secretary.send(.POST, "/meetings/\(id)/status", json: ["status": "held"])
            #expect(skip.status == .conflict)
            let publish = try await secretary.send(.POST, "/meetings/\(id)/status", json: ["status": "agendaPublished"])
            #expect(publish.status == .ok)
            #expect(try await APIClient(app: app, token: nil).get("/meetings/\(id)").status == .ok)
        }
    }

    /// What the meeting page keeps from the public, the API keeps too: a planned meeting's files, even
    /// marked public, the members not yet marked on a list, and contact details in what is shown.
    @Test(arguments: TestDatabase.all)
    func thePublicReadsNoMoreThroughTheAPIThanOnThePages(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let secretary = try await APIClient.make(app, as: .secretary, in: body)
            let planned = try await secretary.send(.POST, "/bodies/\(body.slug)/meetings", json: ["date": "2031-05-06", "start": "09:00"])
            let meetingID = try #require((planned.json?["meeting"] as? [String: Any])?["id"] as? String)
            let item = try #require((planned.json?["items"] as? [[String: Any]])?.first?["id"] as? String)
            let upload = try await secretary.upload("/items/\(item)/attachments", fields: ["title": "Udkast", "public": "1"],
                                                    file: (name: "udkast.docx", data: try TinyDocx.make(["Udkast"])))
            #expect(upload.status == .created)
            let attachment = try #require(upload.json?["id"] as? String)
            for visitor in [Visitor.anonymous, .memberOfAnotherBody] {
                let client = try await APIClient.make(app, as: visitor, in: body)
                #expect(try await client.get("/attachments/\(attachment)").status == .notFound, "\(visitor)")
                #expect(try await client.get("/attachments/\(attachment)/content").status == .notFound, "\(visitor)")
                #expect(try await client.get("/meetings/\(meetingID)/attendance").status == .notFound, "\(visitor)")
            }

            // The approved minutes' list: as recorded, without the phone number in a note.
            let approved = try await DemoBody.meeting(app, on: MeetingWork.approvedMeeting)
            let row = try #require(try await AttendanceModel.query(on: app.db).filter(\.$meetingID == approved.id).first())
            row.note = "Træffes på 21 22 23 24"
            try await row.save(on: app.db)
            let list = try await APIClient(app: app, token: nil).get("/meetings/\(approved.id)/attendance")
            #expect(list.status == .ok)
            #expect(!String(decoding: list.body, as: UTF8.self).contains("21 22 23 24"))
            #expect(list.data.allSatisfy { $0["status"] is String }, "the public sees who was recorded, not the members not marked")
            #expect(list.data.count == (try await AttendanceModel.query(on: app.db).filter(\.$meetingID == approved.id).count()))
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyWriteRaisesTheRevisionItAnswersWith(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let secretary = try await APIClient.make(app, as: .secretary, in: body)
            let created = try await secretary.send(.POST, "/bodies/\(body.slug)/meetings", json: ["date": "2031-05-06", "start": "09:00"])
            let id = try #require((created.json?["meeting"] as? [String: Any])?["id"] as? String)
            let published = try await secretary.send(.POST, "/meetings/\(id)/status", json: ["status": "agendaPublished"])
            let stored = try #require(try await MeetingModel.find(try #require(UUID(uuidString: id)), on: app.db))
            #expect(published.json?["revision"] as? Int == stored.revision)
            #expect(stored.revision > (created.json?["revision"] as? Int ?? .max))

            // Closing a follow-up action changes the meeting's record too.
            let itemID = try #require((created.json?["items"] as? [[String: Any]])?.first?["id"] as? String)
            let action = try await secretary.send(.POST, "/items/\(itemID)/actions", json: ["text": "Send notatet", "ownerOther": "Sekretariatet"])
            #expect(action.status == .created)
            let before = try #require(try await MeetingModel.find(stored.id, on: app.db)).revision
            let closed = try await secretary.send(.POST, "/actions/\(try #require(action.json?["id"] as? String))/close", json: ["state": "done"])
            #expect(closed.json?["state"] as? String == "done")
            #expect(try #require(try await MeetingModel.find(stored.id, on: app.db)).revision == before + 1)
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNothingElse() async throws {
        try await withApp(.sqlite) { app in
            let answer = try await APIClient(app: app, token: nil).get("/openapi.json")
            #expect(answer.status == .ok)
            let document = try #require(answer.json)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in
                operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map { "\($0.uppercased()) \(path)" }
            })
            // The routes under /api/v1, with `{name}` for each parameter, as OpenAPI writes paths.
            let routes = Set(app.routes.all.compactMap { route -> String? in
                let parts = route.path.map { component -> String in
                    if case let .parameter(name) = component { return "{\(name)}" }
                    return component.description
                }
                guard parts.starts(with: ["api", "v1"]) else { return nil }
                return "\(route.method.rawValue) /" + parts.dropFirst(2).joined(separator: "/")
            })
            #expect(documented == routes, "undocumented: \(routes.subtracting(documented).sorted()); not routes: \(documented.subtracting(routes).sorted())")
        }
    }
}
