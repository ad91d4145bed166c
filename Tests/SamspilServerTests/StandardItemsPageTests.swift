import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor

/// A body's standard items: only its secretaries and administrators see and change them; the defaults
/// until the body saves its own.
@Suite("Standard items page")
struct StandardItemsPageTests {
    static let path = SiteURL.standardItems(bodySlug: DemoBody.slug).path

    /// The fields of the form as the page shows the defaults, plus the two empty rows.
    static func defaultFields() -> [String: String] {
        var fields = ["rows": "\(StandardItem.defaults.count + 2)"]
        for (index, item) in StandardItem.defaults.enumerated() {
            fields["title-\(index)"] = item.title
            fields["kind-\(index)"] = item.kind?.rawValue ?? ""
            fields["duration-\(index)"] = "\(item.durationMinutes)"
            fields["placement-\(index)"] = item.placement.rawValue
            fields["recommendation-\(index)"] = item.recommendation
            fields["purpose-\(index)"] = item.purpose?.rawValue ?? ""
        }
        for index in StandardItem.defaults.count..<(StandardItem.defaults.count + 2) {
            fields["title-\(index)"] = ""
            fields["duration-\(index)"] = "10"
            fields["placement-\(index)"] = "closing"
        }
        return fields
    }

    static func stored(_ app: Application, _ body: Body) async throws -> [StandardItemModel] {
        try await StandardItemModel.query(on: app.db).filter(\.$bodyID == body.id).sort(\.$position).all()
    }

    @Test(arguments: TestDatabase.all)
    func onlySecretariesAndAdministratorsSeeAndSaveThem(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            for visitor in Visitor.allCases {
                let browser = try await visitor.browser(app, in: body)
                visitor.expect(try await browser.get(Self.path), for: .edit, allowed: .ok)
                var fields = Self.defaultFields()
                fields["title-0"] = "Velkomst ved \(visitor.rawValue)"
                visitor.expect(try await browser.post(Self.path, fields), for: .edit, allowed: .seeOther)
                let first = try await Self.stored(app, body).first?.title
                #expect((first == "Velkomst ved \(visitor.rawValue)") == visitor.may(.edit), "\(visitor)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBodyWithoutItsOwnShowsTheDefaultsAndTwoEmptyRows(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let page = HTMLInspection(html: try await browser.get(Self.path).body.string)
            #expect(page.html.contains("Forummet bruger Samspils standardopsætning."))
            #expect(page.count("name=\"title-") == StandardItem.defaults.count + 2)
            #expect(page.html.contains("value=\"Godkendelse af referat fra sidste møde\""))
            #expect(page.html.contains("<label for=\"duration-0\">Varighed i minutter</label>"))
            #expect(page.html.contains("name=\"purpose-1\" value=\"approvePreviousMinutes\""))
            #expect(page.html.contains("Her godkendes referatet fra sidste møde."))
        }
    }

    @Test(arguments: TestDatabase.all)
    func savingEditsRemovesAndAddsRowsAndKeepsThePurposes(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            var fields = Self.defaultFields()
            fields["title-0"] = "Velkomst"
            fields["duration-0"] = "3"
            fields["title-3"] = ""  // Eventuelt goes.
            fields["title-4"] = "Orientering fra parterne"
            fields["kind-4"] = "briefing"
            fields["duration-4"] = "15"
            fields["placement-4"] = "opening"
            fields["recommendation-4"] = "At orienteringen tages til efterretning."
            #expect(try await browser.post(Self.path, fields).status == .seeOther)

            let items = try await StandardItemModel.items(of: body.id, on: app.db)
            #expect(items.map(\.title) == ["Velkomst", "Godkendelse af referat fra sidste møde", "Punkter til kommende møder",
                                           "Orientering fra parterne"])
            #expect(items.map(\.purpose) == [.approveAgenda, .approvePreviousMinutes, .comingItems, nil])
            #expect(items[0].durationMinutes == 3)
            #expect(items[3] == StandardItem(title: "Orientering fra parterne", kind: .briefing, durationMinutes: 15,
                                             placement: .opening, recommendation: "At orienteringen tages til efterretning."))

            let page = try await browser.get(Self.path).body.string
            #expect(!page.contains("Forummet bruger Samspils standardopsætning."))
            #expect(HTMLInspection(html: page).count("name=\"title-") == 6)

            // Removing every item takes the body back to the defaults.
            var none = fields
            for index in 0..<6 { none["title-\(index)"] = "" }
            #expect(try await browser.post(Self.path, none).status == .seeOther)
            #expect(try await Self.stored(app, body).isEmpty)
            #expect(try await StandardItemModel.items(of: body.id, on: app.db) == StandardItem.defaults)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBadDurationIsShownNextToItWithEverythingKeptAndNothingStored(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            for duration in ["0", "481", "en time", ""] {
                var fields = Self.defaultFields()
                fields["title-0"] = "Velkomst og dagsorden"
                fields["duration-1"] = duration
                fields["kind-2"] = "afstemning"
                let response = try await browser.post(Self.path, fields)
                #expect(response.status == .badRequest, "\(duration)")
                let page = HTMLInspection(html: response.body.string)
                #expect(page.html.contains("id=\"duration-1-error\">Varigheden skal være et helt antal minutter fra 1 til 480."))
                #expect(page.html.contains("aria-describedby=\"duration-1-error\""))
                #expect(page.html.contains("href=\"#duration-1\""))
                #expect(page.html.contains("id=\"kind-2-error\""))
                #expect(page.html.contains("value=\"Velkomst og dagsorden\""), "what was typed is kept")
                if !duration.isEmpty { #expect(page.html.contains("value=\"\(duration)\"")) }
                #expect(page.count("name=\"title-") == StandardItem.defaults.count + 2, "the empty rows stay")
            }
            #expect(try await Self.stored(app, body).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPostWithoutItsTokenStoresNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.administrator.browser(app, in: body)
            let response = try await browser.post(Self.path, Self.defaultFields(), withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(try await Self.stored(app, body).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func whatUsersTypeStaysText(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            var fields = Self.defaultFields()
            fields["title-0"] = HostileText.value
            fields["recommendation-0"] = HostileText.value
            fields["purpose-1"] = HostileText.value
            fields["kind-1"] = HostileText.value
            fields["duration-2"] = HostileText.value
            let refused = try await browser.post(Self.path, fields)
            #expect(refused.status == .badRequest)
            HostileText.expectInert(refused.body.string, "the refused form shows every value as typed")
            fields["kind-1"] = ""
            fields["duration-2"] = "10"
            #expect(try await browser.post(Self.path, fields).status == .seeOther)
            HostileText.expectInert(try await browser.get(Self.path).body.string)
        }
    }
}
