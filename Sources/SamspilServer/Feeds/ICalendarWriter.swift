import Foundation

/// Writes iCalendar (RFC 5545) content lines: `NAME;PARAM=VALUE:value`, each ended by CRLF and folded so
/// that no line is longer than 75 octets. Text values are escaped here, so no caller can forget it.
struct ICalendarWriter {
    /// The longest line the RFC allows, in octets, without its CRLF (section 3.1).
    static let maximumLineOctets = 75

    private(set) var text = ""

    /// A property whose value is TEXT (SUMMARY, LOCATION, DESCRIPTION, ...): escaped.
    mutating func text(_ name: String, _ value: String) {
        line(name, raw: Self.escaped(value))
    }

    /// A property whose value is not TEXT (dates, numbers, URIs, fixed words): written as it is. Callers
    /// pass only values they made themselves, never what a user typed.
    mutating func line(_ name: String, parameters: [(String, String)] = [], raw value: String) {
        let head = ([name] + parameters.map { "\($0)=\($1)" }).joined(separator: ";")
        text += Self.folded(head + ":" + value)
    }

    mutating func begin(_ component: String) { line("BEGIN", raw: component) }
    mutating func end(_ component: String) { line("END", raw: component) }

    /// TEXT escaping (section 3.3.11): backslash, semicolon, comma and line breaks. Other control
    /// characters are not allowed in a value at all (section 3.1), so they are dropped.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        // CRLF and CR are line breaks as much as LF is; each becomes one `\n`.
        let lines = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in lines.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line with its CRLF, folded (section 3.1): after at most 75 octets a CRLF and a space,
    /// the space counting towards the next line's 75. A line is only broken between Unicode scalars, so
    /// a multi-byte UTF-8 character is never split across lines.
    static func folded(_ line: String) -> String {
        var result = ""
        var octetsOnLine = 0
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if octetsOnLine + octets > maximumLineOctets {
                result += "\r\n "
                octetsOnLine = 1
            }
            result.unicodeScalars.append(scalar)
            octetsOnLine += octets
        }
        return result + "\r\n"
    }
}

extension ICalendarWriter {
    /// `20210618T090000Z`: a moment in UTC (DTSTAMP, LAST-MODIFIED).
    static func utc(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
