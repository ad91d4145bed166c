import Fluent
import Foundation

/// The secret addresses of personal calendars. A calendar app cannot sign in, so the address itself is
/// the key: a random token, of which only the sha256 is stored (like a session's). Because the token
/// cannot be read back, the user sees their address once, when it is made; a new one revokes the old.
struct CalendarTokens {
    let database: any Database

    /// A new token for the user, replacing any earlier one, which stops working at once.
    func renew(for userID: UUID) async throws -> String {
        let token = Accounts.randomToken()
        try await database.transaction { database in
            try await CalendarTokenModel.query(on: database).filter(\.$userID == userID).delete()
            try await CalendarTokenModel(tokenHash: Accounts.hash(token), userID: userID).create(on: database)
        }
        return token
    }

    /// Whether the user has made an address that still works.
    func exists(for userID: UUID) async throws -> Bool {
        try await CalendarTokenModel.query(on: database).filter(\.$userID == userID).count() > 0
    }

    /// The user whose address holds `token`; nil for an unknown or revoked one.
    func userID(token: String) async throws -> UUID? {
        guard !token.isEmpty else { return nil }
        return try await CalendarTokenModel.query(on: database).filter(\.$tokenHash == Accounts.hash(token)).first()?.userID
    }
}
