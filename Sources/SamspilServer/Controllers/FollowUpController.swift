import Fluent
import Foundation
import SamspilCore
import Vapor

/// "Opfølgning" of a body: members read, the secretary closes actions or puts them back on the agenda.
struct FollowUpController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .readEverything)
        var model = try await FollowUpPage.Model.query(context, today: .today(), on: request.db)
        model.notice = request.notice()
        return .page(FollowUpPage.render(model, context: request.pageContext), for: request)
    }

    /// `do` = done | dropped | backlog (with `due`).
    func act(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        let followUps = FollowUps(database: request.db)
        guard let action = try await followUps.action(try request.id("action"), in: context.body.id) else {
            throw Abort(.notFound)
        }
        guard let command = FollowUpPage.Command(rawValue: request.field("do")) else { throw Abort(.badRequest) }
        let page = SiteURL.followUp(bodySlug: context.body.slug)
        // Someone else closed it meanwhile: the page shows who.
        guard action.isOpen else { return .redirect(to: page) }
        let today = CalendarDay.today()
        // The action is part of its meeting's record: its calendars, feeds and open-data copies change.
        func recordChange() async throws {
            guard let meetingID = try await AgendaItemModel.find(action.itemID, on: request.db)?.meetingID else { return }
            try await MeetingRevision(database: request.db).record(meetingID)
        }
        switch command {
        case .done:
            try await followUps.close(action, as: .done, by: context.viewer.name)
            try await recordChange()
            return .redirect(to: page, notice: BodyWorkText.actionMarkedDone)
        case .dropped:
            try await followUps.close(action, as: .dropped, by: context.viewer.name)
            try await recordChange()
            return .redirect(to: page, notice: BodyWorkText.actionMarkedDropped)
        case .backlog:
            let entered = request.field("due")
            guard let due = EnteredDate(entered).day else {
                let refused = FollowUpPage.RefusedPutBack(actionID: action.id, due: entered,
                                                          error: entered.isEmpty ? .dateRequired : .dateInvalid)
                let model = try await FollowUpPage.Model.query(context, refusedPutBack: refused, today: today, on: request.db)
                return .page(FollowUpPage.render(model, context: request.pageContext), status: .badRequest, for: request)
            }
            try await followUps.putBack(action, in: context.body.id, due: due, today: today)
            try await recordChange()
            return .redirect(to: page, notice: BodyWorkText.actionPutBack)
        }
    }
}
