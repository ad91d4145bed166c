import Fluent
import Foundation

/// A personal API token: the key another system uses to call the JSON API as the user who made it,
/// with that user's rights as they are at each call. Only its sha256 is stored, as for sessions; the
/// user sees the token once, when it is made. Revoking keeps the row, so the list shows when.
final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    /// What the user calls it: "Kalenderintegration", "Afrapportering".
    @Field(key: "name") var name: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, name: String) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.name = name
    }
}
