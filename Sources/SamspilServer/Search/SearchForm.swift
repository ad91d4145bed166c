import Foundation
import SamspilCore

/// A search as its address says it (`/soeg?q=telemedicin&organ=...&fra=2020-01-01`): the search box and
/// the filters, kept as typed so the page shows them again, with their problems. The address is the
/// search's permalink.
struct SearchForm: Equatable, Sendable {
    var query = ""
    var bodySlug = ""
    var cluster = ""
    var from = ""
    var to = ""
    var kind = ""
    var onlyDecisions = false
    var order: SearchRequest.Order = .relevance
    var page = 1

    /// The names the form's fields post, in Danish as the rest of the addresses.
    enum Field: String, CaseIterable {
        case query = "q", body = "organ", cluster = "klynge", from = "fra", to = "til", kind = "art"
        case onlyDecisions = "beslutninger", order = "sortering", page = "side"
    }

    init() {}

    /// Reads the parameters; anything unknown or malformed falls back to its default, except the dates
    /// and the body, whose problems `problems` reports.
    init(parameters: [String: String]) {
        func value(_ field: Field) -> String { (parameters[field.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        query = String(value(.query).prefix(500))
        bodySlug = value(.body)
        cluster = value(.cluster)
        from = value(.from)
        to = value(.to)
        kind = AgendaItemKind(rawValue: value(.kind)) == nil ? "" : value(.kind)
        onlyDecisions = !value(.onlyDecisions).isEmpty
        order = SearchRequest.Order(rawValue: value(.order)) ?? .relevance
        page = Int(value(.page)).map { max(1, min($0, 10_000)) } ?? 1
    }

    /// The fields with a problem, and the problem.
    func problems(knownBodies: Set<String>) -> [Field: SearchPageText] {
        var problems: [Field: SearchPageText] = [:]
        if !from.isEmpty, CalendarDay(iso: from) == nil { problems[.from] = .notADate }
        if !to.isEmpty, CalendarDay(iso: to) == nil { problems[.to] = .notADate }
        if let from = CalendarDay(iso: from), let to = CalendarDay(iso: to), from > to { problems[.from] = .fromAfterTo }
        if !bodySlug.isEmpty, !knownBodies.contains(bodySlug) { problems[.body] = .noSuchBody }
        return problems
    }

    /// The parameters that differ from the defaults, in a fixed order, for links; `page` replaces the page.
    func parameters(page: Int? = nil) -> [(name: String, value: String)] {
        let page = page ?? self.page
        let all: [(Field, String)] = [
            (.query, query), (.body, bodySlug), (.cluster, cluster), (.from, from), (.to, to), (.kind, kind),
            (.onlyDecisions, onlyDecisions ? "1" : ""), (.order, order == .relevance ? "" : order.rawValue),
            (.page, page == 1 ? "" : "\(page)"),
        ]
        return all.filter { !$0.1.isEmpty }.map { ($0.0.rawValue, $0.1) }
    }

    /// `path` with this search's parameters.
    func address(_ path: String, page: Int? = nil) -> String {
        let query = parameters(page: page).map { "\($0.name)=\(Self.encoded($0.value))" }.joined(separator: "&")
        return query.isEmpty ? path : "\(path)?\(query)"
    }

    private static func encoded(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
