import Fluent

// One migration per table. Dates are stored as ISO text (`2021-06-18`) and clock times as `HH:MM`:
// they sort as text, mean the same on both backends and never shift with a time zone.

struct CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}

struct CreateBodies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BodyModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references(BodyModel.schema, "id", onDelete: .setNull))
            .field("cluster", .string)
            .field("summary", .string)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BodyModel.schema).delete()
    }
}

struct CreatePeople: AsyncMigration {
    static let byName = Index(on: PersonModel.schema, "name")

    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema)
            .id()
            .field("name", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("created_at", .datetime)
            .create()
        try await Self.byName.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byName.drop(on: database)
        try await database.schema(PersonModel.schema).delete()
    }
}

struct CreateMemberships: AsyncMigration {
    static let indexes = [Index(on: MembershipModel.schema, "body_id", "starts_on"),
                          Index(on: MembershipModel.schema, "person_id")]

    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("role", .string, .required)
            .field("title", .string)
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("derived", .bool, .required)
            .field("derived_as_of", .string)
            .create()
        for index in Self.indexes { try await index.create(on: database) }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes { try await index.drop(on: database) }
        try await database.schema(MembershipModel.schema).delete()
    }
}

struct CreateMeetings: AsyncMigration {
    /// A body's meetings by date (body page, next/previous), and all meetings by date (front page).
    static let indexes = [Index(on: MeetingModel.schema, "body_id", "date"),
                          Index(on: MeetingModel.schema, "date")]

    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("starts_at", .string)
            .field("ends_at", .string)
            .field("location", .string)
            .field("chair", .string)
            .field("minute_takers", .array(of: .string), .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        for index in Self.indexes { try await index.create(on: database) }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes { try await index.drop(on: database) }
        try await database.schema(MeetingModel.schema).delete()
    }
}

struct CreateAttendances: AsyncMigration {
    /// A meeting's list in order; a person's meetings and the organisations they came for (the importer's
    /// matching reads just the index).
    static let indexes = [Index(on: AttendanceModel.schema, "meeting_id", "position"),
                          Index(on: AttendanceModel.schema, "person_id", "organisation_id")]

    func prepare(on database: any Database) async throws {
        try await database.schema(AttendanceModel.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingModel.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("title", .string)
            .field("status", .string, .required)
            .field("note", .string)
            .field("position", .int, .required)
            .create()
        for index in Self.indexes { try await index.create(on: database) }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes { try await index.drop(on: database) }
        try await database.schema(AttendanceModel.schema).delete()
    }
}

struct CreateAgendaItems: AsyncMigration {
    static let byMeeting = Index(on: AgendaItemModel.schema, "meeting_id", "position")

    func prepare(on database: any Database) async throws {
        try await database.schema(AgendaItemModel.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("number", .int)
            .field("title", .string, .required)
            .field("starts_at", .string)
            .field("ends_at", .string)
            .field("presenter", .string)
            .field("case_number", .string)
            .create()
        try await Self.byMeeting.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byMeeting.drop(on: database)
        try await database.schema(AgendaItemModel.schema).delete()
    }
}

struct CreateItemSections: AsyncMigration {
    static let byItem = Index(on: ItemSectionModel.schema, "item_id", "position")

    func prepare(on database: any Database) async throws {
        try await database.schema(ItemSectionModel.schema)
            .id()
            .field("item_id", .uuid, .required, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("heading", .string)
            .field("text", .string, .required)
            .create()
        try await Self.byItem.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byItem.drop(on: database)
        try await database.schema(ItemSectionModel.schema).delete()
    }
}

struct CreateAttachments: AsyncMigration {
    static let byMeeting = Index(on: AttachmentModel.schema, "meeting_id", "position")

    func prepare(on database: any Database) async throws {
        try await database.schema(AttachmentModel.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingModel.schema, "id", onDelete: .cascade))
            .field("item_id", .uuid, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("sent_with_minutes", .bool, .required)
            .field("position", .int, .required)
            .create()
        try await Self.byMeeting.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byMeeting.drop(on: database)
        try await database.schema(AttachmentModel.schema).delete()
    }
}

struct CreateFollowUpActions: AsyncMigration {
    static let byItem = Index(on: FollowUpActionModel.schema, "item_id")

    func prepare(on database: any Database) async throws {
        try await database.schema(FollowUpActionModel.schema)
            .id()
            .field("item_id", .uuid, .required, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("owner_person_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .field("owner_organisation_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("owner_name", .string)
            .field("due_on", .string)
            .field("completed_on", .string)
            .create()
        try await Self.byItem.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byItem.drop(on: database)
        try await database.schema(FollowUpActionModel.schema).delete()
    }
}

struct CreateBacklogItems: AsyncMigration {
    static let byBody = Index(on: BacklogItemModel.schema, "body_id")

    func prepare(on database: any Database) async throws {
        try await database.schema(BacklogItemModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("proposed_by", .string)
            .field("proposed_on", .string)
            .field("due_on", .string)
            .field("source_item_id", .uuid, .references(AgendaItemModel.schema, "id", onDelete: .setNull))
            .field("scheduled_item_id", .uuid, .references(AgendaItemModel.schema, "id", onDelete: .setNull))
            .create()
        try await Self.byBody.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byBody.drop(on: database)
        try await database.schema(BacklogItemModel.schema).delete()
    }
}

struct CreateImportedDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportedDocumentModel.schema)
            .id()
            .field("sha256", .string, .required)
            .field("file_name", .string, .required)
            .field("meeting_id", .uuid, .required, .references(MeetingModel.schema, "id", onDelete: .cascade))
            .field("imported_at", .datetime)
            .unique(on: "sha256")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportedDocumentModel.schema).delete()
    }
}
