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

/// A user's role in one body.
final class BodyRoleModel: Model, @unchecked Sendable {
    static let schema = "body_roles"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "role") var role: String

    init() {}

    init(userID: UUID, bodyID: UUID, role: String) {
        self.userID = userID
        self.bodyID = bodyID
        self.role = role
    }
}

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
