import Fluent
import FluentSQL

/// The columns the secretariat's work needs on tables that already shipped. One column per statement:
/// SQLite adds columns one at a time, and a required column needs a default for the rows already there.
struct AddSecretariatColumns: AsyncMigration {
    private struct Column {
        let table: String
        let name: String
        let type: DatabaseSchema.DataType
        var constraints: [DatabaseSchema.FieldConstraint] = []
    }

    private static let columns: [Column] = [
        Column(table: AgendaItemModel.schema, name: "kind", type: .string),
        Column(table: AgendaItemModel.schema, name: "duration_minutes", type: .int),
        Column(table: AgendaItemModel.schema, name: "is_break", type: .bool, constraints: [.required, .sql(.default(false))]),
        Column(table: AgendaItemModel.schema, name: "presenter_person_id", type: .uuid),
        Column(table: AgendaItemModel.schema, name: "purpose", type: .string),
        Column(table: AgendaItemModel.schema, name: "version", type: .int, constraints: [.required, .sql(.default(1))]),
        Column(table: MeetingModel.schema, name: "version", type: .int, constraints: [.required, .sql(.default(1))]),
        Column(table: FollowUpActionModel.schema, name: "state", type: .string, constraints: [.required, .sql(.default("open"))]),
        Column(table: FollowUpActionModel.schema, name: "closed_by", type: .string),
        Column(table: FollowUpActionModel.schema, name: "closed_at", type: .datetime),
        Column(table: FollowUpActionModel.schema, name: "backlog_item_id", type: .uuid),
        Column(table: FollowUpActionModel.schema, name: "created_at", type: .datetime),
        Column(table: AttachmentModel.schema, name: "file_sha256", type: .string),
        Column(table: AttachmentModel.schema, name: "file_name", type: .string),
        Column(table: AttachmentModel.schema, name: "content_type", type: .string),
        Column(table: AttachmentModel.schema, name: "byte_count", type: .int),
        Column(table: BacklogItemModel.schema, name: "created_at", type: .datetime),
    ]

    func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema(column.table)
                .field(.definition(name: .key(.string(column.name)), dataType: column.type,
                                   constraints: column.constraints)).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema(column.table).deleteField(.string(column.name)).update()
        }
    }
}

struct CreateStoredFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredFileModel.schema)
            .id()
            .field("sha256", .string, .required)
            .field("bytes", .data, .required)
            .field("byte_count", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "sha256")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredFileModel.schema).delete()
    }
}

struct CreateAuditEntries: AsyncMigration {
    static let byMeeting = Index(on: AuditEntryModel.schema, "meeting_id", "at")

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingModel.schema, "id", onDelete: .cascade))
            .field("item_id", .uuid, .references(AgendaItemModel.schema, "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            .field("user_name", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("before", .string, .required)
            .field("after", .string, .required)
            .field("reason", .string)
            .create()
        try await Self.byMeeting.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byMeeting.drop(on: database)
        try await database.schema(AuditEntryModel.schema).delete()
    }
}

struct CreateStandardItems: AsyncMigration {
    static let byBody = Index(on: StandardItemModel.schema, "body_id", "position")

    func prepare(on database: any Database) async throws {
        try await database.schema(StandardItemModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("kind", .string)
            .field("duration_minutes", .int, .required)
            .field("placement", .string, .required)
            .field("purpose", .string)
            .field("recommendation", .string, .required)
            .create()
        try await Self.byBody.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byBody.drop(on: database)
        try await database.schema(StandardItemModel.schema).delete()
    }
}
