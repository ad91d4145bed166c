import Fluent
import Foundation
import SamspilCore
import Vapor

/// `/organer/BODY/medformandskab`: a body's co-chairs and rotation plan. Everyone reads it (who chairs a
/// public body is public); the body's secretary changes the plan and its rules.
struct CoChairsController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .readPublished)
        var model = try await CoChairsPage.Model.query(context, today: .today(), on: request.db)
        model.notice = request.notice()
        return .page(CoChairsPage.render(model, context: request.pageContext), for: request)
    }

    func addPeriod(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var form = CoChairsPage.PeriodForm(posted: request.field)
        let organisations = try await OrganisationModel.query(on: request.db).all().map { try $0.domain() }
        let members = try await MembershipModel.query(on: request.db).filter(\.$bodyID == context.body.id).all(\.$personID)
        guard let period = form.period(organisationSides: Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, RotationPlan.Side($0.kind)) }),
                                       people: Set(members)) else {
            let model = try await CoChairsPage.Model.query(context, today: .today(), form: form, on: request.db)
            return .page(CoChairsPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await RotationPlans(database: request.db).save(period, in: context.body.id)
        return .redirect(to: .coChairs(bodySlug: context.body.slug), notice: CooperationText.periodAdded)
    }

    func deletePeriod(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        guard try await RotationPlans(database: request.db).delete(try request.id("period"), in: context.body.id) else {
            throw Abort(.notFound)
        }
        return .redirect(to: .coChairs(bodySlug: context.body.slug), notice: CooperationText.periodDeleted)
    }

    /// The rules switched on: the checked boxes (`rule`, repeated); an unknown value is refused.
    func saveRules(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        let values = (try? request.content.get([String].self, at: "rule")) ?? (try? request.content.get(String.self, at: "rule")).map { [$0] } ?? []
        let rules = values.compactMap(RotationRule.init(rawValue:))
        guard rules.count == values.count else { throw Abort(.badRequest, reason: "Unknown rule among \(values)") }
        try await RotationPlans(database: request.db).set(Set(rules), for: context.body.id)
        return .redirect(to: .coChairs(bodySlug: context.body.slug), notice: CooperationText.rulesSaved)
    }
}
