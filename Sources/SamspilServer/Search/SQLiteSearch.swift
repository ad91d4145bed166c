import Foundation
import SamspilCore
import SQLKit

/// The index on SQLite: an FTS5 table `search_text` over stems, whose row ids are the items' numbers in
/// newest-first order (`SearchDocumentNumbers`), and `search_entries`, which turns a number into the item.
///
/// Every question a search asks is one FTS5 expression read in row-id order, so a page costs the same
/// however many items match: the text (`title`, the rest of the public `text`, and `restricted`, which
/// holds the whole text of an item only where members read more than the public), and the filters as
/// terms of the `facets` column (the body, the cluster, the kind, whether there is a decision and
/// whether the public may read it). Relevance puts the items whose title matches first; each group
/// newest first. (FTS5's bm25 reads every row of every query word to weigh it: over a million items,
/// hundreds of milliseconds for a common word.)
///
/// The table is contentless (the texts are in their own tables), tokenised by FTS5's `ascii` tokeniser:
/// stems are letters and digits already (see `SearchTerm`), and it reads them several times faster than
/// `unicode61`. `search_terms` lists every stem indexed, so a prefix word is written out as the stems
/// that start with it (see `SearchQuery.fts5(expansion:)`).
struct SQLiteSearch: SearchBackend {
    static let terms = IndexedText.Kept.stems

    /// SQLite's largest map on a 64-bit system (`SQLITE_MAX_MMAP_SIZE`): a million items' index is about 2.5 GB.
    static let memoryMapBytes = 0x7FFF_0000

    static func createTables(on sql: any SQLDatabase) async throws {
        try await createEntries(on: sql)
        try await indexEntries(on: sql)
        try await sql.raw("""
            CREATE VIRTUAL TABLE search_text USING fts5(
                title, text, restricted, facets, content='', contentless_delete=1, tokenize='ascii'
            )
            """).run()
        // The public titles again, with the facets: the first group of relevance reads them alone, rather
        // than every row of its words in `search_text` to see which have them in the title. A public
        // title is visible to every viewer, so a match here needs no check against `search_text`.
        try await sql.raw("""
            CREATE VIRTUAL TABLE search_titles USING fts5(title, facets, content='', contentless_delete=1, tokenize='ascii')
            """).run()
        for table in ["search_text", "search_titles"] {
            // FTS5 collects new terms in memory and writes them out as a segment when a transaction ends
            // or this much is collected (default 1 MB), and merges segments 16 at a time rather than 4: a
            // rebuild writes fewer segments and merges them less often.
            try await sql.raw("INSERT INTO \(ident: table) (\(ident: table), rank) VALUES ('hashsize', 67108864)").run()
            try await sql.raw("INSERT INTO \(ident: table) (\(ident: table), rank) VALUES ('automerge', 16)").run()
        }
        try await sql.raw("CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID").run()
    }

    private static func createEntries(on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            CREATE TABLE search_entries (
                doc_id INTEGER PRIMARY KEY,
                item_id BLOB NOT NULL,
                meeting_id BLOB NOT NULL
            )
            """).run()
    }

    /// A rebuild makes these after writing every entry: sorting a million ids once costs less than
    /// putting each in its place as it comes.
    private static func indexEntries(on sql: any SQLDatabase) async throws {
        try await sql.raw("CREATE UNIQUE INDEX search_entries_item_id_idx ON search_entries (item_id)").run()
        try await sql.raw("CREATE INDEX search_entries_meeting_id_idx ON search_entries (meeting_id)").run()
    }

    static func dropTables(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS search_terms").run()
        try await sql.raw("DROP TABLE IF EXISTS search_titles").run()
        try await sql.raw("DROP TABLE IF EXISTS search_text").run()
        try await sql.raw("DROP TABLE IF EXISTS search_entries").run()
    }

    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws {
        for batch in meetings.chunked(400) {
            for table in ["search_text", "search_titles"] {
                try await sql.raw("""
                    DELETE FROM \(ident: table) WHERE rowid IN (SELECT doc_id FROM search_entries WHERE meeting_id IN (\(binds: Array(batch))))
                    """).run()
            }
            try await sql.raw("DELETE FROM search_entries WHERE meeting_id IN (\(binds: Array(batch)))").run()
        }
        try await write(prepare(try await SearchDocumentNumbers.assign(entries, on: sql)), on: sql)
        // New stems for the prefix expansion (a rebuild lists them all at its end, see `finishRebuild`).
        var stems = Set<String>()
        for entry in entries { stems.formUnion(entry.fullText.allStems) }
        for batch in Array(stems).chunked(5000) {
            try await sql.raw("INSERT OR IGNORE INTO search_terms (term) VALUES \(SQLList(batch.map { SQLGroupExpression(SQLBind($0)) }))").run()
        }
    }

    /// A batch as two arrays (`JSONBRows`), each sent as one value: FTS5 writes out what it has collected
    /// at the start of every statement of several rows, and binding each value on its own costs more
    /// than FTS5's work.
    struct Batch: Sendable {
        /// `[[number, item id, meeting id, title, text, restricted, facets], …]`
        let entries: Data
        /// `[[number, title, facets], …]` of the entries with a public title.
        let titles: Data
    }

    func prepare(_ entries: [SearchDocumentNumbers.Numbered]) -> Batch {
        var facetTerms = Facets()
        var rows = JSONBRows(), titles = JSONBRows()
        for (number, entry) in entries {
            let title = entry.publicTitle.stemText, facets = facetTerms.of(entry)
            rows.append(number, [entry.itemID.storedText, entry.meetingID.storedText, title, entry.publicText.stemText,
                                 entry.fullTextIsPublic ? "" : entry.fullText.stemText, facets])
            if !title.isEmpty { titles.append(number, [title, facets]) }
        }
        return Batch(entries: rows.blob, titles: titles.blob)
    }

    func write(_ batch: Batch, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO search_entries (doc_id, item_id, meeting_id)
            SELECT value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(\(bind: batch.entries))
            """).run()
        // In the numbers' ascending order: FTS5 writes what it has collected to disk whenever a row id is
        // lower than the one before.
        try await sql.raw("""
            INSERT INTO search_text (rowid, title, text, restricted, facets)
            SELECT value ->> 0, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM jsonb_each(\(bind: batch.entries))
            """).run()
        try await sql.raw("""
            INSERT INTO search_titles (rowid, title, facets) SELECT value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(\(bind: batch.titles))
            """).run()
    }

    /// Empties the index (the entries by making their table anew, without its indexes until
    /// `finishRebuild`), and gives the connection a page cache the size of the index being written:
    /// SQLite's default is 2 MB, and a page that does not fit is written to the log and read back from it.
    func startRebuild(on sql: any SQLDatabase) async throws {
        try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.rebuildCacheKiB))").run()
        try await sql.raw("INSERT INTO search_text (search_text) VALUES ('delete-all')").run()
        try await sql.raw("INSERT INTO search_titles (search_titles) VALUES ('delete-all')").run()
        try await sql.raw("DROP TABLE search_entries").run()
        try await Self.createEntries(on: sql)
        try await sql.raw("DELETE FROM search_terms").run()
    }

    /// A connection of its own reads (`SQLiteReadConnection`) if the file has the write-ahead log.
    func withReader<Result>(beside sql: any SQLDatabase, _ body: (any SQLDatabase) async throws -> Result) async throws -> Result {
        guard let reader = try await SQLiteReadConnection.open(beside: sql) else { return try await body(sql) }
        do {
            let result = try await body(reader)
            try await reader.close()
            return result
        } catch {
            try? await reader.close()
            throw error
        }
    }

    /// The page caches of a rebuild and of SQLite's default, in KiB (`finishRebuild` sets the default
    /// back, so that the pooled connection serves searches with it).
    static let rebuildCacheKiB = 262_144
    static let defaultCacheKiB = 2000

    /// Indexes the entries, and lists the stems of the new index for the prefix expansion from FTS5's own
    /// list of its terms (faster than collecting them while indexing).
    func finishRebuild(on sql: any SQLDatabase) async throws {
        try await Self.indexEntries(on: sql)
        try await sql.raw("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_text, row)").run()
        try await sql.raw("INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.search_vocabulary").run()
        try await sql.raw("DROP TABLE temp.search_vocabulary").run()
        try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.defaultCacheKiB))").run()
    }

    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits {
        // Reads the file through a memory map rather than a system call a page: a search of a common word
        // reads thousands of index pages. Per connection, so set on the one at hand (FluentSQLiteDriver has
        // no hook when it opens one); SQLite does nothing when the size is already this.
        try await sql.raw("PRAGMA mmap_size = \(unsafeRaw: String(Self.memoryMapBytes))").run()
        let expansions = try await self.expansions(of: request.query, on: sql)
        let terms = request.query.fts5 { expansions[$0] ?? nil }
        let expression = SearchExpression(request: request, terms: terms)
        let period = request.period.map { range -> SQLQueryString in
            "AND rowid BETWEEN \(bind: range.lower) AND \(bind: range.upper)"
        } ?? ""
        func numbers(_ match: String, in table: String = "search_text", order: String = "rowid DESC",
                     limit: Int, offset: Int) async throws -> [Int] {
            guard limit > 0 else { return [] }
            return try await PlainRows(sql: sql).all("""
                SELECT rowid AS doc_id FROM \(ident: table) WHERE \(ident: table) MATCH \(bind: match) \(period)
                ORDER BY \(unsafeRaw: order) LIMIT \(bind: limit) OFFSET \(bind: offset)
                """).map { try $0.int("doc_id") }
        }
        func count(_ match: String, in table: String = "search_text", upTo limit: Int) async throws -> Int {
            try await PlainRows(sql: sql).all("""
                SELECT count(*) AS n FROM (SELECT 1 FROM \(ident: table) WHERE \(ident: table) MATCH \(bind: match) \(period) LIMIT \(bind: limit))
                """).first?.int("n") ?? 0
        }

        var found: [Int]
        switch request.order {
        case .relevance:
            found = try await relevancePage(
                limit: request.limit, offset: request.offset,
                titles: { try await numbers(expression.titleMatches, in: "search_titles", limit: $0, offset: $1) },
                countTitles: { try await count(expression.titleMatches, in: "search_titles", upTo: $0) },
                others: { try await numbers(expression.otherMatches, limit: $0, offset: $1) })
        case .newest:
            found = try await numbers(expression.matches, limit: request.limit, offset: request.offset)
        case .oldest:
            // Days and meetings oldest first, each agenda from the top: every match is sorted.
            found = try await numbers(expression.matches, order: "rowid / \(SearchDocumentNumbers.itemsPerMeeting), rowid DESC",
                                      limit: request.limit, offset: request.offset)
        }
        let total = try await count(expression.matches, upTo: SearchHits.countLimit)
        return SearchHits(hits: try await hits(found, on: sql), total: total)
    }

    /// The items of `numbers`, in their order.
    private func hits(_ numbers: [Int], on sql: any SQLDatabase) async throws -> [SearchHits.Hit] {
        guard !numbers.isEmpty else { return [] }
        var hits: [Int: SearchHits.Hit] = [:]
        for row in try await PlainRows(sql: sql).all("SELECT doc_id, item_id, meeting_id FROM search_entries WHERE doc_id IN (\(binds: numbers))") {
            hits[try row.int("doc_id")] = SearchHits.Hit(itemID: try row.uuid("item_id"), meetingID: try row.uuid("meeting_id"))
        }
        return numbers.compactMap { hits[$0] }
    }

    /// The indexed stems each prefix word of `query` stands for; nil for a word that starts so many
    /// that FTS5's own prefix query is the better way.
    private func expansions(of query: SearchQuery, on sql: any SQLDatabase) async throws -> [SearchTerm: [String]?] {
        var expansions: [SearchTerm: [String]?] = [:]
        for term in query.prefixTerms {
            let stems = try await PlainRows(sql: sql).all("""
                SELECT term FROM search_terms WHERE term >= \(bind: term.stem) AND term < \(bind: term.stem + "\u{10FFFF}")
                ORDER BY term LIMIT \(bind: Self.maximumExpansion + 1)
                """).map { try $0.string("term") }
            expansions[term] = stems.count > Self.maximumExpansion ? .some(nil) : stems
        }
        return expansions
    }

    static let maximumExpansion = 64

    /// The `facets` column's terms of entries: what the filters ask for, as words no text holds. A body's
    /// (and its cluster's) are written once.
    struct Facets {
        private var ofBody: [UUID: String] = [:]

        mutating func of(_ entry: SearchEntry) -> String {
            var facets: String
            if let known = ofBody[entry.bodyID] {
                facets = known
            } else {
                facets = SQLiteSearch.body(entry.bodyID) + (entry.cluster.map { " " + SQLiteSearch.cluster($0) } ?? "")
                ofBody[entry.bodyID] = facets
            }
            if let kind = entry.kind { facets += " " + SQLiteSearch.kind(kind) }
            if entry.hasDecision { facets += " " + Facet.decision }
            if entry.decisionIsPublic { facets += " " + Facet.publicDecision }
            return facets
        }
    }

    /// `b` and the id's 32 hexadecimal digits, written byte by byte: every entry and search needs it.
    static func body(_ id: UUID) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var token: [UInt8] = [UInt8(ascii: "b")]
        token.reserveCapacity(33)
        withUnsafeBytes(of: id.uuid) { bytes in
            for byte in bytes { token += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        }
        return String(decoding: token, as: UTF8.self)
    }

    static func cluster(_ name: String) -> String {
        "c" + name.utf8.map { String($0, radix: 16) }.joined()
    }

    static func kind(_ kind: AgendaItemKind) -> String {
        "k" + kind.rawValue.lowercased()
    }

    enum Facet {
        static let decision = "dall"
        static let publicDecision = "dpublic"
    }
}

/// A request as FTS5 expressions: the texts the viewer may search, and the filters.
struct SearchExpression {
    /// Every item that matches.
    let matches: String
    /// The items whose public title matches (in `search_titles`), and the others (in `search_text`).
    let titleMatches: String
    let otherMatches: String

    init(request: SearchRequest, terms: String) {
        typealias S = SQLiteSearch
        let texts: String
        var conditions: [String] = []
        func anyBody(_ ids: some Collection<UUID>) -> String {
            "{facets} : (" + ids.map(S.body).sorted().joined(separator: " OR ") + ")"
        }
        switch request.membersOf {
        case nil:
            texts = "{title text restricted} : (\(terms))"
            if request.onlyDecisions { conditions.append("{facets} : \(S.Facet.decision)") }
        case let bodies? where bodies.isEmpty:
            texts = "{title text} : (\(terms))"
            if request.onlyDecisions { conditions.append("{facets} : \(S.Facet.publicDecision)") }
        case let bodies?:
            texts = "({title text} : (\(terms))) OR ({restricted} : (\(terms)) AND \(anyBody(bodies)))"
            if request.onlyDecisions {
                conditions.append("({facets} : \(S.Facet.publicDecision) OR ({facets} : \(S.Facet.decision) AND \(anyBody(bodies))))")
            }
        }
        if !request.bodyIDs.isEmpty { conditions.append(anyBody(request.bodyIDs)) }
        if let cluster = request.cluster { conditions.append("{facets} : \(S.cluster(cluster))") }
        if let kind = request.kind { conditions.append("{facets} : \(S.kind(kind))") }
        matches = (["(\(texts))"] + conditions).joined(separator: " AND ")
        titleMatches = (["{title} : (\(terms))"] + conditions).joined(separator: " AND ")
        otherMatches = "(\(matches)) NOT {title} : (\(terms))"
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// Rows for FTS5 as one array of arrays in SQLite's binary JSON (JSONB, https://sqlite.org/jsonb.html),
/// `[[number, "text", …], …]`, which `jsonb_each` reads without parsing text: a million rows pass
/// through here, and parsing them as JSON text took SQLite a fifth of its time in a rebuild.
struct JSONBRows {
    /// The element types of JSONB used here: an integer as its decimal digits, and text as it is (raw
    /// UTF-8, which SQLite escapes should it ever write it as JSON).
    private enum ElementType: UInt8 {
        case integer = 3
        case rawText = 10
        case array = 11
    }

    private var rows: [UInt8] = []
    private var row: [UInt8] = []

    /// The array of the rows, to bind as a blob.
    var blob: Data {
        var array: [UInt8] = []
        array.reserveCapacity(rows.count + 9)
        Self.appendHeader(.array, size: rows.count, to: &array)
        array += rows
        return Data(array)
    }

    mutating func append(_ number: Int, _ texts: [String]) {
        row.removeAll(keepingCapacity: true)
        let digits = String(number).utf8
        Self.appendHeader(.integer, size: digits.count, to: &row)
        row += digits
        for var text in texts {
            text.withUTF8 { text in
                Self.appendHeader(.rawText, size: text.count, to: &row)
                row += text
            }
        }
        Self.appendHeader(.array, size: row.count, to: &rows)
        rows += row
    }

    /// An element's header: its type in the low four bits, its size in the high four if it is at most
    /// 11, else in the 1, 2, 4 or 8 big-endian bytes that follow (12 to 15 in the high bits say which).
    private static func appendHeader(_ type: ElementType, size: Int, to bytes: inout [UInt8]) {
        let (sizeCode, sizeBytes) = switch size {
        case ...11: (size, 0)
        case ...0xFF: (12, 1)
        case ...0xFFFF: (13, 2)
        case ...0xFFFF_FFFF: (14, 4)
        default: (15, 8)
        }
        bytes.append(UInt8(sizeCode << 4) | type.rawValue)
        for shift in stride(from: (sizeBytes - 1) * 8, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: size >> shift))
        }
    }
}
