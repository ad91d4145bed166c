import Fluent

struct CreateCalendarTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CalendarTokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            // One address per user: a new one revokes the old.
            .unique(on: "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CalendarTokenModel.schema).delete()
    }
}
