import Fluent

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("is_administrator", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}

struct CreateBodyRoles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BodyRoleModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "user_id", "body_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BodyRoleModel.schema).delete()
    }
}

struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionModel.schema).delete()
    }
}

struct CreateSignInFailures: AsyncMigration {
    static let byKey = Index(on: SignInFailureModel.schema, "key", "failed_at")

    func prepare(on database: any Database) async throws {
        try await database.schema(SignInFailureModel.schema)
            .id()
            .field("key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        try await Self.byKey.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byKey.drop(on: database)
        try await database.schema(SignInFailureModel.schema).delete()
    }
}

struct CreatePendingImports: AsyncMigration {
    static let byBatch = Index(on: PendingImportModel.schema, "batch_id")

    func prepare(on database: any Database) async throws {
        try await database.schema(PendingImportModel.schema)
            .id()
            .field("batch_id", .uuid, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("file_name", .string, .required)
            .field("bytes", .data, .required)
            .field("created_at", .datetime)
            .create()
        try await Self.byBatch.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byBatch.drop(on: database)
        try await database.schema(PendingImportModel.schema).delete()
    }
}
