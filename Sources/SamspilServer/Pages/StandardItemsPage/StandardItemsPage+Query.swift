import Fluent
import SamspilCore

extension StandardItemsPage.Model {
    /// The body's items with the empty rows for new ones; `rows` carries a refused form as typed.
    static func query(_ context: BodyContext, rows: [StandardItemsPage.Row]? = nil, on database: any Database) async throws -> Self {
        let (items, own) = try await StandardItemSettings(database: database).items(of: context.body.id)
        let shown = rows ?? items.map(StandardItemsPage.Row.init)
            + Array(repeating: StandardItemsPage.Row(), count: StandardItemsPage.emptyRows)
        return Self(body: context.body, usesDefaults: !own, rows: shown)
    }
}
