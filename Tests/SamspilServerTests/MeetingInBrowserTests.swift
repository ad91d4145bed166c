import Fluent
import Foundation
@testable import SamspilServer
import SamspilCore
import Testing

/// The secretary's whole meeting in a real browser, as the acceptance describes it: plan,
/// build the agenda (one item from the backlog), attach a file, publish, record attendance, minute a
/// decision and an action, send the draft, approve it, and read the result as the public.
@Suite("A meeting from plan to public minutes, in a real browser",
       .enabled(if: BrowserEnvironment.shouldRun, BrowserEnvironment.skipReason))
struct MeetingInBrowserTests {
    static let email = "sekretaer@klynge.dk"
    static let password = "klynge-styregruppe-2024"
    static let bodySlug = "midtklyngen-klyngestyregruppe"
    static let meetingPath = "/organer/midtklyngen-klyngestyregruppe/moeder/2031-03-12"

    @Test(.timeLimit(.minutes(3)))
    func aSecretaryRunsAMeetingFromPlanToPublicMinutes() async throws {
        try await withApp(.sqlite, demo: true) { app in
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let userID = try await accounts.createUser(email: Self.email, name: "Sanne Sekretær", password: Self.password,
                                                       isAdministrator: false)
            let body = try await BodyLookup.require(Self.bodySlug, on: app.db)
            try await accounts.grant(.secretary, in: body.id, to: userID)
            // Proposed at an earlier meeting, waiting in the body's backlog.
            try await BacklogItemModel(BacklogItem(bodyID: body.id, title: "Telemedicin til borgere med KOL",
                                                   proposedBy: "Hospitalsenhed Midt")).create(on: app.db)
            let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("Budgetnotat \(UUID().uuidString.prefix(8)).pdf")
            // A PDF pdftotext reads: publishing checks a public attachment's text for CPR numbers.
            try MeetingWork.pdf.write(to: pdf)
            defer { try? FileManager.default.removeItem(at: pdf) }

            try await withRunningServer(app) { server in
                try await withBrowser { browser in
                    // Sign in, and plan the meeting from the body's page.
                    try await browser.navigate(to: try server.url(SiteURL.signIn.path))
                    try await browser.findElement(css: "#email").sendKeys(Self.email)
                    try await browser.findElement(css: "#password").sendKeys(Self.password)
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    try await browser.waitForPath(SiteURL.home.path)
                    try await browser.navigate(to: try server.url(SiteURL.body(slug: Self.bodySlug).path))
                    try await browser.findElement(css: "a[href='\(SiteURL.newMeeting(bodySlug: Self.bodySlug).path)']").click()
                    try await browser.waitForPath(SiteURL.newMeeting(bodySlug: Self.bodySlug).path)
                    try await browser.setValue(css: "#date", to: "2031-03-12")
                    try await browser.setValue(css: "#start", to: "09:00")
                    try await browser.setValue(css: "#end", to: "11:00")
                    try await browser.findElement(css: "#location").sendKeys("Regionshuset Viborg, lokale 2")
                    try await browser.findElement(css: "#chair").sendKeys("Anne Andersen")
                    try await browser.findElement(css: "main form button[type=submit]").click()
                    try await browser.waitForPath(Self.meetingPath + "/rediger")
                    try #require(try await browser.findElements(css: ".agenda-table tbody tr").count == 4,
                                 "the four standard items")

                    // Two items of our own and one from the backlog.
                    try await addItem(browser, title: "Budget 2031", minutes: "30", kind: "decision")
                    try await addItem(browser, title: "Status på sundhedsaftalen", minutes: "20", kind: "briefing")
                    try await submit(browser, browser.findElement(css: "form button[aria-label$='Telemedicin til borgere med KOL']"))
                    let titles = try await texts(browser, ".agenda-table tbody tr td:nth-child(3)")
                    try #require(titles == ["Velkomst og godkendelse af dagsorden", "Godkendelse af referat fra sidste møde",
                                            "Budget 2031", "Status på sundhedsaftalen", "Telemedicin til borgere med KOL",
                                            "Punkter til kommende møder", "Eventuelt"], "\(titles)")
                    let slots = try await texts(browser, ".agenda-table tbody tr td:nth-child(2)")
                    try #require(slots[2] == "kl. 9.10–9.40" && slots[3] == "kl. 9.40–10.00", "\(slots)")
                    try await capture(browser, "agenda-builder.png")

                    // An attachment on the budget item.
                    try await browser.navigate(to: try await itemURL(browser, server: server, titled: "Budget 2031"))
                    try await browser.findElement(css: "#attachment_title").sendKeys("Budgetnotat")
                    try await browser.findElement(css: "#file").upload(pdf)
                    // Offered in the public archive, so the public reads it with the minutes.
                    try await browser.findElement(css: "#attachment_public").click()
                    try await submit(browser, browser.findElement(css: "form[enctype='multipart/form-data'] button[type=submit]"))
                    try #require(try await browser.findElement(css: "#bilag ~ ul a").text.hasPrefix("Budgetnotat"))

                    // Publish the agenda, and hold the meeting.
                    try await browser.navigate(to: try server.url(Self.meetingPath + "/rediger"))
                    try await takeStep(browser, "Udsend dagsorden")
                    try await takeStep(browser, "Markér mødet som afholdt")

                    // Attendance: the first member present, with a note.
                    try await browser.navigate(to: try server.url(Self.meetingPath + "/deltagere"))
                    try await browser.findElement(css: "input[type=radio][value=present]").click()
                    try await browser.findElement(css: "main form input[type=text]").sendKeys("virtuelt")
                    try await submit(browser, browser.findElement(css: "main form button[type=submit]"))

                    // The decision and an action on the budget item.
                    try await browser.navigate(to: try await itemURL(browser, server: server, titled: "Budget 2031"))
                    try await browser.findElement(css: "#decision").sendKeys("Klyngestyregruppen godkendte budgettet.")
                    try await submit(browser, browser.findElement(css: "form.form--wide button[type=submit]"))
                    try await browser.findElement(css: "#action_text").sendKeys("Sende budgettet til kommunerne")
                    try await browser.findElement(css: "#action_owner_other").sendKeys("Sekretariatet")
                    try await browser.setValue(css: "#action_due", to: "2031-04-01")
                    try await submit(browser, browser.findElement(css: "#opfoelgning ~ form button[type=submit]"))
                    try await capture(browser, "item-editor.png")

                    // Send the draft and approve it.
                    try await browser.navigate(to: try server.url(Self.meetingPath + "/rediger"))
                    try await takeStep(browser, "Send udkast til referat")
                    try await takeStep(browser, "Godkend referatet")

                    // The public reads the approved minutes.
                    try await browser.deleteAllCookies()
                    try await browser.navigate(to: try server.url(Self.meetingPath))
                    try #require(try await browser.findElement(css: "main h1").text.hasPrefix("Referat:"))
                    let page = try await browser.findElement(css: "main").text
                    for expected in ["Budget 2031", "Klyngestyregruppen godkendte budgettet.", "Sende budgettet til kommunerne",
                                     "Telemedicin til borgere med KOL", "Budgetnotat", "virtuelt", "Godkendt referat"] {
                        try #require(page.contains(expected), "the public page lacks “\(expected)”")
                    }
                    try #require(try await browser.findElements(css: "a[href$='/rediger']").isEmpty, "no editing for the public")
                }
            }
        }
    }

    /// `scripts/screenshots` sets SAMSPIL_SCREENSHOTS to take the README's pictures of these pages.
    private func capture(_ browser: WebDriver, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SAMSPIL_SCREENSHOTS"] else { return }
        try await browser.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }

    private func addItem(_ browser: WebDriver, title: String, minutes: String, kind: String) async throws {
        try await browser.findElement(css: "#title").sendKeys(title)
        let duration = try await browser.findElement(css: "#duration")
        try await duration.clear()
        try await duration.sendKeys(minutes)
        try await browser.findElement(css: "#kind").selectOption(value: kind)
        try await submit(browser, browser.findElement(css: "#nyt-punkt ~ form button[type=submit]"))
    }

    /// Takes the next step of the life cycle: the button, then its confirmation.
    private func takeStep(_ browser: WebDriver, _ label: String) async throws {
        let button = try await browser.findElement(css: ".panel a.button")
        try #require(try await button.text == label)
        try await browser.clickAndWaitForNextPage(button)
        try await submit(browser, browser.findElement(css: "main form.actions button[type=submit]"))
        try #require(try await browser.findElement(css: ".alert--success").text == "Mødets status er ændret.")
    }

    /// Submits a form and waits for the page after it, with the message that it worked.
    private func submit(_ browser: WebDriver, _ button: WebElement) async throws {
        try await browser.clickAndWaitForNextPage(button)
        _ = try await browser.waitForElement(css: ".alert--success")
    }

    private func texts(_ browser: WebDriver, _ selector: String) async throws -> [String] {
        var texts: [String] = []
        for element in try await browser.findElements(css: selector) { texts.append(try await element.text) }
        return texts
    }

    private func itemURL(_ browser: WebDriver, server: RunningServer, titled title: String) async throws -> URL {
        try await browser.navigate(to: try server.url(Self.meetingPath + "/rediger"))
        for link in try await browser.findElements(css: ".agenda-table td a") where try await link.text == title {
            if let href = try await link.attribute("href") { return try server.url(href) }
        }
        throw WebDriverError(command: "find the item “\(title)”", error: "no such item", message: "")
    }
}
