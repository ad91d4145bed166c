import Fluent
import Foundation
import SamspilCore
import Vapor

/// Items, their follow-up actions and attachments, and the attendance list.
extension APIController {
    // MARK: Items

    func item(_ request: Request) async throws -> Response {
        try await itemResponse(request, id: try request.apiID("item"))
    }

    /// The item as the viewer may read it: as on the meeting page, decisions of minutes not yet approved
    /// and contact details stay with the body's members.
    func itemResponse(_ request: Request, id: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (context, _) = try await request.apiItem(requiring: .readPublished, id: id)
        guard let url = try await MeetingSummary.url(of: context.meeting.id, on: request.db),
              case let .meeting(slug, key) = url,
              let page = try await MeetingPage.Model.query(bodySlug: slug, key: key, viewer: request.viewer, on: request.db),
              let item = page.items.first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "There is no item \(id.lowercased).")
        }
        let attachments = try await visibleAttachments(of: context.meeting.id, context: context).filter { $0.itemId == id }
        let actions = page.itemActions[id]?.map { API.Action($0.action, owner: $0.owner) } ?? []
        return try JSONInterface.response(API.Item(
            id: item.id, meetingId: item.meetingID, number: item.number, position: item.position, title: item.title,
            start: item.start?.description, end: item.end?.description, presenter: item.presenter, caseNumber: item.caseNumber,
            kind: item.kind?.rawValue, durationMinutes: item.durationMinutes, isBreak: item.isBreak, version: item.version,
            sections: item.sections.map { .init(kind: $0.kind.rawValue, heading: $0.heading, text: $0.text) },
            attachments: attachments, actions: actions,
            web: SiteAddress(request).absolute(url) + "#" + MeetingPage.anchor(of: item)), status: status)
    }

    /// Saves an item's texts, as the item editor does: `version` must be the one read (409 otherwise,
    /// nothing saved); approved minutes need a `reason`, recorded in the audit trail.
    func saveItem(_ request: Request) async throws -> Response {
        let (context, saved) = try await request.apiItem(requiring: .edit)
        let fields = try APIFields(request)
        let requiresReason = context.meeting.status == .minutesApproved
        var form = ItemForm(posted: { fields(Self.camelCase($0)) })
        let members = try await BodyMembers.current(of: context.body.id, on: context.meeting.date, database: request.db)
        guard let (draft, presenterID) = form.draft(members: Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) }),
                                                    reasonRequired: requiresReason) else {
            throw APIFailure.invalid(form.errors.reduce(into: [:]) { $0[Self.camelCase($1.key.rawValue)] = Language.da.work($1.value) })
        }
        var edited = draft.applied(to: saved)
        edited.presenterPersonID = presenterID
        if let scope = PublicationScope(publicAt: context.meeting.status),
           !form.publishesNoCPRNumber(edited, at: scope, reasonIsPublic: requiresReason) {
            throw APIFailure.containsCPRNumber(form.cprNumbers.keys.map { Self.camelCase($0.rawValue) }.sorted())
        }
        guard form.version == saved.version,
              try await AgendaStore(database: request.db).save(edited, expectedVersion: form.version, meeting: context.meeting) else {
            throw APIFailure(status: .conflict, code: "version_conflict",
                             message: "The item was saved by someone else since version \(form.version); it is now at version \(saved.version). Read it again and apply your change to that.")
        }
        if requiresReason {
            try await MeetingLifeCycle(database: request.db).recordCorrection(
                of: ItemDraft(saved), to: draft, itemID: saved.id, meetingID: context.meeting.id,
                by: context.viewer.name, reason: form[.reason])
        }
        try await request.apiChanged(context.meeting.id)
        return try await itemResponse(request, id: saved.id)
    }

    func deleteItem(_ request: Request) async throws -> Response {
        let (context, item) = try await request.apiItem(requiring: .edit)
        guard context.meeting.status != .minutesApproved else { throw APIFailure.locked }
        try await AgendaStore(database: request.db).delete(item.id, meeting: context.meeting)
        try await request.apiChanged(context.meeting.id)
        return Response(status: .noContent)
    }

    // MARK: Follow-up actions

    /// Records a follow-up action (`text`, `owner` as `person:ID` or `organisation:ID` or `ownerOther`
    /// as a name, `due`), as the item editor does.
    func addAction(_ request: Request) async throws -> Response {
        let (context, item) = try await request.apiItem(requiring: .edit)
        let fields = try APIFields(request)
        var form = ActionForm(posted: { fields(Self.camelCase(String($0.dropFirst("action_".count)))) })
        guard let action = form.action(itemID: item.id) else {
            throw APIFailure.invalid(form.errors.reduce(into: [:]) {
                $0[Self.camelCase(String($1.key.rawValue.dropFirst("action_".count)))] = Language.da.work($1.value)
            })
        }
        try await FollowUpActionModel(action).create(on: request.db)
        try await request.apiChanged(context.meeting.id)
        let owner = try await OwnerNames.load(for: [action], on: request.db)[action.id] ?? ""
        return try JSONInterface.response(API.Action(action, owner: owner), status: .created)
    }

    /// Marks an open action `done` or `dropped`; one closed already keeps its first closing.
    func closeAction(_ request: Request) async throws -> Response {
        try request.apiRequireToken(for: .edit)
        let id = try request.apiID("action")
        guard let model = try await FollowUpActionModel.find(id, on: request.db),
              let item = try await AgendaItemModel.find(model.itemID, on: request.db) else {
            throw Abort(.notFound, reason: "There is no action \(id.lowercased).")
        }
        let context = try await request.apiMeeting(requiring: .edit, id: item.meetingID)
        let fields = try APIFields(request)
        guard let state = FollowUpAction.State(rawValue: fields("state")), state != .open else {
            throw APIFailure.invalid(["state": "Skal være done eller dropped."])
        }
        let followUps = FollowUps(database: request.db)
        try await followUps.close(try model.domain(), as: state, by: context.viewer.name)
        // The action is part of its meeting's record (OParl publishes it with the item).
        try await request.apiChanged(context.meeting.id)
        guard let closed = try await followUps.action(id, in: context.body.id) else { throw Abort(.notFound) }
        let owner = try await OwnerNames.load(for: [closed], on: request.db)[closed.id] ?? ""
        return try JSONInterface.response(API.Action(closed, owner: owner))
    }

    // MARK: Attachments

    /// The meeting's attachments that the viewer is offered, as the meeting page offers them.
    func visibleAttachments(of meetingID: UUID, context: APIMeetingContext) async throws -> [API.Attachment] {
        try await AttachmentModel.query(on: context.database).filter(\.$meetingID == meetingID).sort(\.$position).all()
            .map { try $0.domain() }.filter { $0.isOffered(readsEverything: context.readsEverything) }
            .map { API.Attachment($0, for: context) }
    }

    private func attachmentContext(_ request: Request, requiring permission: Viewer.Permission)
        async throws -> (APIMeetingContext, AttachmentModel) {
        try request.apiRequireToken(for: permission)
        let id = try request.apiID("attachment")
        guard let model = try await AttachmentModel.find(id, on: request.db) else {
            throw Abort(.notFound, reason: "There is no attachment \(id.lowercased).")
        }
        let context = try await request.apiMeeting(requiring: permission, id: model.meetingID)
        guard try model.domain().isOffered(readsEverything: context.readsEverything) else {
            throw Abort(.notFound, reason: "There is no attachment \(id.lowercased).")
        }
        return (context, model)
    }

    func attachment(_ request: Request) async throws -> Response {
        let (context, model) = try await attachmentContext(request, requiring: .readPublished)
        return try JSONInterface.response(API.Attachment(try model.domain(), for: context))
    }

    func attachmentContent(_ request: Request) async throws -> Response {
        let (context, model) = try await attachmentContext(request, requiring: .readPublished)
        guard let file = try model.domain().file,
              let stored = try await StoredFileModel.query(on: request.db).filter(\.$sha256 == file.sha256).first() else {
            throw Abort(.notFound, reason: "This attachment is a title without a file.")
        }
        return AttachmentUpload.response(for: file, bytes: stored.bytes, lastModified: context.meeting.modifiedAt, request: request)
    }

    /// Uploads a file to an item, as multipart form data with `file`, `title` and `public` ("1" or "true"
    /// to offer it to the public), checked as the item editor checks an upload.
    func uploadAttachment(_ request: Request) async throws -> Response {
        let (context, item) = try await request.apiItem(requiring: .edit)
        guard context.meeting.status != .minutesApproved else { throw APIFailure.locked }
        guard request.headers.contentType?.subType == "form-data" else {
            throw Abort(.unsupportedMediaType, reason: "Send the file as multipart/form-data with the fields file, title and public.")
        }
        struct Upload: Content {
            var file: File?
            var title: String?
            var `public`: String?
        }
        let upload: Upload
        do {
            upload = try request.content.decode(Upload.self)
        } catch {
            throw Abort(.badRequest, reason: "The form could not be read: send multipart/form-data with the fields file, title and public.")
        }
        let title = (upload.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let isPublic = ["1", "true"].contains(upload.public ?? "")
        let limit = request.application.configuration.maxAttachmentBytes
        let file: AttachmentUpload.Checked
        switch AttachmentUpload.check(upload.file, limit: limit) {
        case let .success(checked): file = checked
        case let .failure(problem):
            throw APIFailure(status: problem == .tooLarge ? .payloadTooLarge : .unprocessableEntity, code: "invalid_file",
                             message: problem.message(.da, limit: limit), fields: ["file": problem.message(.da, limit: limit)])
        }
        if isPublic, context.meeting.status.agendaIsPublic {
            let attachment = Attachment(meetingID: context.meeting.id, itemID: item.id, title: file.title(typed: title),
                                        position: 0, file: file.reference, isPublic: true)
            if try await PublicationGuard(request).check(attachment, bytes: file.bytes).blocksPublication {
                throw APIFailure.containsCPRNumber(["file"])
            }
        }
        let stored = try await AttachmentUpload.store(file, title: title, isPublic: isPublic, itemID: item.id,
                                                      meetingID: context.meeting.id, on: request.db)
        try await request.apiChanged(context.meeting.id)
        return try JSONInterface.response(API.Attachment(stored, for: context), status: .created)
    }

    /// `{"public": true}` offers the file to the public (checked for CPR numbers once the agenda is out),
    /// `false` withdraws it.
    func setAttachmentPublic(_ request: Request) async throws -> Response {
        let (context, model) = try await attachmentContext(request, requiring: .edit)
        let fields = try APIFields(request)
        guard let isPublic = ["1": true, "true": true, "": false, "0": false, "false": false][fields("public")], fields.has("public") else {
            throw APIFailure.invalid(["public": "Skal være true eller false."])
        }
        if isPublic, !model.isPublic, context.meeting.status.agendaIsPublic,
           try await PublicationGuard(request).check(try model.domain()).blocksPublication {
            throw APIFailure.containsCPRNumber(["file"])
        }
        try await AttachmentChanges(database: request.db).setPublic(model, isPublic, of: context.meeting)
        try await request.apiChanged(context.meeting.id)
        return try JSONInterface.response(API.Attachment(try model.domain(), for: context))
    }

    func deleteAttachment(_ request: Request) async throws -> Response {
        let (context, model) = try await attachmentContext(request, requiring: .edit)
        guard context.meeting.status != .minutesApproved else { throw APIFailure.locked }
        try await AttachmentChanges(database: request.db).delete(model, of: context.meeting)
        try await request.apiChanged(context.meeting.id)
        return Response(status: .noContent)
    }

    // MARK: Attendance

    func attendance(_ request: Request) async throws -> Response {
        let context = try await request.apiMeeting(requiring: .readPublished)
        // As on the meeting page: the public reads the list with the approved minutes.
        guard context.readsEverything || context.meeting.status.minutesArePublic else {
            throw Abort(.notFound, reason: "The attendance list is published with the approved minutes.")
        }
        return try JSONInterface.response(API.List(data: try await attendees(context)))
    }

    func attendees(_ context: APIMeetingContext) async throws -> [API.Attendee] {
        try await AttendanceRoster.load(context.meeting, on: context.database).attendees(readsEverything: context.readsEverything)
    }

    /// Marks one person on the list: `{"status": "present" | "apologies" | "absent", "note": "…"}`.
    func mark(_ request: Request) async throws -> Response {
        let context = try await request.apiMeeting(requiring: .edit)
        guard !AttendancePage.isLocked(context.meeting) else { throw APIFailure.locked }
        let personID = try request.apiID("person")
        let fields = try APIFields(request)
        guard let status = Attendance.Status(rawValue: fields("status")), status != .guest else {
            throw APIFailure.invalid(["status": "Skal være present, apologies eller absent."])
        }
        let note = fields("note")
        if context.meeting.status.agendaIsPublic, !CPRNumbers.find(in: note).isEmpty {
            throw APIFailure.containsCPRNumber(["note"])
        }
        let roster = try await AttendanceRoster.load(context.meeting, on: request.db)
        guard let entry = roster.people.first(where: { $0.personID == personID }) else {
            throw Abort(.notFound, reason: "\(personID.lowercased) is not on this meeting's list; guests are added on the attendance page.")
        }
        try await roster.save([entry.key: .init(status: status, note: note)], on: request.db)
        try await request.apiChanged(context.meeting.id)
        guard let saved = try await attendees(context).first(where: { $0.personId == personID }) else {
            throw Abort(.notFound, reason: "\(personID.lowercased) is no longer on this meeting's list.")
        }
        return try JSONInterface.response(saved)
    }
}

extension APIMeetingContext {
    var database: any Database { request.db }
    var apiRoot: String { SiteAddress(request).origin + "/api/v1" }
}

extension API.Attachment {
    /// The attachment as the meeting page shows it to the context's viewer: without contact details in
    /// its title and file name unless they read everything of the body.
    init(_ attachment: Attachment, for context: APIMeetingContext) {
        func text(_ value: String) -> String { context.readsEverything ? value : ContactDetails.redacted(in: value) }
        self.init(id: attachment.id, meetingId: attachment.meetingID, itemId: attachment.itemID, title: text(attachment.title),
                  fileName: attachment.file.map { text($0.fileName) }, contentType: attachment.file?.contentType,
                  byteCount: attachment.file?.byteCount, isPublic: attachment.isPublic,
                  content: attachment.file == nil ? nil : "\(context.apiRoot)/attachments/\(attachment.id.lowercased)/content")
    }
}
