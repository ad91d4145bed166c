import Fluent
import Foundation
import SamspilCore

/// One of a body's own standard items; a body without any uses `StandardItem.defaults`.
final class StandardItemModel: Model, @unchecked Sendable {
    static let schema = "standard_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "kind") var kind: String?
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "placement") var placement: String
    @OptionalField(key: "purpose") var purpose: String?
    @Field(key: "recommendation") var recommendation: String

    init() {}

    init(bodyID: UUID, position: Int, item: StandardItem) {
        self.bodyID = bodyID
        self.position = position
        title = item.title
        kind = item.kind?.rawValue
        durationMinutes = item.durationMinutes
        placement = item.placement.rawValue
        purpose = item.purpose?.rawValue
        recommendation = item.recommendation
    }

    func domain() throws -> StandardItem {
        StandardItem(title: title,
                     kind: try kind.map { try StoredValue.enumeration($0, table: Self.schema, id: id, field: "kind") },
                     durationMinutes: durationMinutes,
                     placement: try StoredValue.enumeration(placement, table: Self.schema, id: id, field: "placement"),
                     purpose: try purpose.map { try StoredValue.enumeration($0, table: Self.schema, id: id, field: "purpose") },
                     recommendation: recommendation)
    }

    /// The body's standard items, or the defaults when it has none of its own.
    static func items(of bodyID: UUID, on database: any Database) async throws -> [StandardItem] {
        let own = try await query(on: database).filter(\.$bodyID == bodyID).sort(\.$position).all()
        return own.isEmpty ? StandardItem.defaults : try own.map { try $0.domain() }
    }
}
