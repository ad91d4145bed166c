import Fluent

/// Writes a row that a unique index allows once: updates it when it is there, creates it when not. Two
/// requests at once (a form sent twice) may both find none; the second create is then refused by the
/// index, and the row the first made is updated instead of answering with an error.
func upsert<M: Model>(find: () async throws -> M?, update: (M) async throws -> Void, create: () async throws -> Void) async throws {
    if let row = try await find() {
        try await update(row)
        return
    }
    do {
        try await create()
    } catch {
        guard let row = try await find() else { throw error }
        try await update(row)
    }
}
