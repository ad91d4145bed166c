import Fluent

/// Bodies' co-chair rotation plans, period by period, and the rules a body checks them against.
struct CreateRotationPlans: AsyncMigration {
    static let periodsByBody = Index(on: RotationPeriodModel.schema, "body_id", "starts_on")
    static let chairsByPeriod = Index(on: RotationChairModel.schema, "period_id")

    func prepare(on database: any Database) async throws {
        try await database.schema(RotationPeriodModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .create()
        try await Self.periodsByBody.create(on: database)
        try await database.schema(RotationChairModel.schema)
            .id()
            .field("period_id", .uuid, .required, .references(RotationPeriodModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("side", .string, .required)
            .field("person_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .create()
        try await Self.chairsByPeriod.create(on: database)
        try await database.schema(BodyRuleModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("rule", .string, .required)
            .unique(on: "body_id", "rule")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BodyRuleModel.schema).delete()
        try await Self.chairsByPeriod.drop(on: database)
        try await database.schema(RotationChairModel.schema).delete()
        try await Self.periodsByBody.drop(on: database)
        try await database.schema(RotationPeriodModel.schema).delete()
    }
}

/// The SHA-512 of stored files (`StoredFileModel.sha512`), which OParl publishes.
struct AddFileChecksums: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredFileModel.schema).field("sha512", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredFileModel.schema).deleteField("sha512").update()
    }
}

/// Indicators the cooperation follows its agreements with, and their figures.
struct CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("target", .double)
            .field("breakdown", .string, .required)
            .field("description", .string)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .create()
        try await database.schema(IndicatorValueModel.schema)
            .id()
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("group_name", .string, .required)
            .field("value", .double, .required)
            .unique(on: "indicator_id", "period", "group_name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorValueModel.schema).delete()
        try await database.schema(IndicatorModel.schema).delete()
    }
}

/// Referrals between bodies: a backlog item that another body's item sent here, with what it asks.
struct AddReferrals: AsyncMigration {
    static let bySource = Index(on: BacklogItemModel.schema, "source_item_id")
    static let byScheduled = Index(on: BacklogItemModel.schema, "scheduled_item_id")

    func prepare(on database: any Database) async throws {
        try await database.schema(BacklogItemModel.schema).field("referral", .string).update()
        try await Self.bySource.create(on: database)
        try await Self.byScheduled.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.byScheduled.drop(on: database)
        try await Self.bySource.drop(on: database)
        try await database.schema(BacklogItemModel.schema).deleteField("referral").update()
    }
}
