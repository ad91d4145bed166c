import Fluent
import Foundation
import SQLKit
import SamspilDemo
import SamspilCore
@testable import SamspilServer
import Testing

@Suite("Demo and the minutes writer")
struct DemoAndImportStoreTests {
    @Test(arguments: TestDatabase.all)
    func demoStoresTheThreeMeetingsOfTheClusterSteeringGroup(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try #require(try await BodyModel.query(on: app.db).filter(\.$slug == "midtklyngen-klyngestyregruppe").first())
            let meetings = try await MeetingModel.query(on: app.db).filter(\.$bodyID == body.requireID()).sort(\.$date).all()
            #expect(meetings.map(\.date) == ["2015-03-04", "2021-06-18", "2022-09-16"])
            // UDKAST stays a draft; the rest is the approved archive.
            #expect(meetings.map(\.status) == ["minutesApproved", "minutesApproved", "minutesDraft"])
            // The region's structure: the committee, the steering group, five clusters, three theme groups.
            #expect(try await BodyModel.query(on: app.db).count() == 10)
            #expect(try await BodyModel.query(on: app.db).filter(\.$kind == Body.Kind.clusterSteeringGroup.rawValue).count() == 5)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPersonOnSeveralListsIsOnePerson(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let people = try await PersonModel.query(on: app.db).filter(\.$name == "Thomas Balle Kristensen").all()
            #expect(people.count == 1)
            let person = try #require(people.first)
            let seats = try await MembershipModel.query(on: app.db).filter(\.$personID == person.requireID()).all()
            #expect(seats.count == 1)
            let seat = try #require(seats.first).domain()
            #expect(seat.role == .coChair)
            #expect(seat.title == "hospitalsdirektør")
            #expect(seat.period.start == CalendarDay(iso: "2021-06-18"))
            #expect(seat.period.end == nil, "on the latest list, so the seat is held")
        }
    }

    /// "HE Midt" on one list and "Hospitalsenhed Midt" on the next are one organisation, so the person
    /// who came for it is one person.
    @Test(arguments: TestDatabase.all)
    func abbreviatedOrganisationsAreTheSameParty(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let abbreviated = try await OrganisationModel.query(on: app.db).filter(\.$name == "HE Midt").count()
            let people = try await PersonModel.query(on: app.db).filter(\.$name == "Claus Brøckner Nielsen").count()
            #expect(abbreviated == 0)
            #expect(people == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func minutesWithoutADateAreRefusedAndNothingIsStored(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = Body(slug: "gruppe", name: "Gruppe", kind: .workingGroup)
            try await BodyModel(body).create(on: app.db)
            let minutes = ParsedMinutes(
                source: .init(fileName: "uden-dato.txt", format: .text, sha256: "00"),
                items: [.init(number: 1, title: "Velkomst")])
            await #expect {
                try await MinutesWriter(database: app.db).store(minutes, in: body)
            } throws: { error in
                "\(error)".contains("uden-dato.txt") && "\(error)".contains("--date YYYY-MM-DD")
            }
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
        }
    }

    /// A failure half-way through leaves nothing behind: meeting, people and items are stored in one
    /// transaction.
    @Test(arguments: TestDatabase.all)
    func aFailureHalfwayLeavesNothingHalfStored(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = Body(slug: "gruppe", name: "Gruppe", kind: .workingGroup)
            try await BodyModel(body).create(on: app.db)
            // Make the sections' table unusable, so the store fails after meeting, people and items.
            try await CreateItemSections().revert(on: app.db)
            let minutes = ParsedMinutes(
                meeting: .init(date: CalendarDay(iso: "2024-01-10")),
                attendance: .init(present: [.init(name: "Anne Andersen", title: "direktør", organisation: "Skive Kommune")]),
                items: [.init(number: 1, title: "Velkomst", sections: [.init(kind: .decision, text: "Godkendt.")])])
            await #expect(throws: (any Error).self) {
                try await MinutesWriter(database: app.db).store(minutes, in: body)
            }
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await PersonModel.query(on: app.db).count() == 0)
            #expect(try await OrganisationModel.query(on: app.db).count() == 0)
            #expect(try await AgendaItemModel.query(on: app.db).count() == 0)
            try await CreateItemSections().prepare(on: app.db)
        }
    }

    @Test(arguments: TestDatabase.all)
    func demoIsOnlyLoadedIntoAnEmptyDatabase(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            #expect(try await DemoLoader(database: app.db).databaseIsEmpty() == false)
            try await DatabasePreparation.prepare(app, demo: .auto)
            // The three sets of minutes, and Sundhedsstyregruppen's meeting of the demo's case between bodies.
            #expect(try await MeetingModel.query(on: app.db).count() == 4)
        }
    }

    /// Seats come out the same whatever order the archive is imported in: the derivation is incremental,
    /// so this checks it against itself.
    @Test(arguments: TestDatabase.all)
    func membershipsDoNotDependOnTheOrderOfImport(database: TestDatabase) async throws {
        func seats(order: [Int]) async throws -> [String] {
            var result: [String] = []
            try await withApp(database) { app in
                let body = try await BodyLookup.create(named: "Klyngestyregruppen for Ordensklyngen", on: app.db)
                let importer = MinutesImporter(database: app.db)
                for index in order {
                    let document = DemoMinutes.documents[index]
                    _ = try await importer.importFile(at: document.url, into: body,
                                                      date: document.suppliedDate.flatMap { CalendarDay(iso: $0) }).result.get()
                }
                let people = Dictionary(uniqueKeysWithValues: try await PersonModel.query(on: app.db).all().map { ($0.id, $0.name) })
                result = try await MembershipModel.query(on: app.db).all().map { seat in
                    "\(people[seat.personID] ?? "?")|\(seat.role)|\(seat.title ?? "")|\(seat.startsOn)|\(seat.endsOn ?? "open")"
                }.sorted()
            }
            return result
        }
        let inOrder = try await seats(order: [0, 1, 2])
        let reversed = try await seats(order: [2, 1, 0])
        let mixed = try await seats(order: [1, 2, 0])
        #expect(inOrder == reversed)
        #expect(inOrder == mixed)
        // Someone only on the 2015 list left: their seat ended at that meeting.
        #expect(inOrder.contains { $0.hasSuffix("|2015-03-04|2015-03-04") })
        #expect(inOrder.contains { $0.hasPrefix("Thomas Balle Kristensen|coChair|hospitalsdirektør|2021-06-18|open") })
    }
}
