import Foundation
import SamspilCore
import SQLKit

/// The index on SQLite: `search_entries` holds each item's facts for filters and sorting, and the FTS5
/// table `search_text` (contentless: the texts are in their own tables already) holds its stems in three
/// columns: what the public may find, everything, and the body as a term (`b` and its id in hex), so
/// that one MATCH expression says "the public text of any item, or the full text of this member's
/// bodies' items" and bm25 ranks both alike.
struct SQLiteSearch: SearchBackend {
    static func createTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            CREATE TABLE search_entries (
                doc_id INTEGER PRIMARY KEY,
                item_id BLOB NOT NULL UNIQUE,
                meeting_id BLOB NOT NULL,
                body_id BLOB NOT NULL,
                cluster TEXT,
                date TEXT NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT,
                has_decision INTEGER NOT NULL,
                decision_is_public INTEGER NOT NULL
            )
            """).run()
        try await sql.raw("CREATE INDEX search_entries_meeting_id_idx ON search_entries (meeting_id)").run()
        // Stems are letters and digits (see SearchTerm): unicode61 keeps each whole and leaves æ, ø, å be.
        try await sql.raw("""
            CREATE VIRTUAL TABLE search_text USING fts5(
                public_text, full_text, audience,
                content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
            )
            """).run()
        // Ranked by bm25 over the two texts; the audience column only filters.
        try await sql.raw("INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(1.0, 1.0, 0.0)')").run()
    }

    static func dropTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS search_text").run()
        try await sql.raw("DROP TABLE IF EXISTS search_entries").run()
    }

    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws {
        for batch in meetings.chunked(400) {
            try await sql.raw("""
                DELETE FROM search_text WHERE rowid IN (SELECT doc_id FROM search_entries WHERE meeting_id IN (\(binds: Array(batch))))
                """).run()
            try await sql.raw("DELETE FROM search_entries WHERE meeting_id IN (\(binds: Array(batch)))").run()
        }
        // 9 values a row: well inside SQLite's 32,766 parameters a statement.
        for batch in entries.chunked(1000) {
            let rows = batch.map { entry -> SQLExpression in
                SQLGroupExpression([
                    SQLBind(entry.itemID), SQLBind(entry.meetingID), SQLBind(entry.bodyID), SQLBind(entry.cluster),
                    SQLBind(entry.date), SQLBind(entry.position), SQLBind(entry.kind?.rawValue),
                    SQLBind(entry.hasDecision), SQLBind(entry.decisionIsPublic),
                ] as [any SQLExpression])
            }
            let ids = try await sql.raw("""
                INSERT INTO search_entries (item_id, meeting_id, body_id, cluster, date, position, kind, has_decision, decision_is_public)
                VALUES \(SQLList(rows)) RETURNING doc_id, item_id
                """).all()
            var docIDs: [UUID: Int] = [:]
            for row in ids { docIDs[try row.decode(column: "item_id", as: UUID.self)] = try row.decode(column: "doc_id", as: Int.self) }
            let texts = batch.compactMap { entry -> SQLExpression? in
                guard let docID = docIDs[entry.itemID] else { return nil }
                return SQLGroupExpression([
                    SQLBind(docID), SQLBind(entry.publicText.stemText), SQLBind(entry.fullText.stemText),
                    SQLBind(Self.audience(entry.bodyID)),
                ] as [any SQLExpression])
            }
            try await sql.raw("INSERT INTO search_text (rowid, public_text, full_text, audience) VALUES \(SQLList(texts))").run()
        }
    }

    func removeAll(on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO search_text (search_text) VALUES ('delete-all')").run()
        try await sql.raw("DELETE FROM search_entries").run()
    }

    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits {
        let terms = "(\(request.query.fts5))"
        let match: String
        var members: Set<UUID> = []
        switch request.membersOf {
        case nil:
            match = "{full_text} : \(terms)"
        case let bodies? where bodies.isEmpty:
            match = "{public_text} : \(terms)"
        case let bodies?:
            members = bodies
            let audience = bodies.sorted { $0.uuidString < $1.uuidString }.map { "\"\(Self.audience($0))\"" }.joined(separator: " OR ")
            match = "{public_text} : \(terms) OR ({full_text} : \(terms) AND {audience} : (\(audience)))"
        }
        let filters = SearchFilters(request: request, members: members)
        let rows: [any SQLRow]
        let total: Int
        if filters.isEmpty, request.order == .relevance {
            // Nothing to filter: FTS5 ranks inside the index (`ORDER BY rank LIMIT`) and only the page's
            // hits are looked up; a common word matches a large part of a million items.
            rows = try await sql.raw("""
                SELECT e.item_id, e.meeting_id FROM (
                    SELECT rowid AS doc_id, rank FROM search_text WHERE search_text MATCH \(bind: match)
                    ORDER BY rank, rowid LIMIT \(bind: request.limit) OFFSET \(bind: request.offset)
                ) AS hit JOIN search_entries e ON e.doc_id = hit.doc_id
                ORDER BY hit.rank, hit.doc_id
                """).all()
            total = try await sql.raw("""
                SELECT count(*) AS n FROM (SELECT 1 FROM search_text WHERE search_text MATCH \(bind: match) LIMIT \(bind: SearchHits.countLimit))
                """).first()?.decode(column: "n", as: Int.self) ?? 0
        } else {
            let from: SQLQueryString = """
                FROM search_text JOIN search_entries e ON e.doc_id = search_text.rowid
                WHERE search_text MATCH \(bind: match) \(filters.sql)
                """
            rows = try await sql.raw("""
                SELECT e.item_id, e.meeting_id \(from) ORDER BY \(unsafeRaw: Self.order(request.order))
                LIMIT \(bind: request.limit) OFFSET \(bind: request.offset)
                """).all()
            total = try await sql.raw("SELECT count(*) AS n FROM (SELECT 1 \(from) LIMIT \(bind: SearchHits.countLimit))")
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return SearchHits(hits: try rows.map(SearchHits.Hit.init(row:)), total: total)
    }

    /// The ORDER BY of `order`; the items of one meeting keep their agenda order.
    static func order(_ order: SearchRequest.Order) -> String {
        switch order {
        case .relevance: "search_text.rank, e.date DESC, e.position"
        case .newest: "e.date DESC, e.position"
        case .oldest: "e.date ASC, e.position"
        }
    }

    /// The term that names an item's body in the `audience` column.
    static func audience(_ bodyID: UUID) -> String {
        "b" + bodyID.uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }
}

/// The filters of a request as SQL over the entries table `e`, the same on both databases.
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
        if let from = request.from { conditions.append("e.date >= \(bind: from.iso)") }
        if let to = request.to { conditions.append("e.date <= \(bind: to.iso)") }
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

extension Array {
    /// The elements in consecutive slices of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
