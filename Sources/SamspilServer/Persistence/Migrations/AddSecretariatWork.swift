import Fluent
import FluentSQL

/// The columns the secretariat's work needs on tables that already shipped.
struct AddSecretariatColumns: AsyncMigration {
    private static let columns: [AddedColumn] = [
        AddedColumn(table: AgendaItemModel.schema, name: "kind", type: .string),
        AddedColumn(table: AgendaItemModel.schema, name: "duration_minutes", type: .int),
        AddedColumn(table: AgendaItemModel.schema, name: "is_break", type: .bool, constraints: [.required, .sql(.default(false))]),
        AddedColumn(table: AgendaItemModel.schema, name: "presenter_person_id", type: .uuid),
        AddedColumn(table: AgendaItemModel.schema, name: "purpose", type: .string),
        AddedColumn(table: AgendaItemModel.schema, name: "version", type: .int, constraints: [.required, .sql(.default(1))]),
        AddedColumn(table: MeetingModel.schema, name: "version", type: .int, constraints: [.required, .sql(.default(1))]),
        AddedColumn(table: FollowUpActionModel.schema, name: "state", type: .string, constraints: [.required, .sql(.default("open"))]),
        AddedColumn(table: FollowUpActionModel.schema, name: "closed_by", type: .string),
        AddedColumn(table: FollowUpActionModel.schema, name: "closed_at", type: .datetime),
        AddedColumn(table: FollowUpActionModel.schema, name: "backlog_item_id", type: .uuid),
        AddedColumn(table: FollowUpActionModel.schema, name: "created_at", type: .datetime),
        AddedColumn(table: AttachmentModel.schema, name: "file_sha256", type: .string),
        AddedColumn(table: AttachmentModel.schema, name: "file_name", type: .string),
        AddedColumn(table: AttachmentModel.schema, name: "content_type", type: .string),
        AddedColumn(table: AttachmentModel.schema, name: "byte_count", type: .int),
        AddedColumn(table: BacklogItemModel.schema, name: "created_at", type: .datetime),
    ]

    func prepare(on database: any Database) async throws {
        try await AddedColumn.add(Self.columns, on: database)
    }

    func revert(on database: any Database) async throws {
        try await AddedColumn.drop(Self.columns, on: database)
    }
}

/// A column added to a table that already shipped. One column per statement: SQLite adds columns one at
/// a time, and a required column needs a default for the rows already there.
struct AddedColumn {
    let table: String
    let name: String
    let type: DatabaseSchema.DataType
    var constraints: [DatabaseSchema.FieldConstraint] = []

    static func add(_ columns: [AddedColumn], on database: any Database) async throws {
        for column in columns {
            try await database.schema(column.table)
                .field(.definition(name: .key(.string(column.name)), dataType: column.type,
                                   constraints: column.constraints)).update()
        }
    }

    static func drop(_ columns: [AddedColumn], on database: any Database) async throws {
        for column in columns.reversed() {
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
