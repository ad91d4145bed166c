/// The VTIMEZONE of Danish time, which every meeting's DTSTART and DTEND name by TZID: a calendar that
/// names a TZID must define it (RFC 5545 section 3.6.5), and clients without a time zone database need
/// its rules. The rules are the EU's since 1996: summer time (CEST, UTC+2) from 02:00 on the last Sunday
/// of March to 03:00 on the last Sunday of October, else CET (UTC+1). Meetings before 1996 would get
/// today's rules; Samspil's oldest minutes are from 2015.
enum CopenhagenTimeZone {
    static let identifier = "Europe/Copenhagen"

    static func write(to writer: inout ICalendarWriter) {
        writer.begin("VTIMEZONE")
        writer.line("TZID", raw: identifier)
        writer.begin("DAYLIGHT")
        writer.line("TZOFFSETFROM", raw: "+0100")
        writer.line("TZOFFSETTO", raw: "+0200")
        writer.line("TZNAME", raw: "CEST")
        writer.line("DTSTART", raw: "19700329T020000")
        writer.line("RRULE", raw: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        writer.end("DAYLIGHT")
        writer.begin("STANDARD")
        writer.line("TZOFFSETFROM", raw: "+0200")
        writer.line("TZOFFSETTO", raw: "+0100")
        writer.line("TZNAME", raw: "CET")
        writer.line("DTSTART", raw: "19701025T030000")
        writer.line("RRULE", raw: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        writer.end("STANDARD")
        writer.end("VTIMEZONE")
    }
}
