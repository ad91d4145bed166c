import Foundation
import SamspilCore

/// A row that holds a value the domain cannot read: only a database edited by hand gets here.
struct CorruptRowError: Error, CustomStringConvertible {
    let table: String
    let id: UUID?
    let field: String
    let value: String

    var description: String {
        "The \(table) row \(id?.uuidString ?? "?") holds '\(value)' in \(field), which Samspil cannot read."
    }
}

/// Reads the text forms the database keeps back into domain values.
enum StoredValue {
    static func day(_ text: String, table: String, id: UUID?, field: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else {
            throw CorruptRowError(table: table, id: id, field: field, value: text)
        }
        return day
    }

    static func day(_ text: String?, table: String, id: UUID?, field: String) throws -> CalendarDay? {
        try text.map { try day($0, table: table, id: id, field: field) }
    }

    static func time(_ text: String?, table: String, id: UUID?, field: String) throws -> TimeOfDay? {
        guard let text else { return nil }
        guard let time = TimeOfDay(text) else { throw CorruptRowError(table: table, id: id, field: field, value: text) }
        return time
    }

    static func enumeration<E: RawRepresentable<String>>(_ text: String, table: String, id: UUID?, field: String) throws -> E {
        guard let value = E(rawValue: text) else { throw CorruptRowError(table: table, id: id, field: field, value: text) }
        return value
    }
}
