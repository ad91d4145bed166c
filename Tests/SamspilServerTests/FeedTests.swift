import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The calendars and news feeds through their routes, on both databases: what they hold for whom, read
/// by two independent iCalendar parsers and an XML parser, and checked for what those parsers let
/// through (line ends, line length, UIDs, DTSTAMP, time zones, sequence numbers).
@Suite("Feeds")
struct FeedTests {
    typealias Work = MeetingWork

    static let calendarPath = SiteURL.bodyCalendar(bodySlug: Work.slug).path
    static let newsPath = SiteURL.bodyNews(bodySlug: Work.slug).path
    /// Long, Danish, with a comma and a semicolon: folded inside multi-byte text and escaped.
    static let longTitle = "Fælles forløb for ældre medicinske patienter, genoptræning og sundhedsaftalens indsats; "
        + "børn og unge i Midtklyngen på tværs af kommuner, hospital og almen praksis"

    /// Fetches a calendar and checks what holds for every calendar Samspil writes; returns both parsers' reading.
    static func calendar(_ browser: Browser, _ path: String, sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> (text: String, events: [CalendarOracle.Event]) {
        let response = try await browser.get(path)
        #expect(response.status == .ok, sourceLocation: sourceLocation)
        #expect(response.headers.first(name: .contentType) == "text/calendar; charset=utf-8", sourceLocation: sourceLocation)
        let text = response.body.string
        CalendarShape.expectWellFormed(text, sourceLocation: sourceLocation)
        let reading = try CalendarOracle.read(text)
        #expect(reading.icalendar == reading.ical, "the two parsers read the calendar differently", sourceLocation: sourceLocation)
        #expect(CalendarShape.usedTimeZones(text).isSubset(of: Set(reading.timezones)),
                "a TZID without its VTIMEZONE", sourceLocation: sourceLocation)
        let lines = CalendarShape.unfolded(text)
        let events = lines.filter { $0 == "BEGIN:VEVENT" }.count
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") && $0.hasSuffix("Z") }.count == events, sourceLocation: sourceLocation)
        #expect(Set(reading.ical.map(\.uid)).count == events, "UIDs missing or repeated", sourceLocation: sourceLocation)
        #expect(reading.ical.allSatisfy { !$0.uid.isEmpty && $0.sequence != nil }, sourceLocation: sourceLocation)
        return (text, reading.ical)
    }

    static func uid(_ meeting: Meeting) -> String { "\(meeting.id.uuidString.lowercased())@samspil" }

    @Test(.enabled(if: CalendarOracle.shouldRun, CalendarOracle.skipReason), arguments: TestDatabase.all)
    func theBodyCalendarFollowsAMeetingFromPublicationToCancellation(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await Work.browser(app, .secretary)
            let visitor = Browser(app)
            let key = try await Work.newMeeting(secretary, date: "2030-03-04")
            try await Work.addItem(app, secretary, key: key, title: Self.longTitle)
            let meeting = try await Work.meeting(app, key)

            // Planned: not public, so not in the public calendar.
            #expect(try await Self.calendar(visitor, Self.calendarPath).events.allSatisfy { $0.uid != Self.uid(meeting) })

            try await Work.advance(secretary, key, to: .agendaPublished)
            let published = try #require(try await Self.calendar(visitor, Self.calendarPath).events.first { $0.uid == Self.uid(meeting) })
            #expect(published.status == "CONFIRMED")
            #expect(published.summary == (try await Work.body(app)).name)
            #expect(published.dtstart == "2030-03-04T09:00:00+01:00")
            #expect(published.location == "Regionshuset Viborg")
            #expect(published.description.hasPrefix("Dagsorden:\n1. "))
            #expect(published.description.contains(". " + Self.longTitle + "\n"))
            #expect(published.url == "http://localhost" + Work.meetingPath(key))

            // A new date and place through the editor: the same event, moved, with a higher sequence.
            let moved = try await secretary.post(Work.path(key, .editor),
                                                 Work.header(date: "2030-03-05", start: "13:00", end: "15:30",
                                                             location: "Hospitalsenhed Midt, lokale 2; indgang C\nbagindgangen"))
            #expect(moved.status == .seeOther)
            let newKey = "2030-03-05"
            let afterMove = try #require(try await Self.calendar(visitor, Self.calendarPath).events.first { $0.uid == Self.uid(meeting) })
            #expect(afterMove.dtstart == "2030-03-05T13:00:00+01:00")
            #expect(afterMove.location.hasPrefix("Hospitalsenhed Midt, lokale 2; indgang C"))
            #expect(try #require(afterMove.sequence) > (try #require(published.sequence)))

            // Cancelled: the event stays, cancelled, with a higher sequence again.
            #expect(try await secretary.get(Work.path(newKey, .cancellation)).status == .ok)
            let cancel = try await secretary.post(Work.path(newKey, .cancellation))
            #expect(cancel.status == .seeOther)
            #expect(cancel.headers.first(name: .location) == Work.path(newKey, .editor) + "?besked=cancelled")
            let cancelled = try #require(try await Self.calendar(visitor, Self.calendarPath).events.first { $0.uid == Self.uid(meeting) })
            #expect(cancelled.status == "CANCELLED")
            #expect(cancelled.summary.hasPrefix("AFLYST: "))
            #expect(try #require(cancelled.sequence) > (try #require(afterMove.sequence)))
            #expect(try await visitor.get(Work.meetingPath(newKey)).body.string.contains("Mødet er aflyst"))
        }
    }

    @Test(.enabled(if: CalendarOracle.shouldRun, CalendarOracle.skipReason), arguments: TestDatabase.all)
    func thePublicCalendarHoldsNoDecisionsOfUnapprovedMinutes(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let draft = try await Work.meeting(app, Work.draftMeeting)
            #expect(draft.status == .minutesDraft)
            let decisions = try await Work.items(app, Work.draftMeeting).flatMap(\.sections).filter { $0.kind == .decision }.map(\.text)
            try #require(!decisions.isEmpty, "the demo's draft minutes have decisions to hide")
            let events = try await Self.calendar(Browser(app), Self.calendarPath).events
            let event = try #require(events.first { $0.uid == Self.uid(draft) }, "the draft's agenda is public")
            let titles = try await Work.items(app, Work.draftMeeting).filter { !$0.isBreak }.map(\.title)
            #expect(titles.allSatisfy { event.description.contains($0) })
            for decision in decisions {
                let sample = String(decision.prefix(60))
                #expect(events.allSatisfy { !$0.description.contains(sample) }, "a decision of unapproved minutes: \(sample)")
            }
        }
    }

    @Test(.enabled(if: CalendarOracle.shouldRun, CalendarOracle.skipReason), arguments: TestDatabase.all)
    func thePersonalCalendarWorksWithoutACookieUntilItsAddressIsRenewed(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await Work.browser(app, .secretary)
            let key = try await Work.newMeeting(secretary, date: "2030-04-01")
            let planned = try await Work.meeting(app, key)

            // The public is sent to sign in.
            let anonymous = try await Browser(app).get(SiteURL.myCalendar.path)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location) == SiteURL.signIn.path + "?next=" + SiteURL.myCalendar.path)

            let member = try await Work.browser(app, .member)
            #expect(try await member.get(SiteURL.myCalendar.path).body.string.contains("Du har ingen kalenderadresse endnu."))
            let first = try await Self.newAddress(member)
            #expect(try await member.get(SiteURL.myCalendar.path).body.string.contains("Du har en kalenderadresse."))

            // A calendar app: no cookie at all. The member reads the planned meeting; the public calendar does not show it.
            let app1 = Browser(app)
            let events = try await Self.calendar(app1, first).events
            #expect(events.contains { $0.uid == Self.uid(planned) })
            let approved = try await Work.meeting(app, Work.approvedMeeting)
            #expect(events.contains { $0.uid == Self.uid(approved) })
            #expect(try await Self.calendar(app1, Self.calendarPath).events.allSatisfy { $0.uid != Self.uid(planned) })
            let response = try await app1.get(first)
            #expect(response.headers.first(name: .cacheControl)?.contains("no-store") == true)

            // Only the token's sha256 is stored.
            let token = String(first.dropFirst("/kalender/".count).dropLast(".ics".count))
            let rows = try await CalendarTokenModel.query(on: app.db).all()
            #expect(rows.contains { $0.tokenHash == Accounts.hash(token) })
            #expect(rows.allSatisfy { $0.tokenHash != token })

            // A new address revokes the old one; made-up ones name nothing.
            let second = try await Self.newAddress(member)
            #expect(second != first)
            #expect(try await app1.get(first).status == .notFound)
            #expect(try await app1.get(second).status == .ok)
            #expect(try await app1.get(SiteURL.personalCalendar(token: "made-up").path).status == .notFound)
            #expect(try await app1.get("/kalender/" + token).status == .notFound)

            // Someone without a role anywhere sees no body's meetings.
            let stranger = try await Browser.signedIn(app, name: "Uden Rolle", password: Work.password)
            try await stranger.get(SiteURL.myCalendar.path)
            #expect(try await Self.calendar(Browser(app), try await Self.newAddress(stranger)).events.isEmpty)
        }
    }

    /// Makes a new calendar address on the page, as the user does; returns its path.
    static func newAddress(_ browser: Browser, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await browser.get(SiteURL.myCalendar.path)
        let response = try await browser.post(SiteURL.myCalendar.path)
        #expect(response.status == .ok, sourceLocation: sourceLocation)
        let page = HTMLInspection(html: response.body.string)
        return try #require(page.captures(#"value="http://localhost(/kalender/[A-Za-z0-9_-]{40,}\.ics)""#).first,
                            "no calendar address on the page", sourceLocation: sourceLocation)
    }

    @Test(arguments: TestDatabase.all)
    func cancellingIsRefusedOnceTheMeetingIsHeldAndCanBeUndoneBefore(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await Work.browser(app, .secretary)
            let before = try await Work.meeting(app, Work.approvedMeeting)
            let confirmation = try await secretary.get(Work.path(Work.approvedMeeting, .cancellation))
            #expect(confirmation.headers.first(name: .location) == Work.path(Work.approvedMeeting, .editor) + "?besked=cancelRefused")
            let refused = try await secretary.post(Work.path(Work.approvedMeeting, .cancellation))
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Mødet kan ikke aflyses"))
            let after = try await Work.meeting(app, Work.approvedMeeting)
            #expect(after.cancelledAt == nil)
            #expect(after.revision == before.revision)

            // Only the secretary cancels.
            let key = try await Work.newMeeting(secretary, date: "2030-05-06")
            let member = try await Work.browser(app, .member)
            #expect(try await member.post(Work.path(key, .cancellation)).status == .forbidden)
            #expect(try await Work.meeting(app, key).cancelledAt == nil)

            #expect(try await secretary.post(Work.path(key, .cancellation)).status == .seeOther)
            let cancelled = try await Work.meeting(app, key)
            #expect(cancelled.cancelledAt != nil)
            let editor = try await secretary.get(Work.path(key, .editor)).body.string
            #expect(editor.contains("Mødet er aflyst"))
            #expect(editor.contains(Work.path(key, .reinstatement)))
            // A cancelled meeting takes no step of its life cycle.
            let step = try await secretary.post(Work.path(key, .status), ["til": MeetingStatus.agendaPublished.rawValue])
            #expect(step.headers.first(name: .location) == Work.path(key, .editor) + "?besked=stepRefused")
            #expect(try await Work.meeting(app, key).status == .planned)

            #expect(try await secretary.get(Work.path(key, .reinstatement)).status == .ok)
            #expect(try await secretary.post(Work.path(key, .reinstatement)).status == .seeOther)
            let reinstated = try await Work.meeting(app, key)
            #expect(reinstated.cancelledAt == nil)
            #expect(reinstated.revision > cancelled.revision)
            #expect(try await secretary.post(Work.path(key, .reinstatement)).status == .conflict)
            let trail = try await MeetingLifeCycle(database: app.db).trail(of: reinstated.id).map(\.change)
            #expect(trail == [.cancelled, .reinstated])
            let page = try await secretary.get(Work.meetingPath(key)).body.string
            #expect(page.contains("Mødet aflyst") && page.contains("Mødet genoptaget"))
            #expect(!page.contains("Mødet er aflyst"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func newsFeedsListPublishedAgendasAndApprovedMinutesNewestFirst(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await Work.browser(app, .secretary)
            let unpublished = try await Work.newMeeting(secretary, date: "2030-06-02")
            let key = try await Work.newMeeting(secretary, date: "2030-06-01")
            try await Work.addItem(app, secretary, key: key, title: "Budget <2031> & fordeling")
            try await Work.advance(secretary, key, to: .agendaPublished)
            let body = try await Work.body(app)

            for path in [Self.newsPath, SiteURL.news.path] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "application/atom+xml; charset=utf-8")
                let feed = try AtomDocument(response.body.string)
                #expect(feed.id.hasPrefix("urn:uuid:"))
                #expect(!feed.title.isEmpty && !feed.updated.isEmpty && feed.hasAuthor)
                #expect(feed.selfLink == "http://localhost" + path)
                #expect(feed.entries.allSatisfy { !$0.id.isEmpty && !$0.title.isEmpty && !$0.updated.isEmpty && $0.link.hasPrefix("http://localhost/") })
                #expect(Set(feed.entries.map(\.id)).count == feed.entries.count)
                #expect(feed.entries.map(\.updated) == feed.entries.map(\.updated).sorted(by: >), "newest first")
                #expect(feed.updated == feed.entries.first?.updated)

                let newest = try #require(feed.entries.first)
                #expect(newest.title == "Dagsorden: \(body.name) 1. juni 2030")
                #expect(newest.link == "http://localhost" + Work.meetingPath(key))
                #expect(newest.summary.contains("Budget <2031> & fordeling"))
                #expect(feed.entries.contains { $0.title == "Referat: \(body.name) 18. juni 2021" })
                // Draft minutes are news as an agenda, never as minutes; a planned meeting is no news at all.
                #expect(feed.entries.contains { $0.title == "Dagsorden: \(body.name) 16. september 2022" })
                #expect(!feed.entries.contains { $0.title == "Referat: \(body.name) 16. september 2022" })
                #expect(!feed.entries.contains { $0.link.hasSuffix(Work.meetingPath(unpublished)) })
            }
            // Ids stay when the meeting moves.
            let before = try AtomDocument(try await Browser(app).get(Self.newsPath).body.string).entries.first
            try await secretary.post(Work.path(key, .editor), Work.header(date: "2030-06-03"))
            let after = try AtomDocument(try await Browser(app).get(Self.newsPath).body.string).entries.first
            #expect(before?.id == after?.id)
            #expect(after?.link.hasSuffix(Work.meetingPath("2030-06-03")) == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func pagesLinkToTheirFeeds(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let bodyPage = HTMLInspection(html: try await Browser(app).get(Work.bodyPath).body.string)
            #expect(bodyPage.count(#"<link rel="alternate" type="application/atom+xml""#) == 1)
            #expect(bodyPage.count(#"href="\#(Self.newsPath)">Nyheder (Atom)</a>"#) == 1)
            #expect(bodyPage.count(#"href="\#(Self.calendarPath)">Abonnér på kalender</a>"#) == 1)
            let front = try await Browser(app).get("/").body.string
            #expect(front.contains(#"<link rel="alternate" type="application/atom+xml" title="Nye dagsordener og referater (Atom)" href="/nyheder.atom"/>"#))
            #expect(try await Browser(app).get("/organer/findes-ikke/kalender.ics").status == .notFound)
            #expect(try await Browser(app).get("/organer/findes-ikke/nyheder.atom").status == .notFound)
        }
    }
}
