import Fluent
import SQLKit

/// The search index of an installation that indexed before items were numbered in date order and
/// filtered inside the index: its tables are made anew in the present form and everything is indexed
/// again. An index made by `CreateSearchIndex` in the present form is left as it is.
///
/// Reverting keeps the present form: the index holds nothing that is not in the meetings, and the
/// earlier form is no longer known to the code.
struct UpgradeSearchIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        let isSQLite = sql.dialect.name == "sqlite"
        let probe: SQLQueryString = isSQLite
            ? "SELECT count(*) AS n FROM pragma_table_info('search_titles') WHERE name = 'facets'"
            : "SELECT count(*) AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'search_entries_title_vector_idx'"
        guard try await sql.raw(probe).first()?.decode(column: "n", as: Int.self) == 0 else { return }
        if isSQLite {
            try await SQLiteSearch.dropTables(on: sql)
            try await SQLiteSearch.createTables(on: sql)
        } else {
            try await PostgresSearch.dropTables(on: sql)
            try await PostgresSearch.createTables(on: sql)
        }
        try await SearchIndex(database: database).rebuild()
    }

    func revert(on database: any Database) async throws {}
}
