import Fluent
import Foundation

/// An account that can sign in. The password is kept only as a bcrypt hash.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lower case: e-mail addresses are matched without regard to case.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_administrator") var isAdministrator: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(email: String, name: String, passwordHash: String, isAdministrator: Bool) {
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
        self.isAdministrator = isAdministrator
    }
}
