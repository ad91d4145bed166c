import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The meeting editor as a secretary uses it: who may use which page and action, the CSRF check, a new
/// meeting with the body's standard items, and the agenda builder (items, breaks, backlog, order, time).
@Suite("Meeting editor")
struct MeetingEditorTests {
    typealias Role = MeetingWork.Role

    // MARK: - Roles

    /// One page or action of the secretariat's work, as a request.
    struct Action: CustomStringConvertible {
        enum Kind {
            case get
            case post([String: String])
            case upload(title: String, fileName: String, data: Data)
        }

        let name: String
        let path: String
        let kind: Kind

        var description: String { name }
        var isGet: Bool { if case .get = kind { true } else { false } }

        func send(_ browser: Browser) async throws -> TestingHTTPResponse {
            switch kind {
            case .get: try await browser.get(path)
            case let .post(fields): try await browser.post(path, fields)
            case let .upload(title, fileName, data):
                try await browser.postFiles(path, fields: ["attachment_title": title], files: [(fileName, data)], fileField: "file")
            }
        }
    }

    /// A planned meeting of 4 March 2030 with an item to work on, one to delete, an attachment and a
    /// waiting backlog item, made by a secretary; and every page and action of the editor on it.
    struct Fixture {
        let key: String
        let item: UUID
        let attachment: UUID
        let actions: [Action]
    }

    static func fixture(_ app: Application) async throws -> Fixture {
        let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
        let key = try await MeetingWork.newMeeting(secretary)
        let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Sag til behandling", minutes: 30)
        let doomed = try await MeetingWork.addItem(app, secretary, key: key, title: "Punkt der slettes")
        let upload = try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf")
        #expect(upload.status == .seeOther)
        let attachment = try #require(try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).first()?.id)
        let backlog = try await MeetingWork.backlogItem(app, title: "Rehabilitering på tværs")
        let stored = try await MeetingWork.item(app, item)
        func path(_ part: SiteURL.MeetingPart) -> String { MeetingWork.path(key, part) }
        let actions = [
            Action(name: "GET editor", path: path(.editor), kind: .get),
            Action(name: "POST header", path: path(.editor),
                   kind: .post(MeetingWork.header(date: key, end: "12:30", location: "Skive Rådhus"))),
            Action(name: "POST item", path: path(.items), kind: .post(["type": "item", "title": "Nyt punkt", "duration": "10"])),
            Action(name: "POST break", path: path(.items), kind: .post(["type": "break", "break_duration": "15"])),
            Action(name: "POST backlog item", path: path(.items), kind: .post(["type": "backlog", "backlog": backlog.lowercased])),
            Action(name: "POST move", path: path(.itemMove(item)), kind: .post(["retning": "op"])),
            Action(name: "GET delete confirmation", path: path(.itemDelete(doomed)), kind: .get),
            Action(name: "POST delete", path: path(.itemDelete(doomed)), kind: .post([:])),
            Action(name: "GET status confirmation", path: path(.status) + "?til=agendaPublished", kind: .get),
            Action(name: "POST status", path: path(.status), kind: .post(["til": "agendaPublished"])),
            Action(name: "GET item", path: path(.item(item)), kind: .get),
            Action(name: "POST item", path: path(.item(item)),
                   kind: .post(MeetingWork.itemFields(stored, ["recommendation": "At klyngestyregruppen godkender kommissoriet."]))),
            Action(name: "POST follow-up action", path: path(.itemActions(item)),
                   kind: .post(["action_text": "Sekretariatet sender kommissoriet ud", "action_owner_other": "Sekretariatet",
                                "action_due": "2030-04-01"])),
            Action(name: "POST attachment upload", path: path(.itemAttachments(item)),
                   kind: .upload(title: "Bilag 2", fileName: "bilag-2.pdf", data: MeetingWork.pdf + Data("% 2\n".utf8))),
            Action(name: "GET attachment", path: path(.attachment(attachment)), kind: .get),
            Action(name: "POST attachment delete", path: path(.attachmentDelete(attachment)), kind: .post([:])),
            Action(name: "GET new meeting", path: MeetingWork.newMeetingPath, kind: .get),
            Action(name: "POST new meeting", path: MeetingWork.newMeetingPath, kind: .post(MeetingWork.header(date: "2030-05-05"))),
        ]
        return Fixture(key: key, item: item, attachment: attachment, actions: actions)
    }

    /// The public is sent to sign in, a signed-in user without the right gets 403, and nothing changes.
    /// The one exception is an attachment's file, which follows the meeting page: members read it, and
    /// for everyone else the meeting does not exist until its agenda is published (404).
    @Test(arguments: TestDatabase.all, Role.refused)
    func everyPageAndActionRefusesThoseWithoutTheRight(database: TestDatabase, role: Role) async throws {
        try await withApp(database, demo: true) { app in
            let fixture = try await Self.fixture(app)
            let browser = try await MeetingWork.browser(app, role)
            for action in fixture.actions {
                let before = try await MeetingWork.snapshot(app)
                let response = try await action.send(browser)
                if action.name == "GET attachment" {
                    #expect(response.status == (role == .member ? .ok : .notFound), "\(action) as \(role)")
                } else if role == .anonymous {
                    #expect(response.status == .seeOther, "\(action) as \(role)")
                    // The query goes along, encoded: a link to a step comes back to the step.
                    let next = action.path.replacingOccurrences(of: "?", with: "%3F").replacingOccurrences(of: "=", with: "%3D")
                    #expect(response.location == "/log-ind?next=\(next)", "\(action) as \(role)")
                } else {
                    #expect(response.status == .forbidden, "\(action) as \(role)")
                    #expect(response.body.string.contains("Din bruger har ikke rettighed til denne side"), "\(action) as \(role)")
                }
                #expect(try await MeetingWork.snapshot(app) == before, "\(action) as \(role) changed something")
            }
        }
    }

    /// The body's secretary and an administrator can use every page and action: pages answer 200 and
    /// change nothing; every action redirects (not to sign in) and changes something.
    @Test(arguments: TestDatabase.all, Role.allowed)
    func theSecretaryAndAnAdministratorMayDoEverything(database: TestDatabase, role: Role) async throws {
        try await withApp(database, demo: true) { app in
            let fixture = try await Self.fixture(app)
            let browser = try await MeetingWork.browser(app, role)
            for action in fixture.actions {
                let before = try await MeetingWork.snapshot(app)
                let response = try await action.send(browser)
                let after = try await MeetingWork.snapshot(app)
                if action.isGet {
                    #expect(response.status == .ok, "\(action) as \(role)")
                    #expect(after == before, "\(action) as \(role) changed something")
                } else {
                    #expect(response.status == .seeOther, "\(action) as \(role): \(response.status)")
                    #expect(response.location?.hasPrefix(MeetingWork.bodyPath) == true, "\(action) as \(role) went to \(response.location ?? "-")")
                    #expect(after != before, "\(action) as \(role) changed nothing")
                }
            }
            #expect(try await MeetingWork.meeting(app, fixture.key).status == .agendaPublished)
            #expect(try await MeetingWork.meeting(app, "2030-05-05").status == .planned)
        }
    }

    /// A secretary who follows a link to a step while signed out comes back to that step after signing in.
    @Test(arguments: TestDatabase.all)
    func signingInFromAStepLinkComesBackToTheStep(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let link = MeetingWork.path(key, .status) + "?til=agendaPublished"
            let anonymous = try await Browser(app).get(link)
            #expect(anonymous.status == .seeOther)
            let signIn = try #require(anonymous.location)
            let next = try #require(URLComponents(string: signIn)?.queryItems?.first { $0.name == "next" }?.value)
            #expect(next == link, "the sign-in page is told to come back to \(next), not to the step")

            // Signing in through the page that link leads to goes on to the step.
            let browser = Browser(app)
            let form = try await browser.get(signIn)
            #expect(form.status == .ok)
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let user = try await accounts.createUser(email: "anden@klynge.dk", name: "Anden Sekretær", password: MeetingWork.password,
                                                     isAdministrator: false)
            try await accounts.grant(.secretary, in: try await MeetingWork.body(app).id, to: user)
            let signedIn = try await browser.post(SiteURL.signIn.path, ["email": "anden@klynge.dk", "password": MeetingWork.password,
                                                                        "next": next])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.location == link)
            #expect(try await browser.get(link).page.html.contains("<h1>Udsend dagsorden</h1>"))
        }
    }

    // MARK: - CSRF

    /// Every action checks the form's token: without it (or with a forged one) the secretary's post is
    /// refused with 403 and nothing changes.
    @Test(arguments: TestDatabase.all)
    func everyActionNeedsTheFormsToken(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let fixture = try await Self.fixture(app)
            let secretary = try await MeetingWork.browser(app, .secretary)
            for action in fixture.actions where !action.isGet {
                for token in [nil, "forfalsket"] as [String?] {
                    let before = try await MeetingWork.snapshot(app)
                    let response: TestingHTTPResponse
                    switch action.kind {
                    case .get: continue
                    case let .post(fields):
                        var fields = fields
                        fields[CSRF.fieldName] = token
                        response = try await secretary.post(action.path, fields, withCSRF: token != nil)
                    case let .upload(title, fileName, data):
                        var fields = ["attachment_title": title]
                        fields[CSRF.fieldName] = token
                        response = try await secretary.postFiles(action.path, fields: fields, files: [(fileName, data)],
                                                                 fileField: "file", withCSRF: token != nil)
                    }
                    #expect(response.status == .forbidden, "\(action) with token \(token ?? "none")")
                    #expect(response.body.string.contains("Formularen er udløbet"), "\(action) with token \(token ?? "none")")
                    #expect(try await MeetingWork.snapshot(app) == before, "\(action) without its token changed something")
                }
            }
        }
    }

    // MARK: - New meeting

    @Test(arguments: TestDatabase.all)
    func aNewMeetingGetsTheStandardItemsTimedFromItsStart(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let form = try await secretary.get(MeetingWork.newMeetingPath)
            #expect(form.status == .ok)
            for id in ["date", "start", "end", "location", "chair", "minute_takers"] {
                #expect(form.page.html.contains("<label for=\"\(id)\""), "the field \(id) has a label")
            }
            let response = try await secretary.post(MeetingWork.newMeetingPath, MeetingWork.header(
                date: "2030-03-04", location: "Regionshuset Viborg, lokale Ærø", minuteTakers: "Katrine Gimm, Jens Ølgaard"))
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path("2030-03-04", .editor) + "?besked=meetingCreated")

            let meeting = try await MeetingWork.meeting(app, "2030-03-04")
            #expect(meeting.status == .planned)
            #expect(meeting.start?.description == "09:00" && meeting.end?.description == "12:00")
            #expect(meeting.location == "Regionshuset Viborg, lokale Ærø")
            #expect(meeting.chair == "Lauge Clemmensen")
            #expect(meeting.minuteTakers == ["Katrine Gimm", "Jens Ølgaard"])
            #expect(try await MeetingWork.agenda(app, "2030-03-04") == [
                "1 Velkomst og godkendelse af dagsorden 09:00-09:05",
                "2 Godkendelse af referat fra sidste møde 09:05-09:10",
                "3 Punkter til kommende møder 09:10-09:20",
                "4 Eventuelt 09:20-09:25",
            ])
            let items = try await MeetingWork.items(app, "2030-03-04")
            #expect(ItemDraft(items[0]).recommendation == "At dagsordenen godkendes.")

            let editor = try await secretary.get(try #require(response.location))
            #expect(editor.status == .ok)
            let page = editor.page
            #expect(page.html.contains("Mødet er oprettet med forummets standardpunkter."))
            let rows = page.between("<tbody>", and: "</tbody>")
            #expect(rows.captures("<td><a href=\"[^\"]*\">([^<>]+)</a></td>") == MeetingWork.standardTitles)
            #expect(rows.html.contains("kl. 9.00–9.05") && rows.html.contains("kl. 9.20–9.25"))
            #expect(page.html.contains("Dagsordenen slutter 9.25"))
            #expect(!page.html.contains("Dagsordenen går over"))
        }
    }

    /// A wrong date or time re-renders the form with 422: the error next to its field (and in the summary
    /// at the top), every value as typed, and nothing stored.
    @Test(arguments: TestDatabase.all)
    func aNewMeetingWithErrorsKeepsEverythingTyped(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            try await secretary.get(MeetingWork.newMeetingPath)
            let cases: [(field: String, fields: [String: String], error: String)] = [
                ("date", ["date": ""], "Skriv mødets dato."),
                ("date", ["date": "4. marts 2030"], "Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-03-14."),
                ("start", ["start": "ni"], "Tidspunktet skal skrives som TT:MM, fx 09:30."),
                ("end", ["end": "25:00"], "Tidspunktet skal skrives som TT:MM, fx 09:30."),
                ("end", ["start": "12:00", "end": "09:00"], "Sluttidspunktet skal ligge efter starttidspunktet."),
            ]
            let before = try await MeetingWork.snapshot(app)
            for (field, changes, error) in cases {
                let fields = MeetingWork.header(date: "2030-03-04", location: "Regionshuset, lokale Ærø", chair: "Anja Østergaard",
                                                minuteTakers: "Katrine Gimm, Jens Ølgaard").merging(changes) { _, new in new }
                let response = try await secretary.post(MeetingWork.newMeetingPath, fields)
                #expect(response.status == .unprocessableEntity, "\(changes)")
                let page = response.page
                #expect(page.error(of: field) == error, "\(changes)")
                #expect(page.isInvalid(field), "\(changes)")
                #expect(page.field(field).html.contains("aria-describedby=\"\(field)-error"), "\(changes)")
                #expect(page.html.contains("<a href=\"#\(field)\">\(error)</a>"), "the summary links to the field: \(changes)")
                for (name, value) in fields {
                    #expect(page.value(of: name) == value, "\(name) is kept as typed: \(changes)")
                }
                for other in ["date", "start", "end", "location", "chair", "minute_takers"] where other != field {
                    #expect(!page.isInvalid(other), "\(other) is not marked: \(changes)")
                }
            }
            #expect(try await MeetingWork.snapshot(app) == before, "nothing was stored")
        }
    }

    /// A second meeting the same day gets an address of its own; one at the same day and time as an
    /// existing meeting is refused, so that the first keeps its address.
    @Test(arguments: TestDatabase.all)
    func aSecondMeetingTheSameDayGetsItsOwnAddressButNotTheSameTime(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary, date: "2030-03-04", start: "09:00", end: "12:00")
            let afternoon = try await secretary.post(MeetingWork.newMeetingPath, MeetingWork.header(date: key, start: "13:00", end: "15:00"))
            #expect(afternoon.status == .seeOther)
            #expect(afternoon.location == MeetingWork.path("2030-03-04-2", .editor) + "?besked=meetingCreated")
            #expect(try await secretary.get(MeetingWork.meetingPath("2030-03-04-2")).page.html.contains("kl. 13.00–15.00"))

            let before = try await MeetingWork.snapshot(app)
            let same = try await secretary.post(MeetingWork.newMeetingPath, MeetingWork.header(date: key, start: "09:00", end: "11:00"))
            #expect(same.status == .unprocessableEntity, "\(same.status) \(same.location ?? "")")
            #expect(same.body.string.contains("Forummet har allerede et møde på den dato og det tidspunkt."))
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    // MARK: - Agenda builder

    @Test(arguments: TestDatabase.all)
    func newItemsAndBreaksGoBeforeTheClosingItemsAndTheTimesFollow(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let response = try await secretary.post(MeetingWork.path(key, .items), [
                "type": "item", "title": "Status på TeleKOL", "duration": "30", "kind": "briefing", "presenter": "Lauge Clemmensen",
            ])
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .editor) + "?besked=itemAdded")
            let breakResponse = try await secretary.post(MeetingWork.path(key, .items), ["type": "break", "break_duration": "20"])
            #expect(breakResponse.location == MeetingWork.path(key, .editor) + "?besked=breakAdded")
            try await MeetingWork.addItem(app, secretary, key: key, title: "Rehabilitering", minutes: 20)
            #expect(try await MeetingWork.agenda(app, key) == [
                "1 Velkomst og godkendelse af dagsorden 09:00-09:05",
                "2 Godkendelse af referat fra sidste møde 09:05-09:10",
                "3 Status på TeleKOL 09:10-09:40",
                "- Pause 09:40-10:00",
                "4 Rehabilitering 10:00-10:20",
                "5 Punkter til kommende møder 10:20-10:30",
                "6 Eventuelt 10:30-10:35",
            ])
            let items = try await MeetingWork.items(app, key)
            #expect(items[2].kind == .briefing && items[2].presenter == "Lauge Clemmensen" && items[2].durationMinutes == 30)
            #expect(items[3].isBreak && items[3].number == nil)

            let page = try await secretary.get(MeetingWork.path(key, .editor)).page
            let breakRow = page.between("<tr class=\"agenda-table__break\">", and: "</tr>")
            #expect(breakRow.html.hasPrefix("<td></td><td>kl. 9.40–10.00</td><td>Pause</td>"), "a break has no number but a time")
            #expect(page.html.contains("Dagsordenen slutter 10.35"))
            // The public meeting page (for the secretary) numbers the same way.
            let meetingPage = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(meetingPage.captures("<article class=\"item\" id=\"punkt-(\\d+)\"") == ["1", "2", "3", "4", "5", "6"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func movingAnItemRenumbersAndRetimesTheAgenda(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let teleKOL = try await MeetingWork.addItem(app, secretary, key: key, title: "Status på TeleKOL", minutes: 30)
            _ = try await secretary.post(MeetingWork.path(key, .items), ["type": "break", "break_duration": "15"])
            let rehab = try await MeetingWork.addItem(app, secretary, key: key, title: "Rehabilitering", minutes: 20)

            let up = try await secretary.post(MeetingWork.path(key, .itemMove(rehab)), ["retning": "op"])
            #expect(up.status == .seeOther)
            #expect(up.location == MeetingWork.path(key, .editor) + "?besked=agendaSaved")
            try await secretary.post(MeetingWork.path(key, .itemMove(rehab)), ["retning": "op"])
            #expect(try await MeetingWork.agenda(app, key) == [
                "1 Velkomst og godkendelse af dagsorden 09:00-09:05",
                "2 Godkendelse af referat fra sidste møde 09:05-09:10",
                "3 Rehabilitering 09:10-09:30",
                "4 Status på TeleKOL 09:30-10:00",
                "- Pause 10:00-10:15",
                "5 Punkter til kommende møder 10:15-10:25",
                "6 Eventuelt 10:25-10:30",
            ])
            try await secretary.post(MeetingWork.path(key, .itemMove(teleKOL)), ["retning": "ned"])
            #expect(try await MeetingWork.agenda(app, key)[3...4] == ["- Pause 09:30-09:45", "4 Status på TeleKOL 09:45-10:15"])

            // The first item cannot go further up, nor the last further down.
            let items = try await MeetingWork.items(app, key)
            let before = try await MeetingWork.agenda(app, key)
            try await secretary.post(MeetingWork.path(key, .itemMove(items[0].id)), ["retning": "op"])
            try await secretary.post(MeetingWork.path(key, .itemMove(items[6].id)), ["retning": "ned"])
            #expect(try await MeetingWork.agenda(app, key) == before)

            // The editor offers "Flyt op" and "Flyt ned" as forms, which work without JavaScript.
            let page = try await secretary.get(MeetingWork.path(key, .editor)).page
            #expect(page.count("aria-label=\"Flyt op: ") == 6)
            #expect(page.count("aria-label=\"Flyt ned: ") == 6)
            #expect(page.html.contains("action=\"\(MeetingWork.path(key, .itemMove(rehab)))\""))

            // An item of another meeting is not found.
            let other = try #require(try await MeetingWork.items(app, MeetingWork.approvedMeeting).first)
            let foreign = try await secretary.post(MeetingWork.path(key, .itemMove(other.id)), ["retning": "op"])
            #expect(foreign.status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anAgendaLongerThanTheMeetingIsFlagged(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary, start: "09:00", end: "10:00")
            #expect(!(try await secretary.get(MeetingWork.path(key, .editor)).body.string.contains("Dagsordenen går over")))
            try await MeetingWork.addItem(app, secretary, key: key, title: "Sundhedsaftalen 2024-2027", minutes: 60)
            let page = try await secretary.get(MeetingWork.path(key, .editor)).page
            #expect(page.html.contains("Dagsordenen går over mødets sluttidspunkt med 25 min."))
            #expect(page.html.contains("Dagsordenen slutter 10.25"))

            // A later end in the header fits the agenda again; a later start moves every slot.
            let saved = try await secretary.post(MeetingWork.path(key, .editor), MeetingWork.header(date: key, start: "10:00", end: "12:00"))
            #expect(saved.status == .seeOther)
            #expect(saved.location == MeetingWork.path(key, .editor) + "?besked=detailsSaved")
            #expect(try await MeetingWork.agenda(app, key).first == "1 Velkomst og godkendelse af dagsorden 10:00-10:05")
            #expect(try await MeetingWork.agenda(app, key).last == "5 Eventuelt 11:20-11:25")
            #expect(!(try await secretary.get(MeetingWork.path(key, .editor)).body.string.contains("Dagsordenen går over")))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBacklogItemGoesOnTheAgendaAndNoLongerWaits(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let backlogID = try await MeetingWork.backlogItem(app, title: "Rehabilitering på tværs", proposedBy: "Viborg Kommune")
            let editor = try await secretary.get(MeetingWork.path(key, .editor)).page
            let waiting = editor.between("<h2>Punkter til kommende møder</h2>", and: "</section>")
            #expect(waiting.html.contains("<strong>Rehabilitering på tværs</strong>"))
            #expect(waiting.html.contains("Foreslået af Viborg Kommune"))
            #expect(waiting.html.contains("Senest 1. juni 2030"))
            #expect(waiting.html.contains("value=\"\(backlogID.lowercased)\""))

            let response = try await secretary.post(MeetingWork.path(key, .items), ["type": "backlog", "backlog": backlogID.lowercased])
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .editor) + "?besked=itemAdded")
            #expect(try await MeetingWork.agenda(app, key) == [
                "1 Velkomst og godkendelse af dagsorden 09:00-09:05",
                "2 Godkendelse af referat fra sidste møde 09:05-09:10",
                "3 Rehabilitering på tværs 09:10-09:25",
                "4 Punkter til kommende møder 09:25-09:35",
                "5 Eventuelt 09:35-09:40",
            ])
            let item = try await MeetingWork.items(app, key)[2]
            #expect(item.presenter == "Viborg Kommune")
            let backlog = try #require(try await BacklogItemModel.find(backlogID, on: app.db))
            #expect(backlog.scheduledItemID == item.id)

            let after = try await secretary.get(MeetingWork.path(key, .editor)).page
            let stillWaiting = after.between("<h2>Punkter til kommende møder</h2>", and: "</section>")
            #expect(!stillWaiting.html.contains("Rehabilitering på tværs"))
            #expect(stillWaiting.html.contains("Der er ingen punkter, der venter."))

            // Taken once only: a second post of the same backlog item adds nothing.
            let before = try await MeetingWork.snapshot(app)
            let again = try await secretary.post(MeetingWork.path(key, .items), ["type": "backlog", "backlog": backlogID.lowercased])
            #expect(again.status == .notFound)
            #expect(try await MeetingWork.snapshot(app) == before)

            // Another body's backlog is not this body's to take.
            let foreign = BacklogItem(bodyID: try await MeetingWork.body(app, slug: MeetingWork.otherSlug).id, title: "Andet forum")
            try await BacklogItemModel(foreign).create(on: app.db)
            let refused = try await secretary.post(MeetingWork.path(key, .items), ["type": "backlog", "backlog": foreign.id.lowercased])
            #expect(refused.status == .notFound)
            #expect(try await MeetingWork.snapshot(app).count == before.count + 1, "only the foreign backlog row was added")
        }
    }

    @Test(arguments: TestDatabase.all)
    func deletingAnItemAsksFirstRenumbersAndFreesItsBacklogItem(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let backlogID = try await MeetingWork.backlogItem(app, title: "Rehabilitering på tværs")
            try await secretary.post(MeetingWork.path(key, .items), ["type": "backlog", "backlog": backlogID.lowercased])
            try await MeetingWork.addItem(app, secretary, key: key, title: "Status på TeleKOL", minutes: 30)
            let doomed = try await MeetingWork.items(app, key)[2]
            #expect(doomed.title == "Rehabilitering på tværs")

            let confirmation = try await secretary.get(MeetingWork.path(key, .itemDelete(doomed.id)))
            #expect(confirmation.status == .ok)
            let page = confirmation.page
            #expect(page.html.contains("<h1>Slet punktet?</h1>"))
            #expect(page.html.contains("3. Rehabilitering på tværs"))
            #expect(page.html.contains("action=\"\(MeetingWork.path(key, .itemDelete(doomed.id)))\""))
            #expect(page.html.contains("href=\"\(MeetingWork.path(key, .editor))\""), "a way back")
            #expect(try await MeetingWork.items(app, key).count == 6, "asking deletes nothing")

            let response = try await secretary.post(MeetingWork.path(key, .itemDelete(doomed.id)))
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .editor) + "?besked=itemDeleted")
            #expect(try await MeetingWork.agenda(app, key) == [
                "1 Velkomst og godkendelse af dagsorden 09:00-09:05",
                "2 Godkendelse af referat fra sidste møde 09:05-09:10",
                "3 Status på TeleKOL 09:10-09:40",
                "4 Punkter til kommende møder 09:40-09:50",
                "5 Eventuelt 09:50-09:55",
            ])
            let backlog = try #require(try await BacklogItemModel.find(backlogID, on: app.db))
            #expect(backlog.scheduledItemID == nil, "the backlog item waits again")
            let editor = try await secretary.get(MeetingWork.path(key, .editor)).page
            #expect(editor.between("<h2>Punkter til kommende møder</h2>", and: "</section>").html.contains("Rehabilitering på tværs"))

            let gone = try await secretary.get(MeetingWork.path(key, .itemDelete(doomed.id)))
            #expect(gone.status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNewItemWithErrorsKeepsWhatWasTyped(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let before = try await MeetingWork.snapshot(app)
            let response = try await secretary.post(MeetingWork.path(key, .items), [
                "type": "item", "title": "", "duration": "0", "kind": "discussion", "presenter": "Anja Østergaard",
            ])
            #expect(response.status == .unprocessableEntity)
            let page = response.page
            #expect(page.error(of: "title") == "Skriv punktets titel.")
            #expect(page.isInvalid("title"))
            #expect(page.error(of: "duration") == "Varigheden skal være et helt antal minutter fra 1 til 480.")
            #expect(page.value(of: "duration") == "0")
            #expect(page.value(of: "presenter") == "Anja Østergaard")
            #expect(page.field("kind").html.contains("<option value=\"discussion\" selected=\"selected\">"))
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    /// Every field of the editor has a label that points at it alone: no two elements share an id.
    @Test(arguments: TestDatabase.all)
    func everyFieldOfTheEditorHasItsOwnIdAndLabel(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Status på TeleKOL")
            for path in [MeetingWork.path(key, .editor), MeetingWork.path(key, .item(item)), MeetingWork.newMeetingPath] {
                let page = try await secretary.get(path).page
                let ids = page.captures(" id=\"([^\"]+)\"")
                let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
                #expect(repeated.isEmpty, "\(path) repeats the ids \(repeated)")
                for control in page.captures("<(?:input|select|textarea) (?:type=\"(?!hidden)[^\"]*\" )?id=\"([^\"]+)\"") {
                    #expect(page.count("<label for=\"\(control)\"") == 1, "\(path): the field \(control) has one label")
                }
            }
        }
    }
}
