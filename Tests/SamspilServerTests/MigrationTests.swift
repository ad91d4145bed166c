import Fluent
import SQLKit
@testable import SamspilServer
import Testing

@Suite("Migrations")
struct MigrationTests {
    /// Each migration, one at a time: its table exists after `prepare` and is gone after `revert`,
    /// reverting in the opposite order as `migrate --revert` does.
    @Test(arguments: TestDatabase.all)
    func everyMigrationGoesUpAndDown(database: TestDatabase) async throws {
        try await withApp(database, migrate: false) { app in
            let migrations = SamspilMigrations.all
            // One database handle throughout, as the migrator uses: each `app.db` may be another event
            // loop's connection, and once under load a column added on one was not yet there on the next
            // ("no such column" when reverting, on SQLite's in-memory database).
            let database = app.db
            let sql = try #require(database as? any SQLDatabase)
            // A column each migration that adds columns to shipped tables adds.
            func probe(_ migration: any AsyncMigration) -> String? {
                switch migration {
                case is AddSecretariatColumns: "SELECT is_break FROM agenda_items WHERE 1 = 0"
                case is AddPublicationColumns: "SELECT revision, cancelled_at FROM meetings WHERE 1 = 0"
                case is UpgradeSearchIndex: "SELECT doc_id FROM search_entries WHERE 1 = 0"
                case is AddFileChecksums: "SELECT sha512 FROM stored_files WHERE 1 = 0"
                case is AddReferrals: "SELECT referral FROM backlog_items WHERE 1 = 0"
                case is AddStructureTimestamps:
                    "SELECT b.updated_at, o.updated_at, p.updated_at, m.updated_at FROM bodies b, organisations o, people p, memberships m WHERE 1 = 0"
                default: nil
                }
            }
            func hasColumn(_ query: String) async -> Bool {
                (try? await sql.raw(SQLQueryString(query)).run()) != nil
            }
            for migration in migrations {
                try await migration.prepare(on: database)
                if migration is AddBodyKindIndex {
                    #expect(try await indexNames(database).contains(AddBodyKindIndex.index.name))
                } else if let query = probe(migration) {
                    #expect(await hasColumn(query), "\(migration.name) did not add its columns")
                } else {
                    #expect(try await tableNames(database).contains(tableOf(migration)), "\(migration.name) did not create its table")
                }
            }
            let tables = migrations.filter { probe($0) == nil && !($0 is AddBodyKindIndex) }.map(tableOf)
            #expect(try await tableNames(database).isSuperset(of: tables))
            for migration in migrations.reversed() {
                try await migration.revert(on: database)
                if migration is AddBodyKindIndex {
                    #expect(try await !indexNames(database).contains(AddBodyKindIndex.index.name))
                } else if migration is UpgradeSearchIndex {
                    // Keeps the index as it is: the form before it is not known to the code any more.
                    #expect(await hasColumn(probe(migration) ?? ""), "\(migration.name) broke the index")
                } else if let query = probe(migration) {
                    #expect(await !hasColumn(query), "\(migration.name) left its columns")
                } else {
                    #expect(!(try await tableNames(database)).contains(tableOf(migration)), "\(migration.name) left its table")
                }
            }
            #expect(try await tableNames(database).isDisjoint(with: tables))
        }
    }

    /// The indexes the pages' lookups need are there after migrating, and gone after reverting.
    @Test(arguments: TestDatabase.all)
    func lookupIndexesExist(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let indexes = try await indexNames(app.db)
            for expected in ["meetings_body_id_date_idx", "meetings_date_idx", "agenda_items_meeting_id_position_idx",
                             "item_sections_item_id_position_idx", "attendances_meeting_id_position_idx",
                             "memberships_body_id_starts_on_idx", "memberships_person_id_idx", "bodies_kind_idx"] {
                #expect(indexes.contains(expected), "missing index \(expected)")
            }
            try await app.autoRevert()
            #expect(try await indexNames(app.db).isDisjoint(with: indexes.filter { $0.hasSuffix("_idx") }))
        }
    }

    /// Migrating twice changes nothing: `serve` migrates on every start.
    @Test(arguments: TestDatabase.all)
    func migratingAgainIsHarmless(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let before = try await MeetingModel.query(on: app.db).count()
            try await app.autoMigrate()
            #expect(try await MeetingModel.query(on: app.db).count() == before)
        }
    }
}

private func tableOf(_ migration: any AsyncMigration) -> String {
    switch migration {
    case is CreateOrganisations: OrganisationModel.schema
    case is CreateBodies: BodyModel.schema
    case is CreatePeople: PersonModel.schema
    case is CreateMemberships: MembershipModel.schema
    case is CreateMeetings: MeetingModel.schema
    case is CreateAttendances: AttendanceModel.schema
    case is CreateAgendaItems: AgendaItemModel.schema
    case is CreateItemSections: ItemSectionModel.schema
    case is CreateAttachments: AttachmentModel.schema
    case is CreateFollowUpActions: FollowUpActionModel.schema
    case is CreateBacklogItems: BacklogItemModel.schema
    case is CreateImportedDocuments: ImportedDocumentModel.schema
    case is CreateUsers: UserModel.schema
    case is CreateBodyRoles: BodyRoleModel.schema
    case is CreateSessions: SessionModel.schema
    case is CreateSignInFailures: SignInFailureModel.schema
    case is CreatePendingImports: PendingImportModel.schema
    case is CreateStoredFiles: StoredFileModel.schema
    case is CreateAuditEntries: AuditEntryModel.schema
    case is CreateStandardItems: StandardItemModel.schema
    case is CreateCalendarTokens: CalendarTokenModel.schema
    case is CreateSearchIndex: "search_entries"
    case is CreateOpenDataTables: DeletedObjectModel.schema
    case is CreateRotationPlans: RotationPeriodModel.schema
    case is CreateIndicators: IndicatorModel.schema
    case is CreateCooperationRegisters: InitiativeModel.schema
    default: "unknown migration \(migration.name)"
    }
}

private struct Name: Decodable { let name: String }

/// The tables of the current database (SQLite) or of the test's own schema (PostgreSQL).
private func tableNames(_ database: any Database) async throws -> Set<String> {
    let sql = database as! any SQLDatabase
    let query: SQLQueryString = sql.dialect.name == "sqlite"
        ? "SELECT name FROM sqlite_master WHERE type = 'table'"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
    return Set(try await sql.raw(query).all(decoding: Name.self).map(\.name))
}

private func indexNames(_ database: any Database) async throws -> Set<String> {
    let sql = database as! any SQLDatabase
    let query: SQLQueryString = sql.dialect.name == "sqlite"
        ? "SELECT name FROM sqlite_master WHERE type = 'index'"
        : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()"
    return Set(try await sql.raw(query).all(decoding: Name.self).map(\.name))
}
