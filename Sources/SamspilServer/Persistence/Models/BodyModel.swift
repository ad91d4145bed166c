import Fluent
import Foundation
import SamspilCore

final class BodyModel: Model, @unchecked Sendable {
    static let schema = "bodies"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    @OptionalField(key: "cluster") var cluster: String?
    @OptionalField(key: "summary") var summary: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Set on every save (nil on rows older than editing): what OParl reports as `modified`.
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ body: Body) {
        id = body.id
        slug = body.slug
        name = body.name
        kind = body.kind.rawValue
        parentID = body.parentID
        cluster = body.cluster
        summary = body.summary
    }

    func domain() throws -> Body {
        Body(id: try requireID(), slug: slug, name: name,
             kind: try StoredValue.enumeration(kind, table: Self.schema, id: id, field: "kind"),
             parentID: parentID, cluster: cluster, summary: summary)
    }
}
