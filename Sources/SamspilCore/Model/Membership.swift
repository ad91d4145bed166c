import Foundation

/// A person's seat in a body, for an organisation, with a title and a role, for a period.
/// People change jobs: a person keeps every membership they have had, each with its own period.
public struct Membership: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var personID: UUID
    public var bodyID: UUID
    public var organisationID: UUID?
    public var role: Role
    /// The job title as the attendance list gives it: "hospitalsdirektør".
    public var title: String?
    public var period: DayPeriod

    public init(id: UUID = UUID(), personID: UUID, bodyID: UUID, organisationID: UUID?, role: Role,
                title: String?, period: DayPeriod) {
        self.id = id
        self.personID = personID
        self.bodyID = bodyID
        self.organisationID = organisationID
        self.role = role
        self.title = title
        self.period = period
    }

    public enum Role: String, Sendable, Codable, CaseIterable {
        case coChair
        case member
        case secretary
        case guest

        /// Co-chairs first, then members, then the secretariat, then guests: the order of a member list.
        public var rank: Int {
            switch self {
            case .coChair: 0
            case .member: 1
            case .secretary: 2
            case .guest: 3
            }
        }
    }

    public func isActive(on day: CalendarDay) -> Bool { period.contains(day) }
}

/// A period of whole days: from `start`, up to and including `end`, open-ended when `end` is nil.
public struct DayPeriod: Hashable, Sendable {
    public let start: CalendarDay
    public let end: CalendarDay?

    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case endsBeforeItStarts(start: CalendarDay, end: CalendarDay)

        public var description: String {
            switch self {
            case let .endsBeforeItStarts(start, end):
                "A period cannot end (\(end)) before it starts (\(start))."
            }
        }
    }

    public init(start: CalendarDay, end: CalendarDay? = nil) throws(DayPeriod.Error) {
        if let end, end < start { throw .endsBeforeItStarts(start: start, end: end) }
        self.start = start
        self.end = end
    }

    public func contains(_ day: CalendarDay) -> Bool {
        start <= day && (end.map { day <= $0 } ?? true)
    }

    public func overlaps(_ other: DayPeriod) -> Bool {
        let endsAfterOtherStarts = end.map { other.start <= $0 } ?? true
        let otherEndsAfterThisStarts = other.end.map { start <= $0 } ?? true
        return endsAfterOtherStarts && otherEndsAfterThisStarts
    }
}
