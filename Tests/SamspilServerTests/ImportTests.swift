import Fluent
import Foundation
import SamspilCore
import SamspilDemo
@testable import SamspilServer
import Testing
import Vapor

/// `samspil import` as a secretary uses it: real documents in, meetings out, and bad input refused
/// with nothing stored.
@Suite("Importing minutes")
struct ImportTests {
    static func file(named name: String, contents: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    static func fixture(_ name: String) throws -> URL {
        try #require(DemoMinutes.documents.first { $0.fileName == name }).url
    }

    static func makeBody(_ app: Application) async throws -> Body {
        try await BodyLookup.create(named: "Klyngestyregruppen for Testklyngen", on: app.db)
    }

    @Test(arguments: TestDatabase.all)
    func importingTheSameBytesTwiceChangesNothing(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = try await Self.makeBody(app)
            let importer = MinutesImporter(database: app.db)
            let url = try Self.fixture("midtklyngen-2021-06-18.txt")
            let first = try await importer.importFile(at: url, into: body, date: nil).result.get()
            guard case .stored = first.outcome else { Issue.record("not stored: \(first.outcome)"); return }
            #expect(first.items == 8)
            let counts = try await (MeetingModel.query(on: app.db).count(), PersonModel.query(on: app.db).count(),
                                    AgendaItemModel.query(on: app.db).count())
            let second = try await importer.importFile(at: url, into: body, date: nil).result.get()
            #expect(second.outcome == .alreadyImported(meetingID: first.outcome.meetingID))
            let after = try await (MeetingModel.query(on: app.db).count(), PersonModel.query(on: app.db).count(),
                                   AgendaItemModel.query(on: app.db).count())
            #expect(after == counts)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDocumentWithoutADateIsRefusedUnlessTheDateIsGiven(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = try await Self.makeBody(app)
            let importer = MinutesImporter(database: app.db)
            let url = try Self.fixture("midtklyngen-2015.txt")
            let refused = await importer.importFile(at: url, into: body, date: nil)
            guard case let .failure(error) = refused.result else {
                Issue.record("a document without a date was stored")
                return
            }
            #expect("\(error)".contains("--date YYYY-MM-DD"))
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await PersonModel.query(on: app.db).count() == 0)

            let stored = try await importer.importFile(at: url, into: body, date: CalendarDay(iso: "2015-03-04")).result.get()
            #expect(stored.date == CalendarDay(iso: "2015-03-04"))
            #expect(try await MeetingModel.query(on: app.db).first()?.date == "2015-03-04")
        }
    }

    /// Bad input never stores anything and always says what is wrong.
    @Test(arguments: [
        ("tom.txt", Data()),
        ("støj.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
        ("referat.xlsx", Data("Referat".utf8)),
        ("ikke-word.docx", Data("Dette er ikke en zip-fil".utf8)),
        ("ikke-pdf.pdf", Data("Dette er ikke en PDF".utf8)),
    ])
    func badInputIsRefusedAndNothingIsStored(name: String, contents: Data) async throws {
        try await withApp(.sqlite) { app in
            let body = try await Self.makeBody(app)
            let url = try Self.file(named: name, contents: contents)
            let report = await MinutesImporter(database: app.db).importFile(at: url, into: body, date: CalendarDay(iso: "2024-01-01"))
            guard case let .failure(error) = report.result else {
                Issue.record("\(name) was imported")
                return
            }
            #expect(!"\(error)".isEmpty)
            #expect(try await MeetingModel.query(on: app.db).count() == 0)
            #expect(try await ImportedDocumentModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func importedPeopleAreMatchedByNameAndOrganisation(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let body = try await Self.makeBody(app)
            let importer = MinutesImporter(database: app.db)
            for name in ["midtklyngen-2021-06-18.txt", "midtklyngen-2022-09-16.md"] {
                _ = try await importer.importFile(at: try Self.fixture(name), into: body, date: nil).result.get()
            }
            // On both lists, for the same organisation: one person.
            #expect(try await PersonModel.query(on: app.db).filter(\.$name == "Lauge Clemmensen").count() == 1)
            #expect(try await OrganisationModel.query(on: app.db).filter(\.$name == "Silkeborg Kommune").count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func bodiesAreFoundByKeyOrNameAndUnknownOnesListTheKnown(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let byKey = try await BodyLookup.find("midtklyngen-klyngestyregruppe", on: app.db)
            let byName = try await BodyLookup.find("klyngestyregruppen for midtklyngen", on: app.db)
            #expect(byKey?.name == "Klyngestyregruppen for Midtklyngen")
            #expect(byName?.id == byKey?.id)
            await #expect {
                try await BodyLookup.require("Sydklyngen", on: app.db)
            } throws: { error in
                "\(error)".contains("Sydklyngen") && "\(error)".contains("midtklyngen-klyngestyregruppe")
            }
        }
    }
}
