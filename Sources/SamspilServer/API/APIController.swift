import Fluent
import Foundation
import SamspilCore
import Vapor

/// The JSON API at `/api/v1`: what the web app's pages do, for other systems. A request acts as the user
/// of its API token (`APITokenMiddleware`), or as the public without one, with the same rights and the
/// same checks as the pages. Writes take JSON with the field names of the pages' forms in camelCase, go
/// through the same forms, and raise the meeting's revision (`Request.apiChanged`). The document of it
/// all is `OpenAPIDocument`, served at `/api/v1/openapi.json`.
struct APIController: Sendable {
    static let root: [PathComponent] = ["api", "v1"]

    func register(_ app: any RoutesBuilder, maxAttachmentUpload: ByteCount) {
        let api = app.grouped(Self.root)
        api.get("openapi.json", use: openAPI)
        api.get("me", use: me)
        api.get("bodies", use: bodies)
        api.get("bodies", ":body", use: body)
        api.get("bodies", ":body", "meetings", use: meetings)
        api.post("bodies", ":body", "meetings", use: createMeeting)
        api.get("bodies", ":body", "actions", use: actions)
        api.get("meetings", ":meeting", use: meeting)
        api.post("meetings", ":meeting", "status", use: advance)
        api.post("meetings", ":meeting", "items", use: addItem)
        api.get("meetings", ":meeting", "attendance", use: attendance)
        api.put("meetings", ":meeting", "attendance", ":person", use: mark)
        api.get("items", ":item", use: item)
        api.on(.PUT, "items", ":item", body: .collect(maxSize: "1mb"), use: saveItem)
        api.delete("items", ":item", use: deleteItem)
        api.post("items", ":item", "actions", use: addAction)
        api.post("actions", ":action", "close", use: closeAction)
        api.on(.POST, "items", ":item", "attachments", body: .collect(maxSize: maxAttachmentUpload), use: uploadAttachment)
        api.get("attachments", ":attachment", use: attachment)
        api.get("attachments", ":attachment", "content", use: attachmentContent)
        api.patch("attachments", ":attachment", use: setAttachmentPublic)
        api.delete("attachments", ":attachment", use: deleteAttachment)
        api.get("search", use: search)
    }

    func openAPI(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }

    func me(_ request: Request) async throws -> Response {
        let viewer = request.viewer
        let bodies = try await BodyModel.query(on: request.db).filter(\.$id ~~ Set(viewer.roles.keys)).all()
        let roles = try bodies.compactMap { model -> API.Me.Role? in
            let id = try model.requireID()
            return viewer.roles[id].map { API.Me.Role(bodyId: id, bodySlug: model.slug, role: $0.rawValue) }
        }.sorted { $0.bodySlug < $1.bodySlug }
        return try JSONInterface.response(API.Me(signedIn: viewer.isSignedIn, name: viewer.isSignedIn ? viewer.name : nil,
                                                 administrator: viewer.isAdministrator, roles: roles))
    }

    // MARK: Bodies

    func bodies(_ request: Request) async throws -> Response {
        let bodies = try await BodyModel.query(on: request.db).sort(\.$name).all().map { API.Body(try $0.domain()) }
        return try JSONInterface.response(API.List(data: bodies))
    }

    func body(_ request: Request) async throws -> Response {
        let (body, _) = try await request.apiBody(requiring: .readPublished)
        return try JSONInterface.response(API.Body(body))
    }

    /// The body's meetings the viewer may see, the latest first.
    func meetings(_ request: Request) async throws -> Response {
        let (body, viewer) = try await request.apiBody(requiring: .readPublished)
        let readsEverything = viewer.may(.readEverything, in: body.id)
        let all = try await MeetingModel.query(on: request.db).filter(\.$bodyID == body.id).sort(\.$date, .descending).all()
            .map { try $0.domain() }
        // Keys from all of them: a published meeting's address counts the hidden ones of its day too.
        let keys = MeetingKey.keys(for: all)
        let site = SiteAddress(request)
        return try JSONInterface.response(API.List(data: all.filter { readsEverything || $0.status.agendaIsPublic }.compactMap { meeting in
            keys[meeting.id].map { API.MeetingSummary(readsEverything ? meeting : meeting.withoutContactDetails,
                                                      web: site.absolute(.meeting(bodySlug: body.slug, key: $0))) }
        }))
    }

    func createMeeting(_ request: Request) async throws -> Response {
        let (body, _) = try await request.apiBody(requiring: .edit)
        let fields = try APIFields(request)
        var header = MeetingHeaderForm(posted: { fields(Self.camelCase($0)) })
        guard let meeting = try await header.meeting(applyingTo: Meeting(bodyID: body.id, date: .today()), on: request.db) else {
            throw APIFailure.invalid(header.errors.reduce(into: [:]) { $0[Self.camelCase($1.key.rawValue)] = Language.da.work($1.value) })
        }
        try await MeetingPlanner(database: request.db).plan(meeting)
        try await SearchIndex(database: request.db).reindex(meetings: [meeting.id])
        return try await meetingResponse(request, id: meeting.id, status: .created)
    }

    /// The open follow-up actions of the body's meetings, then the latest closed ones.
    func actions(_ request: Request) async throws -> Response {
        let (body, _) = try await request.apiBody(requiring: .readEverything)
        let followUps = FollowUps(database: request.db)
        let entries = try await followUps.open(in: body.id, today: .today()) + followUps.recentlyClosed(in: body.id)
        return try JSONInterface.response(API.List(data: entries.map { API.Action($0.action, owner: $0.ownerName) }))
    }

    // MARK: Meetings

    func meeting(_ request: Request) async throws -> Response {
        try await meetingResponse(request, id: try request.apiID("meeting"))
    }

    /// The meeting as the viewer may read it: the meeting page's own model, so the two always agree.
    func meetingResponse(_ request: Request, id: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try await request.apiMeeting(requiring: .readPublished, id: id)
        let key = MeetingKey.keys(for: try await MeetingModel.query(on: request.db).filter(\.$bodyID == context.body.id)
            .filter(\.$date == context.meeting.date.iso).all().map { try $0.domain() })[id]
        guard let key, let page = try await MeetingPage.Model.query(bodySlug: context.body.slug, key: key, viewer: request.viewer,
                                                                    on: request.db) else {
            throw Abort(.notFound, reason: "There is no meeting \(id.lowercased).")
        }
        let site = SiteAddress(request)
        let meeting = page.meeting
        let attachments = try await visibleAttachments(of: meeting.id, context: context)
        var attendance: [API.Attendee]?
        if page.isMinutes || context.readsEverything {
            attendance = try await attendees(context)
        }
        return try JSONInterface.response(API.Meeting(
            meeting: API.MeetingSummary(meeting, web: site.absolute(.meeting(bodySlug: context.body.slug, key: key))),
            chair: meeting.chair, minuteTakers: meeting.minuteTakers, revision: meeting.revision,
            modifiedAt: meeting.modifiedAt.map(OParlTime.dateTime),
            items: page.items.map(API.ItemSummary.init),
            attachments: attachments.filter { $0.itemId == nil }, attendance: attendance), status: status)
    }

    /// One step of the life cycle (`{"status": "agendaPublished"}`), refused as on the page when the step
    /// is not the next one (409) or would publish a CPR number (422).
    func advance(_ request: Request) async throws -> Response {
        let context = try await request.apiMeeting(requiring: .edit)
        let fields = try APIFields(request)
        guard let target = MeetingStatus(rawValue: fields("status")) else {
            throw APIFailure.invalid(["status": "Skal være en af \(MeetingStatus.allCases.map(\.rawValue).joined(separator: ", "))."])
        }
        guard context.meeting.status.canAdvance(to: target), !context.meeting.isCancelled else {
            throw APIFailure(status: .conflict, code: "step_refused",
                             message: "A \(context.meeting.status.rawValue) meeting cannot go to \(target.rawValue): steps go one at a time, and a cancelled meeting takes none.")
        }
        if let scope = PublicationScope(step: target) {
            let check = try await PublicationGuard(request).check(context.meeting, publishing: scope)
            if check.blocksPublication {
                throw APIFailure(status: .unprocessableEntity, code: "contains_cpr_number",
                                 message: "The step would publish a CPR number or a file that cannot be checked: "
                                    + (check.findings.map { Language.da.describe($0) } + check.unreadable.map(\.title)).joined(separator: "; "))
            }
        }
        guard try await MeetingLifeCycle(database: request.db).advance(context.meeting, to: target, by: context.viewer.name) else {
            throw APIFailure(status: .conflict, code: "step_refused", message: "Someone else took a step of this meeting meanwhile.")
        }
        try await request.apiChanged(context.meeting.id)
        return try await meetingResponse(request, id: context.meeting.id)
    }

    func addItem(_ request: Request) async throws -> Response {
        let context = try await request.apiMeeting(requiring: .edit)
        guard context.meeting.status != .minutesApproved else { throw APIFailure.locked }
        let fields = try APIFields(request)
        var form = NewItemForm(title: fields("title"), duration: fields.has("duration") ? fields("duration") : "15",
                               kind: fields("kind"), presenter: fields("presenter"))
        guard let valid = form.validate() else {
            throw APIFailure.invalid(form.errors.reduce(into: [:]) { $0[$1.key.rawValue] = Language.da.work($1.value) })
        }
        let store = AgendaStore(database: request.db)
        let item = AgendaItem(meetingID: context.meeting.id, position: 0, number: nil, title: valid.title,
                              presenter: form.presenter.nilIfEmpty, kind: valid.kind, durationMinutes: valid.minutes)
        try await store.insert(item, at: try await store.items(of: context.meeting.id).insertionIndexForNewItem(), meeting: context.meeting)
        try await request.apiChanged(context.meeting.id)
        return try await itemResponse(request, id: item.id, status: .created)
    }

    // MARK: Search

    /// The search page's search, with its parameters (`q`, `organ`, `klynge`, `fra`, `til`, `art`,
    /// `beslutninger`, `sortering`, `side`): a page's address works here too.
    func search(_ request: Request) async throws -> Response {
        let parameters: [String: String]
        do {
            parameters = try request.query.decode([String: String].self)
        } catch {
            throw Abort(.badRequest, reason: "The query must be plain name=value parameters (q, organ, klynge, fra, til, art, beslutninger, sortering, side).")
        }
        let model = try await SearchPage.Model.query(SearchForm(parameters: parameters), viewer: request.viewer, on: request.db)
        guard model.problems.isEmpty else {
            throw APIFailure.invalid(model.problems.reduce(into: [:]) { $0[$1.key.rawValue] = Language.da.search($1.value) })
        }
        let site = SiteAddress(request)
        return try JSONInterface.response(API.SearchResults(
            total: model.total, page: model.form.page, pageCount: model.pageCount,
            results: model.results.map { result in
                API.SearchResult(bodyName: result.bodyName, bodySlug: result.bodySlug, date: result.date.iso, title: result.title,
                                 web: site.origin + result.url, snippet: result.snippet?.marked(open: "**", close: "**"),
                                 decision: result.decision)
            }))
    }

    /// `minute_takers` -> `minuteTakers`: the forms' field names as the API spells them.
    static func camelCase(_ name: String) -> String {
        let parts = name.split(separator: "_")
        return (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

extension AttendanceRoster {
    /// The list with every member, marked or not yet, for those who read everything of the body; for
    /// the public, as the meeting page shows it: who was recorded, without contact details.
    func attendees(readsEverything: Bool) -> [API.Attendee] {
        (people + guests).filter { readsEverything || $0.status != nil }.map { entry in
            API.Attendee(personId: entry.personID, name: entry.name,
                         title: readsEverything ? entry.title : entry.title.map(ContactDetails.redacted(in:)),
                         organisation: entry.organisation, status: entry.status?.rawValue,
                         note: readsEverything ? entry.note : entry.note.map(ContactDetails.redacted(in:)))
        }
    }
}

extension API.ItemSummary {
    init(_ item: AgendaItem) {
        self.init(id: item.id, number: item.number, position: item.position, title: item.title, start: item.start?.description,
                  end: item.end?.description, presenter: item.presenter, kind: item.kind?.rawValue, isBreak: item.isBreak)
    }
}

extension API.Action {
    init(_ action: FollowUpAction, owner: String) {
        self.init(id: action.id, itemId: action.itemID, text: action.text, owner: owner, due: action.due?.iso,
                  state: action.state.rawValue, closedBy: action.closedBy)
    }
}
