import Foundation

/// One approved version of a body's terms of reference ("kommissorium"): what the body is for, who sits
/// in it and how it works. A body keeps every version; the newest approved one is in force.
public struct TermsOfReference: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var bodyID: UUID
    public var approved: CalendarDay
    /// The document, in Markdown.
    public var text: String
    /// The agenda item that approved it, if it was approved at a meeting Samspil holds.
    public var itemID: UUID?

    public init(id: UUID = UUID(), bodyID: UUID, approved: CalendarDay, text: String, itemID: UUID? = nil) {
        self.id = id
        self.bodyID = bodyID
        self.approved = approved
        self.text = text
        self.itemID = itemID
    }

    /// The version in force on `day`: the newest approved on or before it.
    public static func inForce(_ versions: [TermsOfReference], on day: CalendarDay) -> TermsOfReference? {
        versions.filter { $0.approved <= day }.max { $0.approved < $1.approved }
    }
}
