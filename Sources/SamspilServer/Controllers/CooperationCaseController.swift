import Fluent
import Foundation
import SamspilCore
import Vapor

/// `/aftaler`: agreements and development tasks. Everyone reads their status; the secretary of the
/// responsible body records the stages, and each cluster's secretary their own cluster's progress.
struct CooperationCaseController: Sendable {
    func list(_ request: Request) async throws -> Response {
        var model = try await CasesPage.ListModel.query(viewer: request.viewer, on: request.db)
        model.notice = request.notice()
        return .page(CasesPage.renderList(model, context: request.pageContext), for: request)
    }

    func create(_ request: Request) async throws -> Response {
        let owners = request.viewer.isAdministrator
            ? Set(try await BodyModel.query(on: request.db).all().compactMap(\.id))
            : request.viewer.editableBodies ?? []
        try request.requireRight(!owners.isEmpty)
        try CSRF.verify(request)
        var form = CasesPage.CaseForm(posted: request.field)
        guard let value = form.value(owners: owners) else {
            let model = try await CasesPage.ListModel.query(viewer: request.viewer, form: form, on: request.db)
            return .page(CasesPage.renderList(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await CooperationCases(database: request.db).create(value)
        return .redirect(to: .cooperationCase(value.id), notice: RegisterText.caseCreated)
    }

    func show(_ request: Request) async throws -> Response {
        var model = try await model(request)
        model.notice = request.notice()
        return .page(CasesPage.render(model, context: request.pageContext), for: request)
    }

    /// Records a stage's dates and note.
    func saveStage(_ request: Request) async throws -> Response {
        let model = try await model(request)
        try request.requireRight(model.mayEdit)
        try CSRF.verify(request)
        guard let stage = request.parameters.get("stage").flatMap(CooperationCase.Stage.init(rawValue:)),
              model.value.kind.stages.contains(stage) else { throw Abort(.notFound) }
        switch readDates(request) {
        case let .failure(problem):
            return refused(model, key: CasesPage.formKey(stage), target: request.language.name(of: stage), problem: problem, request: request)
        case let .success(dates):
            try await CooperationCases(database: request.db).save(
                .init(stage: stage, started: dates.started, completed: dates.ended, note: dates.note), of: model.value.id)
            return .redirect(to: .cooperationCase(model.value.id), notice: RegisterText.stageSaved)
        }
    }

    /// Records how far a cluster has come with a per-cluster stage (`stage` in the form).
    func saveCluster(_ request: Request) async throws -> Response {
        let model = try await model(request)
        let bodyID = try request.id("cluster")
        guard let stage = model.stages.first(where: { $0.stage.rawValue == request.field("stage") }),
              let row = stage.clusters.first(where: { $0.body.id == bodyID }) else { throw Abort(.notFound) }
        try request.requireRight(row.mayEdit)
        try CSRF.verify(request)
        switch readDates(request) {
        case let .failure(problem):
            return refused(model, key: CasesPage.formKey(stage.stage, row.body), target: row.body.cluster ?? row.body.name, problem: problem,
                           request: request)
        case let .success(dates):
            try await CooperationCases(database: request.db).save(
                .init(stage: stage.stage, bodyID: bodyID, started: dates.started, done: dates.ended, note: dates.note), of: model.value.id)
            return .redirect(to: .cooperationCase(model.value.id), notice: RegisterText.clusterSaved)
        }
    }

    private func model(_ request: Request) async throws -> CasesPage.Model {
        try await CasesPage.Model.query(id: try request.id("case"), viewer: request.viewer, on: request.db).orNotFound()
    }

    private func readDates(_ request: Request) -> Result<CasesPage.Dates, RegisterText> {
        CasesPage.Dates.read(started: request.field("started"), ended: request.field("ended"), note: request.field("note"))
    }

    /// The page again with what was wrong and what was typed; nothing is stored.
    private func refused(_ model: CasesPage.Model, key: String, target: String, problem: RegisterText, request: Request) -> Response {
        var model = model
        model.refusal = .init(key: key, target: target, started: request.field("started"), ended: request.field("ended"),
                              note: request.field("note"), message: problem)
        return .page(CasesPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
    }
}
