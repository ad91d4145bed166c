import Foundation

/// What a client asked of a list: OParl's four filters, the page size and where the page starts.
struct OParlListRequest: Sendable {
    var createdSince: Date?
    var createdUntil: Date?
    var modifiedSince: Date?
    var modifiedUntil: Date?
    var limit: Int
    var after: OParlCursor?
    /// The query items as given, for the link to the next page.
    var queryItems: [URLQueryItem]

    static let filterNames = ["created_since", "created_until", "modified_since", "modified_until"]

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads the query; a value that is not a date, a limit out of range or a broken cursor is a
    /// problem that says which parameter and what is allowed.
    init(query: [URLQueryItem], defaultLimit: Int, maximumLimit: Int = 100) throws(Problem) {
        var dates: [String: Date] = [:]
        for name in Self.filterNames {
            guard let text = query.last(where: { $0.name == name })?.value else { continue }
            guard let date = OParlTime.parse(text) else {
                throw Problem(description: "\(name) must be a date-time such as 2024-01-31T12:00:00+01:00, not '\(text)'.")
            }
            dates[name] = date
        }
        createdSince = dates["created_since"]
        createdUntil = dates["created_until"]
        modifiedSince = dates["modified_since"]
        modifiedUntil = dates["modified_until"]
        limit = defaultLimit
        if let text = query.last(where: { $0.name == "limit" })?.value {
            guard let value = Int(text), (1...maximumLimit).contains(value) else {
                throw Problem(description: "limit must be a whole number from 1 to \(maximumLimit), not '\(text)'.")
            }
            limit = value
        }
        if let text = query.last(where: { $0.name == "after" })?.value {
            guard let cursor = OParlCursor(text) else {
                throw Problem(description: "after must be the value a links.next gave, not '\(text)'.")
            }
            after = cursor
        }
        queryItems = query.filter { $0.name != "after" }
    }

    /// Whether a time falls inside the filters.
    func admits(created: Date, modified: Date) -> Bool {
        if let createdSince, created < createdSince { return false }
        if let createdUntil, created > createdUntil { return false }
        if let modifiedSince, modified < modifiedSince { return false }
        if let modifiedUntil, modified > modifiedUntil { return false }
        return true
    }
}

/// Where a page starts: after an object's id among the objects that exist, then among the deleted
/// ones, which follow them when a client asks for changes (`modified_since`).
enum OParlCursor: Sendable, CustomStringConvertible {
    case live(after: UUID)
    case deleted(after: UUID)

    init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let id = UUID(uuidString: String(parts[1])) else { return nil }
        switch parts[0] {
        case "l": self = .live(after: id)
        case "d": self = .deleted(after: id)
        default: return nil
        }
    }

    var description: String {
        switch self {
        case let .live(id): "l.\(id.lowercased)"
        case let .deleted(id): "d.\(id.lowercased)"
        }
    }
}

/// Pages a list in a stable order: the objects that exist by id, then (with `modified_since`) the
/// deleted ones by id. Objects come in groups under one id, so that a meeting's items or files stay
/// on one page.
struct OParlPager<Object: Encodable> {
    /// Up to `limit` groups after the given id, in id order, and whether more follow. A source looks one
    /// further ahead to know, without building that one.
    typealias Source = (_ after: UUID?, _ limit: Int) async throws -> (groups: [(id: UUID, objects: [Object])], more: Bool)

    let live: Source
    /// The deleted objects: nil for a list whose objects are never deleted.
    let deleted: Source?

    func page(_ request: OParlListRequest, at address: String) async throws -> OParl.Page<Object> {
        var objects: [Object] = []
        var next: OParlCursor?
        var liveAfter: UUID?
        var inDeleted = false
        var deletedAfter: UUID?
        switch request.after {
        case nil: break
        case let .live(id): liveAfter = id
        case let .deleted(id): inDeleted = true; deletedAfter = id
        }
        var used = 0
        if !inDeleted {
            let page = try await live(liveAfter, request.limit)
            objects = page.groups.flatMap(\.objects)
            used = page.groups.count
            if page.more, let last = page.groups.last { next = .live(after: last.id) }
        }
        if next == nil, request.modifiedSince != nil, let deleted {
            let page = try await deleted(deletedAfter, max(request.limit - used, 1))
            objects += page.groups.flatMap(\.objects)
            if page.more, let last = page.groups.last { next = .deleted(after: last.id) }
        }
        return OParl.Page(data: objects, pagination: .init(elementsPerPage: request.limit),
                          links: .init(first: Self.link(address, request.queryItems, after: nil),
                                       next: next.map { Self.link(address, request.queryItems, after: $0) }))
    }

    private static func link(_ address: String, _ query: [URLQueryItem], after: OParlCursor?) -> String {
        var components = URLComponents()
        components.queryItems = query + (after.map { [URLQueryItem(name: "after", value: $0.description)] } ?? [])
        let text = components.percentEncodedQuery ?? ""
        return text.isEmpty ? address : address + "?" + text
    }
}

extension OParlPager {
    /// A list of objects small enough to read whole (bodies, organisations, people), sorted and cut here.
    init(all: [(id: UUID, created: Date, modified: Date, object: Object)], request: OParlListRequest) {
        let admitted = all.filter { request.admits(created: $0.created, modified: $0.modified) }
            .sorted { $0.id.uuidString < $1.id.uuidString }
        live = { after, limit in
            let start = after.map { after in admitted.firstIndex { $0.id.uuidString > after.uuidString } ?? admitted.endIndex } ?? 0
            let rest = admitted[start...]
            return (rest.prefix(limit).map { ($0.id, [$0.object]) }, rest.count > limit)
        }
        deleted = nil
    }
}
