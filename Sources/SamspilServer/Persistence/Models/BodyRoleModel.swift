import Fluent
import Foundation

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
