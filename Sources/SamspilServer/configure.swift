import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Builds the application from its configuration: database, migrations, middleware, routes, commands.
/// Tests call this with their own configuration; the executable with the one read from the environment.
public func configure(_ app: Application, _ configuration: AppConfiguration) throws {
    try DatabaseSetup.use(configuration.database, in: app)
    app.migrations.add(SamspilMigrations.all)

    // The app's own error middleware only: every failure becomes a page (or a plain 503 for /healthz),
    // never a stack trace or Vapor's JSON.
    app.middleware = .init()
    app.middleware.use(PageErrorMiddleware())

    try routes(app)

    app.asyncCommands.use(PreparedServeCommand(demo: configuration.demo), as: "serve", isDefault: true)
    app.asyncCommands.use(DemoCommand(), as: "demo")
}

enum DatabaseSetup {
    static func use(_ database: AppConfiguration.Database, in app: Application) throws {
        switch database {
        case let .sqlite(path):
            app.databases.use(.sqlite(path == ":memory:" ? .memory : .file(path)), as: .sqlite)
            app.logger.info("Database: SQLite at \(path)", metadata: ["component": "database"])
        case let .postgres(url, searchPath):
            var postgres = try SQLPostgresConfiguration(url: url)
            postgres.coreConfiguration.options.connectTimeout = .seconds(5)
            postgres.searchPath = searchPath.map { [$0] }
            app.databases.use(.postgres(configuration: postgres), as: .psql)
            app.logger.info("Database: PostgreSQL at \(Redacted.url(url))", metadata: ["component": "database"])
        }
    }
}
