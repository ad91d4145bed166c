import Fluent
import SQLKit

/// The search index (see `SearchIndex`), in the form of the database in use, and the texts read from
/// attachment files. Indexes what is stored already, so an installation that upgrades finds its archive.
struct CreateSearchIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        try await database.schema(FileTexts.schema)
            .field("sha256", .string, .identifier(auto: false))
            .field("text", .string, .required)
            .create()
        if sql.dialect.name == "sqlite" {
            try await SQLiteSearch.createTables(on: sql)
        } else {
            try await PostgresSearch.createTables(on: sql)
        }
        try await SearchIndex(database: database).rebuild()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        if sql.dialect.name == "sqlite" {
            try await SQLiteSearch.dropTables(on: sql)
        } else {
            try await PostgresSearch.dropTables(on: sql)
        }
        try await database.schema(FileTexts.schema).delete()
    }
}
