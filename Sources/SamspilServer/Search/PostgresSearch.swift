import Foundation
import SamspilCore
import SQLKit

/// The index on PostgreSQL: each item's facts with two `tsvector`s made by the built-in `danish`
/// configuration from the item's words (`IndexedText.formText`: PostgreSQL stems them with the same
/// Snowball algorithm as `DanishStemmer`), one of what the public may find and one of everything, each
/// with a GIN index.
struct PostgresSearch: SearchBackend {
    static func createTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            CREATE TABLE search_entries (
                item_id UUID PRIMARY KEY,
                meeting_id UUID NOT NULL,
                body_id UUID NOT NULL,
                cluster TEXT,
                date TEXT NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT,
                has_decision BOOLEAN NOT NULL,
                decision_is_public BOOLEAN NOT NULL,
                public_vector TSVECTOR NOT NULL,
                full_vector TSVECTOR NOT NULL
            )
            """).run()
        try await sql.raw("CREATE INDEX search_entries_meeting_id_idx ON search_entries (meeting_id)").run()
        try await sql.raw("CREATE INDEX search_entries_public_vector_idx ON search_entries USING GIN (public_vector)").run()
        try await sql.raw("CREATE INDEX search_entries_full_vector_idx ON search_entries USING GIN (full_vector)").run()
    }

    static func dropTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS search_entries").run()
    }

    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws {
        for batch in meetings.chunked(1000) {
            try await sql.raw("DELETE FROM search_entries WHERE meeting_id IN (\(binds: Array(batch)))").run()
        }
        // 11 values a row: well inside PostgreSQL's 65,535 parameters a statement.
        for batch in entries.chunked(1000) {
            let rows = batch.map { entry -> SQLExpression in
                SQLQueryString("""
                    (\(bind: entry.itemID), \(bind: entry.meetingID), \(bind: entry.bodyID), \(bind: entry.cluster), \
                    \(bind: entry.date), \(bind: entry.position), \(bind: entry.kind?.rawValue), \(bind: entry.hasDecision), \
                    \(bind: entry.decisionIsPublic), to_tsvector('danish', \(bind: entry.publicText.formText)), \
                    to_tsvector('danish', \(bind: entry.fullText.formText)))
                    """)
            }
            try await sql.raw("""
                INSERT INTO search_entries (item_id, meeting_id, body_id, cluster, date, position, kind, has_decision,
                                            decision_is_public, public_vector, full_vector)
                VALUES \(SQLList(rows))
                """).run()
        }
    }

    func removeAll(on sql: any SQLDatabase) async throws {
        try await sql.raw("TRUNCATE search_entries").run()
    }

    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits {
        let query: SQLQueryString = "to_tsquery('danish', \(bind: request.query.tsquery))"
        let match: SQLQueryString
        let vector: SQLQueryString
        var members: Set<UUID> = []
        switch request.membersOf {
        case nil:
            match = "e.full_vector @@ q.query"
            vector = "e.full_vector"
        case let bodies? where bodies.isEmpty:
            match = "e.public_vector @@ q.query"
            vector = "e.public_vector"
        case let bodies?:
            members = bodies
            let own: SQLQueryString = "e.body_id IN (\(binds: Array(bodies)))"
            match = "(e.public_vector @@ q.query OR (\(own) AND e.full_vector @@ q.query))"
            vector = "CASE WHEN \(own) THEN e.full_vector ELSE e.public_vector END"
        }
        let filters = SearchFilters(request: request, members: members).sql
        let order: SQLQueryString = switch request.order {
        case .relevance: "ts_rank(\(vector), q.query) DESC, e.date DESC, e.position"
        case .newest: "e.date DESC, e.position"
        case .oldest: "e.date ASC, e.position"
        }
        let from: SQLQueryString = "FROM search_entries e, \(query) AS q(query) WHERE \(match) \(filters)"
        let rows = try await sql.raw("""
            SELECT e.item_id, e.meeting_id \(from) ORDER BY \(order) LIMIT \(bind: request.limit) OFFSET \(bind: request.offset)
            """).all()
        let total = try await sql.raw("SELECT count(*) AS n FROM (SELECT 1 \(from) LIMIT \(bind: SearchHits.countLimit)) AS matches")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        return SearchHits(hits: try rows.map(SearchHits.Hit.init(row:)), total: total)
    }
}
