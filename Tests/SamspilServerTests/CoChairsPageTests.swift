import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The co-chairs page: the demo's rotation plan from the 2021 minutes with its warning, the current
/// co-chairs read off the plan, and the secretary's changes, refused for everyone else.
@Suite("Co-chairs and rotation plan")
struct CoChairsPageTests {
    static let path = SiteURL.coChairs(bodySlug: DemoBody.slug).path

    @Test(arguments: TestDatabase.all)
    func theDemoShowsThePlanOfTheMinutesAndItsTypingError(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let page = try await Browser(app).get(Self.path)
            #expect(page.status == .ok)
            let html = page.body.string
            for text in ["2021–2022", "2023–2024", "2024–2025", "Hospitalsenhed Midt", "Silkeborg Kommune", "Viborg Kommune",
                         "Skive Kommune", "Perioderne 2023–2024 og 2024–2025 overlapper.",
                         "Regionens og kommunernes medformænd skiftes ikke samme år"] {
                #expect(html.contains(text), "missing: \(text)")
            }
            #expect(!html.contains("Tilføj periode"), "the public gets no forms")
            // The theme groups have their own plans; the body page links to the plan.
            let psychiatry = try await Browser(app).get(SiteURL.coChairs(bodySlug: "midtklyngen-temagruppe-psykiatri").path).body.string
            #expect(psychiatry.contains("Regionspsykiatrien"))
            #expect(try await Browser(app).get(DemoBody.slug.isEmpty ? "/" : "/organer/\(DemoBody.slug)").body.string.contains(Self.path))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSecretaryAddsAPeriodThatMakesTheCurrentCoChairs(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let organisations = try await OrganisationModel.query(on: app.db).all()
            let hospital = try #require(organisations.first { $0.name == "Hospitalsenhed Midt" }?.id)
            let silkeborg = try #require(organisations.first { $0.name == "Silkeborg Kommune" }?.id)
            let secretary = try await Visitor.secretary.browser(app, in: body, warmUp: Self.path)
            let year = CalendarDay.today().year
            let fields = ["from": "\(year)", "to": "\(year + 1)", "region_organisation": hospital.lowercased,
                          "municipal_organisation": silkeborg.lowercased]

            // Bad input: each field says what is wrong, and nothing is stored.
            var bad = fields
            bad["from"] = "sidste år"
            bad["municipal_organisation"] = hospital.lowercased
            let refused = try await secretary.post(Self.path, bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Skriv et år eller en dato."))
            #expect(refused.body.string.contains("Vælg en organisation."))
            #expect(try await RotationPeriodModel.query(on: app.db).filter(\.$bodyID == body.id).count() == 3)

            #expect(try await secretary.post(Self.path, fields).status == .seeOther)
            let html = try await secretary.get(Self.path).body.string
            #expect(html.contains("\(year)–\(year + 1)"))
            let current = try #require(html.range(of: "Medformænd i dag").map { String(html[$0.upperBound...]) })
            #expect(current.prefix(600).contains("Hospitalsenhed Midt") && current.prefix(600).contains("Silkeborg Kommune"), "\(current.prefix(600))")

            // Deleting it again.
            let period = try #require(try await RotationPeriodModel.query(on: app.db).filter(\.$bodyID == body.id)
                .filter(\.$startsOn == "\(year)-01-01").first())
            #expect(try await secretary.post(SiteURL.rotationPeriodDelete(bodySlug: body.slug, id: try period.requireID()).path).status == .seeOther)
            #expect(try await RotationPeriodModel.find(try period.requireID(), on: app.db) == nil)

            // Switching the rule off.
            #expect(try await secretary.post(SiteURL.rotationRules(bodySlug: body.slug).path, [:]).status == .seeOther)
            #expect(try await RotationPlans(database: app.db).rules(of: body.id).isEmpty)
        }
    }

    @Test(arguments: [Visitor.anonymous, .memberOfAnotherBody, .member])
    func onlyTheSecretaryChangesThePlan(_ visitor: Visitor) async throws {
        try await withApp(.sqlite, demo: true) { app in
            let body = try await DemoBody.body(app)
            let browser = try await visitor.browser(app, in: body, warmUp: Self.path)
            let before = try await RotationPeriodModel.query(on: app.db).count()
            let period = try #require(try await RotationPeriodModel.query(on: app.db).filter(\.$bodyID == body.id).first())
            visitor.expect(try await browser.post(Self.path, ["from": "2030", "to": "2031"]), for: .edit, allowed: .seeOther)
            visitor.expect(try await browser.post(SiteURL.rotationPeriodDelete(bodySlug: body.slug, id: try period.requireID()).path),
                           for: .edit, allowed: .seeOther)
            visitor.expect(try await browser.post(SiteURL.rotationRules(bodySlug: body.slug).path, [:]), for: .edit, allowed: .seeOther)
            #expect(try await RotationPeriodModel.query(on: app.db).count() == before)
            #expect(try await RotationPlans(database: app.db).rules(of: body.id) == [.sidesChangeInDifferentYears])
        }
    }
}
