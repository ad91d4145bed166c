import Foundation
import SamspilCore
import Vapor

/// A body's standard items, for the secretary.
struct StandardItemsController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        var model = try await StandardItemsPage.Model.query(context, on: request.db)
        model.notice = request.notice()
        return .page(StandardItemsPage.render(model, context: request.pageContext), for: request)
    }

    func save(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        switch StandardItemsPage.validate(StandardItemsPage.read(field: request.field)) {
        case let .success(items):
            try await StandardItemSettings(database: request.db).replace(items, of: context.body.id)
            return .redirect(to: .standardItems(bodySlug: context.body.slug), notice: BodyWorkText.standardItemsSaved)
        case let .failure(invalid):
            let model = try await StandardItemsPage.Model.query(context, rows: invalid.rows, on: request.db)
            return .page(StandardItemsPage.render(model, context: request.pageContext), status: .badRequest, for: request)
        }
    }
}
