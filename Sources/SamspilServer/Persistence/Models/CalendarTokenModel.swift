import Fluent
import Foundation

/// The secret in a user's personal calendar address, which calendar apps fetch without a cookie. Like a
/// session, only its sha256 is kept, so a copy of the database does not reveal anyone's calendar.
final class CalendarTokenModel: Model, @unchecked Sendable {
    static let schema = "calendar_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID) {
        self.tokenHash = tokenHash
        self.userID = userID
    }
}
