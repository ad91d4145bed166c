import Fluent
import Foundation

/// A failed sign-in, by account and by address, to limit guessing.
final class SignInFailureModel: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    /// `account:<email>` or `address:<ip>`.
    @Field(key: "key") var key: String
    @Field(key: "failed_at") var failedAt: Date

    init() {}

    init(key: String, failedAt: Date) {
        self.key = key
        self.failedAt = failedAt
    }
}
