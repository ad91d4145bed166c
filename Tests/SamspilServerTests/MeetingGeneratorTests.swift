import Fluent
import Foundation
import SamspilCore
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// `samspil demo generate`: what the search benchmark and anyone testing at scale rely on.
@Suite("Generated meetings for scale tests")
struct MeetingGeneratorTests {
    @Test(arguments: TestDatabase.all)
    func theSummaryCountsWhatIsStored(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let summary = try await MeetingGenerator(database: app.db).generate(meetings: 120)
            #expect(summary.meetings == 120)
            #expect(try await BodyModel.query(on: app.db).count() == summary.bodies)
            #expect(try await MeetingModel.query(on: app.db).count() == summary.meetings)
            #expect(try await AgendaItemModel.query(on: app.db).count() == summary.items)
            #expect(try await ItemSectionModel.query(on: app.db).count() == summary.sections)
            #expect(try await AttendanceModel.query(on: app.db).count() == summary.attendance)
            // 8 to 17 items a meeting, 12.5 on average.
            #expect((8 * 120...17 * 120).contains(summary.items))
            #expect(summary.sections > 2 * summary.items)
        }
    }

    @Test(arguments: TestDatabase.all)
    func itemsBelongToMeetingsOfTheGeneratedBodies(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let summary = try await MeetingGenerator(database: app.db).generate(meetings: 60)
            let archive = try await GeneratedArchive.load(on: app.db)
            #expect(archive.bodies.allSatisfy { $0.slug.hasSuffix("-syntetisk") && $0.name.hasSuffix("(syntetisk)") })
            let bodyIDs = Set(archive.bodies.map(\.id))
            #expect(archive.meetings.allSatisfy { bodyIDs.contains($0.bodyID) })
            let meetingIDs = Set(archive.meetings.map(\.id))
            #expect(archive.items.count == summary.items)
            #expect(archive.items.allSatisfy { meetingIDs.contains($0.meetingID) })
            // Clusters as the demo sets them, and the hierarchy: theme groups under their steering group.
            let clusterGroups = archive.bodies.filter { $0.kind == .clusterSteeringGroup }
            #expect(Set(clusterGroups.compactMap(\.cluster)).count == 5)
            let themeGroups = archive.bodies.filter { $0.kind == .themeGroup }
            #expect(themeGroups.allSatisfy { theme in clusterGroups.contains { $0.id == theme.parentID && $0.cluster == theme.cluster } })
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyMeetingHasItsItemsNumberedFromOneWithSections(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await MeetingGenerator(database: app.db).generate(meetings: 80)
            let archive = try await GeneratedArchive.load(on: app.db)
            for meeting in archive.meetings {
                let items = archive.items(of: meeting.id)
                #expect((8...17).contains(items.count))
                #expect(items.map(\.position) == Array(0..<items.count))
                #expect(items.map(\.number) == Array(1...items.count))
                #expect(items.first?.approvesPreviousMinutes == false)
                #expect(items[1].approvesPreviousMinutes)
                #expect(items.last?.title == "Eventuelt")
                // Times follow from the meeting's start and the durations.
                #expect(items.first?.start == meeting.start)
                for (item, next) in zip(items, items.dropFirst()) { #expect(item.end == next.start) }
                let isHeld = meeting.status >= .held
                for item in items {
                    #expect(item.sections.map(\.kind).map(\.standardPosition) == item.sections.map(\.kind).map(\.standardPosition).sorted())
                    #expect(item.sections.allSatisfy { !$0.text.isEmpty })
                    #expect((item.decision != nil) == isHeld, "decisions only, and always, on meetings that are held")
                }
                for item in items where item.purpose == nil {
                    #expect(item.sections.contains { $0.kind == .recommendation })
                    #expect(item.sections.contains { $0.kind == .description })
                    #expect(item.kind != nil)
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func textsAreDanishWordsFromTheFixtures(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await MeetingGenerator(database: app.db).generate(meetings: 60)
            let archive = try await GeneratedArchive.load(on: app.db)
            let texts = archive.items.flatMap { [$0.title] + $0.sections.map(\.text) }
            let fixtureWords = try Self.fixtureWords()
            let generatorWords = Self.generatorWords()
            let words = texts.flatMap(Self.words)
            // The generator's own words also in compounds and inflected: "Vestklyngens", "temagruppemøder".
            let stems = generatorWords.filter { $0.count >= 5 }
            let unknown = words.filter { word in
                !fixtureWords.contains(word) && !generatorWords.contains(word) && !stems.contains { word.hasPrefix($0) }
            }
            #expect(Double(unknown.count) / Double(words.count) < 0.02, "\(Set(unknown).sorted().prefix(40))")
            // The subjects turn up, some more than others.
            let counts = Dictionary(grouping: words, by: { $0 }).mapValues(\.count)
            #expect((counts["telemedicin"] ?? 0) > (counts["sygeplejeklinikker"] ?? 0))
            #expect((counts["kol"] ?? 0) > 0)
            // Nothing personal from the fixtures comes along.
            #expect(!texts.contains { ContactDetails.occur(in: $0) })
            #expect(!texts.contains { !CPRNumbers.find(in: $0).isEmpty })
            #expect(!texts.contains { $0.contains("Thomas Balle") || $0.contains("Katrine Gimm") })
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSameSeedGivesTheSameMeetings(database: TestDatabase) async throws {
        func titles(seed: UInt64) async throws -> [String] {
            var titles: [String] = []
            try await withApp(database) { app in
                _ = try await MeetingGenerator(database: app.db, seed: seed).generate(meetings: 40)
                titles = try await GeneratedArchive.load(on: app.db).titlesInOrder
            }
            return titles
        }
        let first = try await titles(seed: 42)
        #expect(first.count > 40 * 8)
        #expect(try await titles(seed: 42) == first)
        #expect(try await titles(seed: 43) != first)
    }

    @Test(arguments: TestDatabase.all)
    func generatingBesideTheDemoLeavesTheDemoUntouched(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let before = try await DemoSnapshot.take(on: app.db)
            let summary = try await MeetingGenerator(database: app.db).generate(meetings: 50)
            #expect(try await DemoSnapshot.take(on: app.db) == before)
            #expect(try await BodyModel.query(on: app.db).count() == before.bodies.count + summary.bodies)
            // The demo's hospital is the generated Midtklyngen's too: one organisation of that name.
            #expect(try await OrganisationModel.query(on: app.db).filter(\.$name == "Hospitalsenhed Midt").count() == 1)
            // The same seed again is refused, and changes nothing; another seed adds its own bodies.
            await #expect {
                try await MeetingGenerator(database: app.db).generate(meetings: 10)
            } throws: { error in
                "\(error)".contains("seed 1") && "\(error)".contains("--seed")
            }
            #expect(try await MeetingModel.query(on: app.db).count() == before.meetings.count + 50)
            let other = try await MeetingGenerator(database: app.db, seed: 2).generate(meetings: 10)
            #expect(try await BodyModel.query(on: app.db).filter(\.$slug == "sundhedsstyregruppen-syntetisk-2").count() == 1)
            #expect(try await MeetingModel.query(on: app.db).count() == before.meetings.count + 50 + other.meetings)
            #expect(try await DemoSnapshot.take(on: app.db) == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func meetingsAreSpreadOverYearsAndBodies(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await MeetingGenerator(database: app.db).generate(meetings: 300)
            let meetings = try await GeneratedArchive.load(on: app.db).meetings
            let years = Set(meetings.map(\.date.year))
            #expect(years == Set(2012...2026))
            #expect(Set(meetings.map(\.bodyID)).count >= 20)
            let perBodyAndYear = Dictionary(grouping: meetings) { "\($0.bodyID) \($0.date.year)" }
            #expect(perBodyAndYear.values.allSatisfy { $0.count <= 10 })
            #expect(perBodyAndYear.values.filter { $0.count >= 4 }.count >= perBodyAndYear.count - 1)
            // One meeting a day at most, on weekdays, with a start and an end.
            #expect(Set(meetings.map { "\($0.bodyID) \($0.date.iso)" }).count == meetings.count)
            #expect(meetings.allSatisfy { MeetingGenerator.GeneratedCalendar.DayNumber($0.date).weekday < 5 })
            #expect(meetings.allSatisfy { meeting in meeting.start.flatMap { start in meeting.end.map { start < $0 } } ?? false })
            #expect(meetings.allSatisfy { $0.chair != nil && $0.minuteTakers.count == 1 && $0.location != nil })
        }
    }

    @Test(arguments: TestDatabase.all)
    func meetingStatusesAreRealistic(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await MeetingGenerator(database: app.db).generate(meetings: 300)
            let meetings = try await GeneratedArchive.load(on: app.db).meetings
            let asOf = MeetingGenerator.asOf
            let approved = meetings.filter { $0.status == .minutesApproved }
            #expect(Double(approved.count) / Double(meetings.count) > 0.8)
            #expect(meetings.contains { $0.status == .agendaPublished })
            #expect(meetings.contains { [.planned, .held, .minutesDraft].contains($0.status) })
            for meeting in meetings {
                let day = MeetingGenerator.GeneratedCalendar.DayNumber(meeting.date)
                if day >= asOf {
                    #expect([.planned, .agendaPublished].contains(meeting.status))
                } else if asOf.value - day.value > 90 {
                    #expect(meeting.status == .minutesApproved)
                }
            }
            // One agenda out per body: the next meeting's.
            let published = Dictionary(grouping: meetings.filter { $0.status == .agendaPublished }, by: \.bodyID)
            #expect(published.values.allSatisfy { $0.count == 1 })
        }
    }

    @Test(arguments: TestDatabase.all)
    func generatedMeetingsRenderOnTheBodyAndMeetingPages(database: TestDatabase) async throws {
        try await withApp(database) { app in
            _ = try await MeetingGenerator(database: app.db).generate(meetings: 30)
            let archive = try await GeneratedArchive.load(on: app.db)
            let meeting = try #require(archive.meetings.first { $0.status == .minutesApproved })
            let body = try #require(archive.bodies.first { $0.id == meeting.bodyID })
            let bodyPage = try await app.testing().sendRequest(.GET, "/organer/\(body.slug)")
            #expect(bodyPage.status == .ok)
            #expect(bodyPage.body.string.contains("Medformand"))
            let meetingPage = try await app.testing().sendRequest(.GET, "/organer/\(body.slug)/moeder/\(meeting.date.iso)")
            #expect(meetingPage.status == .ok)
            let page = HTMLInspection(html: meetingPage.body.string)
            #expect(page.captures("<article class=\"item\" id=\"punkt-(\\d+)\"") == (1...archive.items(of: meeting.id).count).map(String.init))
            #expect(page.html.contains("Mødedeltagere ("))
            #expect(try await app.testing().sendRequest(.GET, "/").status == .ok)
        }
    }

    @Test
    func aBadMeetingCountIsRefused() throws {
        for text in ["0", "-5", "tusind", "2000001", "1.5", ""] {
            #expect {
                try MeetingGenerator.meetingCount(from: text)
            } throws: { error in
                "\(error)".contains("--meetings") && "\(error)".contains("2,000,000")
            }
        }
        #expect(try MeetingGenerator.meetingCount(from: "80,000") == 80_000)
        #expect(try MeetingGenerator.meetingCount(from: "2000000") == 2_000_000)
        #expect(throws: MeetingGenerator.Failure.seed("minus")) { try MeetingGenerator.seed(from: "minus") }
        #expect(try MeetingGenerator.seed(from: nil) == 1)
    }

    @Test(arguments: TestDatabase.all)
    func theCommandRefusesABadCountAndWritesNothing(database: TestDatabase) async throws {
        try await withApp(database) { app in
            for arguments in [["--meetings", "mange"], ["--meetings", "0"], ["--meetings", "-5"], ["--meetings"], []] {
                let message = await Self.failure(of: ["generate"] + arguments, app: app)
                #expect(message.contains("--meetings"), "\(arguments): \(message)")
                #expect(!message.contains("\n"))
                if arguments.count == 2 { #expect(message.contains("--meetings \(arguments[1])")) }
            }
            let bodies = try await BodyModel.query(on: app.db).count()
            let meetings = try await MeetingModel.query(on: app.db).count()
            #expect(bodies == 0 && meetings == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theCommandGeneratesAndSaysHowFast(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let console = RecordingConsole()
            try await Self.run(["generate", "--meetings", "25", "--seed", "9"], app: app, console: console)
            let summary = try #require(console.lines.first { $0.hasPrefix("Generated ") })
            #expect(summary.hasPrefix("Generated 25 meetings of "))
            #expect(summary.contains("items/s"))
            #expect(try await BodyModel.query(on: app.db).filter(\.$slug == "sundhedsstyregruppen-syntetisk-9").count() == 1)
        }
    }

    // MARK: - Helpers

    static func run(_ arguments: [String], app: Application, console: RecordingConsole) async throws {
        var context = CommandContext(console: console, input: CommandInput(arguments: ["samspil demo"] + arguments))
        context.application = app
        try await DemoCommand().run(using: &context)
    }

    /// What the command says when it fails; "" when it does not.
    static func failure(of arguments: [String], app: Application) async -> String {
        do {
            try await run(arguments, app: app, console: RecordingConsole())
            return ""
        } catch {
            return "\(error)"
        }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// Every word of the three real sets of minutes.
    static func fixtureWords() throws -> Set<String> {
        Set(try DemoMinutes.documents.flatMap { words(try String(contentsOf: $0.url, encoding: .utf8)) })
    }

    /// The words the generator brings itself: the subjects, the names of the clusters and their places, and
    /// what the bodies are called.
    static func generatorWords() -> Set<String> {
        let region = MeetingGenerator.GeneratedRegion.clusters.flatMap { [$0.stem, $0.hospital] + $0.municipalities }
        let nouns = MeetingGenerator.BodyNoun.allCases.map(\.stem)
        return Set((MeetingGenerator.Subjects.all + region + nouns).flatMap(words))
    }
}

/// The generated bodies, meetings and items, read back through the models.
struct GeneratedArchive {
    let bodies: [Body]
    let meetings: [Meeting]
    let items: [AgendaItem]
    private let itemsByMeeting: [UUID: [AgendaItem]]

    static func load(on database: any Database) async throws -> GeneratedArchive {
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
            .filter { $0.slug.contains("-syntetisk") }
        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID ~~ bodies.map(\.id)).all()
            .map { try $0.domain() }
        var items: [AgendaItem] = []
        // In slices: PostgreSQL takes at most 65,535 parameters a query.
        for slice in stride(from: 0, to: meetings.count, by: 500).map({ Array(meetings[$0..<min($0 + 500, meetings.count)]) }) {
            let models = try await AgendaItemModel.query(on: database).filter(\.$meetingID ~~ slice.map(\.id)).all()
            let sections = try await ItemSectionModel.query(on: database).filter(\.$itemID ~~ models.compactMap(\.id))
                .sort(\.$position).all()
            let byItem = Dictionary(grouping: sections, by: \.itemID)
            items += try models.map { model in try model.domain(sections: (byItem[try model.requireID()] ?? []).map { try $0.domain() }) }
        }
        return GeneratedArchive(bodies: bodies, meetings: meetings, items: items,
                                itemsByMeeting: Dictionary(grouping: items, by: \.meetingID).mapValues { $0.inAgendaOrder() })
    }

    func items(of meetingID: UUID) -> [AgendaItem] { itemsByMeeting[meetingID] ?? [] }

    /// Every item's title, meeting by meeting (by date and body) in agenda order.
    var titlesInOrder: [String] {
        let slugs = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0.slug) })
        return meetings.sorted { ($0.date, slugs[$0.bodyID] ?? "") < ($1.date, slugs[$1.bodyID] ?? "") }
            .flatMap { meeting in items(of: meeting.id).map { "\(meeting.date.iso) \(slugs[meeting.bodyID] ?? "") \($0.title)" } }
    }
}

/// What the demo holds, to see that generating beside it changes none of it.
struct DemoSnapshot: Equatable {
    let bodies: [String]
    let meetings: [String]
    let items: [String]
    let sections: Int
    let attendance: Int
    let organisations: [String]

    static func take(on database: any Database) async throws -> DemoSnapshot {
        let bodies = try await BodyModel.query(on: database).all().filter { !$0.slug.contains("-syntetisk") }
        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID ~~ bodies.compactMap(\.id)).all()
        let items = try await AgendaItemModel.query(on: database).filter(\.$meetingID ~~ meetings.compactMap(\.id)).all()
        return DemoSnapshot(
            bodies: bodies.map { "\($0.id?.uuidString ?? "") \($0.slug) \($0.name) \($0.parentID?.uuidString ?? "")" }.sorted(),
            meetings: meetings.map { "\($0.id?.uuidString ?? "") \($0.date) \($0.status) \($0.version) \($0.revision) \($0.location ?? "")" }.sorted(),
            items: items.map { "\($0.id?.uuidString ?? "") \($0.position) \($0.title) \($0.version)" }.sorted(),
            sections: try await ItemSectionModel.query(on: database).filter(\.$itemID ~~ items.compactMap(\.id)).count(),
            attendance: try await AttendanceModel.query(on: database).filter(\.$meetingID ~~ meetings.compactMap(\.id)).count(),
            organisations: try await OrganisationModel.query(on: database).all()
                .filter { ["Hospitalsenhed Midt", "Regionspsykiatrien", "Silkeborg Kommune"].contains($0.name) }
                .map { "\($0.id?.uuidString ?? "") \($0.name) \($0.kind)" }.sorted())
    }
}

/// A console that keeps what a command prints.
final class RecordingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var output: [String] = []
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (100, 40) }

    var lines: [String] { lock.withLock { output } }

    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) { lock.withLock { output.append(text.description) } }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) { lock.withLock { output.append(error) } }
}
