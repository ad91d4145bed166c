import Foundation

/// An initiative ("indsats", "projekt") the cooperation keeps track of: who owns it, who to ask, when it
/// runs and how it stands, and the agenda items that discussed it. Secretaries paste tables of these
/// into the minutes today; the register keeps one table that every meeting can point at.
public struct Initiative: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var title: String
    public var description: String?
    /// The cluster the initiative belongs to ("Midtklyngen"); nil for one that spans the region.
    public var cluster: String?
    /// The body that owns it (a cluster steering group, a theme group) ...
    public var owningBodyID: UUID?
    /// ... or the organisation, typically a municipality that runs it for the cluster.
    public var owningOrganisationID: UUID?
    public var contactPersonID: UUID?
    public var start: CalendarDay?
    public var end: CalendarDay?
    public var status: Status

    public init(id: UUID = UUID(), title: String, description: String? = nil, cluster: String? = nil,
                owningBodyID: UUID? = nil, owningOrganisationID: UUID? = nil, contactPersonID: UUID? = nil,
                start: CalendarDay? = nil, end: CalendarDay? = nil, status: Status) {
        self.id = id
        self.title = title
        self.description = description
        self.cluster = cluster
        self.owningBodyID = owningBodyID
        self.owningOrganisationID = owningOrganisationID
        self.contactPersonID = contactPersonID
        self.start = start
        self.end = end
        self.status = status
    }

    public enum Status: String, Sendable, CaseIterable {
        case planned
        case ongoing
        case paused
        case completed
        case stopped

        /// Still something to follow: planned, ongoing or paused.
        public var isOpen: Bool { self == .planned || self == .ongoing || self == .paused }
    }
}

extension Initiative {
    /// The register as tables, one per cluster (the region-wide ones last), each with the open initiatives
    /// first and then by start: the order a secretary pastes them into the minutes.
    public static func tablesByCluster(_ initiatives: [Initiative]) -> [(cluster: String?, initiatives: [Initiative])] {
        let grouped = Dictionary(grouping: initiatives, by: \.cluster)
        let clusters = grouped.keys.sorted { left, right in
            switch (left, right) {
            case let (left?, right?): left.localizedStandardCompare(right) == .orderedAscending
            case (.some, nil): true
            default: false
            }
        }
        return clusters.map { cluster in
            let rows = (grouped[cluster] ?? []).sorted { left, right in
                if left.status.isOpen != right.status.isOpen { return left.status.isOpen }
                // Without a start date last: "~" sorts after every ISO date.
                let leftStart = left.start?.iso ?? "~", rightStart = right.start?.iso ?? "~"
                if leftStart != rightStart { return leftStart < rightStart }
                return left.title.localizedStandardCompare(right.title) == .orderedAscending
            }
            return (cluster, rows)
        }
    }
}
