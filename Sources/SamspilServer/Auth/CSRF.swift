import Vapor

/// Protection against cross-site form posts: a random token in a cookie of its own (SameSite=Strict,
/// HttpOnly) that every form repeats in a hidden field. A post whose field does not match the cookie is
/// refused. Works the same for visitors who are not signed in (the sign-in form) and needs no state.
enum CSRF {
    static let cookieName = "samspil_csrf"
    static let fieldName = "csrf"

    /// The token for the forms of a page: the visitor's, or a new one that `attach` then sets.
    static func token(for request: Request) -> String {
        request.cookies[cookieName]?.string ?? Accounts.randomToken()
    }

    /// Sets the token's cookie on the response if the visitor did not have it yet.
    static func attach(_ token: String, to response: Response, for request: Request) {
        guard request.cookies[cookieName]?.string != token else { return }
        response.cookies[cookieName] = HTTPCookies.Value(string: token, path: "/", isSecure: request.isHTTPS,
                                                         isHTTPOnly: true, sameSite: .strict)
    }

    struct Refused: AbortError {
        var status: HTTPResponseStatus { .forbidden }
        var reason: String { "The form's security token did not match; reload the page and try again." }
    }

    /// Throws unless the posted field matches the cookie.
    static func verify(_ request: Request) throws {
        let cookie = request.cookies[cookieName]?.string ?? ""
        let field = (try? request.content.get(String.self, at: fieldName)) ?? ""
        guard !cookie.isEmpty, cookie.utf8.count == field.utf8.count,
              zip(cookie.utf8, field.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else { throw Refused() }
    }
}
