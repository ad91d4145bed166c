import Foundation
import SamspilCore

/// Meetings as an iCalendar (RFC 5545) calendar that calendar apps subscribe to. Each meeting is one
/// event whose UID is the meeting's id, so a new date or time moves the event instead of adding one;
/// SEQUENCE is the meeting's revision, so a client knows which version is newer; a cancelled meeting
/// stays, with STATUS:CANCELLED, so that subscribers see it go. The texts are Danish, as the users'.
struct MeetingCalendar: Equatable {
    struct Event: Equatable {
        let meeting: Meeting
        let bodyName: String
        /// The meeting page, absolute: a calendar app has no base to resolve a path against.
        let url: String
        /// The titles of the items the viewer may see, numbered as the agenda numbers them.
        let items: [String]
    }

    /// What a calendar app calls the subscription (X-WR-CALNAME).
    let name: String
    let events: [Event]

    static let productID = "-//Samspil//Samspil møder//DA"

    /// The calendar's text. `now` is every event's DTSTAMP: the time this copy of the calendar was made.
    func render(now: Date = Date()) -> String {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.line("VERSION", raw: "2.0")
        writer.line("PRODID", raw: Self.productID)
        writer.line("CALSCALE", raw: "GREGORIAN")
        writer.line("METHOD", raw: "PUBLISH")
        writer.text("X-WR-CALNAME", name)
        writer.line("X-WR-TIMEZONE", raw: CopenhagenTimeZone.identifier)
        // How often subscribers should look again: agendas change until the meeting.
        writer.line("REFRESH-INTERVAL", parameters: [("VALUE", "DURATION")], raw: "PT1H")
        writer.line("X-PUBLISHED-TTL", raw: "PT1H")
        if events.contains(where: { $0.meeting.start != nil }) {
            CopenhagenTimeZone.write(to: &writer)
        }
        for event in events {
            write(event, now: now, to: &writer)
        }
        writer.end("VCALENDAR")
        return writer.text
    }

    private func write(_ event: Event, now: Date, to writer: inout ICalendarWriter) {
        let meeting = event.meeting
        let isCancelled = meeting.cancelledAt != nil
        writer.begin("VEVENT")
        writer.line("UID", raw: Self.uid(of: meeting.id))
        writer.line("DTSTAMP", raw: ICalendarWriter.utc(now))
        if let start = meeting.start {
            let zone = [("TZID", CopenhagenTimeZone.identifier)]
            writer.line("DTSTART", parameters: zone, raw: Self.local(meeting.date, start))
            // A meeting without an end, or with an end before its start, has only a start (RFC 5545
            // 3.6.1: an event that takes up no time).
            if let end = meeting.end, end > start {
                writer.line("DTEND", parameters: zone, raw: Self.local(meeting.date, end))
            }
        } else {
            // No start time: an all-day event, which ends (exclusively) the next day.
            writer.line("DTSTART", parameters: [("VALUE", "DATE")], raw: Self.basic(meeting.date))
            writer.line("DTEND", parameters: [("VALUE", "DATE")], raw: Self.basic(Self.dayAfter(meeting.date)))
        }
        writer.line("SEQUENCE", raw: "\(max(meeting.revision, 0))")
        writer.line("STATUS", raw: isCancelled ? "CANCELLED" : "CONFIRMED")
        writer.text("SUMMARY", (isCancelled ? "AFLYST: " : "") + event.bodyName)
        if let location = meeting.location, !location.isEmpty {
            writer.text("LOCATION", location)
        }
        writer.text("DESCRIPTION", description(of: event))
        writer.line("URL", parameters: [("VALUE", "URI")], raw: event.url)
        if let modified = meeting.modifiedAt {
            writer.line("LAST-MODIFIED", raw: ICalendarWriter.utc(modified))
        }
        writer.end("VEVENT")
    }

    private func description(of event: Event) -> String {
        var paragraphs: [String] = []
        if event.meeting.cancelledAt != nil { paragraphs.append("Mødet er aflyst.") }
        if !event.items.isEmpty { paragraphs.append((["Dagsorden:"] + event.items).joined(separator: "\n")) }
        paragraphs.append("Mødesiden: \(event.url)")
        return paragraphs.joined(separator: "\n\n")
    }

    /// Stable for the meeting's whole life, whatever its date: its id, which never changes.
    static func uid(of meetingID: UUID) -> String { "\(meetingID.lowercased)@samspil" }

    /// `20210618`.
    static func basic(_ day: CalendarDay) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }

    /// `20210618T090000`: a local time, to go with TZID.
    static func local(_ day: CalendarDay, _ time: TimeOfDay) -> String {
        basic(day) + String(format: "T%02d%02d00", time.hour, time.minute)
    }

    static func dayAfter(_ day: CalendarDay) -> CalendarDay {
        if day.day < CalendarDay.daysIn(month: day.month, year: day.year) {
            return CalendarDay(year: day.year, month: day.month, day: day.day + 1) ?? day
        }
        return day.month < 12 ? CalendarDay(year: day.year, month: day.month + 1, day: 1) ?? day
            : CalendarDay(year: day.year + 1, month: 1, day: 1) ?? day
    }
}
