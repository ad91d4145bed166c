import Fluent
import Foundation
import MinutesImport
import SamspilCore

/// Imports documents as meetings of a body: parse, then store each document in its own transaction.
/// Used by `samspil import`; one document's failure neither stops nor touches the others.
public struct MinutesImporter: Sendable {
    let database: any Database
    let parser: MinutesParser

    public init(database: any Database, parser: MinutesParser = MinutesParser()) {
        self.database = database
        self.parser = parser
    }

    /// What happened to one file.
    public struct FileReport: Sendable {
        public let fileName: String
        public let result: Result<Stored, any Error>

        public struct Stored: Sendable {
            public let outcome: MinutesWriter.Outcome
            public let date: CalendarDay?
            /// Numbered agenda items.
            public let items: Int
            public let warnings: [String]
        }
    }

    public func importFile(at url: URL, into body: Body, date: CalendarDay?) async -> FileReport {
        do {
            let minutes = try parser.parse(fileAt: url)
            let outcome = try await MinutesWriter(database: database).store(minutes, in: body, date: date)
            return FileReport(fileName: url.lastPathComponent, result: .success(.init(
                outcome: outcome, date: minutes.meeting.date ?? date,
                items: minutes.items.filter { $0.number != nil }.count, warnings: minutes.warnings)))
        } catch {
            return FileReport(fileName: url.lastPathComponent, result: .failure(error))
        }
    }
}

/// Finds the body a command names, by slug or by name, without regard to case.
public enum BodyLookup {
    struct Unknown: Error, CustomStringConvertible {
        let name: String
        let known: [Body]

        var description: String {
            let list = known.map { "  \($0.slug)  (\($0.name))" }.joined(separator: "\n")
            return "There is no body called '\(name)'. Name one of these, by its key or its name\n"
                + "(`samspil import --create-body` creates a new one):\n" + (list.isEmpty ? "  (there are no bodies yet)" : list)
        }
    }

    static func find(_ name: String, on database: any Database) async throws -> Body? {
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
        let wanted = name.lowercased()
        return bodies.first { $0.slug == wanted || $0.name.lowercased() == wanted || $0.slug == Slug.make(name) }
    }

    static func require(_ name: String, on database: any Database) async throws -> Body {
        if let body = try await find(name, on: database) { return body }
        throw Unknown(name: name, known: try await BodyModel.query(on: database).sort(\.$name).all().map { try $0.domain() })
    }

    /// Creates a body from its name, the kind read from the name as the bodies name themselves.
    public static func create(named name: String, on database: any Database) async throws -> Body {
        let body = Body(slug: Slug.make(name), name: name, kind: Body.Kind(guessingFrom: name))
        try await BodyModel(body).create(on: database)
        return body
    }
}

extension Body.Kind {
    init(guessingFrom name: String) {
        let lower = name.lowercased()
        self = if lower.contains("klyngestyregruppe") { .clusterSteeringGroup }
            else if lower.contains("temagruppe") || lower.contains("implementeringsgruppe") { .themeGroup }
            else if lower.contains("arbejdsgruppe") { .workingGroup }
            else if lower.contains("styregruppe") { .steeringGroup }
            else if lower.contains("sundhedsklynge") { .politicalCluster }
            else if lower.contains("udvalg") { .political }
            else { .fixedGroup }
    }
}
