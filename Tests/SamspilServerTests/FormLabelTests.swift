import Fluent
import Foundation
@testable import SamspilServer
import SamspilCore
import Testing

/// Every form a secretary meets, as a new user meets it: each field a person fills in has a label tied
/// to it, so screen readers name it and a click on the label focuses it.
@Suite("Forms have labels")
struct FormLabelTests {
    @Test(arguments: TestDatabase.all)
    func everyFieldOfEverySecretariatPageHasALabel(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await BodyLookup.require("midtklyngen-klyngestyregruppe", on: app.db)
            let browser = try await Browser.signedIn(app, name: "Sara Sekretær", password: "et-langt-kodeord-1",
                                                     role: (.secretary, body.id))
            let created = try await browser.post(SiteURL.newMeeting(bodySlug: body.slug).path,
                                                 ["date": "2031-05-05", "start": "13:00", "end": "15:00"])
            #expect(created.status == .seeOther)
            let key = MeetingKey(date: try #require(CalendarDay(iso: "2031-05-05")))
            let meeting = try #require(try await MeetingModel.query(on: app.db).filter(\.$date == "2031-05-05").first())
            let item = try #require(try await AgendaItemModel.query(on: app.db).filter(\.$meetingID == meeting.requireID()).first())
            let paths = [
                SiteURL.signIn.path, SiteURL.importMinutes.path, SiteURL.newMeeting(bodySlug: body.slug).path,
                SiteURL.meetingPart(bodySlug: body.slug, key: key, .editor).path,
                SiteURL.meetingPart(bodySlug: body.slug, key: key, .item(try item.requireID())).path,
                SiteURL.meetingPart(bodySlug: body.slug, key: key, .attendance).path,
                SiteURL.backlog(bodySlug: body.slug).path, SiteURL.followUp(bodySlug: body.slug).path,
                SiteURL.standardItems(bodySlug: body.slug).path,
            ]
            for path in paths {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path): \(response.status)")
                let unlabelled = Self.unlabelledFields(in: response.body.string)
                #expect(unlabelled.isEmpty, "\(path): fields without a label: \(unlabelled)")
            }
        }
    }

    /// The ids (or the markup, when there is no id) of the fields a person fills in that no
    /// `<label for>` names. Hidden fields and buttons need none.
    static func unlabelledFields(in html: String) -> [String] {
        let page = HTMLInspection(html: html)
        let labelled = Set(page.captures(#"<label[^>]*\sfor="([^"]+)""#))
        let controls = page.captures(#"(<(?:input|select|textarea)\b[^>]*>)"#)
        return controls.compactMap { control in
            if control.contains(#"type="hidden""#) || control.contains(#"type="submit""#) { return nil }
            guard let id = HTMLInspection(html: control).captures(#"\sid="([^"]+)""#).first else { return control }
            return labelled.contains(id) ? nil : id
        }
    }

    @Test func theCheckFindsAFieldWithoutALabel() {
        #expect(Self.unlabelledFields(in: #"<label for="a">A</label><input id="a"><input id="b"><input type="hidden" name="c">"#) == ["b"])
        #expect(Self.unlabelledFields(in: #"<select name="x"></select>"#) == [#"<select name="x">"#])
    }
}
