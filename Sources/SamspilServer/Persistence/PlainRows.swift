import FluentSQLiteDriver
import Foundation
import SQLKit

/// The rows of a query as plain values, for reads of many rows (a rebuild of the search index, a page
/// of search results). On SQLite straight from the connection: SQLiteKit hands each row over to the event
/// loop as a task of its own (a wake-up of another thread a row), SQLKit's `decode(column:as:)` goes
/// through Codable, and a UUID through Foundation's parser; together they cost more than the query.
/// Elsewhere through SQLKit.
struct PlainRows {
    let sql: any SQLDatabase

    func all(_ query: SQLQueryString) async throws -> [PlainRow] {
        // In a transaction this is the transaction's connection, as for every other query of `sql`.
        guard let sqlite = sql as? any SQLiteDatabase else {
            return try await sql.raw(query).all().map(PlainRow.sqlKit)
        }
        var serializer = SQLSerializer(database: sql)
        query.serialize(to: &serializer)
        let binds = try serializer.binds.map { bind -> SQLiteData in
            switch bind {
            // As SQLiteKit stores them: a UUID as its text, a Bool as 0 or 1.
            case let uuid as UUID: .text(uuid.uuidString)
            case let text as String: .text(text)
            case let number as Int: .integer(number)
            case let flag as Bool: .integer(flag ? 1 : 0)
            default: throw PlainRowError(column: nil, problem: "cannot bind a value of type \(type(of: bind))")
            }
        }
        let query = serializer.sql
        // The connection of the transaction at hand, if any: `SQLiteDatabase.withConnection` promises the
        // same session as `sql`'s other queries.
        return try await sqlite.withConnection { connection -> [SQLiteRow] in
            nonisolated(unsafe) var rows: [SQLiteRow] = []
            // The connection's own `query` takes the rows on the thread that reads them, one after another.
            try await connection.query(query, binds) { rows.append($0) }
            return rows
        }.map(PlainRow.sqlite)
    }
}

enum PlainRow {
    case sqlite(SQLiteRow)
    case sqlKit(any SQLRow)

    func string(_ column: String) throws -> String {
        try required(column, optionalString(column))
    }

    func optionalString(_ column: String) throws -> String? {
        try optional(column, as: "text") { if case .text(let text) = $0 { text } else { nil } }
    }

    func int(_ column: String) throws -> Int {
        try required(column, optionalInt(column))
    }

    func optionalInt(_ column: String) throws -> Int? {
        try optional(column, as: "an integer") { if case .integer(let number) = $0 { Int(number) } else { nil } }
    }

    func uuid(_ column: String) throws -> UUID {
        switch self {
        case .sqlite:
            let text = try string(column)
            guard let uuid = UUID(storedText: text) else { throw PlainRowError(column: column, problem: "holds '\(text)', not a UUID") }
            return uuid
        case .sqlKit(let row):
            return try row.decode(column: column, as: UUID.self)
        }
    }

    /// A column's value or nil for NULL: on SQLite read by `read` from the stored value (nil when the value
    /// is not a `kind`), elsewhere decoded by SQLKit.
    private func optional<Value: Decodable>(_ column: String, as kind: String, _ read: (SQLiteData) -> Value?) throws -> Value? {
        switch self {
        case .sqlite(let row):
            let value = try Self.value(row, column)
            if case .null = value { return nil }
            guard let result = read(value) else { throw PlainRowError(column: column, problem: "holds \(value), not \(kind)") }
            return result
        case .sqlKit(let row):
            return try row.decode(column: column, as: Value?.self)
        }
    }

    private func required<Value>(_ column: String, _ value: Value?) throws -> Value {
        guard let value else { throw PlainRowError(column: column, problem: "is empty (NULL)") }
        return value
    }

    private static func value(_ row: SQLiteRow, _ column: String) throws -> SQLiteData {
        guard let value = row.column(column) else { throw PlainRowError(column: column, problem: "is not in the row") }
        return value
    }
}

struct PlainRowError: Error, CustomStringConvertible {
    let column: String?
    let problem: String

    var description: String {
        "Reading a stored row: " + (column.map { "the column \($0) " } ?? "") + problem + "."
    }
}

extension UUID {
    /// A UUID from the 36 characters SQLite keeps it as ("0A431A7F-0001-7C9C-8BBA-E73E5130AC06", either
    /// case); nil for any other text. Foundation's `UUID(uuidString:)` goes through `sscanf`.
    init?(storedText text: String) {
        var text = text
        let uuid = text.withUTF8 { bytes -> uuid_t? in
            guard bytes.count == 36 else { return nil }
            var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let parsed = withUnsafeMutableBytes(of: &uuid) { target -> Bool in
                var index = 0
                for byte in 0..<16 {
                    if index == 8 || index == 13 || index == 18 || index == 23 {
                        guard bytes[index] == UInt8(ascii: "-") else { return false }
                        index += 1
                    }
                    guard let high = Self.hexValue(bytes[index]), let low = Self.hexValue(bytes[index + 1]) else { return false }
                    target[byte] = high << 4 | low
                    index += 2
                }
                return true
            }
            return parsed ? uuid : nil
        }
        guard let uuid else { return nil }
        self.init(uuid: uuid)
    }

    /// The text SQLite keeps a UUID as: `uuidString`, written without Foundation's `snprintf`.
    var storedText: String {
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        withUnsafeBytes(of: uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
                text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
