import Foundation

/// One line of a meeting's audit trail: a step in its life cycle, or a change made after its minutes were
/// approved, with who, when, why, and the text before and after.
public struct AuditEntry: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var meetingID: UUID
    public var itemID: UUID?
    public var at: Date
    /// The user's name as it was when they acted: names of accounts may change later.
    public var userName: String
    public var change: Change
    /// Required for a correction of approved minutes.
    public var reason: String?

    public init(id: UUID = UUID(), meetingID: UUID, itemID: UUID? = nil, at: Date, userName: String,
                change: Change, reason: String? = nil) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.at = at
        self.userName = userName
        self.change = change
        self.reason = reason
    }

    public enum Change: Hashable, Sendable {
        case status(from: MeetingStatus, to: MeetingStatus)
        /// A field of an item, or of the meeting when `itemID` is nil, changed.
        case field(name: String, before: String, after: String)
        /// The meeting was called off, or called on again after that.
        case cancelled
        case reinstated
    }
}
