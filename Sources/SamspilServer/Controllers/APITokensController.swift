import Foundation
import Vapor

/// `/min-konto/api-noegler`: a signed-in user's personal API tokens (`APITokens`).
struct APITokensController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let userID = try signedInUser(request)
        let notice = request.query[String.self, at: "besked"] == "tilbagekaldt" ? request.language.apiToken(.revokedNotice) : nil
        let model = APITokensPage.Model(tokens: try await APITokens(database: request.db).list(for: userID), notice: notice)
        return .page(APITokensPage.render(model, context: request.pageContext), for: request)
    }

    /// Makes a token and shows it: this once, as only its hash is kept. The page is the POST's answer
    /// rather than a redirect, so the secret is in no URL the browser keeps.
    func create(_ request: Request) async throws -> Response {
        let userID = try signedInUser(request)
        try CSRF.verify(request)
        let tokens = APITokens(database: request.db)
        let name = request.field("name")
        var model = APITokensPage.Model(tokens: [], name: name)
        var status = HTTPResponseStatus.ok
        do {
            model.newToken = try await tokens.create(named: name, for: userID)
            model.name = ""
        } catch let problem as APITokens.NameProblem {
            model.nameError = problem.description
            status = .unprocessableEntity
        }
        model.tokens = try await tokens.list(for: userID)
        let response = Response.page(APITokensPage.render(model, context: request.pageContext), status: status, for: request)
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    func revoke(_ request: Request) async throws -> Response {
        let userID = try signedInUser(request)
        try CSRF.verify(request)
        guard try await APITokens(database: request.db).revoke(try request.id("token"), of: userID) else { throw Abort(.notFound) }
        return Response(status: .seeOther, headers: ["Location": SiteURL.apiTokens.path + "?besked=tilbagekaldt"])
    }

    /// The signed-in user; the public is sent to sign in and come back.
    private func signedInUser(_ request: Request) throws -> UUID {
        guard let userID = request.viewer.userID else {
            throw Abort.redirect(to: SiteURL.signIn.path + "?next=" + SiteURL.apiTokens.path, redirectType: .normal)
        }
        return userID
    }
}
