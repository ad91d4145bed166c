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

/// The registers of the cooperation: initiatives with the items that discussed them; agreements and
/// development tasks with their stages, items and clusters; indicators shown in items; and the versions of
/// bodies' terms of reference.
struct CreateCooperationRegisters: AsyncMigration {
    static let initiativeItemsByItem = Index(on: InitiativeItemModel.schema, "item_id")
    static let caseItemsByItem = Index(on: CaseItemModel.schema, "item_id")
    static let termsByBody = Index(on: TermsOfReferenceModel.schema, "body_id", "approved_on")

    func prepare(on database: any Database) async throws {
        try await database.schema(InitiativeModel.schema)
            .id()
            .field("title", .string, .required)
            .field("description", .string)
            .field("cluster", .string)
            .field("owning_body_id", .uuid, .references(BodyModel.schema, "id", onDelete: .setNull))
            .field("owning_organisation_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("contact_person_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("status", .string, .required)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(InitiativeItemModel.schema)
            .id()
            .field("initiative_id", .uuid, .required, .references(InitiativeModel.schema, "id", onDelete: .cascade))
            .field("item_id", .uuid, .required, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .unique(on: "initiative_id", "item_id")
            .create()
        try await Self.initiativeItemsByItem.create(on: database)

        try await database.schema(CooperationCaseModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string)
            .field("owning_body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .create()
        try await database.schema(CaseStageModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CooperationCaseModel.schema, "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("started_on", .string)
            .field("completed_on", .string)
            .field("note", .string)
            .unique(on: "case_id", "stage")
            .create()
        try await database.schema(CaseItemModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CooperationCaseModel.schema, "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("item_id", .uuid, .required, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .unique(on: "case_id", "item_id")
            .create()
        try await Self.caseItemsByItem.create(on: database)
        try await database.schema(CaseClusterModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CooperationCaseModel.schema, "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("started_on", .string)
            .field("done_on", .string)
            .field("note", .string)
            .unique(on: "case_id", "stage", "body_id")
            .create()

        try await database.schema(ItemIndicatorModel.schema)
            .id()
            .field("item_id", .uuid, .required, .references(AgendaItemModel.schema, "id", onDelete: .cascade))
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .unique(on: "item_id", "indicator_id")
            .create()

        try await database.schema(TermsOfReferenceModel.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyModel.schema, "id", onDelete: .cascade))
            .field("approved_on", .string, .required)
            .field("text", .string, .required)
            .field("item_id", .uuid, .references(AgendaItemModel.schema, "id", onDelete: .setNull))
            .field("recorded_by", .string)
            .field("created_at", .datetime)
            .create()
        try await Self.termsByBody.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.termsByBody.drop(on: database)
        try await database.schema(TermsOfReferenceModel.schema).delete()
        try await database.schema(ItemIndicatorModel.schema).delete()
        try await database.schema(CaseClusterModel.schema).delete()
        try await Self.caseItemsByItem.drop(on: database)
        try await database.schema(CaseItemModel.schema).delete()
        try await database.schema(CaseStageModel.schema).delete()
        try await database.schema(CooperationCaseModel.schema).delete()
        try await Self.initiativeItemsByItem.drop(on: database)
        try await database.schema(InitiativeItemModel.schema).delete()
        try await database.schema(InitiativeModel.schema).delete()
    }
}

/// When bodies, organisations, people and memberships were last changed, now that administrators edit
/// them: OParl clients that ask for what changed since their last visit need it.
struct AddStructureTimestamps: AsyncMigration {
    static let tables = [BodyModel.schema, OrganisationModel.schema, PersonModel.schema, MembershipModel.schema]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).field("updated_at", .datetime).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).deleteField("updated_at").update()
        }
    }
}

/// Bodies by kind: the search page lists the standing bodies (every kind but working groups, of which a
/// large archive has thousands) on every search.
struct AddBodyKindIndex: AsyncMigration {
    static let index = Index(on: BodyModel.schema, "kind")

    func prepare(on database: any Database) async throws {
        try await Self.index.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.index.drop(on: database)
    }
}
