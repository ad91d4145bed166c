import Fluent
import MinutesExport
import MinutesImport
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
    app.middleware.use(ViewerMiddleware())
    // The OParl and JSON APIs: JSON errors, CORS, and the viewer from an API token instead of a cookie.
    app.middleware.use(JSONInterfaceMiddleware())
    app.middleware.use(APITokenMiddleware())

    app.storage[ConfigurationKey.self] = configuration
    app.pdfPrinter = PDFPrinter.locate()
    try routes(app)

    app.asyncCommands.use(PreparedServeCommand(demo: configuration.demo), as: "serve", isDefault: true)
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ParseCommand(), as: "parse")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(SearchCommand(), as: "search")
    app.asyncCommands.use(ReindexCommand(), as: "reindex")
    app.asyncCommands.use(UserCommand(), as: "user")
}

enum DatabaseSetup {
    /// Which database, for the log; without the password.
    static func describe(_ database: AppConfiguration.Database) -> String {
        switch database {
        case let .sqlite(path): "SQLite at \(path)"
        case let .postgres(url, _): "PostgreSQL at \(Redacted.url(url))"
        }
    }

    static func use(_ database: AppConfiguration.Database, in app: Application) throws {
        switch database {
        case let .sqlite(path):
            app.databases.use(.sqlite(path == ":memory:" ? .memory : .file(path)), as: .sqlite)
        case let .postgres(url, searchPath):
            var postgres = try SQLPostgresConfiguration(url: url)
            postgres.coreConfiguration.options.connectTimeout = .seconds(5)
            postgres.searchPath = searchPath.map { [$0] }
            app.databases.use(.postgres(configuration: postgres), as: .psql)
        }
    }
}

/// The configuration the app was built with, for the commands that report it.
struct ConfigurationKey: StorageKey {
    typealias Value = AppConfiguration
}

extension Application {
    /// The configuration the app was configured with; the defaults before `configure` ran.
    var configuration: AppConfiguration {
        storage[ConfigurationKey.self] ?? AppConfiguration(database: .sqlite(path: AppConfiguration.defaultSQLitePath))
    }

    /// The parser with the configured document limit: the one every command and page uses.
    var minutesParser: MinutesParser {
        MinutesParser(limits: .init(maxBytes: configuration.maxDocumentBytes))
    }
}
