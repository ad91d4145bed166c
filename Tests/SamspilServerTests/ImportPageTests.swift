import Fluent
import Foundation
import SamspilCore
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor

/// The import page as a secretary uses it: upload, review, give a missing date, confirm or cancel.
@Suite("Import page")
struct ImportPageTests {
    static let password = "klynge-styregruppe-2024"

    struct Setup {
        let browser: Browser
        let body: Body
    }

    /// A body and a signed-in user with the given role in it.
    static func signedIn(_ app: Application, role: Viewer.BodyRole?, email: String = "s@klynge.dk") async throws -> Setup {
        let name = "Klyngestyregruppen for Testklyngen"
        var found = try await BodyLookup.find(name, on: app.db)
        if found == nil { found = try await BodyLookup.create(named: name, on: app.db) }
        let body = try #require(found)
        let accounts = Accounts(database: app.db, passwordHashCost: 4)
        let user = try await accounts.createUser(email: email, name: "Sanne", password: password, isAdministrator: false)
        if let role { try await accounts.grant(role, in: body.id, to: user) }
        let browser = Browser(app)
        try await browser.signIn(email, password)
        return Setup(browser: browser, body: body)
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: try #require(DemoMinutes.documents.first { $0.fileName == name }).url)
    }

    /// Uploads and returns the preview's path.
    static func upload(_ setup: Setup, _ files: [(name: String, data: Data)]) async throws -> String {
        try await setup.browser.get(SiteURL.importMinutes.path)
        let response = try await setup.browser.postFiles(SiteURL.importMinutes.path,
                                                         fields: ["body": setup.body.id.uuidString], files: files)
        #expect(response.status == .seeOther)
        return try #require(response.headers.first(name: .location))
    }

    @Test func thePublicIsSentToSignInFirst() async throws {
        try await withApp(.sqlite) { app in
            let response = try await Browser(app).get(SiteURL.importMinutes.path)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/log-ind?next=/import")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMemberMayNotImport(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let setup = try await Self.signedIn(app, role: .member)
            let form = try await setup.browser.get(SiteURL.importMinutes.path)
            #expect(form.body.string.contains("Du er ikke sekretær for noget forum"))
            let response = try await setup.browser.postFiles(SiteURL.importMinutes.path, fields: ["body": setup.body.id.uuidString],
                                                             files: [("a.txt", try Self.fixture("midtklyngen-2021-06-18.txt"))])
            #expect(response.status == .forbidden)
            #expect(try await PendingImportModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSecretaryReviewsGivesTheMissingDateAndStores(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let setup = try await Self.signedIn(app, role: .secretary)
            let preview = try await Self.upload(setup, [
                ("midtklyngen-2021-06-18.txt", try Self.fixture("midtklyngen-2021-06-18.txt")),
                ("midtklyngen-2015.txt", try Self.fixture("midtklyngen-2015.txt")),
                ("støj.docx", Data("ikke et word-dokument".utf8)),
            ])
            let page = HTMLInspection(html: try await setup.browser.get(preview).body.string)
            #expect(page.html.contains("<h2>midtklyngen-2021-06-18.txt</h2>"))
            #expect(page.html.contains("Punkter (8)"))
            #expect(page.html.contains("Godkendelse af dagsorden"))
            #expect(page.html.contains("Mødedatoen står ikke i dokumentet"), "the 2015 minutes ask for the date")
            #expect(page.html.contains("alert alert--warning"), "warnings are highlighted")
            #expect(page.html.contains("Dokumentet kunne ikke læses"))
            #expect(try await MeetingModel.query(on: app.db).count() == 0, "nothing is stored before the confirmation")

            let pending = try await PendingImportModel.query(on: app.db).filter(\.$fileName == "midtklyngen-2015.txt").first()
            let dateField = "date-\(try #require(pending).requireID().uuidString)"
            // Without the date nothing is stored.
            let refused = try await setup.browser.post(preview + "/gem")
            #expect(refused.status == .badRequest)
            #expect(try await MeetingModel.query(on: app.db).count() == 0)

            let stored = try await setup.browser.post(preview + "/gem", [dateField: "2015-03-04"])
            #expect(stored.status == .ok)
            #expect(stored.body.string.contains("href=\"/organer/klyngestyregruppen-for-testklyngen/moeder/2021-06-18\""))
            #expect(stored.body.string.contains("href=\"/organer/klyngestyregruppen-for-testklyngen/moeder/2015-03-04\""))
            #expect(try await MeetingModel.query(on: app.db).count() == 2)
            #expect(try await PendingImportModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func cancellingStoresNothing(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let setup = try await Self.signedIn(app, role: .secretary)
            let preview = try await Self.upload(setup, [("a.md", try Self.fixture("midtklyngen-2022-09-16.md"))])
            let response = try await setup.browser.post(preview + "/annuller")
            #expect(response.body.string.contains("Importen er annulleret"))
            #expect(try await PendingImportModel.query(on: app.db).count() == 0)
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await setup.browser.get(preview).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anotherUserCannotSeeOrStoreSomeoneElsesUpload(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let owner = try await Self.signedIn(app, role: .secretary)
            let preview = try await Self.upload(owner, [("a.md", try Self.fixture("midtklyngen-2022-09-16.md"))])
            let other = try await Self.signedIn(app, role: .secretary, email: "anden@klynge.dk")
            #expect(try await other.browser.get(preview).status == .notFound)
            try await other.browser.get(SiteURL.importMinutes.path)
            #expect(try await other.browser.post(preview + "/gem").status == .notFound)
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anUploadWithoutFilesSaysSo() async throws {
        try await withApp(.sqlite) { app in
            let setup = try await Self.signedIn(app, role: .secretary)
            try await setup.browser.get(SiteURL.importMinutes.path)
            let response = try await setup.browser.postFiles(SiteURL.importMinutes.path, fields: ["body": setup.body.id.uuidString], files: [])
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("Vælg mindst én fil."))
        }
    }
}
