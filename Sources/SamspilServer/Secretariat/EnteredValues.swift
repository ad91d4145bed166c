import Foundation
import SamspilCore

extension CalendarDay {
    /// A date as a secretary types it: `2021-06-18` (what a date field sends) or the Danish
    /// `18.06.2021`, `18-6-2021`, `18/6/2021` (what people type where the browser shows a text field).
    init?(entered text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: text) {
            self = day
            return
        }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        self = date
    }
}

/// A date field of a form: empty is allowed (nil), anything else must be a date.
enum EnteredDate {
    case empty
    case day(CalendarDay)
    case invalid

    init(_ text: String) {
        if text.isEmpty {
            self = .empty
        } else if let day = CalendarDay(entered: text) {
            self = .day(day)
        } else {
            self = .invalid
        }
    }

    var day: CalendarDay? {
        if case let .day(day) = self { return day }
        return nil
    }

    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}

extension Optional where Wrapped == CalendarDay {
    /// Sorts by date with the days that have none last: lists of things that are due put the undated
    /// ones at the end, where they bother nobody.
    var dueOrder: String { self?.iso ?? "\u{FFFF}" }
}
