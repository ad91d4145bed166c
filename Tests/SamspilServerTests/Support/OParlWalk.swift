import Crypto
import Foundation
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// Everything the OParl API serves, found the way a client finds it: from the System object, following
/// every link to an OParl address, every `links.next`, and fetching every file's `accessUrl`.
struct OParlWalk {
    /// The testing server's origin, which every absolute URL starts with.
    static let origin = "http://localhost"

    struct Fetched {
        let url: String
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: Data
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    }

    /// Each OParl address fetched, by URL.
    private(set) var responses: [String: Fetched] = [:]
    /// Each file fetched by its accessUrl.
    private(set) var downloads: [String: Fetched] = [:]

    static func walk(_ app: Application, from start: String = "/oparl/v1.1/system") async throws -> OParlWalk {
        var walk = OParlWalk()
        var queue = [origin + start]
        while let url = queue.popLast() {
            guard walk.responses[url] == nil else { continue }
            let fetched = try await fetch(app, url)
            walk.responses[url] = fetched
            guard let json = fetched.json else { continue }
            for link in Self.links(in: json) where walk.responses[link] == nil {
                if link.hasPrefix(origin + "/oparl/") { queue.append(link) }
            }
            for object in Self.objects(in: json) {
                for key in ["accessUrl", "downloadUrl"] {
                    guard let link = object[key] as? String, !link.hasPrefix(origin + "/oparl/"),
                          walk.downloads[link] == nil else { continue }
                    walk.downloads[link] = try await fetch(app, link)
                }
            }
        }
        return walk
    }

    static func fetch(_ app: Application, _ url: String) async throws -> Fetched {
        #expect(url.hasPrefix(origin), "a link that leaves the site: \(url)")
        var result: Fetched?
        try await app.testing().test(.GET, String(url.dropFirst(origin.count))) { response in
            result = Fetched(url: url, status: response.status, headers: response.headers, body: Data(buffer: response.body))
        }
        return try #require(result)
    }

    /// Every string in a JSON value that is an absolute URL of the site.
    static func links(in json: Any) -> [String] {
        switch json {
        case let text as String: text.hasPrefix(origin + "/") ? [text] : []
        case let array as [Any]: array.flatMap(links(in:))
        case let object as [String: Any]: object.values.flatMap(links(in:))
        default: []
        }
    }

    /// Every OParl object in a JSON value, embedded ones included: a dictionary with an OParl `type`.
    static func objects(in json: Any) -> [[String: Any]] {
        switch json {
        case let array as [Any]:
            return array.flatMap(objects(in:))
        case let object as [String: Any]:
            let own = (object["type"] as? String)?.hasPrefix(OParl.version) == true ? [object] : []
            return own + object.values.flatMap(objects(in:))
        default:
            return []
        }
    }

    /// The top-level objects: each single object fetched, and each entry of each list page.
    var topLevelObjects: [[String: Any]] {
        responses.values.compactMap { $0.json as? [String: Any] }.flatMap { json -> [[String: Any]] in
            if let data = json["data"] as? [[String: Any]] { return data }
            return json["type"] == nil ? [] : [json]
        }
    }

    var allObjects: [[String: Any]] {
        responses.values.compactMap(\.json).flatMap(Self.objects(in:))
    }

    /// Every page of a list, following `links.next` from `url`.
    static func pages(_ app: Application, from url: String) async throws -> [[String: Any]] {
        var pages: [[String: Any]] = []
        var next: String? = url
        while let current = next {
            let page = try #require(try await fetch(app, current).json as? [String: Any], "\(current) is not a JSON object")
            pages.append(page)
            next = (page["links"] as? [String: Any])?["next"] as? String
            #expect(pages.count < 1000, "links.next never ends at \(url)")
            if pages.count >= 1000 { break }
        }
        return pages
    }

    static func ids(of pages: [[String: Any]]) -> [String] {
        pages.flatMap { ($0["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
    }

    static func sha512(_ data: Data) -> String {
        SHA512.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
