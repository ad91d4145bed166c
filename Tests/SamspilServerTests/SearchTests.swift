import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import SQLKit
import Testing
import VaporTesting

/// Search over the demo, on SQLite (FTS5) and PostgreSQL (tsvector): what each viewer finds, kept current
/// as the secretary works, through the page, the topic history and the index itself.
@Suite("Search")
struct SearchTests {
    static func search(_ app: Application, _ query: String, viewer: Viewer = .public, limit: Int = 200,
                       configure: (inout SearchRequest) -> Void = { _ in }) async throws -> [SearchResult] {
        var request = SearchRequest(query: SearchQuery(query), viewer: viewer)
        request.limit = limit
        configure(&request)
        let hits = try await SearchIndex(database: app.db).search(request)
        return try await SearchResults(database: app.db).load(hits.hits, query: request.query, viewer: viewer)
    }

    /// The items an independent reading of the stored meetings says `query` must find for the public
    /// (agendas that are out, decisions of approved minutes), by date and title: each query term matches a term
    /// of the item's visible text as `SearchTerm` defines it.
    static func expectedForThePublic(_ app: Application, _ query: String) async throws -> Set<String> {
        let terms = SearchQuery(query).terms
        var titles: Set<String> = []
        for meeting in try await MeetingModel.query(on: app.db).all().map({ try $0.domain() }) where meeting.status.agendaIsPublic {
            let body = try #require(try await BodyModel.find(meeting.bodyID, on: app.db))
            let metadata = [body.name, body.cluster ?? "", meeting.location ?? ""]
            for item in try await AgendaStore(database: app.db).items(of: meeting.id) where !item.isBreak {
                let visible = item.sections.filter { $0.kind != .decision || meeting.status.minutesArePublic }
                let text = ([item.title, item.presenter ?? "", item.caseNumber ?? ""] + visible.flatMap { [$0.heading ?? "", $0.text] } + metadata)
                    .joined(separator: "\n")
                let stems = IndexedText(ContactDetails.redacted(in: text)).stemText.split(separator: " ").map(String.init)
                if terms.allSatisfy({ term in stems.contains { term.term.matches(stem: $0, prefix: term.prefix) } }) {
                    titles.insert("\(meeting.date.iso) \(MeetingPage.numbered(item))")
                }
            }
        }
        return titles
    }

    @Test(arguments: TestDatabase.all)
    func bothBackendsFindExactlyWhatTheTextsSay(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            // Single words, inflections, several words, a number, a name, a word only in decisions.
            for query in ["telemedicin", "diabetes", "kommissorium", "budget 2022", "lighed sundhed", "Kallestrup",
                          "borgere", "klyngestyregruppen godkender", "DIGTE", "hjertesvigt", "telemedicin Midtklyngen", "Viborg"] {
                let found = try await Self.search(app, query).map { "\($0.date.iso) \($0.title)" }
                #expect(Set(found).count == found.count, "\(query): an item found twice")
                #expect(Set(found) == (try await Self.expectedForThePublic(app, query)), "\(query)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func telemedicineFindsTelemedicinskAndTelemedicinske(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let results = try await Self.search(app, "telemedicin")
            let snippets = results.compactMap(\.snippet).flatMap(\.pieces).compactMap { piece -> String? in
                if case .match(let word) = piece { word.lowercased() } else { nil }
            }
            #expect(snippets.contains("telemedicinske"))
            #expect(snippets.contains("telemedicin"))
            #expect(!results.isEmpty && results.allSatisfy { $0.bodySlug == MeetingWork.slug })
        }
    }

    @Test(arguments: TestDatabase.all)
    func theIndexFollowsTheSecretarysWorkAndThePublicWaitsForPublication(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary, date: "2030-05-06")
            let id = try await MeetingWork.addItem(app, secretary, key: key, title: "Status på planen")
            let saved = try await secretary.post(MeetingWork.path(key, .item(id)), MeetingWork.itemFields(try await MeetingWork.item(app, id), [
                "description": "Regionen har sendt udkastet til sundheds- og hospitalsplan i høring hos kommunerne.",
            ]))
            #expect(saved.status == .seeOther)
            let title = MeetingPage.numbered(try await MeetingWork.item(app, id))
            let secretaryViewer = try await Self.viewer(app, role: .secretary)

            // The planned meeting: its members find the item, the public does not yet.
            let day = CalendarDay(iso: key)
            for query in ["hospitalsplan", "sundhedsplan", "\"sundheds- og hospitalsplan\"", "høring kommunerne"] {
                #expect(try await Self.search(app, query, viewer: secretaryViewer) { $0.from = day }.map(\.title) == [title], "\(query)")
                #expect(try await Self.search(app, query) { $0.from = day }.isEmpty, "\(query) is not public before the agenda is out")
            }
            #expect(try await Self.search(app, "\"hospitalsplan sundheds\"", viewer: secretaryViewer).isEmpty, "a phrase keeps its order")

            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            #expect(try await Self.search(app, "hospitalsplan").map(\.title) == [title])

            // A renamed item is found by its new title only; a deleted one not at all.
            let renamed = try await secretary.post(MeetingWork.path(key, .item(id)),
                                                   MeetingWork.itemFields(try await MeetingWork.item(app, id), ["title": "Høringssvar om akutplanen"]))
            #expect(renamed.status == .seeOther)
            #expect(try await Self.search(app, "akutplan").map(\.title) == [MeetingPage.numbered(try await MeetingWork.item(app, id))])
            #expect(try await Self.search(app, "\"status på planen\"").isEmpty)
            try await secretary.get(MeetingWork.path(key, .itemDelete(id)))
            #expect(try await secretary.post(MeetingWork.path(key, .itemDelete(id))).status == .seeOther)
            #expect(try await Self.search(app, "akutplan").isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func decisionsOfDraftMinutesAreTheMembersOnly(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let draft = try await MeetingWork.meeting(app, MeetingWork.draftMeeting)
            #expect(draft.status == .minutesDraft)
            let items = try await AgendaStore(database: app.db).items(of: draft.id)
            // A word of a decision of the draft that its agenda does not have.
            let agendaWords = Set(items.flatMap { item in
                IndexedText(([item.title] + item.sections.filter { $0.kind != .decision }.map(\.text)).joined(separator: " ")).stems
            })
            let decisionWord = try #require(items.compactMap(\.decision).flatMap { IndexedText($0).forms }
                .first { form in form.count > 7 && !agendaWords.contains(DanishStemmer.stem(form)) && !form.contains(where: \.isNumber) })
            let member = try await Self.viewer(app, role: .member)
            let memberFinds = try await Self.search(app, decisionWord, viewer: member) { $0.bodyIDs = [draft.bodyID]; $0.from = draft.date; $0.to = draft.date }
            #expect(!memberFinds.isEmpty, "\(decisionWord)")
            let publicFinds = try await Self.search(app, decisionWord) { $0.from = draft.date; $0.to = draft.date }
            #expect(publicFinds.isEmpty, "\(decisionWord) is in a decision the public may not read yet")
            #expect(memberFinds.allSatisfy { $0.decision != nil })
        }
    }

    @Test(arguments: TestDatabase.all)
    func filtersOrderAndPages(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let all = try await Self.search(app, "klyngestyregruppen")
            #expect(all.count > 20)
            let newest = try await Self.search(app, "klyngestyregruppen") { $0.order = .newest }
            #expect(newest.map(\.date) == newest.map(\.date).sorted(by: >))
            #expect(Set(newest.map(\.title)) == Set(all.map(\.title)))
            let oldest = try await Self.search(app, "klyngestyregruppen") { $0.order = .oldest }
            #expect(oldest.map(\.date) == oldest.map(\.date).sorted())

            let year2021 = try await Self.search(app, "klyngestyregruppen") {
                $0.from = CalendarDay(iso: "2021-01-01"); $0.to = CalendarDay(iso: "2021-12-31")
            }
            #expect(!year2021.isEmpty && year2021.allSatisfy { $0.date.year == 2021 })
            let decisions = try await Self.search(app, "klyngestyregruppen") { $0.onlyDecisions = true }
            #expect(!decisions.isEmpty && decisions.allSatisfy { $0.decision != nil })
            #expect(decisions.count < all.count)
            let otherBody = try await MeetingWork.body(app, slug: MeetingWork.otherSlug)
            #expect(try await Self.search(app, "klyngestyregruppen") { $0.bodyIDs = [otherBody.id] }.isEmpty)

            // Relevance: the items with the words in their title first, each group newest first.
            let inTitle = all.map { result in
                SearchQuery("klyngestyregruppen").terms.allSatisfy { term in
                    IndexedText(result.title).allStems.contains { term.term.matches(stem: $0, prefix: term.prefix) }
                }
            }
            #expect(inTitle.contains(true) && inTitle.contains(false))
            #expect(inTitle == inTitle.sorted { $0 && !$1 }, "title matches first")
            for group in [true, false] {
                let dates = zip(all, inTitle).filter { $0.1 == group }.map(\.0.date)
                #expect(dates == dates.sorted(by: >), "each group newest first")
            }
            let relevancePages = try await Self.search(app, "klyngestyregruppen", limit: 20)
                + (try await Self.search(app, "klyngestyregruppen", limit: 20) { $0.offset = 20 })
            #expect(relevancePages == Array(all.prefix(40)), "relevance pages run on past the title matches")

            // Pages of the same order add up to the whole, none twice.
            let first = try await Self.search(app, "klyngestyregruppen", limit: 20) { $0.order = .newest }
            let second = try await Self.search(app, "klyngestyregruppen", limit: 20) { $0.order = .newest; $0.offset = 20 }
            #expect(first + second == Array(newest.prefix(40)))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSearchPageShowsResultsWithMarkedWordsAndKeepsTheFilters(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let visitor = Browser(app)
            let page = try await visitor.get("/soeg?q=telemedicin&sortering=newest&organ=\(MeetingWork.slug)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<mark>telemedicinske</mark>") || html.contains("<mark>Telemedicin</mark>"))
            #expect(html.contains("href=\"/organer/\(MeetingWork.slug)/moeder/2021-06-18#"))
            #expect(html.contains("value=\"telemedicin\""))
            #expect(html.contains("<option value=\"newest\" selected=\"selected\">"))
            #expect(html.contains("href=\"/soeg/forloeb?q=telemedicin&amp;organ=\(MeetingWork.slug)&amp;sortering=newest\"")
                || html.contains("href=\"/soeg/forloeb?q=telemedicin&organ=\(MeetingWork.slug)&sortering=newest\""))
            #expect(try await visitor.get("/soeg").status == .ok)
            #expect(try await visitor.get("/").body.string.contains("href=\"/soeg\""))

            let bad = try await visitor.get("/soeg?q=budget&fra=2021-13-45&organ=intet-forum")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Skriv datoen som ÅÅÅÅ-MM-DD"))
            #expect(bad.body.string.contains("Der er intet forum med det navn"))
            #expect(bad.body.string.contains("aria-invalid=\"true\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func noQueryMakesAnErrorPage(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let visitor = Browser(app)
            for query in ["010190-1234", "0101901234", "'; DROP TABLE meetings; --", "\"", "\"\"\"kol", "NEAR(kol budget)",
                          "public_text:kol", "kol*", "kol OR budget", "(((", "^budget", "a & b | !c", "'budget':*", "<->",
                          "%00", "%E2%80%AE", String(repeating: "budget ", count: 200), "💊"] {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                for path in ["/soeg?q=\(encoded)", "/soeg/forloeb?q=\(encoded)", "/soeg?q=\(encoded)&side=99999&sortering=x"] {
                    let response = try await visitor.get(path)
                    #expect(response.status == .ok, "\(path): \(response.status)")
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func theTopicHistoryRunsFromTheFirstDiscussionAndQuotesDecisions(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let page = try await Browser(app).get("/soeg/forloeb?q=klyngestyregruppen")
            #expect(page.status == .ok)
            let html = page.body.string
            let years = ["2015", "2021", "2022"].compactMap { html.range(of: "<h2>\($0)</h2>")?.lowerBound }
            #expect(years.count == 3 && years == years.sorted(), "the years in order, oldest first")
            #expect(html.contains("<blockquote>"), "decisions quoted")
            #expect(html.contains("rel=\"bookmark\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func rebuildingTheIndexFindsTheSame(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let before = try await Self.search(app, "budget")
            let tables = try await Self.searchTables(app)
            let items = try await AgendaItemModel.query(on: app.db).filter(\.$isBreak == false).count()
            // In one batch, and in batches of two meetings, several read, made and written at once (on SQLite
            // read by a connection of their own).
            for meetingsPerBatch in [1000, 2] {
                #expect(try await SearchIndex(database: app.db).rebuild(meetingsPerBatch: meetingsPerBatch) == items)
                // The entries' table is made anew on SQLite, its indexes after its rows: as a new index has them.
                #expect(try await Self.searchTables(app) == tables)
                // The same items; equally good matches may come in another order, as rebuilding renumbers them.
                let after = try await Self.search(app, "budget")
                #expect(after.count == before.count)
                #expect(Set(after.map(\.url)) == Set(before.map(\.url)))
            }
        }
    }

    /// A result links to its meeting's own address, also where the body has two meetings that day (whose
    /// addresses are numbered by their start).
    @Test(arguments: TestDatabase.all)
    func resultsLinkToMeetingsThatShareTheirDay(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            _ = try await MeetingWork.newMeeting(secretary, date: "2030-03-04", start: "13:00", end: "15:00")
            let morning = try await secretary.post(MeetingWork.newMeetingPath, MeetingWork.header(date: "2030-03-04", start: "09:00", end: "12:00"))
            #expect(morning.status == .seeOther)
            let administrator = Viewer(userID: nil, name: "Administrator", isAdministrator: true, roles: [:])
            let pages = Set(try await Self.search(app, "velkomst", viewer: administrator).compactMap { result in
                result.url.split(separator: "#").first.map(String.init)
            })
            #expect(pages.isSuperset(of: [MeetingWork.meetingPath("2030-03-04"), MeetingWork.meetingPath("2030-03-04-2")]))
            let afternoon = try await secretary.get(MeetingWork.meetingPath("2030-03-04-2")).page.html
            #expect(afternoon.contains("kl. 13.00–15.00"), "the second address is the afternoon's")
        }
    }

    /// A rebuild in a transaction of the caller's indexes the meetings as that transaction has changed them,
    /// which no other connection sees yet.
    @Test(arguments: TestDatabase.all)
    func aRebuildInTheCallersTransactionSeesItsChanges(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let item = try #require(try await AgendaItemModel.query(on: app.db).filter(\.$isBreak == false).first())
            try await app.db.transaction { transaction in
                let sql = try #require(transaction as? any SQLDatabase)
                try await sql.raw("UPDATE agenda_items SET title = 'Zebraovervågning' WHERE id = \(bind: item.requireID())").run()
                try await SearchIndex(database: transaction).rebuild(meetingsPerBatch: 2)
            }
            let administrator = Viewer(userID: nil, name: "Administrator", isAdministrator: true, roles: [:])
            #expect(try await Self.search(app, "zebraovervågning", viewer: administrator).count == 1)
        }
    }

    /// A rebuild that meets a stored value it cannot read, in a batch read while others are being written,
    /// says which and leaves the index as it was.
    @Test(arguments: TestDatabase.all)
    func aRebuildThatFailsLeavesTheIndexAsItWas(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let before = try await Self.search(app, "budget")
            let sql = try #require(app.db as? any SQLDatabase)
            // The last meeting's status: read for its entries, not for the batches.
            let last = try #require(try await MeetingModel.query(on: app.db).sort(\.$date, .descending).first()?.id)
            try await sql.raw("UPDATE meetings SET status = 'afsluttet' WHERE id = \(bind: last)").run()
            await #expect {
                try await SearchIndex(database: app.db).rebuild(meetingsPerBatch: 2)
            } throws: { error in
                String(describing: error).contains("status") && String(describing: error).contains("afsluttet")
            }
            let after = try await Self.search(app, "budget")
            #expect(after.map(\.url) == before.map(\.url))
        }
    }

    /// Only a file with the write-ahead log gets a second connection for a rebuild's reading: in SQLite's
    /// other journal modes it would keep the writer from committing. Without one, the writer reads too.
    @Test func aSeparateReaderOnlyWithTheWriteAheadLog() async throws {
        try await withApp(.sqlite, demo: true, writeAheadLog: false) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            #expect(try await SQLiteReadConnection.open(beside: sql) == nil)
            let before = try await Self.search(app, "budget")
            let items = try await AgendaItemModel.query(on: app.db).filter(\.$isBreak == false).count()
            #expect(try await SearchIndex(database: app.db).rebuild(meetingsPerBatch: 2) == items)
            #expect(Set(try await Self.search(app, "budget").map(\.url)) == Set(before.map(\.url)))
        }
        try await withApp(.sqlite, demo: true) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let reader = try #require(try await SQLiteReadConnection.open(beside: sql))
            let meetings = try await MeetingModel.query(on: app.db).count()
            let read = try await PlainRows(sql: reader).all("SELECT count(*) AS n FROM meetings").first?.int("n")
            // It only reads.
            await #expect(throws: (any Error).self) { try await reader.raw("DELETE FROM meetings").run() }
            try await reader.close()
            #expect(read == meetings)
            #expect(try await MeetingModel.query(on: app.db).count() == meetings)
        }
    }

    /// The tables and indexes of the search index as the database describes them (the test's own schema
    /// on PostgreSQL: other tests run beside it in theirs).
    static func searchTables(_ app: Application) async throws -> [String] {
        let sql = try #require(app.db as? any SQLDatabase)
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT name || ': ' || coalesce(sql, '') AS d FROM sqlite_master WHERE name LIKE 'search%' ORDER BY name"
            : """
                SELECT indexname || ': ' || indexdef AS d FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename LIKE 'search%' ORDER BY indexname
                """
        return try await sql.raw(query).all().map { try $0.decode(column: "d", as: String.self) }
    }

    /// The rows a rebuild hands FTS5 as one JSONB value come out of SQLite whole, whatever a text holds
    /// and however long (every size of JSONB's element header).
    @Test func ftsRowsReadBackWholeInSQLite() async throws {
        let texts = ["telemedicin kol", "a \"quote\" and a \\ backslash", "line\nbreak\u{01}", "æøå", "",
                     String(repeating: "x", count: 11), String(repeating: "y", count: 12),
                     String(repeating: "z", count: 300), String(repeating: "w", count: 70_000)]
        var rows = JSONBRows()
        rows.append(7, texts)
        rows.append(123_456_789, ["x"])
        try await withApp(.sqlite) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let cells = try await sql.raw("""
                SELECT row.key AS r, cell.key AS c, CAST(cell.value AS TEXT) AS v FROM jsonb_each(\(bind: rows.blob)) row, jsonb_each(row.value) cell
                """).all().map { row in
                    (try row.decode(column: "r", as: Int.self), try row.decode(column: "c", as: Int.self),
                     try row.decode(column: "v", as: String.self))
                }
            #expect(cells.filter { $0.0 == 0 }.map(\.2) == ["7"] + texts)
            #expect(cells.filter { $0.0 == 1 }.map(\.2) == ["123456789", "x"])
            #expect(cells.map(\.1) == Array(0...texts.count) + [0, 1])
        }
    }

    /// A rebuild reads and writes a million ids as SQLite keeps them, without Foundation's parser and
    /// formatter: the same text both ways, and nothing but a UUID is read as one.
    @Test func uuidsReadAndWrittenAsSQLiteKeepsThem() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(id.storedText == id.uuidString)
            #expect(UUID(storedText: id.uuidString) == id)
            #expect(UUID(storedText: id.uuidString.lowercased()) == id)
        }
        for text in ["", "0A431A7F-0001-7C9C-8BBA-E73E5130AC0", "0A431A7F-0001-7C9C-8BBA-E73E5130AC0G",
                     "0A431A7F00001-7C9C-8BBA-E73E5130AC06", "0A431A7F-0001-7C9C-8BBA-E73E5130AC06 ", "æøå"] {
            #expect(UUID(storedText: text) == nil, "\(text)")
        }
    }

    /// Rows read without Codable say which column held what, on both databases, rather than guessing.
    @Test(arguments: TestDatabase.all)
    func plainRowsReadValuesAndNameWhatIsWrong(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let id = UUID()
            let rows = try await PlainRows(sql: sql).all("""
                SELECT \(bind: "tekst") AS t, CAST(NULL AS TEXT) AS unset, 42 AS n, \(bind: id) AS id
                """)
            let row = try #require(rows.first)
            #expect(try row.string("t") == "tekst")
            #expect(try row.optionalString("unset") == nil)
            #expect(try row.int("n") == 42)
            #expect(try row.uuid("id") == id)
            #expect(throws: (any Error).self) { try row.string("unset") }
            #expect(throws: (any Error).self) { try row.int("t") }
            if case .sqlite = database {
                #expect(throws: PlainRowError.self) { try row.uuid("t") }
                #expect(throws: PlainRowError.self) { try row.string("absent") }
            }
        }
    }

    /// A rebuild numbers each batch without the database, which is right only if no day is split
    /// between two batches.
    @Test func rebuildBatchesHoldWholeDays() {
        let days = ["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-02", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-04"]
        let meetings = days.map { (id: UUID(), date: $0) }
        let batches = SearchIndex.batches(of: meetings, size: 3)
        #expect(batches.map(\.count) == [5, 3])
        #expect(batches.flatMap { $0 } == meetings.map(\.id))
        let dayOf = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0.date) })
        let daysOfBatches = batches.map { Set($0.compactMap { dayOf[$0] }) }
        #expect(daysOfBatches[0].isDisjoint(with: daysOfBatches[1]))
        #expect(SearchIndex.batches(of: [], size: 3).isEmpty)
        #expect(SearchIndex.batches(of: Array(meetings.prefix(2)), size: 3).map(\.count) == [2])
    }

    /// A viewer in `role` in the demo's cluster steering group, as the pages would see them.
    static func viewer(_ app: Application, role: Viewer.BodyRole) async throws -> Viewer {
        Viewer(userID: UUID(), name: "Test", isAdministrator: false, roles: [try await MeetingWork.body(app).id: role])
    }
}
