import Foundation
import SamspilCore
@testable import SamspilServer
import Testing

/// The iCalendar and Atom writers on their own, without a database.
@Suite("Feed writers")
struct FeedWriterTests {
    static let body = UUID()

    static func meeting(date: String = "2030-03-04", start: String? = "09:00", end: String? = "12:00",
                        revision: Int = 2, cancelled: Bool = false) -> Meeting {
        Meeting(bodyID: body, date: CalendarDay(iso: date)!, start: start.flatMap { TimeOfDay($0) }, end: end.flatMap { TimeOfDay($0) },
                location: "Regionshuset Viborg, lokale 1; 2. sal", status: .agendaPublished, revision: revision,
                modifiedAt: Date(timeIntervalSince1970: 1_900_000_000),
                cancelledAt: cancelled ? Date(timeIntervalSince1970: 1_900_000_100) : nil)
    }

    @Test func textIsEscaped() {
        #expect(ICalendarWriter.escaped(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarWriter.escaped("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarWriter.escaped("bell\u{07}tab\t") == "belltab\t")
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        let title = String(repeating: "Sundhedsaftalens æøå-indsats for børn og unge; ", count: 4)
        var writer = ICalendarWriter()
        writer.text("SUMMARY", title)
        let lines = CalendarShape.lines(writer.text)
        #expect(lines.count > 2)
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
        }
        // Some line must be full up to a character that did not fit: folding happened inside æøå text.
        #expect(lines.dropLast().contains { $0.utf8.count == 74 || $0.utf8.count == 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(CalendarShape.unfolded(writer.text) == ["SUMMARY:" + ICalendarWriter.escaped(title)])
    }

    @Test func aLineOfOnlyMultiByteCharactersStillFolds() {
        let folded = ICalendarWriter.folded("X:" + String(repeating: "ø", count: 100))
        #expect(CalendarShape.lines(folded).allSatisfy { $0.utf8.count <= 75 })
        // Each physical line is valid UTF-8 on its own: no character was cut.
        for line in folded.components(separatedBy: "\r\n") {
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "X:" + String(repeating: "ø", count: 100) + "\r\n")
    }

    @Test func eventsHaveTheirPartsAndTheTimeZone() {
        let meeting = Self.meeting()
        let calendar = MeetingCalendar(name: "Klyngestyregruppen", events: [
            .init(meeting: meeting, bodyName: "Klyngestyregruppen", url: "https://samspil.example/organer/k/moeder/2030-03-04",
                  items: ["1. Velkomst", "2. Status, drøftelse; beslutning"]),
        ])
        let text = calendar.render(now: Date(timeIntervalSince1970: 1_900_000_200))
        let lines = CalendarShape.unfolded(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("UID:\(meeting.id.uuidString.lowercased())@samspil"))
        #expect(lines.contains("DTSTAMP:20300317T175000Z"))
        #expect(lines.contains("DTSTART;TZID=Europe/Copenhagen:20300304T090000"))
        #expect(lines.contains("DTEND;TZID=Europe/Copenhagen:20300304T120000"))
        #expect(lines.contains("SEQUENCE:2"))
        #expect(lines.contains("STATUS:CONFIRMED"))
        #expect(lines.contains(#"LOCATION:Regionshuset Viborg\, lokale 1\; 2. sal"#))
        #expect(lines.contains(#"DESCRIPTION:Dagsorden:\n1. Velkomst\n2. Status\, drøftelse\; beslutning\n\nMødesiden: https://samspil.example/organer/k/moeder/2030-03-04"#))
        #expect(lines.contains("URL;VALUE=URI:https://samspil.example/organer/k/moeder/2030-03-04"))
        #expect(lines.contains("LAST-MODIFIED:20300317T174640Z"))
        #expect(lines.contains("TZID:Europe/Copenhagen"))
        CalendarShape.expectWellFormed(text)
    }

    @Test func aMeetingWithoutStartIsAnAllDayEventAndNeedsNoTimeZone() {
        let text = MeetingCalendar(name: "K", events: [
            .init(meeting: Self.meeting(date: "2030-12-31", start: nil, end: nil), bodyName: "K", url: "http://localhost/m", items: []),
        ]).render()
        let lines = CalendarShape.unfolded(text)
        #expect(lines.contains("DTSTART;VALUE=DATE:20301231"))
        #expect(lines.contains("DTEND;VALUE=DATE:20310101"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
    }

    @Test func aCancelledMeetingSaysSo() {
        let text = MeetingCalendar(name: "K", events: [
            .init(meeting: Self.meeting(cancelled: true), bodyName: "Klyngestyregruppen", url: "http://localhost/m", items: []),
        ]).render()
        let lines = CalendarShape.unfolded(text)
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("SUMMARY:AFLYST: Klyngestyregruppen"))
    }

    @Test func dayAfterCrossesMonthsAndYears() {
        #expect(MeetingCalendar.dayAfter(CalendarDay(iso: "2024-02-28")!).iso == "2024-02-29")
        #expect(MeetingCalendar.dayAfter(CalendarDay(iso: "2023-02-28")!).iso == "2023-03-01")
        #expect(MeetingCalendar.dayAfter(CalendarDay(iso: "2030-12-31")!).iso == "2031-01-01")
    }

    @Test func namedUUIDsAreStableVersion5AndDiffer() {
        let agenda = UUID.named("meeting/x/agenda")
        #expect(agenda == UUID.named("meeting/x/agenda"))
        #expect(agenda != UUID.named("meeting/x/minutes"))
        #expect(agenda.uuidString.lowercased().dropFirst(14).first == "5")
        // The RFC 9562 example: "www.example.com" in the DNS namespace.
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(UUID.named("www.example.com", in: dns).uuidString.lowercased() == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func absoluteAddressesTakeOnlyAPlainHostFromTheRequest() {
        #expect(SiteAddress(host: "Samspil.RM.dk:8443", https: true).absolute(.news) == "https://samspil.rm.dk:8443/nyheder.atom")
        #expect(SiteAddress(host: "[::1]:8080", https: false).origin == "http://[::1]:8080")
        for forged in ["evil.example/<script>", "a b", "x\"onload=1", "", "user@host"] {
            #expect(SiteAddress(host: forged, https: false).origin == "http://localhost", "\(forged)")
        }
    }

    @Test func atomEscapesEverythingAndParses() throws {
        let feed = AtomFeed(id: "urn:uuid:1", title: #"Budget <"2030"> & mere"#, selfLink: "http://h/a?x=1&y=2",
                            pageLink: "http://h/", entries: [
                                .init(id: "urn:uuid:2", title: "Dagsorden: <script>", published: Date(timeIntervalSince1970: 0),
                                      updated: Date(timeIntervalSince1970: 0), link: "http://h/m", summary: "1. A & B\u{01}"),
                            ])
        let xml = feed.render()
        #expect(xml.contains("<title>Budget &lt;&quot;2030&quot;&gt; &amp; mere</title>"))
        #expect(xml.contains(#"href="http://h/a?x=1&amp;y=2""#))
        #expect(!xml.contains("<script>"))
        let parsed = try AtomDocument(xml)
        #expect(parsed.entries.first?.title == "Dagsorden: <script>")
        #expect(parsed.entries.first?.summary == "1. A & B")
        #expect(parsed.updated == "1970-01-01T00:00:00Z")
    }
}
