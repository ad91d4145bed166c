import Fluent
import Foundation
import SamspilCore
import Vapor

/// The public pages. Each handler reads its parameters, calls the page's query and renders its view;
/// a parameter that names nothing is a 404, never a 500. Every page is answered with validators and the
/// archive's cache rules (`ConditionalResponse`).
struct PageController: Sendable {
    func home(_ request: Request) async throws -> Response {
        let model = try await FrontPage.Model.query(viewer: request.viewer, on: request.db, today: .today())
        return .archivePage(FrontPage.render(model, context: request.pageContext), lastModified: model.lastModified, for: request)
    }

    func body(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        guard let model = try await BodyPage.Model.query(slug: slug, viewer: request.viewer, on: request.db, today: .today()) else {
            throw Abort(.notFound)
        }
        return .archivePage(BodyPage.render(model, context: request.pageContext), lastModified: model.lastModified, for: request)
    }

    func year(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        // Only the plain four-digit form, so a year has one address.
        guard let text = request.parameters.get("year"), let year = Int(text), text == String(year), (1000...9999).contains(year),
              let model = try await YearPage.Model.query(slug: slug, year: year, viewer: request.viewer, on: request.db) else {
            throw Abort(.notFound)
        }
        return .archivePage(YearPage.render(model, context: request.pageContext), lastModified: model.lastModified, for: request)
    }

    func meeting(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        guard let key = request.parameters.get("meeting").flatMap(MeetingKey.init),
              let model = try await MeetingPage.Model.query(bodySlug: slug, key: key, viewer: request.viewer, on: request.db) else {
            throw Abort(.notFound)
        }
        return .archivePage(MeetingPage.render(model, context: request.pageContext), lastModified: model.lastModified, for: request)
    }

    func person(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("person").flatMap(UUID.init(uuidString:)),
              let model = try await PersonPage.Model.query(id: id, viewer: request.viewer, on: request.db) else {
            throw Abort(.notFound)
        }
        return .archivePage(PersonPage.render(model, context: request.pageContext), lastModified: model.lastModified, for: request)
    }

    func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        // The path carries the version, so the file can be cached for good.
        headers.cacheControl = .init(isPublic: true, immutable: true, maxAge: 31_536_000)
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}

extension Request {
    /// The interface language: the visitor's browser preference, Danish by default.
    var language: Language {
        Language(acceptLanguage: headers.first(name: .acceptLanguage))
    }
}

extension Request {
    private struct CSRFKey: StorageKey { typealias Value = String }

    /// The language, the viewer and the forms' token for this request's page.
    var pageContext: PageContext {
        let csrf = storage[CSRFKey.self] ?? CSRF.token(for: self)
        storage[CSRFKey.self] = csrf
        let viewer = viewer
        return PageContext(
            language: language,
            signedIn: viewer.isSignedIn
                ? .init(name: viewer.name, mayImport: viewer.editableBodies.map { !$0.isEmpty } ?? true,
                        isAdministrator: viewer.isAdministrator) : nil,
            csrf: csrf)
    }
}

extension Response {
    /// An HTML page. Pages depend on the visitor (language, sign-in), so shared caches must not keep them.
    static func page(_ html: String, status: HTTPResponseStatus = .ok, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .vary, value: "Accept-Language, Cookie")
        headers.cacheControl = .init(noCache: true, isPrivate: true)
        let response = Response(status: status, headers: headers, body: .init(string: html))
        CSRF.attach(request.pageContext.csrf, to: response, for: request)
        return response
    }

    static func redirect(to url: SiteURL) -> Response {
        Response(status: .seeOther, headers: ["Location": url.path])
    }

}
