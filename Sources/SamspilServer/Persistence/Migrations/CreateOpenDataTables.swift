import Fluent

/// The record of deleted public objects, for open-data clients that ask what changed (OParl), and the
/// personal API tokens of the JSON API.
struct CreateOpenDataTables: AsyncMigration {
    static let deletionsByTime = Index(on: DeletedObjectModel.schema, "kind", "deleted_at")

    func prepare(on database: any Database) async throws {
        try await database.schema(DeletedObjectModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("deleted_at", .datetime, .required)
            .create()
        try await Self.deletionsByTime.create(on: database)
        try await database.schema(APITokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).delete()
        try await Self.deletionsByTime.drop(on: database)
        try await database.schema(DeletedObjectModel.schema).delete()
    }
}
