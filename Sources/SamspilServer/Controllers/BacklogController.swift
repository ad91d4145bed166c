import Foundation
import SamspilCore
import Vapor

/// "Punkter til kommende møder" of a body: members read, the secretary adds and deletes.
struct BacklogController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .readEverything)
        var model = try await BacklogPage.Model.query(context, today: .today(), on: request.db)
        model.notice = request.notice()
        return .page(BacklogPage.render(model, context: request.pageContext), for: request)
    }

    func add(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var form = BacklogPage.Form(title: request.field("title"), proposedBy: request.field("proposed-by"),
                                    proposedOn: request.field("proposed-on"), due: request.field("due"))
        guard let item = form.validate(bodyID: context.body.id) else {
            let model = try await BacklogPage.Model.query(context, form: form, today: .today(), on: request.db)
            return .page(BacklogPage.render(model, context: request.pageContext), status: .badRequest, for: request)
        }
        try await Backlog(database: request.db).add(item)
        return .redirect(to: .backlog(bodySlug: context.body.slug), notice: BodyWorkText.backlogItemAdded)
    }

    func delete(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        guard try await Backlog(database: request.db).delete(try request.id("backlog"), in: context.body.id) else {
            throw Abort(.notFound)
        }
        return .redirect(to: .backlog(bodySlug: context.body.slug), notice: BodyWorkText.backlogItemDeleted)
    }
}
