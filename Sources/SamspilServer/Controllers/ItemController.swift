import Fluent
import Foundation
import SamspilCore
import Vapor

/// One agenda item: its texts (with optimistic locking and, once approved, an audit trail), its
/// attachments and its follow-up actions.
struct ItemController: Sendable {
    func edit(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        var model = try await model(request, context: context)
        model.notice = request.notice()
        model.linkNotice = request.notice()
        return .page(ItemEditorPage.render(model, context: request.pageContext), for: request)
    }

    func save(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await model(request, context: context)
        let saved = model.item
        var form = ItemForm(posted: request.field)
        // Fields the user chose to keep as saved, after a conflict. The conflict page carries the version
        // it showed, so a third save in between is a conflict again, not overwritten.
        let keep = Set(ItemDraft.Field.allCases.filter { request.field("keep-\($0.rawValue)") == "1" })
        form.keepSaved(keep, from: saved)
        let members = Dictionary(uniqueKeysWithValues: model.members.compactMap { choice in
            UUID(uuidString: choice.value).map { ($0, choice.label) }
        })
        guard let (draft, presenterID) = form.draft(members: members, reasonRequired: model.requiresReason) else {
            model.form = form
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        var edited = draft.applied(to: saved)
        edited.presenterPersonID = presenterID
        // Once the agenda is out the public reads a save at once: no step will check it later.
        if let scope = PublicationScope(publicAt: context.meeting.status),
           !form.publishesNoCPRNumber(edited, at: scope, reasonIsPublic: model.requiresReason) {
            model.form = form
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        let stored = form.version == saved.version
            ? try await AgendaStore(database: request.db).save(edited, expectedVersion: form.version, meeting: context.meeting)
            : false
        guard stored else {
            return try await conflict(request, context: context, form: form, mine: draft)
        }
        if model.requiresReason {
            try await MeetingLifeCycle(database: request.db).recordCorrection(
                of: ItemDraft(saved), to: draft, itemID: saved.id, meetingID: context.meeting.id,
                by: context.viewer.name, reason: form[.reason])
        }
        return .redirect(to: context.url(.item(saved.id)), notice: MeetingWorkText.itemSaved)
    }

    /// The page after a save that lost the race: the user's values in the form, the saved ones beside
    /// every field that differs, and the current version, so the next save merges instead of overwriting.
    private func conflict(_ request: Request, context: MeetingContext, form: ItemForm, mine: ItemDraft) async throws -> Response {
        var model = try await model(request, context: context)
        let current = ItemDraft(model.item)
        var merged = form
        merged.version = model.item.version
        merged.errors = [:]
        model.form = merged
        model.conflict = Dictionary(uniqueKeysWithValues: mine.differences(from: current).map { ($0, current.value(of: $0)) })
        return .page(ItemEditorPage.render(model, context: request.pageContext), status: .conflict, for: request)
    }

    func addAction(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await model(request, context: context)
        var form = ActionForm(posted: request.field)
        guard let action = form.action(itemID: model.item.id) else {
            model.actionForm = form
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await FollowUpActionModel(action).create(on: request.db)
        return .redirect(to: context.url(.item(model.item.id)), notice: MeetingWorkText.actionAdded)
    }

    struct Upload: Content {
        var attachment_title: String?
        var file: File?
        /// "1" when the public archive is to offer the file.
        var attachment_public: String?
    }

    func uploadAttachment(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await model(request, context: context)
        guard !model.requiresReason else { throw Abort(.conflict) }
        let upload = try request.content.decode(Upload.self)
        let title = (upload.attachment_title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let isPublic = upload.attachment_public == "1"
        let limit = request.application.configuration.maxAttachmentBytes
        let language = request.language
        let result = AttachmentUpload.check(upload.file, limit: limit)
        guard case let .success(file) = result else {
            if case let .failure(problem) = result { model.attachmentError = problem.message(language, limit: limit) }
            model.attachmentTitle = title
            model.attachmentPublic = isPublic
            let status: HTTPResponseStatus = if case .failure(.tooLarge) = result { .payloadTooLarge } else { .unprocessableEntity }
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: status, for: request)
        }
        // A public file of a meeting whose agenda is out is offered at once: no step will check it later.
        if isPublic, context.meeting.status.agendaIsPublic {
            let attachment = Attachment(meetingID: context.meeting.id, itemID: model.item.id, title: file.title(typed: title),
                                        position: 0, file: file.reference, isPublic: true)
            let check = try await PublicationGuard(request).check(attachment, bytes: file.bytes)
            if check.blocksPublication {
                model.attachmentError = language.attachmentRefusal(check)
                // What was typed stays, the number masked: the page that refuses never shows it.
                model.attachmentTitle = CPRNumbers.masking(title)
                model.attachmentPublic = isPublic
                return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
            }
        }
        try await AttachmentUpload.store(file, title: title, isPublic: isPublic, itemID: model.item.id, meetingID: context.meeting.id,
                                         on: request.db)
        return .redirect(to: context.url(.item(model.item.id)), notice: MeetingWorkText.attachmentAdded)
    }

    func deleteAttachment(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        guard context.meeting.status != .minutesApproved else { throw Abort(.conflict) }
        let id = try request.id("attachment")
        guard let attachment = try await AttachmentModel.find(id, on: request.db), attachment.meetingID == context.meeting.id else {
            throw Abort(.notFound)
        }
        try await AttachmentChanges(database: request.db).delete(attachment, of: context.meeting)
        // The stored bytes stay while another attachment uses them; they are kept, by design, for
        // the audit of what was sent (removing unused files is an administrator's clean-up).
        guard let itemID = attachment.itemID else { return .redirect(to: context.url(.editor), notice: MeetingWorkText.attachmentDeleted) }
        return .redirect(to: context.url(.item(itemID)), notice: MeetingWorkText.attachmentDeleted)
    }

    /// Whether the public archive offers an attachment's file: the form beside each attachment on the item.
    /// Also once the minutes are approved: it publishes a file and changes nothing in the minutes.
    func setAttachmentPublic(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        let id = try request.id("attachment")
        guard let attachment = try await AttachmentModel.find(id, on: request.db), attachment.meetingID == context.meeting.id else {
            throw Abort(.notFound)
        }
        let choice = request.field("public")
        guard choice == "1" || choice == "0" else { throw Abort(.unprocessableEntity, reason: "public must be 1 or 0, not \(choice)") }
        // Once the agenda is out the public has the file at once: no step will check it later.
        if choice == "1", !attachment.isPublic, context.meeting.status.agendaIsPublic {
            let check = try await PublicationGuard(request).check(try attachment.domain())
            if check.blocksPublication {
                let message = request.language.attachmentRefusal(check)
                // Files are uploaded to items; a meeting's own attachments are names from imports, without a file.
                guard let itemID = attachment.itemID,
                      var model = try await ItemEditorPage.Model.query(context, itemID: itemID, on: request.db) else {
                    throw Abort(.unprocessableEntity, reason: message)
                }
                model.publicationRefused = .init(attachmentID: id, message: message)
                return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
            }
        }
        try await AttachmentChanges(database: request.db).setPublic(attachment, choice == "1", of: context.meeting)
        let notice: MeetingWorkText = attachment.isPublic ? .attachmentMadePublic : .attachmentMadeInternal
        guard let itemID = attachment.itemID else { return .redirect(to: context.url(.editor), notice: notice) }
        return .redirect(to: context.url(.item(itemID)), notice: notice)
    }

    /// The file of an attachment. Those who read everything of the body get every file of the meeting;
    /// everyone else only public files of a meeting whose agenda is out, and 404 for the rest, as if the
    /// file were not there.
    func download(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .readPublished)
        let readsEverything = context.viewer.may(.readEverything, in: context.body.id)
        let visibility = MeetingPage.Model.Visibility(status: context.meeting.status, readsEverything: readsEverything)
        guard visibility != .hidden else { throw Abort(.notFound) }
        let id = try request.id("attachment")
        guard let attachment = try await AttachmentModel.find(id, on: request.db)?.domain(),
              attachment.meetingID == context.meeting.id, attachment.isOffered(readsEverything: readsEverything),
              let file = attachment.file,
              let stored = try await StoredFileModel.query(on: request.db).filter(\.$sha256 == file.sha256).first() else {
            throw Abort(.notFound)
        }
        return AttachmentUpload.response(for: file, bytes: stored.bytes, lastModified: context.meeting.modifiedAt, request: request)
    }

    private func model(_ request: Request, context: MeetingContext) async throws -> ItemEditorPage.Model {
        guard let model = try await ItemEditorPage.Model.query(context, itemID: try request.id("item"), on: request.db) else {
            throw Abort(.notFound)
        }
        return model
    }
}
