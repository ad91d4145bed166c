import Fluent
import Foundation
import SamspilCore
import Vapor

/// The secretary plans a meeting and builds its agenda: new meeting, header, items, breaks, backlog,
/// order, and the steps of the life cycle. Every action needs the right to edit the body; approved
/// minutes are locked against changes of structure.
struct MeetingEditorController: Sendable {
    func newMeetingForm(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        let model = MeetingEditorPage.NewMeetingModel(bodyName: context.body.name, bodySlug: context.body.slug,
                                                      header: MeetingHeaderForm())
        return .page(MeetingEditorPage.renderNew(model, context: request.pageContext), for: request)
    }

    func createMeeting(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var header = MeetingHeaderForm(posted: request.field)
        let draft = Meeting(bodyID: context.body.id, date: .today())
        guard let meeting = try await header.meeting(applyingTo: draft, on: request.db) else {
            let model = MeetingEditorPage.NewMeetingModel(bodyName: context.body.name, bodySlug: context.body.slug, header: header)
            return .page(MeetingEditorPage.renderNew(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await MeetingPlanner(database: request.db).plan(meeting)
        // Its standard items are for its members to find from now on (the public once the agenda is out).
        try await SearchIndex(database: request.db).reindex(meetings: [meeting.id])
        guard let url = try await MeetingSummary.url(of: meeting.id, on: request.db),
              case let .meeting(slug, key) = url else { throw Abort(.internalServerError) }
        return .redirect(to: .meetingPart(bodySlug: slug, key: key, .editor), notice: MeetingWorkText.meetingCreated)
    }

    func editor(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        var model = try await MeetingEditorPage.Model.query(context, on: request.db)
        model.notice = request.notice()
        model.cancellationNotice = request.notice()
        return .page(MeetingEditorPage.render(model, context: request.pageContext), for: request)
    }

    func saveHeader(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await MeetingEditorPage.Model.query(context, on: request.db)
        guard !model.isLocked else { return .page(MeetingEditorPage.render(model, context: request.pageContext), status: .conflict, for: request) }
        var header = MeetingHeaderForm(posted: request.field)
        guard let meeting = try await header.meeting(applyingTo: context.meeting, on: request.db) else {
            model.header = header
            return .page(MeetingEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await request.db.transaction { database in
            guard let row = try await MeetingModel.find(meeting.id, on: database) else { throw Abort(.notFound) }
            row.date = meeting.date.iso
            row.startsAt = meeting.start?.description
            row.endsAt = meeting.end?.description
            row.location = meeting.location
            row.chair = meeting.chair
            row.minuteTakers = meeting.minuteTakers
            row.version += 1
            try await row.save(on: database)
            try await AgendaStore(database: database).reschedule(meeting)
        }
        // A new date or start time may give the meeting a new address.
        guard let url = try await MeetingSummary.url(of: meeting.id, on: request.db),
              case let .meeting(slug, key) = url else { throw Abort(.notFound) }
        return .redirect(to: .meetingPart(bodySlug: slug, key: key, .editor), notice: MeetingWorkText.detailsSaved)
    }

    /// Adds an item (`type=item`), a break (`type=break`) or a waiting backlog item (`type=backlog`).
    func addItem(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await MeetingEditorPage.Model.query(context, on: request.db)
        guard !model.isLocked else { return .page(MeetingEditorPage.render(model, context: request.pageContext), status: .conflict, for: request) }
        let store = AgendaStore(database: request.db)
        let items = model.items
        let meeting = context.meeting
        switch request.field("type") {
        case "break":
            let minutes = NewItemForm.minutes(request.field("break_duration")) ?? 15
            let item = AgendaItem(meetingID: meeting.id, position: 0, number: nil, title: request.language.work(.breakTitle),
                                  durationMinutes: minutes, isBreak: true)
            try await store.insert(item, at: items.insertionIndexForNewItem(), meeting: meeting)
            return .redirect(to: context.url(.editor), notice: MeetingWorkText.breakAdded)
        case "backlog":
            guard let id = UUID(uuidString: request.field("backlog")),
                  let backlog = try await BacklogItemModel.find(id, on: request.db),
                  backlog.bodyID == context.body.id, backlog.scheduledItemID == nil else { throw Abort(.notFound) }
            let item = AgendaItem(meetingID: meeting.id, position: 0, number: nil, title: backlog.title,
                                  presenter: backlog.proposedBy, durationMinutes: 15)
            try await request.db.transaction { database in
                try await AgendaStore(database: database).insert(item, at: items.insertionIndexForNewItem(), meeting: meeting)
                backlog.scheduledItemID = item.id
                try await backlog.save(on: database)
            }
            return .redirect(to: context.url(.editor), notice: MeetingWorkText.itemAdded)
        default:
            var form = NewItemForm(title: request.field("title"), duration: request.field("duration"),
                                   kind: request.field("kind"), presenter: request.field("presenter"))
            guard let valid = form.validate() else {
                model.newItem = form
                return .page(MeetingEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
            }
            let item = AgendaItem(meetingID: meeting.id, position: 0, number: nil, title: valid.title,
                                  presenter: form.presenter.nilIfEmpty, kind: valid.kind, durationMinutes: valid.minutes)
            try await store.insert(item, at: items.insertionIndexForNewItem(), meeting: meeting)
            return .redirect(to: context.url(.editor), notice: MeetingWorkText.itemAdded)
        }
    }

    /// Moves an item one place up (`retning=op`) or down (`retning=ned`); numbers and times follow.
    func moveItem(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard context.meeting.status != .minutesApproved else { throw Abort(.conflict) }
        let itemID = try request.id("item")
        let offset = request.field("retning") == "op" ? -1 : 1
        try await request.db.transaction { database in
            let store = AgendaStore(database: database)
            let items = try await store.items(of: context.meeting.id)
            guard items.contains(where: { $0.id == itemID }) else { throw Abort(.notFound) }
            _ = try await store.schedule(items.moving(itemID, by: offset), previous: items, meeting: context.meeting)
        }
        return .redirect(to: context.url(.editor), notice: MeetingWorkText.agendaSaved)
    }

    func deleteItemConfirmation(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        let item = try await existingItem(request, context: context)
        let model = ConfirmationPage.Model(
            title: request.language.work(.deleteItemTitle), subject: MeetingPage.numbered(item),
            explanation: request.language.work(.deleteItemText), action: context.url(.itemDelete(item.id)),
            fields: [:], confirm: request.language.work(.confirmDelete), cancel: context.url(.editor),
            breadcrumbs: breadcrumbs(context, language: request.language))
        return .page(ConfirmationPage.render(model, context: request.pageContext), for: request)
    }

    func deleteItem(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard context.meeting.status != .minutesApproved else { throw Abort(.conflict) }
        let item = try await existingItem(request, context: context)
        try await AgendaStore(database: request.db).delete(item.id, meeting: context.meeting)
        return .redirect(to: context.url(.editor), notice: MeetingWorkText.itemDeleted)
    }

    /// The confirmation of the next step (`?til=STATUS`). A step that makes the meeting public first looks
    /// through what it publishes; a CPR number there is listed instead of the button.
    func statusConfirmation(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        guard let target = (try? request.query.get(String.self, at: "til")).flatMap(MeetingStatus.init(rawValue:)),
              context.meeting.status.canAdvance(to: target) else {
            return .redirect(to: context.url(.editor), notice: MeetingWorkText.stepRefused)
        }
        // Approving from the next meeting's item: the way back there.
        let back = (try? request.query.get(String.self, at: "tilbage")).flatMap { Self.isLocalPath($0) ? $0 : nil }
        let check = try await publicationCheck(context, before: target, request: request)
        return .page(ConfirmationPage.render(confirmation(context, to: target, back: back, check: check, language: request.language),
                                             context: request.pageContext), for: request)
    }

    func advance(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard let target = MeetingStatus(rawValue: request.field("til")) else { throw Abort(.badRequest) }
        if context.meeting.status.canAdvance(to: target) {
            // Refused with the page that says why: a 4xx, so nothing is recorded as changed.
            let check = try await publicationCheck(context, before: target, request: request)
            if check.blocksPublication {
                let back = Self.isLocalPath(request.field("tilbage")) ? request.field("tilbage") : nil
                let model = confirmation(context, to: target, back: back, check: check, language: request.language)
                return .page(ConfirmationPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
            }
        }
        let done = try await MeetingLifeCycle(database: request.db)
            .advance(context.meeting, to: target, by: context.viewer.name)
        // Approving from the next meeting's item goes back there.
        if done, case let back = request.field("tilbage"), Self.isLocalPath(back) {
            return Response(status: .seeOther, headers: ["Location": back + "?besked=\(MeetingWorkText.stepDone.noticeKey)"])
        }
        return .redirect(to: context.url(.editor), notice: done ? MeetingWorkText.stepDone : .stepRefused)
    }

    /// What the step to `target` would publish, looked through for CPR numbers; nothing for a step that
    /// publishes nothing.
    private func publicationCheck(_ context: MeetingContext, before target: MeetingStatus,
                                  request: Request) async throws -> PublicationCheck {
        guard let scope = PublicationScope(step: target) else { return PublicationCheck() }
        return try await PublicationGuard(request).check(context.meeting, publishing: scope)
    }

    private func confirmation(_ context: MeetingContext, to target: MeetingStatus, back: String?,
                              check: PublicationCheck, language: Language) -> ConfirmationPage.Model {
        var fields = ["til": target.rawValue]
        if let back { fields["tilbage"] = back }
        var model = ConfirmationPage.Model(
            title: language.step(to: target), subject: "\(context.body.name), \(language.format(context.meeting.date))",
            explanation: language.consequence(of: target), action: context.url(.status),
            fields: fields, confirm: language.step(to: target), cancel: context.url(.editor),
            breadcrumbs: breadcrumbs(context, language: language))
        // Each line links to where it can be put right: the item, the header, the attendance list.
        func url(_ place: PublicPlace) -> SiteURL {
            if let itemID = place.itemID { return context.url(.item(itemID)) }
            if case .attendance = place { return context.url(.attendance) }
            return context.url(.editor)
        }
        if check.blocksPublication {
            let found = check.findings.map { ConfirmationPage.Notes.Line(place: language.describe($0), text: $0.excerpt, url: url($0.place)) }
            let unread = check.unreadable.map { attachment in
                ConfirmationPage.Notes.Line(
                    place: language.describe(.attachmentText(title: attachment.title, fileName: attachment.fileName, itemID: attachment.itemID)),
                    text: [language.work(.cprUnreadText), attachment.reason].compactMap { $0 }.joined(separator: " "),
                    url: attachment.itemID.map { context.url(.item($0)) } ?? context.url(.editor))
            }
            model.refusal = .init(heading: language.work(.cprFoundTitle), explanation: language.work(.cprFoundText), lines: found + unread)
        }
        if !check.unchecked.isEmpty {
            let lines = check.unchecked.map { attachment in
                ConfirmationPage.Notes.Line(
                    place: language.describe(.attachmentText(title: attachment.title, fileName: attachment.fileName, itemID: attachment.itemID)),
                    text: "", url: attachment.itemID.map { context.url(.item($0)) } ?? context.url(.editor))
            }
            model.caution = .init(heading: language.work(.cprUncheckedTitle), explanation: language.work(.cprUncheckedText), lines: lines)
        }
        return model
    }

    // MARK: -

    /// Only a path of this site's bodies is a place to go back to, never another site.
    private static func isLocalPath(_ path: String) -> Bool {
        path.hasPrefix("/organer/") && !path.contains("//") && !path.contains("\\") && !path.contains("?")
            // Nothing that could end the Location header or hide in it: no spaces, no control characters.
            && path.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
    }

    private func existingItem(_ request: Request, context: MeetingContext) async throws -> AgendaItem {
        let itemID = try request.id("item")
        guard let item = try await AgendaStore(database: request.db).items(of: context.meeting.id).first(where: { $0.id == itemID }) else {
            throw Abort(.notFound)
        }
        return item
    }

    func breadcrumbs(_ context: MeetingContext, language: Language) -> [Layout.Crumb] {
        [.init(title: language.text(.frontPage), url: .home), .init(title: context.body.name, url: .body(slug: context.body.slug)),
         .init(title: language.format(context.meeting.date), url: context.url),
         .init(title: language.work(.editMeeting), url: context.url(.editor))]
    }
}
