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
    /// The form of the terms the database indexes.
    static var terms: IndexedText.Kept { get }

    /// Replaces the entries of `meetings` with `entries` (which belong to them).
    func replace(meetings: [UUID], with entries: [SearchEntry], on sql: any SQLDatabase) async throws
    /// Makes a batch of entries ready to write, without the database: a rebuild does this on another
    /// core while the database writes the batch before.
    func prepare(_ entries: [SearchDocumentNumbers.Numbered]) -> Batch
    /// Adds a batch of entries not indexed yet.
    func write(_ batch: Batch, on sql: any SQLDatabase) async throws
    /// Empties the index for a rebuild, and readies the connection for it.
    func startRebuild(on sql: any SQLDatabase) async throws
    /// Runs a rebuild's `body` with the database it reads the stored meetings from while `sql` writes the
    /// index: a connection of its own where the backend can have one, else `sql`.
    func withReader<Result>(beside sql: any SQLDatabase, _ body: (any SQLDatabase) async throws -> Result) async throws -> Result
    /// Work left after a rebuild's last batch.
    func finishRebuild(on sql: any SQLDatabase) async throws
    func search(_ request: SearchRequest, on sql: any SQLDatabase) async throws -> SearchHits
}

/// One agenda item as the index holds it. A class: a rebuild passes a million of them from batch to batch
/// and sorts them, and a copy of a structure of a dozen texts is a dozen reference counts.
final class SearchEntry: Sendable {
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

    init(itemID: UUID, meetingID: UUID, bodyID: UUID, cluster: String?, date: CalendarDay, position: Int,
         kind: AgendaItemKind?, hasDecision: Bool, decisionIsPublic: Bool,
         publicTitle: IndexedText, publicText: IndexedText, fullText: IndexedText, fullTextIsPublic: Bool) {
        self.itemID = itemID
        self.meetingID = meetingID
        self.bodyID = bodyID
        self.cluster = cluster
        self.date = date
        self.position = position
        self.kind = kind
        self.hasDecision = hasDecision
        self.decisionIsPublic = decisionIsPublic
        self.publicTitle = publicTitle
        self.publicText = publicText
        self.fullText = fullText
        self.fullTextIsPublic = fullTextIsPublic
    }
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
            let entries = try await SearchEntries(sql: sql).entries(ofMeetings: meetings, keeping: type(of: backend).terms)
            try await backend.replace(meetings: meetings, with: entries, on: sql)
        }
    }
}
