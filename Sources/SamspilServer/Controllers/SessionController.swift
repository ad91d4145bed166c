import Foundation
import Vapor

/// Signing in and out.
struct SessionController: Sendable {
    struct SignInForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    func form(_ request: Request) async throws -> Response {
        let next = request.query[String.self, at: "next"].flatMap(Self.localPath)
        return .page(SignInPage.render(.init(next: next), context: request.pageContext), for: request)
    }

    func signIn(_ request: Request) async throws -> Response {
        try CSRF.verify(request)
        let form = try request.content.decode(SignInForm.self)
        let email = form.email ?? ""
        let result = try await request.accounts.signIn(
            email: email, password: form.password ?? "", address: request.clientAddress)
        let failure: UIText
        switch result {
        case let .signedIn(token):
            let response = Response(status: .seeOther, headers: ["Location": form.next.flatMap(Self.localPath) ?? SiteURL.home.path])
            response.cookies[SessionCookie.name] = SessionCookie.make(token: token, for: request)
            return response
        case .wrongEmailOrPassword:
            failure = .wrongEmailOrPassword
        case .tooManyFailures:
            failure = .tooManyFailures
        }
        let model = SignInPage.Model(email: email, error: failure, next: form.next.flatMap(Self.localPath))
        return .page(SignInPage.render(model, context: request.pageContext),
                     status: result == .tooManyFailures ? .tooManyRequests : .unauthorized, for: request)
    }

    func signOut(_ request: Request) async throws -> Response {
        try CSRF.verify(request)
        if let token = request.cookies[SessionCookie.name]?.string {
            try await request.accounts.signOut(token: token)
        }
        let response = Response.redirect(to: .home)
        response.cookies[SessionCookie.name] = SessionCookie.expired(for: request)
        return response
    }

    /// Only a path on this site may follow a sign-in: never another host (an open redirect).
    static func localPath(_ text: String) -> String? {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), !text.contains("\r"),
              !text.contains("\n") else { return nil }
        return text
    }
}
