import Foundation

/// Something a meeting asked someone to do: "Anja undersøger, om kursusudvalget kan være behjælpelig".
public struct FollowUpAction: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var itemID: UUID
    public var text: String
    /// The owner is a person, an organisation, or, when neither is registered, a name as written.
    public var owner: Owner
    public var due: CalendarDay?
    public var state: State
    /// Who marked it done or dropped, and when.
    public var closedBy: String?
    public var closedAt: Date?
    /// The backlog item made when the action was put back on the agenda.
    public var backlogItemID: UUID?

    public init(id: UUID = UUID(), itemID: UUID, text: String, owner: Owner, due: CalendarDay? = nil,
                state: State = .open, closedBy: String? = nil, closedAt: Date? = nil, backlogItemID: UUID? = nil) {
        self.id = id
        self.itemID = itemID
        self.text = text
        self.owner = owner
        self.due = due
        self.state = state
        self.closedBy = closedBy
        self.closedAt = closedAt
        self.backlogItemID = backlogItemID
    }

    public enum State: String, Sendable, Codable, CaseIterable {
        case open
        case done
        /// Given up: no longer to be done, but kept so the trail shows it.
        case dropped
    }

    public enum Owner: Hashable, Sendable {
        case person(UUID)
        case organisation(UUID)
        case named(String)
    }

    public var isOpen: Bool { state == .open }

    public func isOverdue(on day: CalendarDay) -> Bool {
        guard isOpen, let due else { return false }
        return due < day
    }
}

/// A matter proposed for a coming meeting of a body ("punkter til kommende møder").
public struct BacklogItem: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var bodyID: UUID
    public var title: String
    /// Who proposed it, as written.
    public var proposedBy: String?
    public var proposedOn: CalendarDay?
    /// When the body should treat it at the latest.
    public var due: CalendarDay?
    /// The item where it was proposed, if any.
    public var sourceItemID: UUID?
    /// The item that took it up; nil while it waits.
    public var scheduledItemID: UUID?
    /// Set when another body referred the matter here, from its item `sourceItemID`: what it asks of
    /// this body.
    public var referral: ReferralPurpose?

    public init(id: UUID = UUID(), bodyID: UUID, title: String, proposedBy: String? = nil,
                proposedOn: CalendarDay? = nil, due: CalendarDay? = nil, sourceItemID: UUID? = nil,
                scheduledItemID: UUID? = nil, referral: ReferralPurpose? = nil) {
        self.id = id
        self.bodyID = bodyID
        self.title = title
        self.proposedBy = proposedBy
        self.proposedOn = proposedOn
        self.due = due
        self.sourceItemID = sourceItemID
        self.scheduledItemID = scheduledItemID
        self.referral = referral
    }

    public var isWaiting: Bool { scheduledItemID == nil }
}

/// What a body asks of another when it refers a matter to it (OParl's Consultation role).
public enum ReferralPurpose: String, Sendable, Codable, CaseIterable {
    case decision
    case comments
    case information
    case implementation
}
