import Fluent
import Foundation
import SQLKit
@testable import SamspilServer
import Testing
import Vapor

/// The backends every persistence test runs on: SQLite always, PostgreSQL when the test command has
/// started one (`scripts/test` does, and sets SAMSPIL_TEST_REQUIRE_POSTGRES so it cannot be skipped).
enum TestDatabase: CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres(url: String)

    static let postgresURLKey = "SAMSPIL_TEST_POSTGRES_URL"
    static let requirePostgresKey = "SAMSPIL_TEST_REQUIRE_POSTGRES"

    static var all: [TestDatabase] {
        var databases: [TestDatabase] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment[postgresURLKey], !url.isEmpty {
            databases.append(.postgres(url: url))
        }
        return databases
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }
}

/// A guard against running tests on a database that is not on this machine: the tests create and drop
/// schemas, so they only ever talk to a throwaway local server.
private func requireLocal(_ url: String) throws {
    let host = URLComponents(string: url)?.host ?? ""
    guard ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) else {
        throw TestSetupError("Refusing to run tests against \(host): only a local PostgreSQL is allowed.")
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body` with a configured, migrated application on a database of its own: an in-memory SQLite
/// database, or a fresh PostgreSQL schema that is dropped afterwards. Tests can run in parallel.
/// `maxAttachmentBytes` sets a small attachment limit for the tests of files over it (the default is 25 MB).
/// SQLite keeps its write-ahead log, as `serve` and `demo` set it, unless `writeAheadLog` is false.
func withApp(
    _ database: TestDatabase, demo: Bool = false, migrate: Bool = true, maxAttachmentBytes: Int? = nil,
    writeAheadLog: Bool = true, _ body: (Application) async throws -> Void
) async throws {
    try await TestAppSlots.shared.acquire()
    do {
        try await withAppInSlot(database, demo: demo, migrate: migrate, maxAttachmentBytes: maxAttachmentBytes,
                                writeAheadLog: writeAheadLog, body)
    } catch {
        await TestAppSlots.shared.release()
        throw error
    }
    await TestAppSlots.shared.release()
}

/// How many test apps run at once. Swift Testing starts every test case together; each app opens its own
/// connections, and a few hundred at once exhaust the test PostgreSQL's connection slots (and memory)
/// long before they make the suite faster on two cores.
actor TestAppSlots {
    static let shared = TestAppSlots(limit: 12)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot straight to the next waiter, if any.
    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

private func withAppInSlot(
    _ database: TestDatabase, demo: Bool, migrate: Bool, maxAttachmentBytes: Int?, writeAheadLog: Bool,
    _ body: (Application) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    var schema: String?
    do {
        switch database {
        case .sqlite:
            var configuration = AppConfiguration(database: .sqlite(path: ":memory:"), demo: .off, passwordHashCost: 4)
            if let maxAttachmentBytes { configuration.maxAttachmentBytes = maxAttachmentBytes }
            try configure(app, configuration)
            // Before anything else opens a connection: SQLite changes the mode only while no one else reads.
            if writeAheadLog { try await DatabasePreparation.useWriteAheadLog(app.db) }
        case let .postgres(url):
            try requireLocal(url)
            let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            schema = name
            var configuration = AppConfiguration(database: .postgres(url: url, searchPath: name), demo: .off, passwordHashCost: 4)
            if let maxAttachmentBytes { configuration.maxAttachmentBytes = maxAttachmentBytes }
            try configure(app, configuration)
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: name)").run()
        }
        if migrate { try await app.autoMigrate() }
        if demo { try await DemoLoader(database: app.db).load() }
        try await body(app)
    } catch {
        try await cleanUp(app, schema: schema)
        throw error
    }
    try await cleanUp(app, schema: schema)
}

/// Drops the test's schema and shuts the app down, the latter always: an app that is not shut down stops
/// the whole test process when it is released.
private func cleanUp(_ app: Application, schema: String?) async throws {
    var dropFailure: (any Error)?
    if let schema, let sql = app.db as? any SQLDatabase {
        do {
            try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        } catch {
            dropFailure = error
        }
    }
    try await app.asyncShutdown()
    if let dropFailure { throw dropFailure }
}
