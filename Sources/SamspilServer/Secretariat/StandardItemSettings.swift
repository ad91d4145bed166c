import Fluent
import Foundation
import SamspilCore

/// A body's standard items as the secretary configures them.
struct StandardItemSettings {
    let database: any Database

    /// The body's items and whether they are its own (false: the defaults, as the body has none).
    func items(of bodyID: UUID) async throws -> (items: [StandardItem], own: Bool) {
        let own = try await StandardItemModel.query(on: database).filter(\.$bodyID == bodyID).count() > 0
        return (try await StandardItemModel.items(of: bodyID, on: database), own)
    }

    /// Replaces the body's items, in one transaction so a new meeting never sees half a list. An empty
    /// list leaves the body with the defaults.
    func replace(_ items: [StandardItem], of bodyID: UUID) async throws {
        try await database.transaction { database in
            try await StandardItemModel.query(on: database).filter(\.$bodyID == bodyID).delete()
            try await items.enumerated().map { StandardItemModel(bodyID: bodyID, position: $0, item: $1) }
                .create(on: database)
        }
    }
}
