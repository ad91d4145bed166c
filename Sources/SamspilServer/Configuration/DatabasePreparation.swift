import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// What `serve` and `demo` do before their work: check that the database answers, bring its schema up to
/// date, and load the demo into an empty one when asked to.
enum DatabasePreparation {
    struct Unreachable: Error, CustomStringConvertible {
        let reason: String
        var description: String {
            "The database does not answer: \(reason). Check \(AppConfiguration.Key.databaseURL.rawValue) "
                + "and that the database server is running."
        }
    }

    static func prepare(_ app: Application, demo: AppConfiguration.DemoPolicy) async throws {
        if let configuration = app.storage[ConfigurationKey.self] {
            app.logger.info("Database: \(DatabaseSetup.describe(configuration.database))", metadata: ["component": "database"])
        }
        try await checkConnection(app.db)
        try await useWriteAheadLog(app.db)
        try await app.autoMigrate()
        if demo == .auto {
            let loader = DemoLoader(database: app.db)
            if try await loader.databaseIsEmpty() {
                app.logger.info("The database is empty: loading the demo.", metadata: ["component": "demo"])
                try await loader.load()
            }
        }
    }

    /// SQLite's write-ahead log: readers do not wait for a writer, and a commit costs one write instead of
    /// a journal dance (imports store a transaction per document). The mode is kept in the file itself.
    static func useWriteAheadLog(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    static func checkConnection(_ database: any Database) async throws {
        do {
            guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            try await sql.raw("SELECT 1").run()
        } catch {
            throw Unreachable(reason: DatabaseProblem.summary(of: error))
        }
    }
}

/// One line that says what went wrong with the database, without secrets and without the
/// "generic description" PostgresNIO gives to keep them out.
enum DatabaseProblem {
    static func summary(of error: any Error) -> String {
        if let postgres = error as? PSQLError {
            if let message = postgres.serverInfo?[.message] { return message }
            if let underlying = postgres.underlying { return summary(of: underlying) }
            return "\(postgres.code)"
        }
        if let sqlite = error as? SQLiteError { return sqlite.message }
        if let connection = error as? NIOConnectionError {
            let attempts = connection.connectionErrors.map { "\(address($0.target)) (\(summary(of: $0.error)))" }
            let failures = attempts.isEmpty ? [connection.host + ":\(connection.port)"] : attempts
            return "cannot connect to " + failures.joined(separator: ", ")
        }
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        return String(describing: error)
    }
}

private func address(_ address: SocketAddress) -> String {
    guard let ip = address.ipAddress, let port = address.port else { return "\(address)" }
    return address.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
}
