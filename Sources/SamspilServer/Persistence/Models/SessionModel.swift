import Fluent
import Foundation

/// A signed-in browser. The cookie holds a random token; the database only its sha256, so a copy of the
/// database does not let anyone sign in.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.expiresAt = expiresAt
    }
}
