import Fluent
import Foundation
@testable import SamspilServer
import SamspilCore
import Testing

/// What a user types is shown as text everywhere, in attributes too: Plot writes attribute values as
/// they are, so a quote in a title must not end the attribute and start another.
@Suite("Hostile input stays text")
struct HostileInputTests {
    static let attributeBreak = #"Budget" autofocus onfocus="alert(1)"><script>alert(4)</script>"#
    static let elementBreak = "</textarea><script>alert(2)</script>"

    @Test(arguments: TestDatabase.all)
    func titlesAndTextsCannotInjectMarkup(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await BodyLookup.require("midtklyngen-klyngestyregruppe", on: app.db)
            let browser = try await Browser.signedIn(app, name: "Sara Sekretær", password: "et-langt-kodeord-1",
                                                     role: (.secretary, body.id))
            try await browser.post(SiteURL.newMeeting(bodySlug: body.slug).path, ["date": "2031-05-05", "start": "13:00"])
            let key = MeetingKey(date: try #require(CalendarDay(iso: "2031-05-05")))
            let editor = SiteURL.meetingPart(bodySlug: body.slug, key: key, .editor).path
            try await browser.post(SiteURL.meetingPart(bodySlug: body.slug, key: key, .items).path,
                                   ["type": "item", "title": Self.attributeBreak, "duration": "20", "presenter": Self.attributeBreak])
            let meeting = try #require(try await MeetingModel.query(on: app.db).filter(\.$date == "2031-05-05").first())
            let item = try #require(try await AgendaItemModel.query(on: app.db).filter(\.$meetingID == meeting.requireID())
                .filter(\.$title == Self.attributeBreak).first())
            let itemPath = SiteURL.meetingPart(bodySlug: body.slug, key: key, .item(try item.requireID())).path
            // A text with a quote and an element end, saved, and a form that fails so it is shown again.
            try await browser.post(itemPath, ["version": "\(item.version)", "title": Self.attributeBreak,
                                              "description": Self.elementBreak, "decision": Self.attributeBreak])
            let failed = try await browser.post(itemPath, ["version": "\(item.version + 1)", "title": "",
                                                           "description": Self.elementBreak + Self.attributeBreak])
            #expect(failed.status == .unprocessableEntity)

            for html in [try await browser.get(editor).body.string, try await browser.get(itemPath).body.string,
                         failed.body.string, try await browser.get(SiteURL.meeting(bodySlug: body.slug, key: key).path).body.string] {
                let page = HTMLInspection(html: html)
                #expect(html.contains("Budget"))
                // Text may hold quotes; only inside a tag (text has no `<`) would they end an attribute.
                #expect(page.captures(#"(<[a-z0-9]+(?:\s+[a-z-]+(?:="[^"]*")?)*\s+onfocus=)"#).isEmpty, "a quote ended an attribute")
                #expect(page.count("<script>") == 0, "an element was injected")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSignInPagesNextFieldIsText(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let html = try await Browser(app).get("/log-ind?next=%2F%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E").body.string
            #expect(!html.contains("<script>alert(3)"))
        }
    }
}
