import Fluent
import Foundation
import MinutesImport
import SamspilCore
import SamspilDemo
import SQLKit

/// Synthetic meetings for scale tests (`samspil demo generate`): a region of clusters with their steering,
/// theme and working groups, and meetings with attendance, agenda items and sections whose Danish texts are
/// recombined from the three real sets of minutes in `SamspilDemo`.
///
/// Built for a million agenda items: rows are written with SQLKit in multi-row INSERTs, a few thousand
/// rows per transaction, from texts prepared once per kind of body; nothing goes through Fluent's models.
/// While one transaction is written the next is generated. The same seed gives the same bodies, meetings,
/// titles and texts. Generated bodies have slugs that end in "-syntetisk" (or "-syntetisk-SEED"), so they
/// never collide with real or demo bodies, and nothing that exists is changed: organisations of the same
/// name are shared, everything else is new.
///
/// The rows follow the conventions of `MinutesWriter` and `MeetingPlanner`: UUID ids, dates as `YYYY-MM-DD`,
/// times as `HH:MM`, statuses and kinds as raw values, positions from 0 and numbers from 1.
public struct MeetingGenerator: Sendable {
    public struct Summary: Sendable, Equatable {
        public let bodies, meetings, items, sections, attendance: Int
    }

    /// The most meetings one run generates: enough for 25 million agenda items.
    public static let maximumMeetings = 2_000_000

    /// The day the generated archive is seen from: meetings before it are held (most minutes approved,
    /// the latest of a body still a draft), later ones planned or with their agenda published. Fixed, so
    /// that the same seed gives the same statuses whenever it runs.
    static let asOf = GeneratedCalendar.DayNumber(year: 2026, month: 9, day: 1)

    /// Meetings written per transaction: about 1,250 items and 5,700 rows in all. Fewer means more commits
    /// (each one a flush of SQLite's log); many more makes SQLite spill pages before the commit.
    static let meetingsPerTransaction = 100

    let database: any Database
    let seed: UInt64

    public init(database: any Database, seed: UInt64 = 1) {
        self.database = database
        self.seed = seed
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case meetingCountMissing
        case meetingCount(String)
        case seed(String)
        case unsupportedDatabase
        case alreadyGenerated(slug: String, seed: UInt64)
        case noVocabulary(String)
        case setupFailed(reason: String)
        case writeFailed(meetings: ClosedRange<Int>, reason: String)

        public var description: String {
            switch self {
            case .meetingCountMissing:
                "Say how many meetings to generate with --meetings N, a whole number from 1 to "
                    + "\(Self.grouped(MeetingGenerator.maximumMeetings)), e.g. --meetings 1000."
            case let .meetingCount(text):
                "--meetings \(text) is not a number of meetings Samspil can generate: give a whole number from 1 to "
                    + "\(Self.grouped(MeetingGenerator.maximumMeetings)), e.g. --meetings 80000 (about a million agenda items)."
            case let .seed(text):
                "--seed \(text) is not a seed: give a whole number from 0 to \(UInt64.max), e.g. --seed 2."
            case .unsupportedDatabase:
                "The generator writes with SQL and needs SQLite or PostgreSQL."
            case let .alreadyGenerated(slug, seed):
                "The database already holds the bodies generated with seed \(seed) (e.g. \(slug)), so nothing was "
                    + "generated. Use another --seed, or point DATABASE_URL at a new database."
            case let .noVocabulary(what):
                "The demo minutes gave no \(what), which the generator builds its texts from."
            case let .setupFailed(reason):
                "Storing the generated bodies, people and organisations failed, and nothing was stored: \(reason)"
            case let .writeFailed(meetings, reason):
                "Writing generated meetings \(Self.grouped(meetings.lowerBound))-\(Self.grouped(meetings.upperBound)) "
                    + "failed: \(reason). The \(Self.grouped(meetings.lowerBound - 1)) meetings before them are stored; "
                    + "start again on a new database."
            }
        }

        static func grouped(_ number: Int) -> String { NumberText.grouped(number) }
    }

    /// Reads `--meetings`: a whole number from 1 to `maximumMeetings`.
    public static func meetingCount(from text: String?) throws(Failure) -> Int {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { throw .meetingCountMissing }
        // "80,000" and "80_000" are how people write large numbers.
        let digits = text.filter { $0 != "," && $0 != "_" }
        guard let count = Int(digits), (1...maximumMeetings).contains(count) else { throw .meetingCount(text) }
        return count
    }

    /// Reads `--seed`: any unsigned 64-bit number; 1 when not given.
    public static func seed(from text: String?) throws(Failure) -> UInt64 {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 1 }
        guard let seed = UInt64(text) else { throw .seed(text) }
        return seed
    }

    /// Generates `meetings` meetings with their bodies, people, attendance, items and sections.
    /// - Parameter progress: called after each transaction with the number of meetings stored so far.
    public func generate(meetings: Int, progress: (@Sendable (Int) -> Void)? = nil) async throws -> Summary {
        guard (1...Self.maximumMeetings).contains(meetings) else { throw Failure.meetingCount("\(meetings)") }
        guard let sql = database as? any SQLDatabase else { throw Failure.unsupportedDatabase }
        let naming = GeneratedNaming(seed: seed)
        if let existing = try await sql.select().column("slug").from(BodyModel.schema)
            .where("slug", .equal, naming.slug(GeneratedRegion.steeringGroupStem)).first() {
            throw Failure.alreadyGenerated(slug: try existing.decode(column: "slug", as: String.self), seed: seed)
        }
        let vocabulary = try FixtureVocabulary.load()
        let inserter = BatchInserter(dialect: sql.dialect.name)
        let cells = CellMaker(dialect: sql.dialect.name, now: Date())

        var plan = RegionPlan(naming: naming, random: SplitMix64(seed: seed, stream: .plan), ids: IDSequence(seed: seed))
        plan.allocate(meetings: meetings)
        var setup = SetupRows(cells: cells, ids: plan.ids, known: try await KnownOrganisations.load(on: sql))
        var people = PeopleFactory(vocabulary: vocabulary, random: SplitMix64(seed: seed, stream: .people))
        let rosters = setup.add(plan: plan, people: &people)
        do {
            try await inserter.run(inserter.statements(for: setup.tables, on: sql), on: database)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.setupFailed(reason: DatabaseProblem.summary(of: error))
        }

        var factory = MeetingFactory(texts: TextLibrary(vocabulary: vocabulary), cells: cells, ids: setup.ids,
                                     random: SplitMix64(seed: seed, stream: .meetings))
        // One transaction is written while the next is generated and serialized: SQLite works on a thread
        // of its own.
        var writing: (task: Task<Void, any Error>, meetings: Int)?
        var written = 0
        func finishWriting() async throws {
            guard let (task, count) = writing else { return }
            writing = nil
            try await task.value
            written += count
            progress?(written)
        }
        func write(_ batch: MeetingRows) async throws {
            // Serialized while the batch before it is still being written.
            let statements = inserter.statements(for: batch.tables, on: sql)
            try await finishWriting()
            let range = (written + 1)...(written + batch.meetingCount)
            let database = database
            writing = (Task {
                do {
                    try await inserter.run(statements, on: database)
                } catch {
                    throw Failure.writeFailed(meetings: range, reason: DatabaseProblem.summary(of: error))
                }
            }, batch.meetingCount)
        }
        var rows = MeetingRows()
        for roster in rosters {
            let body = factory.prepare(roster)
            for meeting in roster.meetings {
                factory.add(meeting, of: body, to: &rows)
                if rows.meetingCount == Self.meetingsPerTransaction {
                    try await write(rows)
                    rows = MeetingRows()
                }
            }
        }
        if rows.meetingCount > 0 { try await write(rows) }
        try await finishWriting()
        return Summary(bodies: plan.bodies.count, meetings: written, items: factory.counts.items,
                       sections: factory.counts.sections, attendance: factory.counts.attendance)
    }
}

// The parts of the generator, nested so that their plain names stay out of the module's namespace.
extension MeetingGenerator {
    // MARK: - Randomness and ids

    /// SplitMix64: small, fast and the same on every platform, so a seed gives the same data everywhere.
    struct SplitMix64 {
        private var state: UInt64

        /// Independent streams for the parts of the plan, so that changing how texts are drawn does not move
        /// the dates of the meetings.
        enum Stream: UInt64 {
            case plan = 1, people = 2, meetings = 3, ids = 4, texts = 5
        }

        init(seed: UInt64, stream: Stream) {
            state = seed &* 0x9E37_79B9_7F4A_7C15 ^ (stream.rawValue &* 0xD1B5_4A32_D192_ED03)
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number from 0 up to `bound` (exclusive); `bound` must be positive.
        mutating func below(_ bound: Int) -> Int {
            Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
        }

        mutating func number(in range: ClosedRange<Int>) -> Int {
            range.lowerBound + below(range.count)
        }

        /// True with the given probability (0...1).
        mutating func chance(_ probability: Double) -> Bool {
            Double(next() >> 11) * 0x1p-53 < probability
        }

        /// One element; the pools this is used on are never empty (`FixtureVocabulary` checks).
        mutating func pick<Element>(_ elements: [Element]) -> Element {
            elements[below(elements.count)]
        }
    }

    /// Ids shaped like UUIDv7: a counter where v7 has its clock, so every row goes in after the last one in
    /// the primary-key and foreign-key indexes instead of at a random place, which keeps a million-row insert
    /// from thrashing the B-trees. The random low half makes them unique across seeds; the version nibble (7)
    /// keeps them apart from the random (v4) ids the rest of Samspil makes.
    struct IDSequence {
        private var counter: UInt64
        private var random: SplitMix64

        init(seed: UInt64) {
            random = SplitMix64(seed: seed, stream: .ids)
            // 28 bits of room for the counter: 268 million rows, more than 2,000,000 meetings need.
            counter = (random.next() >> 36) << 28
        }

        mutating func next() -> UUID {
            counter += 1
            let high = ((counter >> 12) << 16) | 0x7000 | (counter & 0xFFF)
            let low = (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
            func byte(_ value: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: value >> (56 - 8 * index)) }
            return UUID(uuid: (byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3),
                               byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
                               byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3),
                               byte(low, 4), byte(low, 5), byte(low, 6), byte(low, 7)))
        }
    }

    // MARK: - Calendar arithmetic

    /// Days as numbers (days since 1 January 1970), for spreading meetings over years and telling how long
    /// ago a meeting was, without Foundation's calendars.
    enum GeneratedCalendar {
        struct DayNumber: Hashable, Comparable, Sendable {
            let value: Int

            init(value: Int) { self.value = value }

            init(_ day: CalendarDay) {
                self.init(year: day.year, month: day.month, day: day.day)
            }

            /// From Howard Hinnant's `days_from_civil`.
            init(year: Int, month: Int, day: Int) {
                let y = month <= 2 ? year - 1 : year
                let era = (y >= 0 ? y : y - 399) / 400
                let yearOfEra = y - era * 400
                let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
                let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
                value = era * 146_097 + dayOfEra - 719_468
            }

            /// Monday is 0; 1 January 1970 was a Thursday.
            var weekday: Int { ((value + 3) % 7 + 7) % 7 }

            /// `YYYY-MM-DD`, as the database keeps dates; from Hinnant's `civil_from_days`.
            var iso: String {
                let z = value + 719_468
                let era = (z >= 0 ? z : z - 146_096) / 146_097
                let dayOfEra = z - era * 146_097
                let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
                let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
                let shiftedMonth = (5 * dayOfYear + 2) / 153
                let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
                let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
                let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
                return "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
            }

            static func < (lhs: DayNumber, rhs: DayNumber) -> Bool { lhs.value < rhs.value }
        }

        /// `count` weekdays of `year`, one in each of `count` equal parts of the year: a body meets through
        /// the year and never twice on one day.
        static func meetingDays(in year: Int, count: Int, random: inout SplitMix64) -> [DayNumber] {
            let first = DayNumber(year: year, month: 1, day: 1).value
            let slot = 365 / count
            return (0..<count).map { index in
                // Three days of room at the end of the slot for moving a weekend to the Monday after.
                var day = DayNumber(value: first + index * slot + random.below(max(1, slot - 3)))
                if day.weekday >= 5 { day = DayNumber(value: day.value + 7 - day.weekday) }
                return day
            }
        }

        /// `HH:MM` for every minute of the day, made once: items need two each.
        static let clock: [String] = (0..<(24 * 60)).map { minute in
            TimeOfDay(hour: minute / 60, minute: minute % 60)?.description ?? ""
        }
    }

    // MARK: - The region

    /// The synthetic region: the clusters of Region Midtjylland (DOMAIN.md), each with its hospital unit and
    /// municipalities, and the bodies every cluster has.
    enum GeneratedRegion {
        struct Cluster: Sendable {
            let name: String
            let slug: String
            /// "Vestklynge": what replaces "Midtklynge" in the fixtures' sentences ("Midtklyngens", "Midtklyngen").
            let stem: String
            let hospital: String
            let hospitalTown: String
            let municipalities: [String]
            /// Theme groups under its steering group: three or four.
            let themeGroups: Int

            var municipalityNames: [String] { municipalities.map { "\($0) Kommune" } }
        }

        static let clusters: [Cluster] = [
            Cluster(name: "Midtklyngen", slug: "midtklyngen", stem: "Midtklynge", hospital: "Hospitalsenhed Midt",
                    hospitalTown: "Viborg", municipalities: ["Silkeborg", "Skive", "Viborg"], themeGroups: 4),
            Cluster(name: "Vestklyngen", slug: "vestklyngen", stem: "Vestklynge", hospital: "Hospitalsenheden Vest",
                    hospitalTown: "Herning",
                    municipalities: ["Herning", "Holstebro", "Ikast-Brande", "Lemvig", "Ringkøbing-Skjern", "Struer"],
                    themeGroups: 3),
            Cluster(name: "Aarhusklyngen", slug: "aarhusklyngen", stem: "Aarhusklynge", hospital: "Aarhus Universitetshospital",
                    hospitalTown: "Aarhus", municipalities: ["Aarhus", "Odder", "Samsø"], themeGroups: 4),
            Cluster(name: "Horsensklyngen", slug: "horsensklyngen", stem: "Horsensklynge", hospital: "Regionshospitalet Horsens",
                    hospitalTown: "Horsens", municipalities: ["Horsens", "Hedensted", "Skanderborg"], themeGroups: 3),
            Cluster(name: "Randersklyngen", slug: "randersklyngen", stem: "Randersklynge", hospital: "Regionshospitalet Randers",
                    hospitalTown: "Randers", municipalities: ["Randers", "Favrskov", "Norddjurs", "Syddjurs"], themeGroups: 4),
        ]

        static let psychiatry = "Regionspsykiatrien"
        static let generalPractice = "Almen praksis"
        /// Where the guests who present research come from.
        static let university = "Aarhus Universitet"
        static let steeringGroupStem = "sundhedsstyregruppen"

        static let themeGroups: [(slug: String, name: String)] = [
            ("temagruppe-somatik", "Voksentemagruppen for somatik"),
            ("temagruppe-psykiatri", "Voksentemagruppen for psykiatri"),
            ("temagruppe-boern-unge-familie", "Temagruppen for børn, unge og familie"),
            ("temagruppe-aeldre-kronisk-syge", "Temagruppen for ældre og kronisk syge"),
        ]

        static let years = 2012...2026

        /// The order in which a body's years are filled when there are fewer meetings than bodies and years:
        /// far-apart years first, so a small run still spans the whole period.
        static let yearOrder = [2026, 2012, 2019, 2015, 2023, 2013, 2021, 2017, 2025, 2014, 2020, 2016, 2024, 2018, 2022]

        /// Meetings a body holds in a year.
        static let meetingsPerYear = 4...10
    }

    /// What a body is, for its name and for the texts: "Klyngestyregruppen godkender ..." becomes
    /// "Temagruppen godkender ..." in a theme group.
    enum BodyNoun: Int, Sendable, CaseIterable {
        case steeringGroup, clusterSteeringGroup, themeGroup, workingGroup

        /// The stem the fixtures' "klyngestyregruppe" is replaced by (also in "klyngestyregruppemøder").
        var stem: String {
            switch self {
            case .steeringGroup: "sundhedsstyregruppe"
            case .clusterSteeringGroup: "klyngestyregruppe"
            case .themeGroup: "temagruppe"
            case .workingGroup: "arbejdsgruppe"
            }
        }

        var kind: Body.Kind {
            switch self {
            case .steeringGroup: .steeringGroup
            case .clusterSteeringGroup: .clusterSteeringGroup
            case .themeGroup: .themeGroup
            case .workingGroup: .workingGroup
            }
        }
    }

    /// Slugs and names of generated bodies: "-syntetisk" for seed 1, "-syntetisk-7" for seed 7, so runs with
    /// different seeds can share a database.
    struct GeneratedNaming: Sendable {
        let seed: UInt64

        func slug(_ stem: String) -> String { seed == 1 ? "\(stem)-syntetisk" : "\(stem)-syntetisk-\(seed)" }
        func name(_ name: String) -> String { seed == 1 ? "\(name) (syntetisk)" : "\(name) (syntetisk \(seed))" }

        var summaryNote: String {
            "Syntetiske testdata fra `samspil demo generate` (frø \(seed)): tekster sammensat af sætninger fra rigtige referater."
        }
    }

    /// One body of the plan and the meetings it gets.
    struct PlannedBody: Sendable {
        let body: Body
        let noun: BodyNoun
        /// Index into `GeneratedRegion.clusters`; nil for the region-wide steering group.
        let cluster: Int?
        var meetingDays: [GeneratedCalendar.DayNumber] = []
    }

    /// The bodies and the days of their meetings. Standing bodies (the steering group, the cluster steering
    /// groups and theme groups) take the first meetings, year by year across all of them; working groups,
    /// which live one to three years, take the rest. A small run thus spreads over bodies and years, and a
    /// large one has about as many working groups as it needs.
    struct RegionPlan {
        let naming: GeneratedNaming
        var random: SplitMix64
        /// The bodies' ids come from here; the rows after them continue the sequence.
        private(set) var ids: IDSequence
        private(set) var bodies: [PlannedBody] = []
        private var standingCount = 0

        init(naming: GeneratedNaming, random: SplitMix64, ids: IDSequence) {
            self.naming = naming
            self.random = random
            self.ids = ids
            bodies = standingBodies()
            standingCount = bodies.count
        }

        private mutating func standingBodies() -> [PlannedBody] {
            let top = Body(id: ids.next(), slug: naming.slug(GeneratedRegion.steeringGroupStem), name: naming.name("Sundhedsstyregruppen"),
                           kind: .steeringGroup,
                           summary: "Den administrative styregruppe for sundhedssamarbejdet i regionen. " + naming.summaryNote)
            var steering: [PlannedBody] = []
            var themes: [[PlannedBody]] = []
            for (index, cluster) in GeneratedRegion.clusters.enumerated() {
                let group = Body(
                    id: ids.next(), slug: naming.slug("\(cluster.slug)-klyngestyregruppe"), name: naming.name("Klyngestyregruppen for \(cluster.name)"),
                    kind: .clusterSteeringGroup, parentID: top.id, cluster: cluster.name,
                    summary: "\(cluster.hospital), \(GeneratedRegion.psychiatry), \(cluster.municipalityNames.joined(separator: ", ")) "
                        + "og almen praksis om det tværsektorielle samarbejde i \(cluster.name). " + naming.summaryNote)
                steering.append(PlannedBody(body: group, noun: .clusterSteeringGroup, cluster: index))
                themes.append(GeneratedRegion.themeGroups.prefix(cluster.themeGroups).map { theme in
                    PlannedBody(body: Body(id: ids.next(), slug: naming.slug("\(cluster.slug)-\(theme.slug)"), name: naming.name("\(theme.name), \(cluster.name)"),
                                           kind: .themeGroup, parentID: group.id, cluster: cluster.name, summary: naming.summaryNote),
                                noun: .themeGroup, cluster: index)
                })
            }
            // Clusters interleaved, so that the first bodies to get meetings are in different clusters.
            let interleavedThemes = (0..<GeneratedRegion.themeGroups.count).flatMap { rank in themes.compactMap { $0.count > rank ? $0[rank] : nil } }
            return [PlannedBody(body: top, noun: .steeringGroup, cluster: nil)] + steering + interleavedThemes
        }

        mutating func allocate(meetings: Int) {
            var remaining = meetings
            let years = GeneratedRegion.yearOrder
            for round in years.indices {
                for index in 0..<standingCount where remaining > 0 {
                    let year = years[(round + index) % years.count]
                    remaining -= addMeetings(to: index, in: year, atMost: remaining)
                }
            }
            var workingGroups = 0
            while remaining > 0 {
                let span = random.number(in: 1...3)
                let start = random.number(in: GeneratedRegion.years.lowerBound...(GeneratedRegion.years.upperBound - span + 1))
                let index = addWorkingGroup(number: workingGroups, years: start...(start + span - 1))
                workingGroups += 1
                for year in start..<(start + span) where remaining > 0 {
                    remaining -= addMeetings(to: index, in: year, atMost: remaining)
                }
            }
            for index in bodies.indices { bodies[index].meetingDays.sort() }
        }

        private mutating func addMeetings(to index: Int, in year: Int, atMost limit: Int) -> Int {
            let count = min(limit, random.number(in: GeneratedRegion.meetingsPerYear))
            bodies[index].meetingDays += GeneratedCalendar.meetingDays(in: year, count: count, random: &random)
            return count
        }

        /// A working group under one of its cluster's theme groups, about one subject.
        private mutating func addWorkingGroup(number: Int, years: ClosedRange<Int>) -> Int {
            let clusterIndex = number % GeneratedRegion.clusters.count
            let cluster = GeneratedRegion.clusters[clusterIndex]
            let subject = random.pick(Subjects.all)
            let parents = bodies.prefix(standingCount).filter { $0.noun == .themeGroup && $0.cluster == clusterIndex }
            let parent = parents.isEmpty ? nil : parents[number / GeneratedRegion.clusters.count % parents.count].body.id
            let period = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)"
            let body = Body(
                id: ids.next(), slug: naming.slug("\(cluster.slug)-arbejdsgruppe-\(number + 1)"),
                name: naming.name("Arbejdsgruppen om \(subject) \(period), \(cluster.name)"),
                kind: .workingGroup, parentID: parent, cluster: cluster.name,
                summary: "Tværsektoriel arbejdsgruppe om \(subject) med et kommissorium for \(period). " + naming.summaryNote)
            bodies.append(PlannedBody(body: body, noun: .workingGroup, cluster: clusterIndex))
            return bodies.count - 1
        }
    }

    /// The subjects items are about, most talked about first: search finds some of them everywhere and
    /// others rarely.
    enum Subjects {
        static let all = [
            "telemedicin", "KOL", "diabetes", "psykiatri", "sundhedsaftalen", "genoptræning", "rygestop",
            "akutfunktionen", "hospitalsplanen", "sundheds- og hospitalsplanen", "lighed i sundhed",
            "ældre medicinske patienter", "forebyggelse", "rehabilitering", "demens", "socialt udsatte",
            "børn og unge", "gravide", "hjertesvigt", "udskrivelse",
            "medicinhåndtering", "hjerneskade", "kræftrehabilitering", "palliation", "mobillaboranter",
            "sundhedsklyngerne", "praksisplanen", "covid-19", "vaccination", "misbrug", "selvmordsforebyggelse",
            "overvægt hos børn", "hjemmebehandling", "datadeling", "patientinddragelse", "bemandingssituationen",
            "sygeplejeklinikker",
        ]

        /// Indexes into `all`, each about as often as 1/(rank + 1) says: a Zipf-like spread drawn in O(1).
        static let weighted: [Int] = {
            let weights = all.indices.map { 1.0 / Double($0 + 1) }
            let total = weights.reduce(0, +)
            return all.indices.flatMap { index in
                Array(repeating: index, count: max(1, Int((2048 * weights[index] / total).rounded())))
            }
        }()

        static func capitalised(_ subject: String) -> String {
            subject.prefix(1).uppercased() + subject.dropFirst()
        }
    }

    // MARK: - Organisations, people and seats

    /// The organisations already stored, by name as `MinutesWriter` matches them: the demo's "Hospitalsenhed
    /// Midt" is the generated Midtklyngen's hospital too (the name is unique).
    struct KnownOrganisations: Sendable {
        let ids: [String: UUID]

        static func key(_ name: String) -> String { Organisation.fullName(name).lowercased() }

        static func load(on sql: any SQLDatabase) async throws -> KnownOrganisations {
            var ids: [String: UUID] = [:]
            for row in try await sql.select().column("id").column("name").from(OrganisationModel.schema).all() {
                ids[key(try row.decode(column: "name", as: String.self))] = try row.decode(column: "id", as: UUID.self)
            }
            return KnownOrganisations(ids: ids)
        }
    }

    /// One person on a body's list, with the seat they hold.
    struct Member: Sendable {
        let personID: UUID
        let name: String
        let title: String
        let organisationID: UUID
        let role: Membership.Role
    }

    /// A body with everything its meetings are made from.
    struct BodyRoster: Sendable {
        let body: Body
        let noun: BodyNoun
        let cluster: Int?
        let meetings: [GeneratedMeeting]
        /// In the order of an attendance list: by organisation, co-chairs first.
        let members: [Member]
        let guest: Member
        /// The body's habits: when it meets, where, and what it calls its standard items.
        let startMinutes: Int
        let locations: [String]
        let standardTitles: [String]
        /// "Beskrivelse af sagen" and "Referat" as headings, or the usual ones (nil).
        let writesOwnHeadings: Bool

        var chair: Member? { members.first { $0.role == .coChair } }
        var secretary: Member? { members.first { $0.role == .secretary } }
    }

    struct GeneratedMeeting: Sendable {
        let day: GeneratedCalendar.DayNumber
        let status: MeetingStatus
    }

    /// Names and titles of generated people: Danish first and last names, job titles from the fixtures'
    /// attendance lists.
    struct PeopleFactory {
        let vocabulary: FixtureVocabulary
        var random: SplitMix64

        static let firstNames = [
            "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Marianne", "Camilla", "Pia", "Louise",
            "Charlotte", "Tina", "Maria", "Rikke", "Karen", "Birgitte", "Trine", "Katrine", "Line", "Malene", "Ida",
            "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Martin", "Anders",
            "Morten", "Jesper", "Rasmus", "Mads", "Christian", "Kim", "Ole", "Per", "Poul", "Claus", "Bo", "Steen",
        ]
        static let middleNames = ["Marie", "Kjær", "Bach", "Holm", "Bro", "Juul", "Lykke", "Dahl", "Friis", "Due", "Brink"]
        static let lastNames = [
            "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
            "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen", "Østergaard", "Lund",
            "Schmidt", "Vestergaard", "Skov", "Dam", "Clausen", "Kristiansen", "Lauridsen", "Eriksen", "Svendsen",
        ]

        mutating func name() -> String {
            let first = random.pick(Self.firstNames)
            let last = random.pick(Self.lastNames)
            return random.chance(0.3) ? "\(first) \(random.pick(Self.middleNames)) \(last)" : "\(first) \(last)"
        }

        mutating func title(for kind: Organisation.Kind) -> String {
            random.pick(vocabulary.jobTitles[kind] ?? vocabulary.jobTitles[.other] ?? ["konsulent"])
        }
    }

    /// The rows written before any meeting: missing organisations, the bodies, their people and seats.
    struct SetupRows {
        let cells: CellMaker
        var ids: IDSequence
        var organisations = TableRows(table: OrganisationModel.schema, columns: ["id", "name", "kind", "created_at"])
        var bodies = TableRows(table: BodyModel.schema,
                               columns: ["id", "slug", "name", "kind", "parent_id", "cluster", "summary", "created_at"])
        var people = TableRows(table: PersonModel.schema, columns: ["id", "name", "email", "phone", "created_at"])
        var memberships = TableRows(table: MembershipModel.schema,
                                    columns: ["id", "person_id", "body_id", "organisation_id", "role", "title",
                                              "starts_on", "ends_on", "derived", "derived_as_of"])
        private var organisationIDs: [String: UUID]

        init(cells: CellMaker, ids: IDSequence, known: KnownOrganisations) {
            self.cells = cells
            self.ids = ids
            organisationIDs = known.ids
        }

        /// Parents before children: bodies refer to bodies, seats to people, bodies and organisations.
        var tables: [TableRows] { [organisations, bodies, people, memberships] }

        mutating func add(plan: RegionPlan, people factory: inout PeopleFactory) -> [BodyRoster] {
            var rosters: [BodyRoster] = []
            for planned in plan.bodies {
                let body = planned.body
                bodies.append([cells.id(body.id), .text(body.slug), .text(body.name), .keyword(body.kind.rawValue),
                               planned.body.parentID.map(cells.id) ?? .null, .optional(body.cluster),
                               .optional(body.summary), cells.now])
                // Seats start at the first meeting and stay open: everyone is on the latest list, as
                // `MembershipDerivation` would have it.
                guard let first = planned.meetingDays.first, let last = planned.meetingDays.last else { continue }
                let members = makeMembers(of: planned, factory: &factory)
                let guest = makePerson(name: factory.name(), title: factory.title(for: .research),
                                       organisation: organisationID(GeneratedRegion.university, kind: .research), role: .guest)
                for member in members {
                    memberships.append([cells.id(ids.next()), cells.id(member.personID), cells.id(body.id),
                                        cells.id(member.organisationID), .keyword(member.role.rawValue), .text(member.title),
                                        .day(first), .null, .true, .day(last)])
                }
                rosters.append(BodyRoster(
                    body: body, noun: planned.noun, cluster: planned.cluster,
                    meetings: Self.statuses(of: planned.meetingDays),
                    members: members, guest: guest,
                    startMinutes: factory.random.pick([8 * 60, 8 * 60 + 30, 9 * 60, 10 * 60, 13 * 60, 14 * 60]),
                    locations: Self.locations(cluster: planned.cluster.map { GeneratedRegion.clusters[$0] }),
                    standardTitles: factory.random.chance(0.5) ? StandardItem.defaults.map(\.title)
                        : ["Godkendelse af dagsorden", "Godkendelse af referat", "Punkter til kommende møder", "Eventuelt"],
                    writesOwnHeadings: factory.random.chance(0.4)))
            }
            return rosters
        }

        /// Past meetings are held and most minutes approved; the latest held one is still a draft if it was
        /// in the last three months (or only just held); the first coming one has its agenda out, later ones
        /// are planned.
        static func statuses(of days: [GeneratedCalendar.DayNumber]) -> [GeneratedMeeting] {
            let asOf = MeetingGenerator.asOf
            let firstComing = days.firstIndex { $0 >= asOf } ?? days.count
            return days.enumerated().map { index, day in
                let status: MeetingStatus
                if index > firstComing {
                    status = .planned
                } else if index == firstComing {
                    status = .agendaPublished
                } else if index == firstComing - 1, asOf.value - day.value <= 14 {
                    status = .held
                } else if index == firstComing - 1, asOf.value - day.value <= 90 {
                    status = .minutesDraft
                } else {
                    status = .minutesApproved
                }
                return GeneratedMeeting(day: day, status: status)
            }
        }

        static func locations(cluster: GeneratedRegion.Cluster?) -> [String] {
            let physical = "Fysisk møde med mulighed for virtuel deltagelse"
            guard let cluster else {
                return ["Regionshuset Viborg, mødelokale 1", "Regionshuset Aarhus, mødelokale 3", physical, "Virtuelt møde"]
            }
            return ["Regionshospitalet \(cluster.hospitalTown), mødelokale \(cluster.municipalities.count + 2)",
                    "\(cluster.municipalities[0]) Rådhus, mødelokale 2",
                    "\(cluster.municipalities[cluster.municipalities.count - 1]) Rådhus",
                    physical, physical, "Virtuelt møde"]
        }

        /// Two co-chairs (hospital and a municipality), psychiatry, general practice, a few more from the
        /// municipalities and the hospital, and the secretary who takes the minutes.
        private mutating func makeMembers(of planned: PlannedBody, factory: inout PeopleFactory) -> [Member] {
            let clusters = GeneratedRegion.clusters
            let cluster = planned.cluster.map { clusters[$0] }
            let hospitalName = cluster?.hospital ?? clusters[factory.random.below(clusters.count)].hospital
            let municipalities = cluster?.municipalityNames ?? clusters.map { $0.municipalityNames[0] }
            let hospital = organisationID(hospitalName, kind: .hospitalUnit)
            let psychiatry = organisationID(GeneratedRegion.psychiatry, kind: .psychiatry)
            let practice = organisationID(GeneratedRegion.generalPractice, kind: .generalPractice)
            let municipalityIDs = municipalities.map { organisationID($0, kind: .municipality) }
            let chairMunicipality = factory.random.below(municipalities.count)
            func municipality(_ index: Int) -> UUID { municipalityIDs[index % municipalityIDs.count] }

            var seats: [(organisation: UUID, kind: Organisation.Kind, role: Membership.Role, rank: Int)] = [
                (hospital, .hospitalUnit, .coChair, 0),
                (psychiatry, .psychiatry, .member, 1),
                (municipality(chairMunicipality), .municipality, .coChair, 2),
                (practice, .generalPractice, .member, 4),
            ]
            if factory.random.chance(0.6) { seats.append((hospital, .hospitalUnit, .member, 0)) }
            for offset in 1...factory.random.number(in: 1...3) {
                seats.append((municipality(chairMunicipality + offset), .municipality, .member, 3))
            }
            let secretaryAtHospital = factory.random.chance(0.5)
            seats.append((secretaryAtHospital ? hospital : municipality(chairMunicipality),
                          secretaryAtHospital ? .hospitalUnit : .municipality, .secretary, secretaryAtHospital ? 0 : 2))
            // An attendance list reads by organisation, co-chair first and secretary last within each.
            let ordered = seats.enumerated().sorted { lhs, rhs in
                (lhs.element.rank, lhs.element.role.rank, lhs.offset) < (rhs.element.rank, rhs.element.role.rank, rhs.offset)
            }.map(\.element)
            var members: [Member] = []
            for seat in ordered {
                let title: String
                switch (seat.role, seat.kind) {
                case (.coChair, .hospitalUnit): title = planned.noun == .workingGroup ? "cheflæge" : "hospitalsdirektør"
                case (.coChair, _): title = planned.noun == .workingGroup ? "sundhedschef" : "direktør"
                case (.secretary, _): title = "specialkonsulent"
                default: title = factory.title(for: seat.kind)
                }
                members.append(makePerson(name: factory.name(), title: title, organisation: seat.organisation, role: seat.role))
            }
            return members
        }

        private mutating func makePerson(name: String, title: String, organisation: UUID, role: Membership.Role) -> Member {
            let id = ids.next()
            people.append([cells.id(id), .text(name), .null, .null, cells.now])
            return Member(personID: id, name: name, title: title, organisationID: organisation, role: role)
        }

        /// The stored organisation of that name, or a new one.
        private mutating func organisationID(_ name: String, kind: Organisation.Kind) -> UUID {
            let key = KnownOrganisations.key(name)
            if let id = organisationIDs[key] { return id }
            let id = ids.next()
            organisations.append([cells.id(id), .text(name), .keyword(kind.rawValue), cells.now])
            organisationIDs[key] = id
            return id
        }
    }

    // MARK: - Meetings

    /// The rows of the meetings of one transaction.
    struct MeetingRows: Sendable {
        private static let meetingsEach = MeetingGenerator.meetingsPerTransaction
        private static let itemsEach = meetingsEach * MeetingFactory.itemsPerMeeting.upperBound

        var meetings = TableRows(table: MeetingModel.schema, columns: [
            "id", "body_id", "date", "starts_at", "ends_at", "location", "chair", "minute_takers", "status",
            "version", "revision", "modified_at", "created_at", "updated_at",
        ], expectedRows: meetingsEach)
        var attendances = TableRows(table: AttendanceModel.schema, columns: [
            "id", "meeting_id", "person_id", "organisation_id", "title", "status", "note", "position",
        ], expectedRows: meetingsEach * 10)
        var items = TableRows(table: AgendaItemModel.schema, columns: [
            "id", "meeting_id", "position", "number", "title", "starts_at", "ends_at", "presenter", "case_number",
            "kind", "duration_minutes", "is_break", "presenter_person_id", "purpose", "version",
        ], expectedRows: itemsEach)
        var sections = TableRows(table: ItemSectionModel.schema, columns: ["id", "item_id", "position", "kind", "heading", "text"],
                                 expectedRows: itemsEach * 3)
        var meetingCount = 0

        /// Parents before children.
        var tables: [TableRows] { [meetings, attendances, items, sections] }
    }

    /// A body's values as the cells of its rows, made once for all its meetings.
    struct PreparedBody {
        struct Person {
            let member: Member
            let id: Cell
            let organisation: Cell
            let name: Cell
            /// The title on an attendance list: a co-chair's with "(medformand)", as the minutes write it.
            let listedTitle: Cell
            /// The chair and the secretary are at every meeting.
            let alwaysPresent: Bool
        }

        let roster: BodyRoster
        let style: StyledTexts
        let id: Cell
        let chair: Cell
        let minuteTakers: Cell
        let locations: [Cell]
        let people: [Person]
        let guest: Person
    }

    /// Makes the rows of one meeting: the header, the attendance list, the standard items around subject
    /// items, and their sections. Texts come ready-made from `TextLibrary`; what is left per row is picking.
    struct MeetingFactory {
        struct Counts {
            var items = 0
            var sections = 0
            var attendance = 0
        }

        var texts: TextLibrary
        let cells: CellMaker
        var ids: IDSequence
        var random: SplitMix64
        private(set) var counts = Counts()

        init(texts: TextLibrary, cells: CellMaker, ids: IDSequence, random: SplitMix64) {
            self.texts = texts
            self.cells = cells
            self.ids = ids
            self.random = random
        }

        /// Meetings have 8 to 17 items, 12.5 on average: four standard items and 4 to 13 of the body's own.
        static let itemsPerMeeting = 8...17
        static let subjectDurations = [10, 15, 15, 20, 20, 25, 30]

        mutating func prepare(_ roster: BodyRoster) -> PreparedBody {
            let chairID = roster.chair?.personID
            func person(_ member: Member) -> PreparedBody.Person {
                PreparedBody.Person(
                    member: member, id: cells.id(member.personID), organisation: cells.id(member.organisationID),
                    name: .text(member.name),
                    listedTitle: .text(member.role == .coChair ? "\(member.title) (medformand)" : member.title),
                    alwaysPresent: member.role == .secretary || member.personID == chairID)
            }
            return PreparedBody(
                roster: roster, style: texts.style(noun: roster.noun, cluster: roster.cluster), id: cells.id(roster.body.id),
                chair: .optional(roster.chair?.name), minuteTakers: cells.strings(roster.secretary.map { [$0.name] } ?? []),
                locations: roster.locations.map { .text($0) }, people: roster.members.map(person), guest: person(roster.guest))
        }

        mutating func add(_ meeting: GeneratedMeeting, of body: PreparedBody, to rows: inout MeetingRows) {
            let roster = body.roster
            let meetingID = cells.id(ids.next())
            let isHeld = meeting.status >= .held
            let itemCount = random.number(in: Self.itemsPerMeeting)
            let subjectCount = itemCount - StandardItem.defaults.count

            var durations = StandardItem.defaults.map(\.durationMinutes)
            var subjectDurations: [Int] = []
            for _ in 0..<subjectCount {
                // Long agendas get short items: a meeting stays within about four hours.
                let total = durations.reduce(0, +) + subjectDurations.reduce(0, +)
                subjectDurations.append(total > 200 ? 10 : random.pick(Self.subjectDurations))
            }
            durations.insert(contentsOf: subjectDurations, at: 2)
            let start = roster.startMinutes
            let end = start + (durations.reduce(0, +) + 14) / 15 * 15

            rows.meetings.append([
                meetingID, body.id, .day(meeting.day), Cell.time(start), Cell.time(end), random.pick(body.locations),
                body.chair, body.minuteTakers, Keywords.statuses[meeting.status] ?? .null, .integer(1), .integer(0),
                cells.now, cells.now, cells.now,
            ])
            rows.meetingCount += 1

            addAttendance(of: body, meetingID: meetingID, subjectCount: subjectCount, to: &rows)

            var clock = start
            var comingTitles: [String] = []
            for position in 0..<itemCount {
                let itemID = cells.id(ids.next())
                let duration = durations[position]
                // The two opening standard items first, the two closing ones last.
                let standardIndex: Int? = position < 2 ? position : position >= itemCount - 2 ? position - itemCount + 4 : nil
                let standard = standardIndex.map { StandardItem.defaults[$0] }
                let item: ItemText
                if let standardIndex, let purpose = standard?.purpose {
                    item = texts.standardItem(purpose, title: roster.standardTitles[standardIndex], style: body.style,
                                              isHeld: isHeld, comingTitles: comingTitles, random: &random)
                } else {
                    item = texts.subjectItem(style: body.style, isHeld: isHeld, random: &random)
                    if comingTitles.count < 2, random.chance(0.3) { comingTitles.append(item.title) }
                }
                let presenter: PreparedBody.Person? = standard == nil && random.chance(0.65) ? random.pick(body.people) : nil
                let presenterName: Cell = presenter?.name
                    ?? (standard == nil && random.chance(0.3) ? Cell.secretariat : Cell.chairmanship)
                rows.items.append([
                    itemID, meetingID, .integer(position), .integer(position + 1), .text(item.title),
                    Cell.time(clock), Cell.time(clock + duration), presenterName, .optional(item.caseNumber),
                    Keywords.itemKinds[item.kind] ?? .null, .integer(duration), .false, presenter?.id ?? .null,
                    standard?.purpose.flatMap { Keywords.purposes[$0] } ?? .null, .integer(1),
                ])
                clock += duration
                for (index, section) in item.sections.enumerated() {
                    let heading = roster.writesOwnHeadings ? Cell.ownHeadings[section.kind] ?? .null : .null
                    rows.sections.append([cells.id(ids.next()), itemID, .integer(index),
                                          Keywords.sectionKinds[section.kind] ?? .null, heading, .text(section.text)])
                }
                counts.items += 1
                counts.sections += item.sections.count
            }
        }

        /// Everyone on the body's list, most present, some with apologies, a few absent; the chair and the
        /// secretary always there; now and then a guest for one item.
        private mutating func addAttendance(of body: PreparedBody, meetingID: Cell, subjectCount: Int,
                                            to rows: inout MeetingRows) {
            var position = 0
            for person in body.people {
                let status: Attendance.Status
                if person.alwaysPresent {
                    status = .present
                } else {
                    let draw = random.below(100)
                    status = draw < 85 ? .present : draw < 97 ? .apologies : .absent
                }
                let note: Cell = status == .present && random.chance(0.05) ? Cell.virtualAttendance : .null
                rows.attendances.append([cells.id(ids.next()), meetingID, person.id, person.organisation, person.listedTitle,
                                         Keywords.attendance[status] ?? .null, note, .integer(position)])
                position += 1
            }
            if subjectCount > 0, random.chance(0.1) {
                let guest = body.guest
                rows.attendances.append([cells.id(ids.next()), meetingID, guest.id, guest.organisation, guest.listedTitle,
                                         Keywords.attendance[.guest] ?? .null,
                                         .text("punkt \(3 + random.below(subjectCount))"), .integer(position)])
                position += 1
            }
            counts.attendance += position
        }
    }

    // MARK: - Texts

    /// Sentences, titles, recommendations and attachment names read from the three real sets of minutes
    /// (`SamspilDemo`), with everything personal left out: sentences that name someone on their attendance
    /// lists, contact details, CPR numbers.
    struct FixtureVocabulary: Sendable {
        var titles: [String] = []
        var recommendations: [String] = []
        var descriptionSentences: [String] = []
        var decisionSentences: [String] = []
        var attachmentTitles: [String] = []
        var jobTitles: [Organisation.Kind: [String]] = [:]

        static func load(parser: MinutesParser = MinutesParser()) throws -> FixtureVocabulary {
            let minutes = try DemoMinutes.documents.map { document in
                do {
                    return try parser.parse(fileAt: document.url)
                } catch {
                    throw MeetingGenerator.Failure.noVocabulary("text, because \(document.fileName) could not be read: \(error)")
                }
            }
            let vocabulary = FixtureVocabulary(minutes: minutes)
            for (name, pool) in [("item titles", vocabulary.titles), ("recommendations", vocabulary.recommendations),
                                 ("case descriptions", vocabulary.descriptionSentences),
                                 ("decisions", vocabulary.decisionSentences), ("attachment names", vocabulary.attachmentTitles)]
                where pool.isEmpty {
                throw MeetingGenerator.Failure.noVocabulary(name)
            }
            return vocabulary
        }

        init(minutes: [ParsedMinutes]) {
            let people = minutes.flatMap { parsed in
                parsed.attendance.present + parsed.attendance.absent + parsed.attendance.guests + (parsed.attendance.invited ?? [])
            }
            var names: [String] = people.map(\.name)
            for parsed in minutes {
                names += parsed.meeting.minuteTakers + parsed.items.compactMap(\.presenter)
                if let chair = parsed.meeting.chair { names.append(chair) }
            }
            // Every capitalised word of a name: sentences often name people by first name alone.
            let nameWords: Set<String> = Set(names.flatMap { name in
                name.split(whereSeparator: { !$0.isLetter })
                    .filter { $0.count >= 3 && ($0.first?.isUppercase ?? false) }
                    .map(String.init)
            })
            let filter = PersonalText(nameWords: nameWords)

            var titles: Set<String> = [], recommendations: Set<String> = [], descriptions: Set<String> = []
            var decisions: Set<String> = [], attachments: Set<String> = []
            for parsed in minutes {
                for item in parsed.items {
                    let title = Self.flattened(item.title).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                    // The standard items' texts ("Dagsordenen blev godkendt") belong to them alone.
                    guard !Self.isStandard(title) else { continue }
                    if filter.allows(title, length: 8...110) { titles.insert(title) }
                    for section in item.sections {
                        switch section.kind {
                        case .recommendation:
                            recommendations.formUnion(Self.recommendationLines(section.text).filter { filter.allows($0, length: 20...260) })
                        case .description, .other:
                            descriptions.formUnion(Self.sentences(section.text).filter { filter.allows($0, length: 30...300) })
                        case .decision:
                            decisions.formUnion(Self.sentences(section.text).filter { filter.allows($0, length: 25...300) })
                        case .attachments:
                            attachments.formUnion(section.text.split(separator: "\n").map { Self.attachmentName(String($0)) }
                                .filter { filter.allows($0, length: 6...120) })
                        }
                    }
                }
                attachments.formUnion(parsed.attachments.map(Self.attachmentName).filter { filter.allows($0, length: 6...120) })
            }
            var jobTitles: [Organisation.Kind: Set<String>] = [:]
            for person in people {
                guard let title = MembershipDerivation.cleanTitle(person.title), let organisation = person.organisation,
                      title.count <= 40, title.first?.isLowercase ?? false,
                      title.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { continue }
                jobTitles[Organisation.Kind(guessingFrom: Organisation.fullName(organisation)), default: []].insert(title)
            }
            // Sorted: sets have no order, and the same seed must draw the same texts.
            self.titles = titles.sorted()
            self.recommendations = recommendations.sorted()
            descriptionSentences = descriptions.sorted()
            decisionSentences = decisions.sorted()
            attachmentTitles = attachments.sorted()
            self.jobTitles = jobTitles.mapValues { $0.sorted() }
            self.jobTitles[.other] = jobTitles.values.flatMap { $0 }.sorted()
        }

        static func flattened(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        static func isStandard(_ title: String) -> Bool {
            let lower = title.lowercased()
            return ["dagsorden", "referat", "eventuelt", "kommende", "velkomst", "skriftlig"].contains(where: lower.contains)
        }

        /// Sentences, split where a full stop is followed by a capital letter ("kl. 14.00" and "d. 11." stay whole).
        static func sentences(_ text: String) -> [String] {
            let characters = Array(flattened(text))
            var sentences: [String] = []
            var current = ""
            for index in characters.indices {
                current.append(characters[index])
                let ends = ".!?".contains(characters[index]) && index + 2 < characters.count
                    && characters[index + 1] == " " && characters[index + 2].isUppercase
                if ends {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            let last = current.trimmingCharacters(in: .whitespaces)
            if !last.isEmpty { sentences.append(last) }
            return sentences.filter { $0.hasSuffix(".") && ($0.first?.isUppercase ?? false) }
        }

        /// "At Klyngestyregruppen godkender ..." clauses, one per line as the minutes list them; a line that
        /// does not begin with "at" continues the one before.
        static func recommendationLines(_ text: String) -> [String] {
            var lines: [String] = []
            for raw in text.split(separator: "\n") {
                let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: " -•*\u{F0B7}\u{F0A7}\t"))
                guard !line.isEmpty else { continue }
                if line.lowercased().hasPrefix("at ") || lines.isEmpty {
                    lines.append(line)
                } else {
                    lines[lines.count - 1] += " " + line
                }
            }
            return lines.map(flattened).filter { $0.lowercased().hasPrefix("at ") }.map { line in
                let capitalised = "At" + line.dropFirst(2)
                return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
            }
        }

        /// "Punkt 3: Kommissorium for ... (punkt 2)" -> "Kommissorium for ...".
        static func attachmentName(_ line: String) -> String {
            var name = flattened(line).trimmingCharacters(in: CharacterSet(charactersIn: " -•*\u{F0B7}\u{F0A7}"))
            if name.lowercased().hasPrefix("punkt"), let colon = name.firstIndex(of: ":") {
                name = String(name[name.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
            if let bracket = name.range(of: " (punkt", options: .caseInsensitive) { name = String(name[..<bracket.lowerBound]) }
            return name.hasSuffix(":") ? "" : name
        }
    }

    /// Whether a piece of the fixtures may be reused in generated text: nobody's name, contact details or
    /// CPR number, and only the characters of running text (no table rules, Markdown or HTML).
    struct PersonalText {
        let nameWords: Set<String>

        static let punctuation = Set(" .,;:!?()-–'’\"”“%/&+")

        func allows(_ text: String, length: ClosedRange<Int>) -> Bool {
            guard length.contains(text.count),
                  text.allSatisfy({ $0.isLetter || $0.isNumber || Self.punctuation.contains($0) }) else { return false }
            let words = text.split(whereSeparator: { !$0.isLetter })
            guard !words.contains(where: { nameWords.contains(String($0)) }) else { return false }
            return !ContactDetails.occur(in: text) && CPRNumbers.find(in: text).isEmpty
        }
    }

    /// The text of one item: title, kind and sections.
    struct ItemText {
        let title: String
        let kind: AgendaItemKind
        let caseNumber: String?
        let sections: [ItemSection]
    }

    /// A recommendation with the kind of item its verb makes ("godkender": a decision).
    struct Recommendation: Sendable {
        let text: String
        let kind: AgendaItemKind

        init(_ text: String) {
            self.text = text
            kind = AgendaItemKind(recommendation: text) ?? .briefing
        }
    }

    /// The texts of one kind of body in one cluster, made once: the fixtures' sentences with Midtklyngen,
    /// its hospital, its municipalities and "klyngestyregruppe" replaced by this body's own, and sentences
    /// about each subject. Items are then assembled by picking from these. A class: every meeting of the
    /// body shares it.
    final class StyledTexts {
        let fixtureTitles: [String]
        /// [subject][variant]
        let subjectTitles: [[String]]
        let subjectRecommendations: [[Recommendation]]
        let fixtureRecommendations: [Recommendation]
        let openings: [[String]]
        let closings: [[String]]
        /// Two to four sentences of the fixtures' case descriptions.
        let paragraphs: [String]
        /// [kind][subject][variant], kinds in the order of `AgendaItemKind.allCases`.
        let decisionOpenings: [[[String]]]
        /// None to two sentences of the fixtures' decisions.
        let decisionParagraphs: [String]
        let attachmentTitles: [String]
        /// "Klyngestyregruppen", "Temagruppen", ...
        let definiteNoun: String

        static let paragraphVariants = 512
        static let decisionVariants = 256

        init(noun: BodyNoun, cluster: GeneratedRegion.Cluster?, vocabulary: FixtureVocabulary, random: inout SplitMix64) {
            let localisation = Localisation(noun: noun, cluster: cluster)
            let definite = Localisation.capitalised(noun.stem) + "n"
            definiteNoun = definite
            func perSubject(_ templates: [Template]) -> [[String]] {
                Subjects.all.map { subject in
                    let values = Template.Values(body: definite, subject: subject, cluster: cluster?.name ?? "regionen")
                    return templates.map { $0.filled(with: values) }
                }
            }
            fixtureTitles = vocabulary.titles.map(localisation.apply)
            subjectTitles = perSubject(Templates.titles)
            subjectRecommendations = perSubject(Templates.recommendations).map { $0.map(Recommendation.init) }
            fixtureRecommendations = vocabulary.recommendations.map { Recommendation(localisation.apply($0)) }
            openings = perSubject(Templates.openings)
            closings = perSubject(Templates.closings)
            let descriptions = vocabulary.descriptionSentences.map(localisation.apply)
            paragraphs = (0..<Self.paragraphVariants).map { _ in
                (0..<random.number(in: 2...4)).map { _ in random.pick(descriptions) }.joined(separator: " ")
            }
            decisionOpenings = AgendaItemKind.allCases.map { kind in perSubject(Templates.decisionOpenings[kind] ?? []) }
            let decisions = vocabulary.decisionSentences.map(localisation.apply)
            decisionParagraphs = (0..<Self.decisionVariants).map { _ in
                (0..<random.number(in: 0...2)).map { _ in random.pick(decisions) }.joined(separator: " ")
            }
            attachmentTitles = vocabulary.attachmentTitles.map(localisation.apply)
        }
    }

    /// Moves a sentence of Midtklyngen's cluster steering group to another body: its noun, its cluster, its
    /// hospital and municipalities.
    struct Localisation {
        let replacements: [(target: [UInt8], replacement: [UInt8])]

        init(noun: BodyNoun, cluster: GeneratedRegion.Cluster?) {
            var pairs = [("Klyngestyregruppe", Self.capitalised(noun.stem)), ("klyngestyregruppe", noun.stem),
                         ("KLYNGESTYREGRUPPE", noun.stem.uppercased())]
            if let cluster {
                pairs += [("Midtklynge", cluster.stem), ("Hospitalsenhed Midt", cluster.hospital), ("HE Midt", cluster.hospital)]
                for (index, town) in ["Silkeborg", "Skive", "Viborg"].enumerated() {
                    pairs.append((town, cluster.municipalities[index % cluster.municipalities.count]))
                }
            } else {
                pairs.append(("Midtklynge", "klynge"))
            }
            replacements = pairs.filter { $0.0 != $0.1 }.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        }

        /// Replaces in the UTF-8 bytes: the targets are names of plain letters, so bytes and characters
        /// agree, and this is much faster than Foundation's `replacingOccurrences` on Linux.
        func apply(_ text: String) -> String {
            var bytes = Array(text.utf8)
            for (target, replacement) in replacements {
                guard Self.firstMatch(of: target, in: bytes, from: 0) != nil else { continue }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count + 16)
                var start = 0
                while let match = Self.firstMatch(of: target, in: bytes, from: start) {
                    result += bytes[start..<match]
                    result += replacement
                    start = match + target.count
                }
                result += bytes[start...]
                bytes = result
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Where `target` first occurs in `bytes` at or after `start`.
        static func firstMatch(of target: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
            guard let first = target.first, bytes.count >= target.count else { return nil }
            var index = start
            while index <= bytes.count - target.count {
                if bytes[index] == first, bytes[index..<(index + target.count)].elementsEqual(target) { return index }
                index += 1
            }
            return nil
        }

        static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
    }

    /// A sentence with places for the body, the subject and the cluster, split once so that filling it is
    /// concatenation: {N}/{n} the body ("Temagruppen"/"temagruppen"), {S}/{s} the subject, {C} the cluster.
    struct Template: Sendable {
        enum Part: Sendable {
            case text(String)
            case body, lowercaseBody, subject, capitalisedSubject, cluster
        }

        struct Values {
            let body: String
            let subject: String
            let cluster: String
        }

        let parts: [Part]

        init(_ pattern: String) {
            var parts: [Part] = []
            var text = ""
            var rest = Substring(pattern)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                text += rest[..<open]
                let part: Part? = switch rest[rest.index(after: open)..<close] {
                case "N": .body
                case "n": .lowercaseBody
                case "s": .subject
                case "S": .capitalisedSubject
                case "C": .cluster
                default: nil
                }
                if let part {
                    if !text.isEmpty { parts.append(.text(text)) }
                    text = ""
                    parts.append(part)
                } else {
                    text += rest[open...close]
                }
                rest = rest[rest.index(after: close)...]
            }
            text += rest
            if !text.isEmpty { parts.append(.text(text)) }
            self.parts = parts
        }

        func filled(with values: Values) -> String {
            parts.reduce(into: "") { result, part in
                switch part {
                case let .text(text): result += text
                case .body: result += values.body
                case .lowercaseBody: result += values.body.lowercased()
                case .subject: result += values.subject
                case .capitalisedSubject: result += Subjects.capitalised(values.subject)
                case .cluster: result += values.cluster
                }
            }
        }
    }

    /// Sentences about a subject, in the words of the fixtures.
    enum Templates {
        static let titles = [
            "Status på {s}",
            "Kort orientering om {s}",
            "Drøftelse af {s}",
            "Opfølgning på {s}",
            "Temadrøftelse – {S}",
            "Implementering af indsatser for {s}",
            "Samarbejde om {s}",
            "Kommissorium for arbejdsgruppen om {s}",
            "Evaluering af projekt om {s}",
            "Nedsættelse af en tværsektoriel arbejdsgruppe om {s}",
            "Budget for {s}",
            "{S} i {C}",
        ].map(Template.init)

        /// What follows a title's dash, in the fixtures' words.
        static let titleQualifiers = [
            "status og erfaringer", "forslag til kommissorium", "input til Sundhedsstyregruppen", "status på implementering",
            "drøftelse af opmærksomhedspunkter", "orientering fra formandskabet", "revision af kommissorium",
            "evaluering og erfaringer", "økonomi og budget", "erfaringer fra kommunerne", "fælles anbefalinger",
            "status på projektet", "tværsektorielle indsatser", "afrapportering fra arbejdsgruppen", "drøftelse af udfordringer",
        ]

        static let recommendations = [
            "At {N} godkender forslag til kommissorium for arbejdet med {s}.",
            "At {N} godkender den fælles plan for {s}.",
            "At {N} drøfter status på {s}.",
            "At {N} drøfter input og opmærksomhedspunkter til arbejdet med {s}.",
            "At {N} tager orientering om {s} til efterretning.",
            "At {N} tager orienteringen om status på {s} til efterretning.",
            "At {N} drøfter, om der er tværsektorielle indsatsområder inden for {s}, der skal arbejdes videre med.",
        ].map(Template.init)

        static let openings = [
            "Der er behov for at tilpasse arbejdet med {s} til det nye samarbejde i sundhedsklyngen.",
            "{N} har tidligere drøftet {s}, og punktet giver en kort status på arbejdet.",
            "Sundhedsstyregruppen ønsker input fra klyngerne til en fælles samarbejdsaftale om {s}.",
            "Arbejdsgruppen om {s} har drøftet en revision af de fælles indsatser og giver nu sine anbefalinger.",
            "I forhold til {s} er der i {C} opmærksomhed på koordinering mellem kommunerne, hospitalet, psykiatrien og almen praksis.",
            "Formålet er at styrke forebyggelse, kvalitet og omstilling til det nære sundhedsvæsen inden for {s}.",
            "{S} har været et gennemgående tema i sundhedsaftalen i mange år.",
            "Der følges op på antallet af henvisninger fra hospitalerne til kommunernes tilbud inden for {s}.",
        ].map(Template.init)

        static let closings = [
            "Punktet drøftes igen på et kommende møde i {n}.",
            "Fællessekretariatet følger op på indsatsen for {s} og giver en status på næste møde.",
            "Der ønskes input og opmærksomhedspunkter til arbejdet med {s}, som vil blive drøftet forud for næste møde.",
            "Implementering af initiativer vil på forskellig vis forudsætte afklaring og prioritering i de enkelte sektorer.",
        ].map(Template.init)

        static let decisionOpenings: [AgendaItemKind: [Template]] = [
            .decision: [
                "Forslaget blev godkendt.",
                "Forslaget om {s} blev godkendt uden bemærkninger.",
                "Forslaget blev godkendt med bemærkning om, at der skal være opfølgning på {s} på et kommende møde.",
            ].map(Template.init),
            .discussion: [
                "{N} drøftede {s}.",
                "Der var en kort drøftelse af {s}.",
                "Punktet blev drøftet, og der var enighed om at arbejde videre med {s}.",
            ].map(Template.init),
            .briefing: [
                "Orienteringen blev taget til efterretning.",
                "{N} tog orienteringen om {s} til efterretning.",
            ].map(Template.init),
        ]
    }

    /// Every body style's texts, made when first needed, and the assembly of items from them.
    struct TextLibrary {
        let vocabulary: FixtureVocabulary
        private var styles: [Int: StyledTexts] = [:]

        init(vocabulary: FixtureVocabulary) {
            self.vocabulary = vocabulary
        }

        /// The texts of a body of this kind in this cluster. Made from a fixed seed: a style's texts are the
        /// same in every run, only which are picked depends on the run's seed.
        mutating func style(noun: BodyNoun, cluster: Int?) -> StyledTexts {
            let key = (cluster ?? GeneratedRegion.clusters.count) * BodyNoun.allCases.count + noun.rawValue
            if let texts = styles[key] { return texts }
            var random = SplitMix64(seed: UInt64(key), stream: .texts)
            let texts = StyledTexts(noun: noun, cluster: cluster.map { GeneratedRegion.clusters[$0] },
                                    vocabulary: vocabulary, random: &random)
            styles[key] = texts
            return texts
        }

        func subjectItem(style: StyledTexts, isHeld: Bool, random: inout SplitMix64) -> ItemText {
            let subject = Subjects.weighted[random.below(Subjects.weighted.count)]
            var title = random.chance(0.75) ? random.pick(style.subjectTitles[subject]) : random.pick(style.fixtureTitles)
            // Minutes come back to a subject under slightly different titles ("Status på ... – fælles anbefalinger").
            if random.chance(0.4) {
                title += " – "
                title += random.pick(Templates.titleQualifiers)
            }
            var recommendations = [random.chance(0.7) ? random.pick(style.subjectRecommendations[subject])
                : random.pick(style.fixtureRecommendations)]
            if random.chance(0.25) { recommendations.append(random.pick(style.fixtureRecommendations)) }
            // Decision verbs win over discussion, discussion over briefing, as `AgendaItemKind` reads them.
            let kinds = Set(recommendations.map(\.kind))
            let kind: AgendaItemKind = kinds.contains(.decision) ? .decision : kinds.contains(.discussion) ? .discussion : .briefing

            var description = random.pick(style.openings[subject])
            description += " "
            description += random.pick(style.paragraphs)
            if random.chance(0.5) {
                description += "\n\n"
                description += random.pick(style.closings[subject])
            }
            var sections = [ItemSection(kind: .recommendation, text: recommendations.map(\.text).joined(separator: "\n\n")),
                            ItemSection(kind: .description, text: description)]
            if random.chance(0.2) {
                sections.append(ItemSection(kind: .attachments, text: random.pick(style.attachmentTitles)))
            }
            if isHeld {
                let kindIndex = AgendaItemKind.allCases.firstIndex(of: kind) ?? 0
                var decision = random.pick(style.decisionOpenings[kindIndex][subject])
                let paragraph = random.pick(style.decisionParagraphs)
                if !paragraph.isEmpty {
                    decision += " "
                    decision += paragraph
                }
                sections.append(ItemSection(kind: .decision, text: decision))
            }
            // A journal number on some items, as the 2015 minutes have them ("21/04512": never CPR-shaped).
            let caseNumber = random.chance(0.15) ? "\(12 + random.below(15))/\(10000 + random.below(90000))" : nil
            return ItemText(title: title, kind: kind, caseNumber: caseNumber, sections: sections)
        }

        /// The standard items, with the texts the fixtures give them.
        func standardItem(_ purpose: StandardItem.Purpose, title: String, style: StyledTexts, isHeld: Bool,
                          comingTitles: [String], random: inout SplitMix64) -> ItemText {
            var sections: [ItemSection] = []
            let kind: AgendaItemKind
            switch purpose {
            case .approveAgenda:
                kind = .decision
                sections = [ItemSection(kind: .recommendation, text: "At \(style.definiteNoun) godkender dagsordenen."),
                            ItemSection(kind: .description, text: "Velkomst, præsentation, godkendelse af dagsordenen og punkter til eventuelt.")]
                if isHeld {
                    sections.append(ItemSection(kind: .decision, text: random.pick(["Dagsordenen blev godkendt.",
                                                                                    "Dagsorden blev godkendt uden bemærkninger."])))
                }
            case .approvePreviousMinutes:
                kind = .decision
                sections = [ItemSection(kind: .recommendation, text: "At \(style.definiteNoun) godkender referatet fra sidste møde.")]
                if isHeld { sections.append(ItemSection(kind: .decision, text: "Referatet blev godkendt.")) }
            case .comingItems:
                kind = .discussion
                sections = [ItemSection(kind: .recommendation, text: "At \(style.definiteNoun) drøfter punkter til kommende møder."),
                            ItemSection(kind: .description, text: "Forslag til punkter til kommende møder.")]
                if isHeld {
                    let text = comingTitles.isEmpty ? "Der var ingen nye punkter til kommende møder."
                        : "Der var forslag til følgende punkter til kommende møder: " + comingTitles.joined(separator: "; ") + "."
                    sections.append(ItemSection(kind: .decision, text: text))
                }
            case .anyOtherBusiness:
                kind = .briefing
                if isHeld {
                    sections.append(ItemSection(kind: .decision, text: random.pick(["Ingen bemærkninger.",
                                                                                    "Der var ingen punkter under eventuelt."])))
                }
            }
            return ItemText(title: title, kind: kind, caseNumber: nil, sections: sections)
        }
    }

    // MARK: - Writing rows

    /// One value of a row: a value to bind, or SQL written as it is. Values made only of characters that
    /// need no escaping go in as SQL: NULL, booleans, integers, dates, clock times, the raw values of
    /// enumerations and (on SQLite) ids. A million items then need no parameters, and no encoding, for
    /// them; free text is always bound. Bound values are kept as what they are rather than as
    /// `any Encodable`, so that copying a row is a few retains.
    enum Cell: Sendable {
        case text(String)
        case uuid(UUID)
        case date(Date)
        case strings([String])
        case sql(String)

        static let null = Cell.sql("NULL")
        static let `true` = Cell.sql("TRUE")
        static let `false` = Cell.sql("FALSE")

        static func optional(_ text: String?) -> Cell { text.map { .text($0) } ?? .null }

        /// Only for raw values of enumerations: plain letters, nothing to escape.
        static func keyword(_ rawValue: String) -> Cell { .sql("'\(rawValue)'") }

        /// A date as the database keeps it, `'YYYY-MM-DD'`: digits and hyphens, nothing to escape.
        static func day(_ day: GeneratedCalendar.DayNumber) -> Cell { .sql("'\(day.iso)'") }

        static func integer(_ value: Int) -> Cell {
            smallIntegers.indices.contains(value) ? smallIntegers[value] : .sql("\(value)")
        }

        /// `HH:MM`, made once for every minute of the day.
        static func time(_ minutes: Int) -> Cell { clock[min(max(minutes, 0), clock.count - 1)] }

        private static let smallIntegers = (0...300).map { Cell.sql("\($0)") }
        private static let clock = GeneratedCalendar.clock.map { Cell.sql("'\($0)'") }

        static let secretariat = Cell.text("sekretariatet")
        static let chairmanship = Cell.text("formandskabet")
        static let virtualAttendance = Cell.text("virtuel deltagelse")
        /// The headings the fixtures write instead of the usual ones.
        static let ownHeadings: [SectionKind: Cell] = [.description: .text("Beskrivelse af sagen"), .decision: .text("Referat")]

        func serialize(to serializer: inout SQLSerializer) {
            switch self {
            case let .text(value): serializer.write(bind: value)
            case let .uuid(value): serializer.write(bind: value)
            case let .date(value): serializer.write(bind: value)
            case let .strings(value): serializer.write(bind: value)
            case let .sql(text): serializer.write(text)
            }
        }
    }

    /// The raw values of the enumerations the rows hold, as SQL, made once.
    enum Keywords {
        static let statuses = cells(MeetingStatus.self)
        static let attendance = cells(Attendance.Status.self)
        static let itemKinds = cells(AgendaItemKind.self)
        static let sectionKinds = cells(SectionKind.self)
        static let purposes = cells(StandardItem.Purpose.self)

        private static func cells<Value: CaseIterable & RawRepresentable & Hashable>(_: Value.Type) -> [Value: Cell]
            where Value.RawValue == String {
            Dictionary(uniqueKeysWithValues: Value.allCases.map { ($0, Cell.keyword($0.rawValue)) })
        }
    }

    /// Values whose stored form depends on the database, as Fluent stores them: SQLite keeps UUIDs as their
    /// text and arrays as JSON text, PostgreSQL has `uuid` and `text[]`. Making the text here for SQLite
    /// spares Foundation's `uuidString` (a `sprintf` per id) and a `JSONEncoder` per meeting.
    struct CellMaker: Sendable {
        let storesAsText: Bool
        /// The creation time of every generated row, bound once and shared.
        let now: Cell

        init(dialect: String, now: Date) {
            storesAsText = dialect == "sqlite"
            self.now = .date(now)
        }

        /// On SQLite the id's text as SQL (hex digits and hyphens: nothing to escape); a bound `uuid` on PostgreSQL.
        func id(_ id: UUID) -> Cell { storesAsText ? .sql("'\(Self.text(of: id))'") : .uuid(id) }

        func strings(_ strings: [String]) -> Cell { storesAsText ? .text(Self.json(strings)) : .strings(strings) }

        /// What `UUID.uuidString` gives: upper-case hex in groups of 8-4-4-4-12.
        static func text(of id: UUID) -> String {
            withUnsafeBytes(of: id.uuid) { bytes in
                String(unsafeUninitializedCapacity: 36) { buffer in
                    var index = 0
                    for (offset, byte) in bytes.enumerated() {
                        if offset == 4 || offset == 6 || offset == 8 || offset == 10 {
                            buffer[index] = UInt8(ascii: "-")
                            index += 1
                        }
                        buffer[index] = hexDigits[Int(byte >> 4)]
                        buffer[index + 1] = hexDigits[Int(byte & 0x0F)]
                        index += 2
                    }
                    return index
                }
            }
        }

        private static let hexDigits = Array("0123456789ABCDEF".utf8)

        /// What `JSONEncoder` gives for an array of strings (it escapes "/" too).
        static func json(_ strings: [String]) -> String {
            "[" + strings.map { string in
                var escaped = "\""
                for scalar in string.unicodeScalars {
                    switch scalar {
                    case "\"": escaped += "\\\""
                    case "\\": escaped += "\\\\"
                    case "/": escaped += "\\/"
                    case "\n": escaped += "\\n"
                    case "\r": escaped += "\\r"
                    case "\t": escaped += "\\t"
                    case _ where scalar.value < 0x20:
                        escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                            + String(scalar.value, radix: 16)
                    default: escaped.unicodeScalars.append(scalar)
                    }
                }
                return escaped + "\""
            }.joined(separator: ",") + "]"
        }
    }

    /// Rows for one table, one cell after the other.
    struct TableRows: Sendable {
        let table: String
        let columns: [String]
        private(set) var cells: [Cell] = []

        /// - Parameter expectedRows: room made at once, so that a batch does not grow its storage row by row.
        init(table: String, columns: [String], expectedRows: Int = 0) {
            self.table = table
            self.columns = columns
            cells.reserveCapacity(expectedRows * columns.count)
        }

        var rowCount: Int { cells.count / columns.count }

        mutating func append(_ row: [Cell]) {
            precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
            cells += row
        }
    }

    /// `INSERT INTO table (columns) VALUES (...), (...), ...`, written straight from the cells: SQLKit's
    /// general `SQLInsert` wraps every value and row in expressions of their own, which costs more than
    /// the database's work for a million rows.
    struct MultiRowInsert: SQLExpression {
        let table: String
        let columns: [String]
        let cells: ArraySlice<Cell>

        func serialize(to serializer: inout SQLSerializer) {
            serializer.write("INSERT INTO ")
            SQLIdentifier(table).serialize(to: &serializer)
            serializer.write(" (")
            for (index, column) in columns.enumerated() {
                if index > 0 { serializer.write(", ") }
                SQLIdentifier(column).serialize(to: &serializer)
            }
            serializer.write(") VALUES ")
            for (index, cell) in zip(cells.indices, cells) {
                let column = (index - cells.startIndex) % columns.count
                serializer.write(column == 0 ? (index == cells.startIndex ? "(" : "), (") : ", ")
                cell.serialize(to: &serializer)
            }
            serializer.write(")")
        }
    }

    /// A statement serialized ahead of time, on the generating task, so that the writing task has only the
    /// database's work to do and the two overlap.
    struct SerializedStatement: SQLExpression {
        let sql: String
        let binds: [any Encodable & Sendable]

        /// Its placeholders are numbered from 1: it is always a whole statement of its own.
        func serialize(to serializer: inout SQLSerializer) {
            serializer.write(sql)
            serializer.binds += binds
        }
    }

    /// Multi-row INSERT statements, as large as the database's limit on bound parameters allows: SQLite takes
    /// 32,766 per statement, PostgreSQL 65,535.
    struct BatchInserter: Sendable {
        let parameterLimit: Int

        init(dialect: String) {
            switch dialect {
            case "sqlite": parameterLimit = 32_766
            case "postgresql": parameterLimit = 65_535
            default: parameterLimit = 999
            }
        }

        func statements(for tables: [TableRows], on sql: any SQLDatabase) -> [SerializedStatement] {
            tables.flatMap { statements(for: $0, on: sql) }
        }

        func statements(for rows: TableRows, on sql: any SQLDatabase) -> [SerializedStatement] {
            // Counted as if every cell were a parameter: simple, and never over the limit.
            let rowsPerStatement = max(1, parameterLimit / rows.columns.count)
            let cellsPerStatement = rowsPerStatement * rows.columns.count
            return stride(from: rows.cells.startIndex, to: rows.cells.endIndex, by: cellsPerStatement).map { start in
                var serializer = SQLSerializer(database: sql)
                MultiRowInsert(table: rows.table, columns: rows.columns,
                               cells: rows.cells[start..<min(start + cellsPerStatement, rows.cells.endIndex)])
                    .serialize(to: &serializer)
                return SerializedStatement(sql: serializer.sql, binds: serializer.binds)
            }
        }

        /// Runs the statements, in their order, in one transaction.
        func run(_ statements: [SerializedStatement], on database: any Database) async throws {
            try await database.transaction { database in
                guard let sql = database as? any SQLDatabase else { throw Failure.unsupportedDatabase }
                for statement in statements { try await sql.execute(sql: statement) { _ in } }
            }
        }
    }

    /// Numbers as the command prints them: 1,000,000.
    enum NumberText {
        static func grouped(_ number: Int) -> String {
            let digits = String(number.magnitude)
            var result = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { result += "," }
                result.append(digit)
            }
            return number < 0 ? "-" + result : result
        }
    }
}
