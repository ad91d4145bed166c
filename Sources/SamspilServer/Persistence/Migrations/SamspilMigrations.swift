import Fluent

/// Every migration, in the order they run. Add new ones at the end; never edit one that has shipped.
enum SamspilMigrations {
    static let all: [any AsyncMigration] = [
        CreateOrganisations(),   // parties: municipalities, hospital units, psychiatry, general practice
        CreateBodies(),          // the bodies and their hierarchy
        CreatePeople(),          // people, with contact details
        CreateMemberships(),     // a person's seat in a body for an organisation, for a period
        CreateMeetings(),        // meetings with header and life-cycle status
        CreateAttendances(),     // who was present, sent apologies, or came as a guest
        CreateAgendaItems(),     // the agenda, item by item
        CreateItemSections(),    // Indstilling, Sagsfremstilling, Bilag, Beslutning of each item
        CreateAttachments(),     // bilag of a meeting or an item
        CreateFollowUpActions(), // what a meeting asked someone to do
        CreateBacklogItems(),    // items proposed for coming meetings
        CreateImportedDocuments(), // the sha256 of every imported document, so a re-import changes nothing
        CreateUsers(),           // accounts that sign in
        CreateBodyRoles(),       // a user's role (secretary, member) in a body
        CreateSessions(),        // signed-in browsers, by the hash of their cookie's token
        CreateSignInFailures(),  // failed sign-ins, to limit guessing
        CreatePendingImports(),  // uploaded minutes waiting for the secretary's confirmation
        AddSecretariatColumns(), // durations, breaks, versions; action states; attachment files
        CreateStoredFiles(),     // uploaded files by sha256
        CreateAuditEntries(),    // life-cycle steps and corrections of approved minutes
        CreateStandardItems(),   // a body's own standard items
        AddPublicationColumns(), // meeting revisions for calendars, feeds and caches; public attachments
        CreateCalendarTokens(),  // the secret of each user's personal calendar address, by its sha256
        CreateSearchIndex(),     // the search index over agenda items, and the text of attachment files
        UpgradeSearchIndex(),    // the search index in date order with its filters inside: made anew if older
        CreateOpenDataTables(),  // deleted public objects for OParl clients; personal API tokens
        CreateRotationPlans(),   // co-chair rotation plans by period, and the rules a body checks them against
        AddFileChecksums(),      // the SHA-512 of stored files, which OParl publishes
        CreateIndicators(),      // indicators that follow agreements up, and their figures by group and period
        AddReferrals(),          // backlog items that another body referred, with what it asks
        CreateCooperationRegisters(), // initiatives; agreements and development tasks by stage; terms of reference
        AddStructureTimestamps(), // when bodies, organisations, people and memberships were last edited
        AddBodyKindIndex(),      // bodies by kind, for the search page's list of standing bodies
    ]
}
