import Foundation
import SamspilCore
import Vapor

/// Calling a meeting off, and on again: each a confirmation page and a step, like the life cycle's. A
/// meeting is cancelled before it is held only; it keeps its page, agenda and place in calendars,
/// marked cancelled. Reinstating is the way back from a mistake, and lets the body meet at that time
/// again (a cancelled meeting still holds its date and time).
extension MeetingEditorController {
    func cancellationConfirmation(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        guard context.meeting.canBeCancelled else {
            return .redirect(to: context.url(.editor), notice: CancellationText.cancelRefused)
        }
        return confirmation(context, request: request, title: .cancelTitle, explanation: .cancelExplanation,
                            confirm: .confirmCancel, action: .cancellation)
    }

    func cancel(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard try await MeetingLifeCycle(database: request.db).cancel(context.meeting, by: context.viewer.name) else {
            return try await refused(.cancelRefused, context: context, request: request)
        }
        return .redirect(to: context.url(.editor), notice: CancellationText.cancelled)
    }

    func reinstatementConfirmation(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        guard context.meeting.isCancelled else {
            return .redirect(to: context.url(.editor), notice: CancellationText.reinstateRefused)
        }
        return confirmation(context, request: request, title: .reinstateMeeting, explanation: .reinstateExplanation,
                            confirm: .reinstateMeeting, action: .reinstatement)
    }

    func reinstate(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard try await MeetingLifeCycle(database: request.db).reinstate(context.meeting, by: context.viewer.name) else {
            return try await refused(.reinstateRefused, context: context, request: request)
        }
        return .redirect(to: context.url(.editor), notice: CancellationText.reinstated)
    }

    /// The editor with the reason, as a 409: a refused step changed nothing, so the meeting's revision
    /// stays as it is (`MeetingRevisionMiddleware` counts only successful writes).
    private func refused(_ reason: CancellationText, context: MeetingContext, request: Request) async throws -> Response {
        var model = try await MeetingEditorPage.Model.query(context, on: request.db)
        model.cancellationNotice = reason
        return .page(MeetingEditorPage.render(model, context: request.pageContext), status: .conflict, for: request)
    }

    private func confirmation(_ context: MeetingContext, request: Request, title: CancellationText,
                              explanation: CancellationText, confirm: CancellationText,
                              action: SiteURL.MeetingPart) -> Response {
        let language = request.language
        let model = ConfirmationPage.Model(
            title: language.cancellation(title), subject: "\(context.body.name), \(language.format(context.meeting.date))",
            explanation: language.cancellation(explanation), action: context.url(action), fields: [:],
            confirm: language.cancellation(confirm), cancel: context.url(.editor),
            breadcrumbs: breadcrumbs(context, language: language))
        return .page(ConfirmationPage.render(model, context: request.pageContext), for: request)
    }
}
