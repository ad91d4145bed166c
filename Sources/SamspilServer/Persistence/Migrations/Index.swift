import Fluent
import SQLKit

/// Fluent's schema builder has no plain (non-unique) indexes; SQLKit writes them the same way on
/// SQLite and PostgreSQL.
struct Index: Sendable {
    let name: String
    let table: String
    let columns: [String]

    init(on table: String, _ columns: String...) {
        self.table = table
        self.columns = columns
        self.name = "\(table)_\(columns.joined(separator: "_"))_idx"
    }

    func create(on database: any Database) async throws {
        let builder = try sql(database).create(index: name).on(table)
        try await columns.reduce(builder) { $0.column($1) }.run()
    }

    func drop(on database: any Database) async throws {
        try await sql(database).drop(index: name).ifExists().run()
    }

    private func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        return sql
    }
}

struct UnsupportedDatabaseError: Error, CustomStringConvertible {
    var description: String { "Samspil needs an SQL database (SQLite or PostgreSQL)." }
}
