import Vapor
import SamspilCore

/// Finds who is asking, from the session cookie, once per request.
struct ViewerMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token = request.cookies[SessionCookie.name]?.string
        do {
            request.viewer = try await request.accounts.viewer(token: token)
        } catch {
            // The database is down: serve as to the public; the page itself will say what it can.
            request.logger.warning("Cannot look up the session: \(DatabaseProblem.summary(of: error))",
                                   metadata: ["component": "auth"])
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct ViewerKey: StorageKey { typealias Value = Viewer }

    /// The signed-in user, or the public.
    var viewer: Viewer {
        get { storage[ViewerKey.self] ?? .public }
        set { storage[ViewerKey.self] = newValue }
    }

    var accounts: Accounts {
        Accounts(database: db, passwordHashCost: application.storage[ConfigurationKey.self]?.passwordHashCost ?? 12)
    }
}

/// The session cookie: HttpOnly, SameSite=Lax, Secure when the site is served over https.
enum SessionCookie {
    static let name = "samspil_session"

    static func make(token: String, for request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, expires: Date().addingTimeInterval(Accounts.sessionLifetime),
                          path: "/", isSecure: request.isHTTPS, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(for request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                          isSecure: request.isHTTPS, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// Served over https, directly or behind a proxy that says so.
    var isHTTPS: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
