import Fluent
import Foundation
import SamspilCore
import SQLKit

/// The search index over agenda items: one interface, two implementations (SQLite FTS5 over stems,
/// PostgreSQL `tsvector` with its `danish` configuration), chosen by the database in use.
///
/// The index holds, per item, what the public may find and what only the body's members may find, so
/// a search never needs to read an item to know whether the viewer may see it.
protocol SearchBackend: Sendable {
    /// Numbered entries in the form `write` sends them to the database.
    associatedtype Batch: Sendable

    /// Replaces the entries of `meetings` with `entries` (which belong to them).
    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws
    /// Makes a batch of entries ready to write, without the database: a rebuild does this on another
    /// core while the database writes the batch before.
    func prepare(_ entries: [SearchDocumentNumbers.Numbered]) -> Batch
    /// Adds a batch of entries not indexed yet.
    func write(_ batch: Batch, on sql: any SQLDatabase) async throws
    /// Empties the index for a rebuild, and readies the connection for it.
    func startRebuild(on sql: any SQLDatabase) async throws
    /// Work left after a rebuild's last batch.
    func finishRebuild(on sql: any SQLDatabase) async throws
    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits
}

/// One agenda item as the index holds it.
struct SearchEntry: Sendable {
    let itemID: UUID
    let meetingID: UUID
    let bodyID: UUID
    let cluster: String?
    /// The meeting's date.
    let date: CalendarDay
    /// The item's number, for sorting the items of a meeting.
    let position: Int
    let kind: AgendaItemKind?
    /// Whether the item has a decision, and whether the public may read it (approved minutes).
    let hasDecision: Bool
    let decisionIsPublic: Bool
    /// The title, presenter and case number, when the public may read them: a match here ranks first.
    let publicTitle: IndexedText
    /// The rest of what anybody may find: nothing before the agenda is published.
    let publicText: IndexedText
    /// Everything the body's members (and administrators) may find: the public text and besides it
    /// decisions of minutes not yet approved, attachments not offered to the public, items of an agenda
    /// not yet published, contact details.
    let fullText: IndexedText
    /// Whether the full text is the public title and text, as it is for most items of the archive: the
    /// index then holds the text once.
    let fullTextIsPublic: Bool
}

/// A page in relevance order, the same on both databases: the items whose public title matches first,
/// then the others, each group newest first. `titles` and `others` read a page of their group (limit,
/// offset); `countTitles` counts the title matches up to a number.
func relevancePage<Hit>(limit: Int, offset: Int,
                        titles: (Int, Int) async throws -> [Hit],
                        countTitles: (Int) async throws -> Int,
                        others: (Int, Int) async throws -> [Hit]) async throws -> [Hit] {
    var found = limit > 0 ? try await titles(limit, offset) : []
    // The page runs past the title matches into the others: how many title matches it skips.
    let skipped = found.isEmpty && offset > 0 ? try await countTitles(offset) : offset + found.count
    if found.count < limit { found += try await others(limit - found.count, max(0, offset - skipped)) }
    return found
}

/// A search as a viewer asks it.
struct SearchRequest: Sendable {
    enum Order: String, Sendable, CaseIterable {
        case relevance
        case newest
        case oldest
    }

    var query: SearchQuery
    /// nil: the viewer reads everything (an administrator); otherwise the bodies whose unpublished texts
    /// the viewer may read (member or secretary), possibly none.
    var membersOf: Set<UUID>?
    var bodyIDs: Set<UUID> = []
    var cluster: String?
    var from: CalendarDay?
    var to: CalendarDay?
    var kind: AgendaItemKind?
    var onlyDecisions = false
    var order: Order = .relevance
    var offset = 0
    var limit = 20

    /// The numbers of the items in the period asked for (see `SearchDocumentNumbers`); nil for any time.
    var period: (lower: Int, upper: Int)? {
        from == nil && to == nil ? nil : SearchDocumentNumbers.range(from: from, to: to)
    }

    init(query: SearchQuery, viewer: Viewer) {
        self.query = query
        membersOf = viewer.isAdministrator ? nil : Set(viewer.roles.keys)
    }
}

struct SearchHits: Sendable {
    struct Hit: Sendable, Equatable {
        let itemID: UUID
        let meetingID: UUID
    }

    let hits: [Hit]
    /// How many items match, counted up to `SearchHits.countLimit`.
    let total: Int

    var isTotalCapped: Bool { total >= Self.countLimit }

    /// Counting every match of a common word over a million items costs more than the page it is shown
    /// on; past this many, the page says "more than".
    static let countLimit = 1000
}

/// The index of the database in use.
struct SearchIndex {
    let database: any Database

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            return sql
        }
    }

    var backend: any SearchBackend {
        get throws { Self.backend(for: try sql) }
    }

    static func backend(for sql: any SQLDatabase) -> any SearchBackend {
        sql.dialect.name == "sqlite" ? SQLiteSearch() : PostgresSearch()
    }

    func search(_ request: SearchRequest) async throws -> SearchHits {
        guard !request.query.isEmpty else { return SearchHits(hits: [], total: 0) }
        return try await backend.search(request, on: try sql)
    }

    /// Indexes the meetings anew from what is stored: after every change to them. In a transaction of
    /// its own (or the caller's), so that the meetings' items are never missing from the index.
    func reindex(meetings: [UUID]) async throws {
        guard !meetings.isEmpty else { return }
        let backend = try backend
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            let entries = try await SearchEntries(sql: sql).entries(ofMeetings: meetings)
            try await backend.replace(meetings: meetings, with: entries, on: sql)
        }
    }

    /// Indexes every meeting anew in one transaction, a batch of meetings at a time; `progress` gets the
    /// items done. The database reads batches and writes those made ready while the other cores make the
    /// entries of the batches read (one connection does all the reading and writing: on SQLite a second
    /// would wait for the transaction's). One transaction also lets FTS5 collect many batches before
    /// writing.
    @discardableResult
    func rebuild(progress: (@Sendable (Int) -> Void)? = nil) async throws -> Int {
        let backend = try backend
        return try await rebuild(with: backend, progress: progress)
    }

    private func rebuild<Backend: SearchBackend>(with backend: Backend, progress: (@Sendable (Int) -> Void)?) async throws -> Int {
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            try await backend.startRebuild(on: sql)
            let batches = try await Self.batches(on: sql)
            var items = 0
            var preparing: [Task<(batch: Backend.Batch, items: Int), any Error>] = []
            defer { preparing.forEach { $0.cancel() } }
            func writeFirst() async throws {
                let prepared = try await preparing.removeFirst().value
                try await backend.write(prepared.batch, on: sql)
                items += prepared.items
                progress?(items)
            }
            for batch in batches {
                let stored = try await SearchEntries(sql: sql).read(meetings: batch)
                preparing.append(Task.detached { () throws -> (batch: Backend.Batch, items: Int) in
                    // A batch holds whole days, and the index was emptied: no other batch numbers its days.
                    let entries = stored.entries()
                    return (backend.prepare(try SearchDocumentNumbers.assign(entries, taken: [])), entries.count)
                })
                if preparing.count > Self.batchesPreparedAtOnce { try await writeFirst() }
            }
            while !preparing.isEmpty { try await writeFirst() }
            try await backend.finishRebuild(on: sql)
            return items
        }
    }

    /// How many batches may be in the making while the database reads and writes: one a core, so that
    /// no core idles while there is work, and the database need not wait for a batch. (Making a batch's
    /// entries costs about as much processor time as reading and writing it.)
    static let batchesPreparedAtOnce = ProcessInfo.processInfo.activeProcessorCount

    /// Every meeting in batches of about a thousand, by date (as the items are numbered, see
    /// `SQLiteSearch.write`), each batch of whole days.
    private static func batches(on sql: any SQLDatabase) async throws -> [[UUID]] {
        let meetings = try await PlainRows(sql: sql).all("SELECT id, date FROM \(ident: MeetingModel.schema) ORDER BY date, id")
        return try batches(of: meetings.map { (id: try $0.uuid("id"), date: try $0.string("date")) })
    }

    /// `meetings` (in date order) in batches of at least `size`, the last excepted, each ending with the
    /// last meeting of a day.
    static func batches(of meetings: [(id: UUID, date: String)], size: Int = 1000) -> [[UUID]] {
        var batches: [[UUID]] = []
        var batch: [UUID] = []
        for (index, meeting) in meetings.enumerated() {
            batch.append(meeting.id)
            let dayEnds = index + 1 == meetings.count || meetings[index + 1].date != meeting.date
            if batch.count >= size, dayEnds {
                batches.append(batch)
                batch = []
            }
        }
        if !batch.isEmpty { batches.append(batch) }
        return batches
    }
}
