import Foundation
import SamspilCore
@testable import SamspilServer
import Testing

/// Each page is a pure function of its model: these tests render models made here, with no database.
@Suite("Page views")
struct PageViewTests {
    static let body = Body(slug: "klynge", name: "Klyngestyregruppen", kind: .clusterSteeringGroup, cluster: "Nordklyngen")

    static func meetingModel(status: MeetingStatus = .minutesApproved, items: [AgendaItem]? = nil) -> MeetingPage.Model {
        let meeting = Meeting(bodyID: body.id, date: CalendarDay(year: 2024, month: 3, day: 7)!,
                              start: TimeOfDay(hour: 8, minute: 30), end: TimeOfDay(hour: 12, minute: 0),
                              location: "Regionshuset, lokale 2", chair: "Anne Andersen",
                              minuteTakers: ["Bo Berg", "Cille Carlsen"], status: status)
        func person(_ name: String, _ title: String?, _ note: String? = nil) -> MeetingPage.Model.Attendee {
            .init(name: name, url: .person(id: UUID()), title: title, note: note)
        }
        return MeetingPage.Model(
            bodyName: body.name, bodyURL: .body(slug: body.slug), meeting: meeting, key: MeetingKey(date: meeting.date), bodySlug: body.slug,
            present: [.init(organisation: "Hospitalsenhed Nord", people: [person("Anne Andersen", "direktør (medformand)")]),
                      .init(organisation: "Aby Kommune", people: [person("Dan Dahl", "sundhedschef", "virtuel deltagelse")])],
            apologies: [.init(organisation: "Aby Kommune", people: [person("Eva Ek", "socialchef")])],
            absent: [],
            guests: [person("Finn Friis", "professor", "punkt 3")],
            attachments: [Attachment(meetingID: meeting.id, title: "Kommissorium (punkt 2)", position: 0)],
            items: items ?? [
                AgendaItem(meetingID: meeting.id, position: 0, number: 1, title: "Godkendelse af dagsorden",
                           start: TimeOfDay(hour: 8, minute: 30), end: TimeOfDay(hour: 8, minute: 35), presenter: "formandskabet",
                           sections: [.init(kind: .recommendation, text: "• At styregruppen godkender dagsordenen"),
                                      .init(kind: .decision, heading: "Referat", text: "Godkendt.")]),
                AgendaItem(meetingID: meeting.id, position: 1, number: 2, title: "Eventuelt",
                           sections: [.init(kind: .decision, text: "Intet.")]),
            ])
    }

    @Test func meetingPageShowsHeaderAttendanceAndItemsInOrder() {
        let page = HTMLInspection(html: MeetingPage.render(Self.meetingModel(), context: .public()))
        #expect(page.html.contains("<h1>Referat: Klyngestyregruppen"))
        #expect(page.html.contains("<time datetime=\"2024-03-07\">7. marts 2024</time>"))
        #expect(page.html.contains("kl. 8.30–12.00"))
        #expect(page.html.contains("Regionshuset, lokale 2"))
        #expect(page.html.contains("Bo Berg, Cille Carlsen"))
        #expect(page.captures("<h4>(.*?)</h4>").prefix(3) == ["Hospitalsenhed Nord", "Aby Kommune", "Aby Kommune"])
        #expect(page.html.contains("Mødedeltagere (2)"))
        #expect(page.html.contains("Afbud (1)"))
        #expect(page.html.contains("Gæster (1)"))
        #expect(page.html.contains("<span class=\"muted\"> (punkt 3)</span>"))
        #expect(page.captures("<h3>(\\d+\\. .*?)</h3>") == ["1. Godkendelse af dagsorden", "2. Eventuelt"])
        #expect(page.html.contains("kl. 8.30–8.35 · v/ formandskabet"))
        // The heading as written wins over the standard one; bullets become a list.
        #expect(page.html.contains("<h4>Referat</h4>"))
        #expect(page.html.contains("<h4>Indstilling</h4><ul><li>At styregruppen godkender dagsordenen</li></ul>"))
        #expect(page.html.contains("Kommissorium (punkt 2)"))
    }

    @Test func aMeetingNotYetHeldIsShownAsAnAgenda() {
        let html = MeetingPage.render(Self.meetingModel(status: .agendaPublished), context: .public())
        #expect(html.contains("<h1>Dagsorden: Klyngestyregruppen"))
        #expect(html.contains("Dagsorden udsendt"))
    }

    @Test func textFromDocumentsIsEscaped() {
        let model = Self.meetingModel(items: [
            AgendaItem(meetingID: UUID(), position: 0, number: 1, title: "<script>alert(1)</script>",
                       sections: [.init(kind: .description, text: "a < b & \"c\"")]),
        ])
        let html = MeetingPage.render(model, context: .public())
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("a &lt; b &amp;"))
    }

    @Test func anEmptyAgendaSaysSo() {
        let html = MeetingPage.render(Self.meetingModel(items: []), context: .public())
        #expect(html.contains("Mødet har ingen punkter på dagsordenen."))
    }

    @Test func frontPageShowsTheHierarchyAndEmptyStates() {
        let model = FrontPage.Model(
            bodies: [.init(name: "Sundhedsstyregruppen", kind: .steeringGroup, depth: 0, url: .body(slug: "ssg")),
                     .init(name: "Klyngestyregruppen", kind: .clusterSteeringGroup, depth: 1, url: .body(slug: "klynge"))],
            upcoming: [], recent: [])
        let html = FrontPage.render(model, context: .public())
        #expect(html.contains("Der er ingen planlagte møder."))
        #expect(html.contains("<li class=\"depth-1\"><a href=\"/organer/klynge\">Klyngestyregruppen</a>"))
    }

    @Test func everyPageHasTheSharedFrame() {
        let html = ErrorPage.notFound(context: .public())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"da\">"))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("<a class=\"skip-link\" href=\"#indhold\">Gå til indhold</a>"))
        #expect(html.contains("<main id=\"indhold\""))
        #expect(html.contains(SiteURL.stylesheet.path))
        #expect(!html.contains("<script"), "pages need no JavaScript")
    }

    @Test func everyTextHasBothLanguages() {
        for key in UIText.allCases {
            #expect(!key.text(in: .da).isEmpty && !key.text(in: .en).isEmpty, "\(key)")
        }
    }

    @Test func richTextKeepsParagraphsAndBullets() {
        let blocks = RichText.blocks(of: "Første linje\nfortsat.\n\n• et\n• to\n  videre\nAfsluttende.")
        #expect(blocks == [.paragraph("Første linje fortsat."), .list(["et", "to videre"]), .paragraph("Afsluttende.")])
    }

    @Test func meetingKeysCountMeetingsOfTheSameDay() {
        let day = CalendarDay(year: 2024, month: 1, day: 2)!
        let morning = Meeting(bodyID: UUID(), date: day, start: TimeOfDay(hour: 8, minute: 0))
        let afternoon = Meeting(bodyID: morning.bodyID, date: day, start: TimeOfDay(hour: 13, minute: 0))
        let keys = MeetingKey.keys(for: [afternoon, morning])
        #expect(keys[morning.id]?.description == "2024-01-02")
        #expect(keys[afternoon.id]?.description == "2024-01-02-2")
        #expect(MeetingKey("2024-01-02-2") == keys[afternoon.id])
        #expect(MeetingKey("2024-01-02-1") == nil, "the first meeting has one address only")
        #expect(MeetingKey("2024-02-30") == nil)
    }

    @Test func bodyPageShowsMembersWithRolesAndMeetingsByYear() throws {
        let start = CalendarDay(year: 2021, month: 6, day: 18)!
        let meeting = Meeting(bodyID: Self.body.id, date: start, status: .minutesApproved)
        let summary = MeetingSummary(meeting: meeting, body: Self.body, key: MeetingKey(date: start))
        let model = BodyPage.Model(
            body: Self.body, parent: .init(name: "Sundhedsstyregruppen", url: .body(slug: "ssg")), children: [],
            members: [.init(name: "Anne Andersen", url: .person(id: UUID()), title: "direktør", organisation: "Aby Kommune",
                            role: .coChair, period: try DayPeriod(start: start))],
            formerMembers: [.init(name: "Bo Berg", url: .person(id: UUID()), title: nil, organisation: nil, role: .member,
                                  period: try DayPeriod(start: start, end: start))],
            years: [.init(year: 2021, meetings: [summary])])
        let page = HTMLInspection(html: BodyPage.render(model, context: .public()))
        #expect(page.html.contains("<h1>Klyngestyregruppen</h1>"))
        #expect(page.html.contains("Klyngestyregruppe · Nordklyngen"))
        #expect(page.html.contains("Hører under: <a href=\"/organer/ssg\">Sundhedsstyregruppen</a>"))
        let row = page.between("<tbody>", and: "</tr>")
        #expect(row.captures("<td>(.*?)</td>").suffix(3).prefix(2) == ["Aby Kommune", "Medformand"])
        #expect(page.html.contains("<summary>Tidligere medlemmer (1)</summary>"))
        #expect(page.captures("<h3><a href=\"[^\"]*/arkiv/\\d{4}\">(\\d{4})</a></h3>") == ["2021"])
        #expect(page.html.contains("href=\"/organer/klynge/moeder/2021-06-18\""))
    }

    @Test func personPageShowsSeatsItemsAndMeetingsButNoContactDetails() throws {
        let day = CalendarDay(year: 2021, month: 6, day: 18)!
        let summary = MeetingSummary(meeting: Meeting(bodyID: Self.body.id, date: day, status: .minutesApproved),
                                     body: Self.body, key: MeetingKey(date: day))
        let model = PersonPage.Model(
            name: "Kathrine Hald", contact: nil,
            memberships: [.init(bodyName: "Klyngestyregruppen", bodyURL: .body(slug: "klynge"), role: .member,
                                title: "projektleder", organisation: "Aby Kommune", period: try DayPeriod(start: day))],
            presented: [.init(meeting: summary, title: "4. Status på projektet", url: summary.url.path + "#punkt-4")],
            appearances: [.init(meeting: summary, status: .guest, note: "punkt 4")])
        let page = HTMLInspection(html: PersonPage.render(model, context: .public()))
        #expect(page.html.contains("<h1>Kathrine Hald</h1>"))
        #expect(page.html.contains("<td>Medlem</td><td>projektleder</td><td>Aby Kommune</td>"))
        #expect(page.html.contains("href=\"/organer/klynge/moeder/2021-06-18#punkt-4\">4. Status på projektet</a>"))
        #expect(page.html.contains("Gæster (punkt 4)"))
        #expect(!page.html.contains("@") && !page.html.contains("tlf."), "no contact details on public pages")
    }
}
