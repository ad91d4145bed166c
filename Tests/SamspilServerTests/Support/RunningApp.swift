import Foundation
import Vapor

/// An application served over real HTTP, for a real browser: `app.testing()` answers in memory, which
/// a browser cannot reach.
struct RunningServer: Sendable {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    let baseURL: URL

    /// The absolute URL of a path of the site, e.g. `url("/log-ind")`.
    func url(_ path: String) throws -> URL {
        guard let url = URL(string: baseURL.absoluteString + path) else {
            throw TestSetupError("Not a path of the site: \(path)")
        }
        return url
    }
}

/// Serves `app` (from `withApp`) on 127.0.0.1 and a port the kernel picks, so tests running in
/// parallel, and anything else on the machine, never collide. The server is stopped afterwards, also
/// when `body` throws; `withApp` then shuts the application down as usual.
func withRunningServer(_ app: Application, _ body: (RunningServer) async throws -> Void) async throws {
    try await app.asyncBoot()
    try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    do {
        guard let port = app.http.server.shared.localAddress?.port,
              let baseURL = URL(string: "http://127.0.0.1:\(port)") else {
            throw TestSetupError("The test server started but did not say which port it is on.")
        }
        try await body(RunningServer(baseURL: baseURL))
    } catch {
        await app.server.shutdown()
        throw error
    }
    await app.server.shutdown()
}
