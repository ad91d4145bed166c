import Foundation

/// A document that goes with a meeting or with one of its items (bilag).
public struct Attachment: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var meetingID: UUID
    /// nil for a meeting-level attachment.
    public var itemID: UUID?
    public var title: String
    /// Sent with the minutes rather than with the agenda ("Bilag medsendt referat").
    public var sentWithMinutes: Bool
    public var position: Int

    public init(id: UUID = UUID(), meetingID: UUID, itemID: UUID? = nil, title: String,
                sentWithMinutes: Bool = false, position: Int) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.title = title
        self.sentWithMinutes = sentWithMinutes
        self.position = position
    }
}
