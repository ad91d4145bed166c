import Fluent
import Foundation
import SamspilCore

final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Set on every save (nil on rows older than editing): what OParl reports as `modified`.
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ organisation: Organisation) {
        id = organisation.id
        name = organisation.name
        kind = organisation.kind.rawValue
    }

    func domain() throws -> Organisation {
        Organisation(id: try requireID(), name: name,
                     kind: try StoredValue.enumeration(kind, table: Self.schema, id: id, field: "kind"))
    }
}
