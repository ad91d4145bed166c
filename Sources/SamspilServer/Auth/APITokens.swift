import Fluent
import Foundation
import SamspilCore
import Vapor

/// Personal API tokens: made and revoked by their user in the web app (`/min-konto/api-noegler`) or
/// with `samspil user token`. A token acts with its user's rights as they are at each call.
struct APITokens {
    let database: any Database

    /// Tokens start with this, so that one pasted into the wrong place is recognised (and secret scanners find it).
    static let prefix = "samspil_"

    struct Listed: Sendable {
        let id: UUID
        let name: String
        let createdAt: Date?
        let lastUsedAt: Date?
        let revokedAt: Date?
    }

    struct NameProblem: Error, CustomStringConvertible {
        let description: String
    }

    /// A new token for the user; the only time it is seen in full.
    func create(named name: String, for userID: UUID) async throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            throw NameProblem(description: "Giv nøglen et navn på 1 til 100 tegn, så du kan kende den igen.")
        }
        let token = Self.prefix + Accounts.randomToken()
        try await APITokenModel(tokenHash: Accounts.hash(token), userID: userID, name: name).create(on: database)
        return token
    }

    func list(for userID: UUID) async throws -> [Listed] {
        try await APITokenModel.query(on: database).filter(\.$userID == userID).sort(\.$createdAt, .descending).all()
            .compactMap { model in
                model.id.map { Listed(id: $0, name: model.name, createdAt: model.createdAt, lastUsedAt: model.lastUsedAt,
                                      revokedAt: model.revokedAt) }
            }
    }

    /// Revokes one of the user's tokens; false when the user has no such token.
    func revoke(_ id: UUID, of userID: UUID, at now: Date = Date()) async throws -> Bool {
        guard let model = try await APITokenModel.query(on: database).filter(\.$id == id).filter(\.$userID == userID).first() else {
            return false
        }
        if model.revokedAt == nil {
            model.revokedAt = now
            try await model.save(on: database)
        }
        return true
    }

    /// The viewer a token acts as; nil for an unknown or revoked token, or one whose user is gone.
    func viewer(token: String, now: Date = Date()) async throws -> Viewer? {
        guard token.hasPrefix(Self.prefix),
              let model = try await APITokenModel.query(on: database).filter(\.$tokenHash == Accounts.hash(token)).first(),
              model.revokedAt == nil else { return nil }
        let viewer = try await Accounts(database: database).viewer(userID: model.userID)
        guard viewer.isSignedIn else { return nil }
        // When it was last used, to the minute: enough to tell a forgotten token, without a write per call.
        if model.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            model.lastUsedAt = now
            try await model.save(on: database)
        }
        return viewer
    }
}

/// The JSON API's viewer comes from the `Authorization: Bearer` token alone. A browser's session cookie
/// does not count there: otherwise any web site could make a signed-in visitor's browser write through
/// the API, which has no forms to carry a CSRF token. Without a token the API answers as to the public.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/api/") else { return try await next.respond(to: request) }
        request.viewer = .public
        if request.headers.first(name: .authorization) != nil {
            guard let bearer = request.headers.bearerAuthorization,
                  let viewer = try await APITokens(database: request.db).viewer(token: bearer.token) else {
                throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"],
                            reason: "The API token is unknown or has been revoked. Send 'Authorization: Bearer <token>' with a token made on /min-konto/api-noegler.")
            }
            request.viewer = viewer
        }
        return try await next.respond(to: request)
    }
}
