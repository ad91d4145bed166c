import Vapor

/// `samspil demo`: migrates the database and loads the demo: the bodies of Midtklyngen and its three
/// real sets of minutes. Only into an empty database, so demo data never mixes with real data.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Loads the demo (Midtklyngen and three real sets of minutes) into an empty database." }

    struct NotEmpty: Error, CustomStringConvertible {
        var description: String {
            "The database already holds bodies, so the demo was not loaded (it never mixes with real data). "
                + "Point DATABASE_URL at a new SQLite file or an empty PostgreSQL database to see the demo."
        }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let loader = DemoLoader(database: app.db)
        guard try await loader.databaseIsEmpty() else { throw NotEmpty() }
        try await loader.load()
        context.console.print("The demo is loaded. Run `samspil serve` and open http://127.0.0.1:8080/.")
    }
}
