import Foundation

/// A body (forum) of the cooperation: a steering group, a cluster steering group, a theme group...
public struct Body: Identifiable, Hashable, Sendable {
    public var id: UUID
    /// The readable key of the body in URLs: `midtklyngen-klyngestyregruppe`.
    public var slug: String
    public var name: String
    public var kind: Kind
    /// The body above this one (a theme group's cluster steering group, a cluster's regional group).
    public var parentID: UUID?
    /// The cluster the body belongs to, e.g. "Midtklyngen"; nil for region-wide bodies.
    public var cluster: String?
    public var summary: String?

    public init(id: UUID = UUID(), slug: String, name: String, kind: Kind, parentID: UUID? = nil,
                cluster: String? = nil, summary: String? = nil) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.cluster = cluster
        self.summary = summary
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Sundhedskoordinationsudvalget / Sundhedssamarbejdsudvalget.
        case political
        /// Sundhedsstyregruppen.
        case steeringGroup
        /// Klyngestyregruppe.
        case clusterSteeringGroup
        /// Politisk sundhedsklynge.
        case politicalCluster
        /// Temagruppe / implementeringsgruppe.
        case themeGroup
        /// Arbejdsgruppe.
        case workingGroup
        /// Faste grupper.
        case fixedGroup
    }
}

extension Body {
    /// Orders bodies as the hierarchy reads: parents before their children, siblings by name.
    public static func hierarchyOrder(_ bodies: [Body]) -> [(body: Body, depth: Int)] {
        let ids = Set(bodies.map(\.id))
        let children = Dictionary(grouping: bodies) { body in body.parentID.flatMap { ids.contains($0) ? $0 : nil } }
        var result: [(Body, Int)] = []
        var visited = Set<UUID>()
        func visit(_ parent: UUID?, depth: Int) {
            for body in (children[parent] ?? []).sorted(by: { $0.name < $1.name }) where visited.insert(body.id).inserted {
                result.append((body, depth))
                visit(body.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return result
    }
}

/// Makes the readable URL key of a name: lower case, Danish letters spelled out, words joined by hyphens.
public enum Slug {
    public static func make(_ text: String) -> String {
        let spelled = text.lowercased()
            .replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa")
            .folding(options: .diacriticInsensitive, locale: nil)
        var slug = ""
        for scalar in spelled.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
