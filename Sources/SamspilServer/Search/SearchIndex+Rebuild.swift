import Fluent
import Foundation
import SQLKit

extension SearchIndex {
    /// Indexes every meeting anew in one transaction, a batch of meetings at a time; `progress` gets the
    /// items done. Three kinds of work go on at once, each batch passing through them in order: reading
    /// the stored meetings (on a connection of their own where the backend has one, see
    /// `SearchBackend.withReader`), making their entries (any core) and writing them (the transaction's
    /// connection). One transaction also lets FTS5 collect many batches before writing.
    @discardableResult
    func rebuild(meetingsPerBatch: Int = 1000, progress: (@Sendable (Int) -> Void)? = nil) async throws -> Int {
        let backend = try backend
        return try await rebuild(with: backend, meetingsPerBatch: meetingsPerBatch, progress: progress)
    }

    private func rebuild<Backend: SearchBackend>(with backend: Backend, meetingsPerBatch: Int,
                                                 progress: (@Sendable (Int) -> Void)?) async throws -> Int {
        // A caller's own transaction may hold changes to the meetings that only its connection sees.
        let readsElsewhere = !database.inTransaction
        return try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            try await backend.startRebuild(on: sql)
            let batches = try await Self.batches(of: meetingsPerBatch, on: sql)
            func index(readingFrom reader: any SQLDatabase) async throws -> Int {
                try await Self.index(batches, readingFrom: reader, writingTo: sql, with: backend, progress: progress)
            }
            let items = readsElsewhere ? try await backend.withReader(beside: sql, index) : try await index(readingFrom: sql)
            try await backend.finishRebuild(on: sql)
            return items
        }
    }

    /// A batch on its way into the index.
    private struct PendingBatch<Batch: Sendable> {
        /// Its meetings as stored.
        let read: Task<SearchEntries.Stored, any Error>
        /// Its entries, ready to write, and how many.
        let prepared: Task<(batch: Batch, items: Int), any Error>
    }

    private static func index<Backend: SearchBackend>(
        _ batches: [[UUID]], readingFrom reader: any SQLDatabase, writingTo writer: any SQLDatabase,
        with backend: Backend, progress: (@Sendable (Int) -> Void)?
    ) async throws -> Int {
        var pending: [PendingBatch<Backend.Batch>] = []
        var items = 0
        func writeFirst() async throws {
            let prepared = try await pending.removeFirst().prepared.value
            try await backend.write(prepared.batch, on: writer)
            items += prepared.items
            progress?(items)
        }
        do {
            for meetings in batches {
                // One read at a time, in order: a connection answers one query at a time anyway.
                let read = Task { [previous = pending.last?.read] in
                    _ = try await previous?.value
                    try Task.checkCancellation()
                    return try await SearchEntries(sql: reader).read(meetings: meetings)
                }
                let prepared = Task.detached { () throws -> (batch: Backend.Batch, items: Int) in
                    // A batch holds whole days, and the index was emptied: no other batch numbers its days.
                    let entries = try await read.value.entries(keeping: Backend.terms)
                    return (backend.prepare(try SearchDocumentNumbers.assign(entries, taken: [])), entries.count)
                }
                pending.append(PendingBatch(read: read, prepared: prepared))
                if pending.count > batchesPreparedAtOnce { try await writeFirst() }
            }
            while !pending.isEmpty { try await writeFirst() }
            return items
        } catch {
            // Nothing may go on reading once the reader (or the transaction) is closed.
            for batch in pending { batch.read.cancel() }
            for batch in pending { _ = await batch.prepared.result }
            throw error
        }
    }

    /// How many batches may be read and in the making while the database writes: one a core, so that no
    /// core idles while there is work, and the writer need not wait for a batch.
    static let batchesPreparedAtOnce = ProcessInfo.processInfo.activeProcessorCount

    /// Every meeting in batches of about `size`, by date (as the items are numbered, see
    /// `SQLiteSearch.write`), each batch of whole days.
    private static func batches(of size: Int, on sql: any SQLDatabase) async throws -> [[UUID]] {
        let meetings = try await PlainRows(sql: sql).all("SELECT id, date FROM \(ident: MeetingModel.schema) ORDER BY date, id")
        return try batches(of: meetings.map { (id: try $0.uuid("id"), date: try $0.string("date")) }, size: size)
    }

    /// `meetings` (in date order) in batches of at least `size`, the last excepted, each ending with the
    /// last meeting of a day.
    static func batches(of meetings: [(id: UUID, date: String)], size: Int) -> [[UUID]] {
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

