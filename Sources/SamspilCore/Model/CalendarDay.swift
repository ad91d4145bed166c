import Foundation

/// A day in the calendar, without a time zone: the date of a meeting, the start of a membership.
///
/// Meetings happen on a Danish calendar day; storing them as `Date` would tie them to a time zone and
/// shift them by a day in the wrong one. Stored and exchanged as ISO 8601 (`2021-06-18`), which also
/// sorts correctly as text in both databases.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil when the numbers are not a real day (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        // By hand: `String(format:)` goes through Foundation's formatter, and pages and the index write
        // thousands of dates.
        guard year >= 0 else { return String(format: "%04d-%02d-%02d", year, month, day) }
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public var description: String { iso }

    /// Days since 1 January 1970 (negative before it), in the proleptic Gregorian calendar: days to count
    /// and order by as plain numbers.
    public var daysSince1970: Int {
        // Howard Hinnant's days_from_civil: years counted from March, so the leap day ends the year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day after; nil after 31 December 9999.
    public var next: CalendarDay? {
        if day < Self.daysIn(month: month, year: year) { return CalendarDay(year: year, month: month, day: day + 1) }
        if month < 12 { return CalendarDay(year: year, month: month + 1, day: 1) }
        return CalendarDay(year: year + 1, month: 1, day: 1)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in Denmark.
    public static func today(in timeZone: TimeZone = .copenhagen, now: Date = Date()) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        // Components of a real date are always a valid day.
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay(year: 1970, month: 1, day: 1)!
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension TimeZone {
    /// Every meeting in Samspil happens in Danish time.
    public static let copenhagen = TimeZone(identifier: "Europe/Copenhagen") ?? .current
}
