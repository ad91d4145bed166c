import Foundation

/// An item every meeting of a body has ("standardpunkter"): a new meeting starts with them, the
/// opening ones first and the closing ones last, so items added later go in between.
public struct StandardItem: Hashable, Sendable {
    public var title: String
    public var kind: AgendaItemKind?
    public var durationMinutes: Int
    public var placement: Placement
    public var purpose: Purpose?
    /// The recommendation the item starts with, e.g. "At dagsordenen godkendes."
    public var recommendation: String

    public init(title: String, kind: AgendaItemKind?, durationMinutes: Int, placement: Placement,
                purpose: Purpose? = nil, recommendation: String = "") {
        self.title = title
        self.kind = kind
        self.durationMinutes = durationMinutes
        self.placement = placement
        self.purpose = purpose
        self.recommendation = recommendation
    }

    public enum Placement: String, Sendable, Codable, CaseIterable {
        /// Before the body's own items.
        case opening
        /// After them.
        case closing
    }

    /// What a standard item is for, where Samspil does something with it.
    public enum Purpose: String, Sendable, Codable, CaseIterable {
        case approveAgenda
        /// "Godkendelse af referat": the last meeting's draft minutes are approved here.
        case approvePreviousMinutes
        /// "Punkter til kommende møder": the body's backlog.
        case comingItems
        case anyOtherBusiness
    }

    /// The standard items of a body that has not configured its own: the four that the minutes of the
    /// cluster steering groups show at every meeting.
    public static let defaults: [StandardItem] = [
        StandardItem(title: "Velkomst og godkendelse af dagsorden", kind: .decision, durationMinutes: 5,
                     placement: .opening, purpose: .approveAgenda, recommendation: "At dagsordenen godkendes."),
        StandardItem(title: "Godkendelse af referat fra sidste møde", kind: .decision, durationMinutes: 5,
                     placement: .opening, purpose: .approvePreviousMinutes,
                     recommendation: "At referatet fra sidste møde godkendes."),
        StandardItem(title: "Punkter til kommende møder", kind: .discussion, durationMinutes: 10,
                     placement: .closing, purpose: .comingItems),
        StandardItem(title: "Eventuelt", kind: .briefing, durationMinutes: 5, placement: .closing,
                     purpose: .anyOtherBusiness),
    ]
}

extension AgendaItem {
    /// Whether this is where the previous meeting's minutes are approved. Imported items carry no
    /// purpose, so their title tells ("Godkendelse af referat", "Godkendelse af referat fra sidste møde").
    public var approvesPreviousMinutes: Bool {
        purpose == .approvePreviousMinutes || (purpose == nil && title.lowercased().contains("godkendelse af referat"))
    }
}
