import Foundation
import Testing

/// Two independent iCalendar parsers from PyPI, `icalendar` and `ical`, run in a python3 subprocess: the
/// calendars Samspil writes must be read the same by both. `scripts/test` installs them; elsewhere the
/// tests that need them are skipped unless SAMSPIL_TEST_REQUIRE_BROWSER=1 (set by `scripts/test`, like
/// for the browser tests) makes a missing parser a failure.
enum CalendarOracle {
    /// One event as a parser read it.
    struct Event: Decodable, Equatable {
        let uid: String
        let sequence: Int?
        let status: String
        let summary: String
        let description: String
        let location: String
        /// ISO 8601, with the UTC offset the parser worked out from the TZID (`2030-03-04T09:00:00+01:00`),
        /// or a date for an all-day event.
        let dtstart: String
        let url: String
    }

    struct Reading: Decodable {
        let icalendar: [Event]
        let ical: [Event]
        /// The TZIDs the calendar defines in VTIMEZONE components.
        let timezones: [String]
    }

    static var isRequired: Bool { ProcessInfo.processInfo.environment[BrowserEnvironment.requireKey] == "1" }

    static let isInstalled: Bool = (try? run(["-c", "import icalendar, ical"]).status) == 0

    static var shouldRun: Bool { isRequired || isInstalled }

    static var skipReason: Comment {
        Comment(rawValue: "python3 with the PyPI packages icalendar and ical is not installed (pip install icalendar ical); "
            + "skipped. Set \(BrowserEnvironment.requireKey)=1 to make this a failure.")
    }

    private static let script = #"""
    import json, sys
    import icalendar
    from ical.calendar_stream import IcsCalendarStream

    text = open(sys.argv[1], encoding="utf-8", newline="").read()

    def event_a(event):
        def text(name):
            value = event.get(name)
            return "" if value is None else str(value)
        sequence = event.get("SEQUENCE")
        return {"uid": text("UID"), "sequence": None if sequence is None else int(sequence), "status": text("STATUS"),
                "summary": text("SUMMARY"), "description": text("DESCRIPTION"), "location": text("LOCATION"),
                "dtstart": event.decoded("DTSTART").isoformat(), "url": text("URL")}

    def event_b(event):
        return {"uid": event.uid, "sequence": event.sequence, "status": event.status.value if event.status else "",
                "summary": event.summary or "", "description": event.description or "", "location": event.location or "",
                "dtstart": event.dtstart.isoformat(), "url": str(event.url or "")}

    first = icalendar.Calendar.from_ical(text)
    second = IcsCalendarStream.calendar_from_ics(text)
    print(json.dumps({"icalendar": [event_a(e) for e in first.walk("VEVENT")],
                      "ical": [event_b(e) for e in second.events],
                      "timezones": [str(tz.get("TZID")) for tz in first.walk("VTIMEZONE")]}))
    """#

    /// Parses `calendar` with both parsers; throws with the parser's own message when either refuses it.
    static func read(_ calendar: String) throws -> Reading {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-\(UUID().uuidString).ics")
        try Data(calendar.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["-c", script, file.path])
        guard result.status == 0 else {
            throw OracleError(description: "the python parsers refused the calendar: \(result.errors)")
        }
        return try JSONDecoder().decode(Reading.self, from: result.output)
    }

    typealias OracleError = Python.Failure

    private static func run(_ arguments: [String]) throws -> Python.Result { try Python.run(arguments) }
}

/// What the parsers do not check: the shape of the text itself.
enum CalendarShape {
    /// Every line ends with CRLF (no bare LF or CR anywhere) and is at most 75 octets long.
    static func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        #expect(bytes.suffix(2) == [13, 10], "the calendar does not end with CRLF", sourceLocation: sourceLocation)
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "a bare LF at octet \(index)", sourceLocation: sourceLocation) }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "a bare CR at octet \(index)", sourceLocation: sourceLocation) }
        }
        for line in lines(text) {
            #expect(line.utf8.count <= 75, "a line of \(line.utf8.count) octets: \(line)", sourceLocation: sourceLocation)
        }
    }

    /// The physical lines, without their CRLF.
    static func lines(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// The content lines, unfolded.
    static func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// Every TZID a property names.
    static func usedTimeZones(_ text: String) -> Set<String> {
        Set(unfolded(text).compactMap { line -> String? in
            let head = line.prefix { $0 != ":" }
            guard let parameter = head.split(separator: ";").first(where: { $0.hasPrefix("TZID=") }) else { return nil }
            return String(parameter.dropFirst("TZID=".count))
        })
    }
}
