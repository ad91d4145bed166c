import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor

/// "Punkter til kommende møder": members read, secretaries and administrators add and delete.
@Suite("Backlog page")
struct BacklogPageTests {
    static let path = SiteURL.backlog(bodySlug: DemoBody.slug).path

    @Test(arguments: TestDatabase.all)
    func membersReadSecretariesAndAdministratorsGetTheForm(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            try await Backlog(database: app.db).add(BacklogItem(bodyID: body.id, title: "Status på TeleKOL"))
            for visitor in Visitor.allCases {
                let response = try await visitor.browser(app, in: body).get(Self.path)
                visitor.expect(response, for: .readEverything, allowed: .ok)
                guard response.status == .ok else { continue }
                let html = response.body.string
                #expect(html.contains("Status på TeleKOL"), "\(visitor)")
                #expect(html.contains("action=\"\(Self.path)\"") == visitor.may(.edit), "\(visitor): the add form")
                #expect(html.contains("/slet\"") == visitor.may(.edit), "\(visitor): the delete buttons")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func onlySecretariesAndAdministratorsAddItems(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            for visitor in Visitor.allCases {
                let browser = try await visitor.browser(app, in: body)
                let title = "Forslag fra \(visitor.rawValue)"
                let response = try await browser.post(Self.path, ["title": title, "proposed-by": "Skive Kommune",
                                                                  "proposed-on": "2024-05-02", "due": "2024-09-30"])
                visitor.expect(response, for: .edit, allowed: .seeOther)
                let stored = try await BacklogItemModel.query(on: app.db).filter(\.$title == title).first()
                #expect((stored != nil) == visitor.may(.edit), "\(visitor)")
                if let stored {
                    let next = try #require(response.headers.first(name: .location))
                    #expect(next == Self.path + "?besked=backlogItemAdded")
                    #expect(try await browser.get(next).body.string.contains("Punktet er tilføjet."), "the page says so")
                    let item = try stored.domain()
                    #expect(item.bodyID == body.id)
                    #expect(item.proposedBy == "Skive Kommune")
                    #expect(item.proposedOn == CalendarDay(iso: "2024-05-02"))
                    #expect(item.due == CalendarDay(iso: "2024-09-30"))
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func onlySecretariesAndAdministratorsDeleteItems(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            for visitor in Visitor.allCases {
                let item = BacklogItem(bodyID: body.id, title: "Slettes af \(visitor.rawValue)")
                try await Backlog(database: app.db).add(item)
                let browser = try await visitor.browser(app, in: body)
                let response = try await browser.post(SiteURL.backlogItemDelete(bodySlug: body.slug, id: item.id).path)
                visitor.expect(response, for: .edit, allowed: .seeOther)
                let left = try await BacklogItemModel.find(item.id, on: app.db)
                #expect((left == nil) == visitor.may(.edit), "\(visitor)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPostWithoutItsTokenChangesNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let item = BacklogItem(bodyID: body.id, title: "Bliver stående")
            try await Backlog(database: app.db).add(item)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let added = try await browser.post(Self.path, ["title": "Snydt"], withCSRF: false)
            #expect(added.status == .forbidden)
            let deleted = try await browser.post(SiteURL.backlogItemDelete(bodySlug: body.slug, id: item.id).path,
                                                 [CSRF.fieldName: "forfalsket"])
            #expect(deleted.status == .forbidden)
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$referral == nil).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMissingTitleOrABadDateKeepsEverythingTypedAndStoresNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let response = try await browser.post(Self.path, ["title": "", "proposed-by": "Viborg Kommune",
                                                              "proposed-on": "2024-05-02", "due": "31. februar"])
            #expect(response.status == .badRequest)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.html.contains("Der er fejl i formularen"))
            #expect(page.html.contains("href=\"#title\">Skriv punktets titel."), "the summary links to the field")
            #expect(page.html.contains("id=\"title-error\">Skriv punktets titel."))
            #expect(page.html.contains("id=\"due-error\">Skriv en gyldig dato"))
            #expect(page.html.contains("aria-describedby=\"due-error due-hint\""), "the error is tied to the field")
            #expect(page.html.contains("value=\"Viborg Kommune\""))
            #expect(page.html.contains("value=\"31. februar\""))
            #expect(page.html.contains("value=\"2024-05-02\""))
            #expect(page.count("aria-invalid=\"true\"") == 2)
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$referral == nil).count() == 0)
        }
    }

    @Test func datesAreReadAsDateFieldsSendThemAndAsDanesTypeThem() {
        let day = CalendarDay(iso: "2025-06-18")
        for text in ["2025-06-18", "18.06.2025", "18.6.2025", "18-6-2025", " 18/06/2025 "] {
            #expect(CalendarDay(entered: text) == day, "\(text)")
        }
        for text in ["", "31.02.2025", "18.06.25", "i morgen", "2025-6-18"] {
            #expect(CalendarDay(entered: text) == nil, "\(text)")
        }
    }

    @Test(arguments: TestDatabase.all)
    func waitingItemsComeFirstByDueDateAndTakenUpItemsLinkTheirMeeting(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let item = try await DemoBody.item(app, meeting: "2022-09-16", number: 3)
            let backlog = Backlog(database: app.db)
            try await backlog.add(BacklogItem(bodyID: body.id, title: "Uden frist"))
            try await backlog.add(BacklogItem(bodyID: body.id, title: "Senere", due: CalendarDay(iso: "2031-03-01")))
            try await backlog.add(BacklogItem(bodyID: body.id, title: "Først", due: CalendarDay(iso: "2020-01-15")))
            try await backlog.add(BacklogItem(bodyID: body.id, title: "Taget op", scheduledItemID: try item.requireID()))
            let browser = try await Visitor.member.browser(app, in: body)
            let page = HTMLInspection(html: try await browser.get(Self.path).body.string)
            // The demo's referral back from Sundhedsstyregruppen was taken up by the same item.
            let waiting = page.between("Venter (3)", and: "Taget op (2)")
            #expect(waiting.captures("<tr><td>([^<]+)") == ["Først", "Senere", "Uden frist"])
            #expect(waiting.count("Overskredet") == 1, "only the passed due date is marked")
            let taken = page.between("Taget op (2)", and: "</table>")
            #expect(taken.html.contains("href=\"/organer/\(DemoBody.slug)/moeder/2022-09-16#punkt-3\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func anItemOfAnotherBodyCannotBeDeletedFromThisOne(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let other = try #require(try await BodyModel.query(on: app.db).filter(\.$slug == "sundhedsstyregruppen").first()).domain()
            let item = BacklogItem(bodyID: other.id, title: "Styregruppens punkt")
            try await Backlog(database: app.db).add(item)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let response = try await browser.post(SiteURL.backlogItemDelete(bodySlug: body.slug, id: item.id).path)
            #expect(response.status == .notFound)
            #expect(try await BacklogItemModel.find(item.id, on: app.db) != nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func whatUsersTypeStaysText(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            try await browser.post(Self.path, ["title": HostileText.value, "proposed-by": HostileText.value])
            let refused = try await browser.post(Self.path, ["title": HostileText.value, "due": HostileText.value])
            #expect(refused.status == .badRequest)
            let page = try await browser.get(Self.path).body.string
            #expect(page.contains("Budget"))
            HostileText.expectInert(page, "the list and its delete buttons")
            HostileText.expectInert(refused.body.string, "the refused form")
        }
    }
}
