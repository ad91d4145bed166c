import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor

/// "Opfølgning": the open actions of a body's meetings, overdue first; done, dropped and put back on
/// the agenda by its secretaries and administrators.
@Suite("Follow-up page")
struct FollowUpPageTests {
    static let path = SiteURL.followUp(bodySlug: DemoBody.slug).path

    /// An open action on item 4 of the meeting of 18 June 2021, owned by a person of the demo.
    static func makeAction(_ app: Application, text: String, due: String? = nil, state: FollowUpAction.State = .open,
                           owner: FollowUpAction.Owner? = nil) async throws -> FollowUpAction {
        let item = try await DemoBody.item(app, meeting: "2021-06-18", number: 4)
        let person = try #require(try await PersonModel.query(on: app.db).filter(\.$name == "Kathrine Hald").first())
        let personOwner = FollowUpAction.Owner.person(try person.requireID())
        let action = FollowUpAction(itemID: try item.requireID(), text: text, owner: owner ?? personOwner,
                                    due: due.flatMap { CalendarDay(iso: $0) }, state: state,
                                    closedBy: state == .open ? nil : "Katrine Gimm",
                                    closedAt: state == .open ? nil : Date(timeIntervalSince1970: 1_700_000_000))
        try await FollowUpActionModel(action).create(on: app.db)
        return action
    }

    static func stored(_ app: Application, _ action: FollowUpAction) async throws -> FollowUpAction {
        try #require(try await FollowUpActionModel.find(action.id, on: app.db)).domain()
    }

    @Test(arguments: TestDatabase.all)
    func membersReadSecretariesAndAdministratorsGetTheButtons(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let action = try await Self.makeAction(app, text: "Anja undersøger kursusudvalget")
            for visitor in Visitor.allCases {
                let response = try await visitor.browser(app, in: body).get(Self.path)
                visitor.expect(response, for: .readEverything, allowed: .ok)
                guard response.status == .ok else { continue }
                let html = response.body.string
                #expect(html.contains("Anja undersøger kursusudvalget"), "\(visitor)")
                #expect(html.contains("Ansvarlig: Kathrine Hald"), "\(visitor)")
                #expect(html.contains("href=\"/organer/\(DemoBody.slug)/moeder/2021-06-18#punkt-4\""), "\(visitor): the source item")
                let actionPath = SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path
                #expect(html.contains("action=\"\(actionPath)\"") == visitor.may(.edit), "\(visitor): the buttons")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func onlySecretariesAndAdministratorsCloseActions(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            for visitor in Visitor.allCases {
                let action = try await Self.makeAction(app, text: "Lukkes af \(visitor.rawValue)")
                let browser = try await visitor.browser(app, in: body)
                let response = try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path,
                                                      ["do": "done"])
                visitor.expect(response, for: .edit, allowed: .seeOther)
                let after = try await Self.stored(app, action)
                #expect(after.isOpen != visitor.may(.edit), "\(visitor)")
                let backlog = try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path,
                                                     ["do": "backlog", "due": "2030-01-01"])
                visitor.expect(backlog, for: .edit, allowed: .seeOther)
            }
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$referral == nil).count() == 0, "closed actions are not put back")
        }
    }

    @Test(arguments: TestDatabase.all)
    func doneAndDroppedRecordWhoAndWhen(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let finished = try await Self.makeAction(app, text: "Regionen sender status")
            let abandoned = try await Self.makeAction(app, text: "Kommunerne laver en fælles pjece")
            let browser = try await Visitor.secretary.browser(app, in: body)
            let before = Date()
            #expect(try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: finished.id).path, ["do": "done"])
                .status == .seeOther)
            #expect(try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: abandoned.id).path, ["do": "dropped"])
                .status == .seeOther)
            let done = try await Self.stored(app, finished)
            let dropped = try await Self.stored(app, abandoned)
            #expect(done.state == .done)
            #expect(dropped.state == .dropped)
            for action in [done, dropped] {
                #expect(action.closedBy == Visitor.secretary.userName)
                let closedAt = try #require(action.closedAt)
                #expect(abs(closedAt.timeIntervalSince(before)) < 60)
            }

            let page = HTMLInspection(html: try await browser.get(Self.path).body.string)
            #expect(page.html.contains("Der er ingen åbne opfølgningspunkter."))
            let closed = page.between("Senest afsluttede", and: "</main>")
            #expect(closed.html.contains("Udført af Sanne Sekretær"))
            #expect(closed.html.contains("Droppet af Sanne Sekretær"))
            #expect(closed.html.contains("Regionen sender status"))

            // Closing again does not overwrite who closed it first.
            let administrator = try await Visitor.administrator.browser(app, in: body)
            try await administrator.post(SiteURL.followUpAction(bodySlug: body.slug, id: finished.id).path, ["do": "dropped"])
            #expect(try await Self.stored(app, finished).closedBy == Visitor.secretary.userName)
        }
    }

    @Test(arguments: TestDatabase.all)
    func overdueActionsComeFirstThenByDueDateThenThoseWithout(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let organisation = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Skive Kommune").first())
            _ = try await Self.makeAction(app, text: "Uden frist")
            _ = try await Self.makeAction(app, text: "Om længe", due: "2099-06-01", owner: .named("Lauge Clemmensen"))
            _ = try await Self.makeAction(app, text: "Lidt overskredet", due: "2020-02-01",
                                          owner: .organisation(try organisation.requireID()))
            _ = try await Self.makeAction(app, text: "Meget overskredet", due: "2019-01-10")
            _ = try await Self.makeAction(app, text: "Allerede udført", due: "2018-01-01", state: .done)
            let browser = try await Visitor.member.browser(app, in: body)
            let page = HTMLInspection(html: try await browser.get(Self.path).body.string)
            let open = page.between("Åbne opfølgningspunkter (4)", and: "Senest afsluttede")
            #expect(open.captures("<p><strong>([^<]+)</strong>") == ["Meget overskredet", "Lidt overskredet", "Om længe", "Uden frist"])
            #expect(open.count("Overskredet") == 2)
            #expect(open.html.contains("Ansvarlig: Skive Kommune"))
            #expect(open.html.contains("Ansvarlig: Lauge Clemmensen"))
            #expect(page.between("Senest afsluttede", and: "</main>").html.contains("Allerede udført"))

            let entries = try await FollowUps(database: app.db).open(in: body.id, today: CalendarDay(iso: "2019-06-01")!)
            #expect(entries.map(\.action.text) == ["Meget overskredet", "Lidt overskredet", "Om længe", "Uden frist"])
            #expect(entries.map { $0.action.isOverdue(on: CalendarDay(iso: "2019-06-01")!) } == [true, false, false, false])
        }
    }

    @Test(arguments: TestDatabase.all)
    func puttingAnActionBackOnTheAgendaMakesABacklogItem(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let action = try await Self.makeAction(app, text: "Sætte indsatsen på dagsordenen igen", due: "2022-01-01")
            let browser = try await Visitor.secretary.browser(app, in: body)
            let actionPath = SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path
            #expect(try await browser.post(actionPath, ["do": "backlog", "due": "2030-02-01"]).status == .seeOther)

            let after = try await Self.stored(app, action)
            #expect(after.isOpen, "the action stays open")
            let backlogID = try #require(after.backlogItemID)
            let item = try #require(try await BacklogItemModel.find(backlogID, on: app.db)).domain()
            #expect(item.bodyID == body.id)
            #expect(item.title == "Sætte indsatsen på dagsordenen igen")
            #expect(item.proposedBy == "Kathrine Hald")
            #expect(item.due == CalendarDay(iso: "2030-02-01"))
            #expect(item.sourceItemID == action.itemID)
            #expect(item.isWaiting)

            let page = try await browser.get(Self.path).body.string
            #expect(page.contains("På dagsordenen senest 1. februar 2030"))
            let backlog = try await browser.get(SiteURL.backlog(bodySlug: body.slug).path).body.string
            #expect(backlog.contains("Sætte indsatsen på dagsordenen igen"))
            #expect(backlog.contains("moeder/2021-06-18#punkt-4"), "the backlog links the item it came from")

            // Putting it back again moves the date rather than adding a copy.
            try await browser.post(actionPath, ["do": "backlog", "due": "2030-03-01"])
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$referral == nil).count() == 1)
            #expect(try await BacklogItemModel.find(backlogID, on: app.db)?.dueOn == "2030-03-01")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBadDateIsShownNextToThatActionsFieldAndStoresNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let other = try await Self.makeAction(app, text: "En anden handling")
            let action = try await Self.makeAction(app, text: "Status senest tirsdag")
            let browser = try await Visitor.secretary.browser(app, in: body)
            let actionPath = SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path
            for entered in ["", "næste tirsdag", "2030-02-30"] {
                let response = try await browser.post(actionPath, ["do": "backlog", "due": entered])
                #expect(response.status == .badRequest, "\(entered)")
                let page = HTMLInspection(html: response.body.string)
                let fieldID = FollowUpPage.dueFieldID(action.id)
                #expect(page.html.contains("href=\"#\(fieldID)\""), "the summary links to the field")
                #expect(page.html.contains("id=\"\(fieldID)-error\""))
                let typed = entered.isEmpty ? "" : " value=\"\(entered)\""
                #expect(page.html.contains("id=\"\(fieldID)\" name=\"due\"\(typed)"), "what was typed is kept")
                #expect(page.html.contains("aria-describedby=\"\(fieldID)-error\""))
                #expect(!page.html.contains("\(FollowUpPage.dueFieldID(other.id))-error"), "only that action's field")
            }
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$referral == nil).count() == 0)
            #expect(try await Self.stored(app, action).backlogItemID == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPostWithoutItsTokenOrForAnotherBodyChangesNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let action = try await Self.makeAction(app, text: "Bliver åben")
            let browser = try await Visitor.secretary.browser(app, in: body)
            let forged = try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path,
                                                ["do": "done"], withCSRF: false)
            #expect(forged.status == .forbidden)
            // The action's meeting belongs to the cluster steering group, not to the steering group.
            let administrator = try await Visitor.administrator.browser(app, in: body)
            let elsewhere = try await administrator.post(
                SiteURL.followUpAction(bodySlug: "sundhedsstyregruppen", id: action.id).path, ["do": "done"])
            #expect(elsewhere.status == .notFound)
            let nonsense = try await administrator.post(SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path,
                                                        ["do": "glemt"])
            #expect(nonsense.status == .badRequest)
            #expect(try await Self.stored(app, action).isOpen)
        }
    }

    @Test(arguments: TestDatabase.all)
    func whatUsersTypeStaysText(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let action = try await Self.makeAction(app, text: HostileText.value, owner: .named(HostileText.value))
            let browser = try await Visitor.secretary.browser(app, in: body)
            let refused = try await browser.post(SiteURL.followUpAction(bodySlug: body.slug, id: action.id).path,
                                                 ["do": "backlog", "due": HostileText.value])
            #expect(refused.status == .badRequest)
            HostileText.expectInert(refused.body.string, "the refused date and the buttons named by the action")
            HostileText.expectInert(try await browser.get(Self.path).body.string)
        }
    }
}
