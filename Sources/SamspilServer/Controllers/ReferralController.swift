import Fluent
import Foundation
import SamspilCore
import Vapor

/// Sending a matter from an agenda item to other bodies, and the course of a matter between bodies.
struct ReferralController: Sendable {
    /// The item editor's "Send videre": to the checked bodies (`bodies[]`), or every cluster steering
    /// group (`clusters`), with what is asked (`purpose`) and an optional due date.
    func refer(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard var model = try await ItemEditorPage.Model.query(context, itemID: try request.id("item"), on: request.db) else {
            throw Abort(.notFound)
        }
        var bodyIDs = ((try? request.content.get([String].self, at: "bodies")) ?? []).compactMap(UUID.init(uuidString:))
        if request.field("clusters") == "1" {
            bodyIDs += try await BodyModel.query(on: request.db).filter(\.$kind == Body.Kind.clusterSteeringGroup.rawValue)
                .filter(\.$id != context.body.id).all().compactMap(\.id)
        }
        let known = Set(try await BodyModel.query(on: request.db).filter(\.$id ~~ bodyIDs).all().compactMap(\.id))
        guard let purpose = ReferralPurpose(rawValue: request.field("purpose")) else {
            throw Abort(.badRequest, reason: "purpose must be one of \(ReferralPurpose.allCases.map(\.rawValue))")
        }
        let due = EnteredDate(request.field("due"))
        if case .invalid = due { throw Abort(.badRequest, reason: "due is not a date") }
        do {
            try await Referrals(database: request.db).refer(model.item, of: context.body, to: bodyIDs.filter(known.contains),
                                                            purpose: purpose, due: due.day, today: .today())
        } catch let problem as Referrals.Problem {
            model.referralError = problem == .noBodies ? .referNoBodies : .referOwnBody
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        return Response(status: .seeOther, headers: ["Location": SiteURL.caseTrail(itemID: model.item.id).path
            + "?besked=\(CooperationText.referred.noticeKey)"])
    }

    func trail(_ request: Request) async throws -> Response {
        guard let model = try await CaseTrailPage.query(itemID: try request.id("item"), viewer: request.viewer, on: request.db) else {
            throw Abort(.notFound)
        }
        return .page(CaseTrailPage.render(model, context: request.pageContext, notice: request.notice()), for: request)
    }
}
