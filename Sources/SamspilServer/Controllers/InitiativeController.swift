import Fluent
import Foundation
import SamspilCore
import Vapor

/// `/initiativer`: everyone reads the register (it holds no contact details for the public); a secretary
/// registers and edits the initiatives of their bodies and clusters, an administrator all of them.
struct InitiativeController: Sendable {
    func list(_ request: Request) async throws -> Response {
        var model = try await listModel(request)
        model.notice = request.notice()
        return .page(InitiativesPage.renderList(model, context: request.pageContext), for: request)
    }

    func create(_ request: Request) async throws -> Response {
        let lookup = try await InitiativesPage.Lookup.load(on: request.db, viewer: request.viewer)
        let permission = RegisterPermission(viewer: request.viewer, bodies: lookup.bodies)
        try request.requireRight(permission.mayCreate)
        try CSRF.verify(request)
        var form = InitiativesPage.InitiativeForm(posted: request.field)
        guard let initiative = form.initiative(id: UUID(), lookup: lookup, permission: permission) else {
            let model = try await listModel(request, form: form)
            return .page(InitiativesPage.renderList(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await Initiatives(database: request.db).save(initiative)
        return .redirect(to: .initiative(initiative.id), notice: RegisterText.initiativeCreated)
    }

    func show(_ request: Request) async throws -> Response {
        guard var model = try await InitiativesPage.Model.query(id: try request.id("initiative"), viewer: request.viewer, on: request.db) else {
            throw Abort(.notFound)
        }
        model.notice = request.notice()
        return .page(InitiativesPage.render(model, context: request.pageContext), for: request)
    }

    func save(_ request: Request) async throws -> Response {
        let id = try request.id("initiative")
        let store = Initiatives(database: request.db)
        guard let stored = try await store.find(id) else { throw Abort(.notFound) }
        let lookup = try await InitiativesPage.Lookup.load(on: request.db, viewer: request.viewer)
        let permission = RegisterPermission(viewer: request.viewer, bodies: lookup.bodies)
        try request.requireRight(permission.mayEdit(stored))
        try CSRF.verify(request)
        var form = InitiativesPage.InitiativeForm(posted: request.field)
        guard let initiative = form.initiative(id: id, lookup: lookup, permission: permission) else {
            let model = try await InitiativesPage.Model.query(id: id, viewer: request.viewer, form: form, on: request.db)
            return .page(InitiativesPage.render(try model.orNotFound(), context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await store.save(initiative)
        return .redirect(to: .initiative(id), notice: RegisterText.initiativeSaved)
    }

    private func listModel(_ request: Request, form: InitiativesPage.InitiativeForm = .init()) async throws -> InitiativesPage.ListModel {
        try await InitiativesPage.ListModel.query(viewer: request.viewer, cluster: (try? request.query.get(String.self, at: "klynge")) ?? "",
                                                  status: (try? request.query.get(String.self, at: "status")) ?? "", form: form,
                                                  on: request.db)
    }
}

extension Optional {
    /// The value, or a 404: for a row that a request found a moment ago and that is gone now.
    func orNotFound() throws -> Wrapped {
        guard let self else { throw Abort(.notFound) }
        return self
    }
}
