import Fluent
import Foundation
import SamspilCore
import Vapor

/// The body, or the body and meeting, that a request's path names, with the viewer's right to it checked.
/// Every secretariat page and action starts here, so none can forget the check.
struct BodyContext: Sendable {
    let body: Body
    let viewer: Viewer
}

struct MeetingContext: Sendable {
    let body: Body
    let meeting: Meeting
    let key: MeetingKey
    let viewer: Viewer

    var url: SiteURL { .meeting(bodySlug: body.slug, key: key) }

    func url(_ part: SiteURL.MeetingPart) -> SiteURL { .meetingPart(bodySlug: body.slug, key: key, part) }
}

extension Request {
    /// What `next=` may hold unencoded: the path's own characters, but not the query's `?`, `&` and `=`.
    private static let nextAllowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

    /// The viewer, if they have `permission` in the body. The public is sent to sign in and come back;
    /// a signed-in user without the right gets 403.
    func require(_ permission: Viewer.Permission, in bodyID: UUID) throws -> Viewer {
        try requireRight(viewer.may(permission, in: bodyID))
        return viewer
    }

    /// Goes on when `allowed`; otherwise the public is sent to sign in and come back, and a signed-in
    /// user gets 403.
    func requireRight(_ allowed: Bool) throws {
        guard allowed else {
            if viewer.isSignedIn { throw Abort(.forbidden) }
            // The query too: a link to a step (`status?til=…`) leads back to that step.
            let here = url.query.map { url.path + "?" + $0 } ?? url.path
            throw Abort.redirect(to: SiteURL.signIn.path + "?next=" + (here.addingPercentEncoding(withAllowedCharacters: Self.nextAllowed) ?? "/"),
                                 redirectType: .normal)
        }
    }

    /// The body of the path's `:body`, if the viewer has `permission` in it.
    func bodyContext(requiring permission: Viewer.Permission) async throws -> BodyContext {
        let slug = try parameters.require("body")
        guard let body = try await BodyModel.query(on: db).filter(\.$slug == slug).first()?.domain() else {
            throw Abort(.notFound)
        }
        return BodyContext(body: body, viewer: try require(permission, in: body.id))
    }

    /// The meeting of the path's `:body` and `:meeting`, if the viewer has `permission` in its body.
    func meetingContext(requiring permission: Viewer.Permission) async throws -> MeetingContext {
        let bodyContext = try await bodyContext(requiring: permission)
        guard let key = parameters.get("meeting").flatMap(MeetingKey.init) else { throw Abort(.notFound) }
        guard let meeting = try await MeetingModel.meeting(bodyID: bodyContext.body.id, key: key, on: db) else {
            throw Abort(.notFound)
        }
        return MeetingContext(body: bodyContext.body, meeting: meeting, key: key, viewer: bodyContext.viewer)
    }

    /// The UUID in the path parameter `name`; 404 when it is not one.
    func id(_ name: String) throws -> UUID {
        guard let id = parameters.get(name).flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }

    /// A posted text field, trimmed, with the CRLF line ends browsers send from a textarea made plain
    /// `\n`, as stored texts have them; "" when absent.
    func field(_ name: String) -> String {
        ((try? content.get(String.self, at: name)) ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension MeetingModel {
    /// The body's meeting with this key in URLs, if there is one.
    static func meeting(bodyID: UUID, key: MeetingKey, on database: any Database) async throws -> Meeting? {
        let sameDay = try await query(on: database).filter(\.$bodyID == bodyID)
            .filter(\.$date == key.date.iso).all().map { try $0.domain() }
        let keys = MeetingKey.keys(for: sameDay)
        return sameDay.first { keys[$0.id] == key }
    }
}
