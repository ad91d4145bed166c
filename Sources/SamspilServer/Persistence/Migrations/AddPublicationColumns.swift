import Fluent

/// What publication needs: a meeting's revision and the time of its last change (calendar SEQUENCE,
/// feeds, caching), whether it was cancelled, and whether an attachment may be published.
struct AddPublicationColumns: AsyncMigration {
    private static let columns: [AddedColumn] = [
        AddedColumn(table: MeetingModel.schema, name: "revision", type: .int, constraints: [.required, .sql(.default(0))]),
        AddedColumn(table: MeetingModel.schema, name: "modified_at", type: .datetime),
        AddedColumn(table: MeetingModel.schema, name: "cancelled_at", type: .datetime),
        AddedColumn(table: AttachmentModel.schema, name: "is_public", type: .bool, constraints: [.required, .sql(.default(false))]),
    ]

    func prepare(on database: any Database) async throws {
        try await AddedColumn.add(Self.columns, on: database)
    }

    func revert(on database: any Database) async throws {
        try await AddedColumn.drop(Self.columns, on: database)
    }
}
