import Foundation
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor

/// End to end in a real browser: headless Chromium driven over WebDriver against the app served on a
/// local port. Skipped where chromedriver is not installed, unless SAMSPIL_TEST_REQUIRE_BROWSER=1
/// (`scripts/test` sets it), which turns a missing browser into a failure.
///
/// Checks are `#require`, not `#expect`: a failed requirement throws, and `withBrowser` saves a
/// screenshot of the page before the test ends.
@Suite("In a real browser", .enabled(if: BrowserEnvironment.shouldRun, BrowserEnvironment.skipReason))
struct BrowserTests {
    static let email = "sekretaer@klynge.dk"
    static let password = "klynge-styregruppe-2024"
    static let name = "Sanne Sekretær"
    static let body = "midtklyngen-klyngestyregruppe"
    static let meetingPath = "/organer/midtklyngen-klyngestyregruppe/moeder/2021-06-18"

    @Test(.timeLimit(.minutes(2)))
    func aSecretarySignsInReadsAMeetingAndSignsOut() async throws {
        try await withApp(.sqlite, demo: true) { app in
            // The account as `samspil user add EMAIL --name NAME --secretary BODY` makes it.
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let userID = try await accounts.createUser(email: Self.email, name: Self.name, password: Self.password,
                                                       isAdministrator: false)
            let body = try await BodyLookup.require(Self.body, on: app.db)
            try await accounts.grant(.secretary, in: body.id, to: userID)

            try await withRunningServer(app) { server in
                try await withBrowser { browser in
                    // The front page, to the public, in Danish (the browser asks for it).
                    try await browser.navigate(to: server.url("/"))
                    let signInLink = try await browser.findElement(css: ".site-header__account a")
                    try #require(try await signInLink.text == "Log ind")

                    // Signing in through the form, as a person would.
                    try await signInLink.click()
                    try await browser.waitForPath(SiteURL.signIn.path)
                    try await browser.findElement(css: "#email").sendKeys(Self.email)
                    try await browser.findElement(css: "#password").sendKeys(Self.password)
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    try await browser.waitForPath(SiteURL.home.path)
                    let header = try await browser.waitForElement(css: ".site-header__account span")
                    try #require(try await header.text == Self.name)
                    let importLink = try await browser.findElement(css: ".site-header__account a")
                    try #require(try await importLink.attribute("href") == SiteURL.importMinutes.path,
                                 "a secretary is offered the import")

                    // The meeting of 18 June 2021, reached from the front page's link to it.
                    try await browser.findElement(css: "a[href='\(Self.meetingPath)']").click()
                    try await browser.waitForPath(Self.meetingPath)
                    try await Self.requireMeetingPage(browser)
                    try #require(try await browser.findElement(css: ".site-header__account span").text == Self.name)

                    // Signing out leads home, to the public header.
                    try await browser.findElement(css: ".site-header__account button[type=submit]").click()
                    try await browser.waitForPath(SiteURL.home.path)
                    let signInAgain = try await browser.waitForElement(css: ".site-header__account a[href='/log-ind']")
                    try #require(try await signInAgain.text == "Log ind")

                    // An anonymous visitor, without even the form cookie, still reads the meeting.
                    try await browser.deleteAllCookies()
                    try await browser.navigate(to: server.url(Self.meetingPath))
                    try await Self.requireMeetingPage(browser)
                    let account = try await browser.findElement(css: ".site-header__account").text
                    try #require(!account.contains(Self.name), "the public header names nobody")
                }
            }
        }
    }

    /// The import page in a browser: a sign-in that fails once on the way, a body chosen in the
    /// `<select>`, a file chosen in the file field, the review and the stored meeting.
    @Test(.timeLimit(.minutes(2)))
    func aSecretaryImportsMinutesThroughTheImportPage() async throws {
        try await withApp(.sqlite) { app in
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let userID = try await accounts.createUser(email: Self.email, name: Self.name, password: Self.password,
                                                       isAdministrator: false)
            // Secretary of two bodies, so that choosing in the list matters.
            var bodies: [UUID] = []
            for name in ["Klyngestyregruppen for Testklyngen", "Temagruppe for Testklyngen"] {
                let body = try await BodyLookup.create(named: name, on: app.db)
                try await accounts.grant(.secretary, in: body.id, to: userID)
                bodies.append(body.id)
            }
            let target = bodies[0]
            let document = try #require(DemoMinutes.documents.first { $0.fileName == "midtklyngen-2021-06-18.txt" })

            try await withRunningServer(app) { server in
                try await withBrowser { browser in
                    // The import page sends a visitor to sign in first, and back afterwards.
                    try await browser.navigate(to: server.url(SiteURL.importMinutes.path))
                    try await browser.waitForPath(SiteURL.signIn.path)
                    try await browser.findElement(css: "#email").sendKeys(Self.email)
                    try await browser.findElement(css: "#password").sendKeys("forkert-adgangskode")
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    let alert = try await browser.waitForElement(css: ".alert--error")
                    try #require(try await alert.text == "E-mailadressen eller adgangskoden er forkert.")
                    let email = try await browser.findElement(css: "#email")
                    try #require(try await email.property("value") == Self.email, "the e-mail is kept")
                    try await email.clear()
                    try await email.sendKeys(Self.email.uppercased())
                    try await browser.findElement(css: "#password").sendKeys(Self.password)
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    try await browser.waitForPath(SiteURL.importMinutes.path)

                    // Choose the body and the file, and read them.
                    let select = try await browser.findElement(css: "select#body")
                    try #require(try await select.findElements(css: "option").count == 2)
                    try await select.selectOption(value: target.uuidString)
                    try #require(try await select.property("value") == target.uuidString)
                    try await browser.findElement(css: "input[type=file]").upload(document.url)
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    let heading = try await browser.waitForElement(css: "section.preview h2")
                    try #require(try await heading.text == document.fileName)
                    try #require(try await browser.findElement(css: "section.preview caption").text == "Punkter (8)")

                    // Store, and follow the link to the new meeting.
                    try await browser.findElement(css: "#\(ImportPage.confirmFormID) button[type=submit]").click()
                    let link = try await browser.waitForElement(
                        css: "a[href='/organer/klyngestyregruppen-for-testklyngen/moeder/2021-06-18']")
                    try await link.click()
                    try await browser.waitForPath("/organer/klyngestyregruppen-for-testklyngen/moeder/2021-06-18")
                    try #require(try await browser.findElements(css: "article.item h3").count == 8)
                }
            }
        }
    }

    /// The meeting page as anyone sees it: its heading and its eight items, the second one by title.
    private static func requireMeetingPage(_ browser: WebDriver) async throws {
        let heading = try await browser.findElement(css: "main h1").text
        try #require(heading.hasPrefix("Referat: "), "heading: \(heading)")
        try #require(try await browser.title.contains("Referat"))
        let items = try await browser.findElements(css: "article.item h3")
        try #require(items.count == 8)
        try #require(try await items[1].text == "2. Kommissorium for Midtklyngens sundhedssamarbejde")
    }
}
