import Fluent
import Foundation
import SamspilCore
import Vapor

/// Calendars (iCalendar) and news (Atom) for apps, and the page where a user gets the address of their
/// personal calendar. The public feeds show what the public may read; the personal calendar what its
/// user may read now, found by the secret in its address, since calendar apps send no cookie.
struct FeedController: Sendable {
    /// The body's meetings whose agenda is public, cancelled ones included.
    func bodyCalendar(_ request: Request) async throws -> Response {
        let body = try await existingBody(request)
        let calendar = try await FeedContent(database: request.db, site: SiteAddress(request))
            .calendar(named: body.name, bodies: [body], viewer: .public)
        return .feed(calendar.render(), type: .calendar, isPersonal: false)
    }

    func bodyNews(_ request: Request) async throws -> Response {
        let body = try await existingBody(request)
        let feed = try await FeedContent(database: request.db, site: SiteAddress(request))
            .news(title: "Samspil: \(body.name)", id: "urn:uuid:" + UUID.named("feed/body/\(body.id.lowercased)").lowercased,
                  bodies: [body], selfURL: .bodyNews(bodySlug: body.slug), pageURL: .body(slug: body.slug))
        return .feed(feed.render(), type: .atom, isPersonal: false)
    }

    func news(_ request: Request) async throws -> Response {
        let bodies = try await BodyModel.query(on: request.db).all().map { try $0.domain() }
        let feed = try await FeedContent(database: request.db, site: SiteAddress(request))
            .news(title: "Samspil: nye dagsordener og referater", id: "urn:uuid:" + UUID.named("feed/all").lowercased,
                  bodies: bodies, selfURL: .news, pageURL: .home)
        return .feed(feed.render(), type: .atom, isPersonal: false)
    }

    /// `/kalender/TOKEN.ics`: everything the token's user may read in their bodies (every body for an
    /// administrator). An unknown or revoked token is a 404, like any address that names nothing.
    func personalCalendar(_ request: Request) async throws -> Response {
        let file = try request.parameters.require("calendar")
        guard file.hasSuffix(".ics"),
              let userID = try await CalendarTokens(database: request.db).userID(token: String(file.dropLast(".ics".count))) else {
            throw Abort(.notFound)
        }
        let viewer = try await request.accounts.viewer(userID: userID)
        guard viewer.isSignedIn else { throw Abort(.notFound) }
        var bodies = try await BodyModel.query(on: request.db).all().map { try $0.domain() }
        if !viewer.isAdministrator { bodies = bodies.filter { viewer.roles[$0.id] != nil } }
        let calendar = try await FeedContent(database: request.db, site: SiteAddress(request))
            .calendar(named: "Samspil: mine møder", bodies: bodies, viewer: viewer)
        return .feed(calendar.render(), type: .calendar, isPersonal: true)
    }

    func myCalendar(_ request: Request) async throws -> Response {
        let userID = try signedInUser(request)
        let model = CalendarSubscriptionPage.Model(hasAddress: try await CalendarTokens(database: request.db).exists(for: userID))
        return .page(CalendarSubscriptionPage.render(model, context: request.pageContext), for: request)
    }

    /// Makes a new address, revoking the old, and shows it: this once, as only its hash is kept. The page
    /// is the POST's answer rather than a redirect, so the secret is in no URL the browser keeps.
    func newCalendarAddress(_ request: Request) async throws -> Response {
        let userID = try signedInUser(request)
        try CSRF.verify(request)
        let token = try await CalendarTokens(database: request.db).renew(for: userID)
        let model = CalendarSubscriptionPage.Model(
            hasAddress: true, newAddress: SiteAddress(request).absolute(.personalCalendar(token: token)))
        let response = Response.page(CalendarSubscriptionPage.render(model, context: request.pageContext), for: request)
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    // MARK: -

    private func existingBody(_ request: Request) async throws -> Body {
        let slug = try request.parameters.require("body")
        guard let body = try await BodyModel.query(on: request.db).filter(\.$slug == slug).first()?.domain() else {
            throw Abort(.notFound)
        }
        return body
    }

    /// The signed-in user; the public is sent to sign in and come back.
    private func signedInUser(_ request: Request) throws -> UUID {
        guard let userID = request.viewer.userID else {
            throw Abort.redirect(to: SiteURL.signIn.path + "?next=" + SiteURL.myCalendar.path, redirectType: .normal)
        }
        return userID
    }
}

extension Response {
    enum FeedType {
        case calendar, atom

        var mediaType: HTTPMediaType {
            switch self {
            case .calendar: HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
            case .atom: HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
            }
        }
    }

    /// A feed for apps. A personal calendar is for its user alone: no cache may keep it. A public one may
    /// be kept a few minutes, which is as often as calendar apps look anyway.
    static func feed(_ text: String, type: FeedType, isPersonal: Bool) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type.mediaType
        headers.cacheControl = isPersonal ? .init(noStore: true, isPrivate: true) : .init(isPublic: true, maxAge: 300)
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
