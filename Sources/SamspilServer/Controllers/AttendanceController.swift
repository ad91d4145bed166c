import Foundation
import SamspilCore
import Vapor

/// A meeting's attendance list, for the secretary: marks, notes and guests. Once the minutes are
/// approved the list is the record: it is shown, and posts to it are refused with the page (409).
struct AttendanceController: Sendable {
    func show(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        return try await page(context, notice: request.notice(), request: request)
    }

    func save(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard !AttendancePage.isLocked(context.meeting) else {
            return try await page(context, status: .conflict, request: request)
        }
        let roster = try await AttendanceRoster.load(context.meeting, on: request.db)
        let (marks, people) = AttendancePage.read(roster.people.map(AttendancePage.Person.init), field: request.field)
        guard people.allSatisfy({ $0.error == nil }) else {
            let model = try await AttendancePage.Model.query(context, roster: roster, people: people, on: request.db)
            return .page(AttendancePage.render(model, context: request.pageContext), status: .badRequest, for: request)
        }
        // Once the agenda is out the public reads the list at once: no step will check it later.
        if context.meeting.status.agendaIsPublic, case let checked = AttendancePage.refusingCPRNumbers(people),
           checked.contains(where: { $0.cprNumber != nil }) {
            let model = try await AttendancePage.Model.query(context, roster: roster, people: checked, on: request.db)
            return .page(AttendancePage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await roster.save(marks, on: request.db)
        return .redirect(to: context.url(.attendance), notice: BodyWorkText.attendanceSaved)
    }

    /// Adds a guest, or with the field `remove` (a guest row's id) takes one off the list.
    func guests(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard !AttendancePage.isLocked(context.meeting) else {
            return try await page(context, status: .conflict, request: request)
        }
        let list = GuestList(database: request.db, meeting: context.meeting)
        let remove = request.field("remove")
        if !remove.isEmpty {
            guard let id = UUID(uuidString: remove), try await list.remove(id) else { throw Abort(.notFound) }
            return .redirect(to: context.url(.attendance), notice: BodyWorkText.guestRemoved)
        }
        var form = AttendancePage.GuestForm(name: request.field("name"), organisation: request.field("organisation"),
                                            title: request.field("title"), note: request.field("note"))
        var status = HTTPResponseStatus.badRequest
        if let guest = form.validate() {
            // Once the agenda is out the public reads the list at once: no step will check it later.
            if context.meeting.status.agendaIsPublic, !form.publishesNoCPRNumber() {
                status = .unprocessableEntity
            } else if try await list.add(guest) == .added {
                return .redirect(to: context.url(.attendance), notice: BodyWorkText.guestAdded)
            } else {
                form.errors[.name] = .guestAlreadyOnList
            }
        }
        let model = try await AttendancePage.Model.query(context, guestForm: form, on: request.db)
        return .page(AttendancePage.render(model, context: request.pageContext), status: status, for: request)
    }

    private func page(_ context: MeetingContext, status: HTTPResponseStatus = .ok, notice: BodyWorkText? = nil,
                      request: Request) async throws -> Response {
        var model = try await AttendancePage.Model.query(context, on: request.db)
        model.notice = notice
        return .page(AttendancePage.render(model, context: request.pageContext), status: status, for: request)
    }
}
