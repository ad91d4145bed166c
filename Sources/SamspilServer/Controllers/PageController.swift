import Fluent
import Foundation
import SamspilCore
import Vapor

/// The public pages. Each handler reads its parameters, calls the page's query and renders its view;
/// a parameter that names nothing is a 404, never a 500.
struct PageController: Sendable {
    func home(_ request: Request) async throws -> Response {
        let model = try await FrontPage.Model.query(on: request.db, today: .today())
        return .page(FrontPage.render(model, language: request.language), for: request)
    }

    func body(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        guard let model = try await BodyPage.Model.query(slug: slug, on: request.db, today: .today()) else {
            throw Abort(.notFound)
        }
        return .page(BodyPage.render(model, language: request.language), for: request)
    }

    func meeting(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        guard let key = request.parameters.get("meeting").flatMap(MeetingKey.init),
              let model = try await MeetingPage.Model.query(bodySlug: slug, key: key, on: request.db) else {
            throw Abort(.notFound)
        }
        return .page(MeetingPage.render(model, language: request.language), for: request)
    }

    func person(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("person").flatMap(UUID.init(uuidString:)),
              let model = try await PersonPage.Model.query(id: id, on: request.db) else {
            throw Abort(.notFound)
        }
        return .page(PersonPage.render(model, language: request.language), for: request)
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

extension Response {
    static func page(_ html: String, status: HTTPResponseStatus = .ok, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .vary, value: "Accept-Language")
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}
