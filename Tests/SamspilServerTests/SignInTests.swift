import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor

@Suite("Signing in")
struct SignInTests {
    static let email = "sekretaer@klynge.dk"
    static let password = "klynge-styregruppe-2024"

    static func makeUser(_ app: Application, admin: Bool = false) async throws -> UUID {
        try await Accounts(database: app.db, passwordHashCost: 4)
            .createUser(email: email, name: "Sanne Sekretær", password: password, isAdministrator: admin)
    }

    @Test(arguments: TestDatabase.all)
    func theRightPasswordGivesASessionCookieThatTheDatabaseKnows(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await Self.makeUser(app)
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            let response = try await browser.post(SiteURL.signIn.path, ["email": "Sekretaer@Klynge.dk", "password": Self.password])
            #expect(response.status == .seeOther)
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix(SessionCookie.name) })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.lowercased().contains("samesite=lax"))
            #expect(try await SessionModel.query(on: app.db).count() == 1)
            let home = try await browser.get("/")
            #expect(home.body.string.contains("Sanne Sekretær"))
            #expect(home.body.string.contains(">Log ud</button>"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await Self.makeUser(app)
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            for (email, password) in [(Self.email, "forkert-adgangskode"), ("ukendt@klynge.dk", Self.password)] {
                let response = try await browser.post(SiteURL.signIn.path, ["email": email, "password": password])
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("E-mailadressen eller adgangskoden er forkert."))
                #expect(response.body.string.contains("value=\"\(email)\""), "the e-mail is kept in the form")
            }
            #expect(try await SessionModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func repeatedFailuresLockTheAccountForAWhile(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await Self.makeUser(app)
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            for _ in 0..<Accounts.failuresPerAccount {
                try await browser.post(SiteURL.signIn.path, ["email": Self.email, "password": "gaet-igen-og-igen"])
            }
            let locked = try await browser.post(SiteURL.signIn.path, ["email": Self.email, "password": Self.password])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("For mange mislykkede forsøg"))
            // After the window the right password works again.
            let later = Date().addingTimeInterval(Accounts.failureWindow + 60)
            let result = try await Accounts(database: app.db, passwordHashCost: 4)
                .signIn(email: Self.email, password: Self.password, address: nil, now: later)
            guard case .signedIn = result else { Issue.record("still locked: \(result)"); return }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aFormPostedWithoutItsTokenIsRefused(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await Self.makeUser(app)
            let browser = Browser(app)
            try await browser.get(SiteURL.signIn.path)
            let forged = try await browser.post(SiteURL.signIn.path, ["email": Self.email, "password": Self.password, "csrf": "forfalsket"])
            #expect(forged.status == .forbidden)
            let missing = try await Browser(app).post(SiteURL.signIn.path, ["email": Self.email, "password": Self.password], withCSRF: false)
            #expect(missing.status == .forbidden)
            #expect(try await SessionModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func signingOutEndsTheSession(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await Self.makeUser(app)
            let browser = Browser(app)
            try await browser.signIn(Self.email, Self.password)
            let stolen = try #require(browser.cookies[SessionCookie.name])
            let response = try await browser.post(SiteURL.signOut.path)
            #expect(response.status == .seeOther)
            #expect(try await SessionModel.query(on: app.db).count() == 0)
            let viewer = try await Accounts(database: app.db).viewer(token: stolen)
            #expect(viewer == .public, "the old cookie no longer signs anyone in")
        }
    }

    @Test func afterSigningInOnlyPathsOfThisSiteAreFollowed() {
        #expect(SessionController.localPath("/import") == "/import")
        #expect(SessionController.localPath("//evil.example/x") == nil)
        #expect(SessionController.localPath("https://evil.example") == nil)
        #expect(SessionController.localPath("/\\evil.example") == nil)
    }

    @Test(arguments: TestDatabase.all)
    func accountsNeedAnAddressAGoodPasswordAndAreUnique(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            await #expect(throws: Accounts.AccountError.self) {
                try await accounts.createUser(email: "ikke-en-adresse", name: "X", password: Self.password, isAdministrator: false)
            }
            await #expect(throws: Accounts.AccountError.self) {
                try await accounts.createUser(email: "a@b.dk", name: "X", password: "kort", isAdministrator: false)
            }
            _ = try await Self.makeUser(app)
            await #expect(throws: Accounts.AccountError.self) {
                try await accounts.createUser(email: Self.email.uppercased(), name: "X", password: Self.password, isAdministrator: false)
            }
            let stored = try #require(try await UserModel.query(on: app.db).first())
            #expect(stored.passwordHash.hasPrefix("$2"), "only a bcrypt hash is stored")
            #expect(!stored.passwordHash.contains(Self.password))
        }
    }
}
