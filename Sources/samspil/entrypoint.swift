import Foundation
import SamspilServer
import Vapor

/// `samspil <command>`: serve, migrate, demo, routes. Any failure ends with one line on standard error
/// and exit code 1: no stack trace.
@main
enum Entrypoint {
    static func main() async {
        var environment: Environment
        do {
            environment = try Environment.detect()
            try LoggingSystem.bootstrap(from: &environment)
        } catch {
            fail(error)
        }
        let app: Application
        do {
            app = try await Application.make(environment)
        } catch {
            fail(error)
        }
        do {
            try configure(app, try AppConfiguration.fromEnvironment())
            // Vapor's `execute()` without its own report of the error: `fail` says it once, plainly.
            try await app.startup()
            try await app.running?.onStop.get()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            fail(error)
        }
    }

    static func fail(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("samspil: \(String(describing: error))\n".utf8))
        exit(1)
    }
}
