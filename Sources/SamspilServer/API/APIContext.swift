import Fluent
import Foundation
import SamspilCore
import Vapor

/// The body, meeting or item an API path names, with the viewer's right to it checked, as
/// `MeetingContext` does for the pages: the API and the pages give the same answer to the same viewer.
struct APIMeetingContext {
    let body: Body
    let meeting: Meeting
    let viewer: Viewer
    let request: Request

    var readsEverything: Bool { viewer.may(.readEverything, in: body.id) }
    var visibility: MeetingPage.Model.Visibility { .init(status: meeting.status, readsEverything: readsEverything) }
}

extension Request {
    /// The viewer, if they have `permission` in the body: else 401 for the public (no token), 403 for a
    /// token whose user lacks the right.
    func apiRequire(_ permission: Viewer.Permission, in bodyID: UUID) throws -> Viewer {
        let viewer = self.viewer
        guard viewer.may(permission, in: bodyID) else {
            if viewer.isSignedIn {
                throw Abort(.forbidden, reason: "Your token's user may not do this in this body.")
            }
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"],
                        reason: "This needs a personal API token: send 'Authorization: Bearer <token>'.")
        }
        return viewer
    }

    /// A write without a token is refused before anything is looked up: whether an object exists is no
    /// business of a request that could not change it anyway.
    func apiRequireToken(for permission: Viewer.Permission) throws {
        guard permission != .readPublished, !viewer.isSignedIn else { return }
        throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"],
                    reason: "This needs a personal API token: send 'Authorization: Bearer <token>'.")
    }

    func apiBody(requiring permission: Viewer.Permission) async throws -> (SamspilCore.Body, Viewer) {
        try apiRequireToken(for: permission)
        let slug = try parameters.require("body")
        guard let body = try await BodyModel.query(on: db).filter(\.$slug == slug).first()?.domain() else {
            throw Abort(.notFound, reason: "There is no body '\(slug)'.")
        }
        return (body, try apiRequire(permission, in: body.id))
    }

    /// The meeting of the path's `:meeting`. A meeting the viewer may not see does not exist (404), as on the pages.
    func apiMeeting(requiring permission: Viewer.Permission, id meetingID: UUID? = nil) async throws -> APIMeetingContext {
        try apiRequireToken(for: permission)
        let id = try meetingID ?? apiID("meeting")
        guard let meeting = try await MeetingModel.find(id, on: db)?.domain(),
              let body = try await BodyModel.find(meeting.bodyID, on: db)?.domain() else {
            throw Abort(.notFound, reason: "There is no meeting \(id.lowercased).")
        }
        let context = APIMeetingContext(body: body, meeting: meeting, viewer: viewer, request: self)
        guard context.visibility != .hidden || context.readsEverything else {
            throw Abort(.notFound, reason: "There is no meeting \(id.lowercased).")
        }
        _ = try apiRequire(permission, in: body.id)
        return context
    }

    /// The item of the path's `:item` and its meeting.
    func apiItem(requiring permission: Viewer.Permission, id itemID: UUID? = nil) async throws -> (APIMeetingContext, AgendaItem) {
        try apiRequireToken(for: permission)
        let id = try itemID ?? apiID("item")
        guard let model = try await AgendaItemModel.find(id, on: db) else {
            throw Abort(.notFound, reason: "There is no item \(id.lowercased).")
        }
        let context = try await apiMeeting(requiring: permission, id: model.meetingID)
        guard let item = try await AgendaStore(database: db).items(of: model.meetingID).first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "There is no item \(id.lowercased).")
        }
        return (context, item)
    }

    func apiID(_ name: String) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw Abort(.notFound, reason: "'\(text)' is not an id.") }
        return id
    }

    /// Records that a write changed a meeting: raises its revision (calendars, feeds, OParl's `modified`)
    /// and indexes it anew for search, as `MeetingRevisionMiddleware` does after the pages' writes. Called
    /// once the write has succeeded and before the answer is made, so the answer shows the new revision.
    func apiChanged(_ meetingID: UUID) async throws {
        try await MeetingRevision(database: db).record(meetingID)
        try await SearchIndex(database: db).reindex(meetings: [meetingID])
    }
}

/// The fields of a JSON request body, as text: the API's writes go through the same forms as the pages',
/// with the same checks and the same messages. Strings, numbers, booleans and null are accepted.
struct APIFields {
    private let values: [String: String]

    init(_ request: Request) throws {
        guard request.headers.contentType?.subType == "json" else {
            throw Abort(.unsupportedMediaType, reason: "Send the body as JSON, with 'Content-Type: application/json'.")
        }
        guard let buffer = request.body.data else { throw Abort(.badRequest, reason: "The request has no body.") }
        let decoded: [String: Scalar]
        do {
            decoded = try JSONDecoder().decode([String: Scalar].self, from: Data(buffer: buffer))
        } catch {
            throw Abort(.badRequest, reason: "The body must be a JSON object of strings, numbers, booleans and nulls.")
        }
        values = decoded.compactMapValues(\.text)
    }

    func callAsFunction(_ name: String) -> String {
        (values[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func has(_ name: String) -> Bool { values[name] != nil }

    private enum Scalar: Decodable {
        case text(String)
        case none

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .none }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else if let flag = try? container.decode(Bool.self) { self = .text(flag ? "1" : "") }
            else if let number = try? container.decode(Int.self) { self = .text(String(number)) }
            else if let number = try? container.decode(Double.self) { self = .text(String(number)) }
            else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a scalar") }
        }

        var text: String? {
            if case let .text(text) = self { text } else { nil }
        }
    }
}

extension APIFailure {
    /// A form's problems, field by field, in Danish as the pages show them.
    static func invalid(_ errors: [String: String]) -> APIFailure {
        APIFailure(status: .unprocessableEntity, code: "invalid",
                   message: errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: " "),
                   fields: errors)
    }

    static func containsCPRNumber(_ fields: [String]) -> APIFailure {
        APIFailure(status: .unprocessableEntity, code: "contains_cpr_number",
                   message: "What you sent would publish a CPR number at once (in \(fields.joined(separator: ", "))). Remove it and send again.",
                   fields: Dictionary(uniqueKeysWithValues: fields.map { ($0, "Indeholder et CPR-nummer.") }))
    }

    static let locked = APIFailure(status: .conflict, code: "minutes_approved",
                                   message: "The minutes of this meeting are approved: its agenda, attendance and attachments are the record and cannot change.")
}
