import Foundation
import SamspilCore
import SQLKit

/// The index on PostgreSQL: each item's facts with `tsvector`s made by the built-in `danish`
/// configuration from the item's words (`IndexedText.formText`: PostgreSQL stems them with the same
/// Snowball algorithm as `DanishStemmer`): the public title, what the public may find and everything,
/// each with a GIN index. Items are numbered and ordered as on SQLite (`SearchDocumentNumbers`),
/// and relevance is the same: title matches first, each group newest first.
struct PostgresSearch: SearchBackend {
    static let terms = IndexedText.Kept.forms

    static func createTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            CREATE TABLE search_entries (
                doc_id BIGINT PRIMARY KEY,
                item_id UUID NOT NULL UNIQUE,
                meeting_id UUID NOT NULL,
                body_id UUID NOT NULL,
                cluster TEXT,
                kind TEXT,
                has_decision BOOLEAN NOT NULL,
                decision_is_public BOOLEAN NOT NULL,
                title_vector TSVECTOR NOT NULL,
                public_vector TSVECTOR NOT NULL,
                full_vector TSVECTOR NOT NULL
            )
            """).run()
        try await sql.raw("CREATE INDEX search_entries_meeting_id_idx ON search_entries (meeting_id)").run()
        try await sql.raw("CREATE INDEX search_entries_public_vector_idx ON search_entries USING GIN (public_vector)").run()
        try await sql.raw("CREATE INDEX search_entries_full_vector_idx ON search_entries USING GIN (full_vector)").run()
        try await sql.raw("CREATE INDEX search_entries_title_vector_idx ON search_entries USING GIN (title_vector)").run()
    }

    static func dropTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS search_entries").run()
    }

    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws {
        for batch in meetings.chunked(1000) {
            try await sql.raw("DELETE FROM search_entries WHERE meeting_id IN (\(binds: Array(batch)))").run()
        }
        try await write(prepare(try await SearchDocumentNumbers.assign(entries, on: sql)), on: sql)
    }

    func prepare(_ entries: [SearchDocumentNumbers.Numbered]) -> [SearchDocumentNumbers.Numbered] {
        entries
    }

    func write(_ entries: [SearchDocumentNumbers.Numbered], on sql: any SQLDatabase) async throws {
        // 12 values a row: well inside PostgreSQL's 65,535 parameters a statement.
        for batch in entries.chunked(1000) {
            let rows = batch.map { number, entry -> SQLExpression in
                SQLQueryString("""
                    (\(bind: number), \(bind: entry.itemID), \(bind: entry.meetingID), \(bind: entry.bodyID), \(bind: entry.cluster), \
                    \(bind: entry.kind?.rawValue), \(bind: entry.hasDecision), \(bind: entry.decisionIsPublic), \
                    to_tsvector('danish', \(bind: entry.publicTitle.formText)), \
                    to_tsvector('danish', \(bind: entry.publicTitle.formText + " " + entry.publicText.formText)), \
                    to_tsvector('danish', \(bind: entry.fullText.formText)))
                    """)
            }
            try await sql.raw("""
                INSERT INTO search_entries (doc_id, item_id, meeting_id, body_id, cluster, kind, has_decision,
                                            decision_is_public, title_vector, public_vector, full_vector)
                VALUES \(SQLList(rows))
                """).run()
        }
    }

    /// The transaction's connection reads as well: a second would need this transaction's snapshot to read
    /// the meetings as it sees them.
    func withReader<Result>(beside sql: any SQLDatabase, _ body: (any SQLDatabase) async throws -> Result) async throws -> Result {
        try await body(sql)
    }

    func startRebuild(on sql: any SQLDatabase) async throws {
        try await sql.raw("TRUNCATE search_entries").run()
    }

    /// Statistics for the planner, which would otherwise plan for the empty table it last saw.
    func finishRebuild(on sql: any SQLDatabase) async throws {
        try await sql.raw("ANALYZE search_entries").run()
    }

    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits {
        let query: SQLQueryString = "to_tsquery('danish', \(bind: request.query.tsquery))"
        let match: SQLQueryString
        var members: Set<UUID> = []
        switch request.membersOf {
        case nil:
            match = "e.full_vector @@ q.query"
        case let bodies? where bodies.isEmpty:
            match = "e.public_vector @@ q.query"
        case let bodies?:
            members = bodies
            match = "(e.public_vector @@ q.query OR (e.body_id IN (\(binds: Array(bodies))) AND e.full_vector @@ q.query))"
        }
        let filters = SearchFilters(request: request, members: members).sql
        /// A page of hits of `condition`, in `order`.
        func page(_ condition: SQLQueryString, order: SQLQueryString = "e.doc_id DESC", limit: Int, offset: Int) async throws -> [any SQLRow] {
            try await sql.raw("""
                SELECT e.item_id, e.meeting_id FROM search_entries e, \(query) AS q(query) WHERE \(condition) \(filters)
                ORDER BY \(order) LIMIT \(bind: limit) OFFSET \(bind: offset)
                """).all()
        }
        func count(_ condition: SQLQueryString, upTo limit: Int) async throws -> Int {
            try await sql.raw("""
                SELECT count(*) AS n FROM (SELECT 1 FROM search_entries e, \(query) AS q(query) WHERE \(condition) \(filters) LIMIT \(bind: limit)) AS matches
                """).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        // A public title is visible to every viewer: a title match needs no check of the texts.
        let titleMatch: SQLQueryString = "e.title_vector @@ q.query"
        let rows: [any SQLRow] = switch request.order {
        case .relevance:
            try await relevancePage(
                limit: request.limit, offset: request.offset,
                titles: { try await page(titleMatch, limit: $0, offset: $1) },
                countTitles: { try await count(titleMatch, upTo: $0) },
                others: { try await page("\(match) AND NOT \(titleMatch)", limit: $0, offset: $1) })
        case .newest:
            try await page(match, limit: request.limit, offset: request.offset)
        case .oldest:
            try await page(match, order: "e.doc_id / \(unsafeRaw: String(SearchDocumentNumbers.itemsPerMeeting)), e.doc_id DESC",
                           limit: request.limit, offset: request.offset)
        }
        let total = try await count(match, upTo: SearchHits.countLimit)
        return SearchHits(hits: try rows.map(SearchHits.Hit.init(row:)), total: total)
    }
}

/// The filters of a request as SQL over the entries table `e`, for PostgreSQL.
struct SearchFilters {
    let request: SearchRequest
    /// The bodies whose unpublished decisions the viewer may read.
    let members: Set<UUID>

    var isEmpty: Bool { conditions.isEmpty }

    /// The conditions, each after AND.
    var sql: SQLQueryString { conditions.reduce("") { $0 + " AND " + $1 } }

    private var conditions: [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if !request.bodyIDs.isEmpty { conditions.append("e.body_id IN (\(binds: Array(request.bodyIDs)))") }
        if let cluster = request.cluster { conditions.append("e.cluster = \(bind: cluster)") }
        if let period = request.period {
            conditions.append("e.doc_id BETWEEN \(bind: period.lower) AND \(bind: period.upper)")
        }
        if let kind = request.kind { conditions.append("e.kind = \(bind: kind.rawValue)") }
        if request.onlyDecisions {
            if request.membersOf == nil {
                conditions.append("e.has_decision = \(bind: true)")
            } else if members.isEmpty {
                conditions.append("e.decision_is_public = \(bind: true)")
            } else {
                conditions.append("(e.decision_is_public = \(bind: true) OR (e.has_decision = \(bind: true) AND e.body_id IN (\(binds: Array(members)))))")
            }
        }
        return conditions
    }
}

extension SearchHits.Hit {
    init(row: any SQLRow) throws {
        itemID = try row.decode(column: "item_id", as: UUID.self)
        meetingID = try row.decode(column: "meeting_id", as: UUID.self)
    }
}
