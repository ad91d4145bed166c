import FluentSQLiteDriver
import Foundation
import SQLKit

/// A connection of its own to the SQLite file of another, for reading while that one writes: a rebuild
/// of the search index reads the stored meetings on this one while its transaction writes the index on
/// the other, so that the two run side by side rather than one after the other on one core.
///
/// Only with the write-ahead log (which `serve` and `demo` turn on): then a reader neither waits for the
/// writer's transaction nor makes it wait. And only once the writer has written, so that it holds the
/// database's one write lock: no other connection can change the meetings until it commits, and this
/// one reads them as the writer sees them.
///
/// An `SQLiteDatabase` as well as an `SQLDatabase`, so that `PlainRows` reads straight from it.
struct SQLiteReadConnection: SQLDatabase, SQLiteDatabase {
    private let connection: SQLiteConnection

    /// A reader of the file `writer` writes, in a transaction of its own; nil when there can be none (no
    /// write-ahead log).
    static func open(beside writer: any SQLDatabase) async throws -> SQLiteReadConnection? {
        let rows = PlainRows(sql: writer)
        guard try await rows.all("PRAGMA journal_mode").first?.string("journal_mode") == "wal",
              let main = try await rows.all("PRAGMA database_list").first(where: { try $0.string("name") == "main" }),
              case let file = try main.string("file"), !file.isEmpty else { return nil }
        let connection = try await SQLiteConnection.open(
            storage: .file(path: file), threadPool: .singleton, logger: writer.logger, on: writer.eventLoop)
        do {
            _ = try await connection.query("PRAGMA query_only = 1")
            _ = try await connection.query("BEGIN")
        } catch {
            try? await connection.close()
            throw error
        }
        return SQLiteReadConnection(connection: connection)
    }

    /// Ends the read transaction and the connection.
    func close() async throws {
        try await connection.close()
    }

    private var sql: any SQLDatabase { connection.sql() }

    var logger: Logger { connection.logger }
    var eventLoop: any EventLoop { connection.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }

    func query(_ query: String, _ binds: [SQLiteData], logger: Logger,
               _ onRow: @escaping @Sendable (SQLiteRow) -> Void) -> EventLoopFuture<Void> {
        connection.query(query, binds, logger: logger, onRow)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(connection)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        try await closure(connection)
    }
}
