import Foundation

/// One item on a meeting's agenda, with its sections.
public struct AgendaItem: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var meetingID: UUID
    /// The place on the agenda, from 0; the order items are shown and numbered in.
    public var position: Int
    /// The printed number; nil for an unnumbered part ("Mundtlige orienteringspunkter").
    /// Numbers may run on through the year, so the first item of a meeting can be 49.
    public var number: Int?
    public var title: String
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    /// The name after "v/": a person, several, or "formandskabet".
    public var presenter: String?
    /// The journal number printed with the item.
    public var caseNumber: String?
    public var sections: [ItemSection]
    /// What the item asks of the body. Set by the secretary; for imported items read from the
    /// recommendation's verb.
    public var kind: AgendaItemKind?
    /// Planned length in minutes; the time slots are computed from it (`AgendaSchedule`).
    public var durationMinutes: Int?
    /// A break ("Pause"): it takes time on the agenda but has no number.
    public var isBreak: Bool
    /// The member who presents the item, when the presenter is one; `presenter` holds the name as shown.
    public var presenterPersonID: UUID?
    /// The standard item this is, if any: the approval of the last minutes is where they get approved.
    public var purpose: StandardItem.Purpose?
    /// Raised on every save, so that a save based on an older version is caught instead of lost.
    public var version: Int

    public init(id: UUID = UUID(), meetingID: UUID, position: Int, number: Int?, title: String,
                start: TimeOfDay? = nil, end: TimeOfDay? = nil, presenter: String? = nil,
                caseNumber: String? = nil, sections: [ItemSection] = [], kind: AgendaItemKind? = nil,
                durationMinutes: Int? = nil, isBreak: Bool = false, presenterPersonID: UUID? = nil,
                purpose: StandardItem.Purpose? = nil, version: Int = 1) {
        self.id = id
        self.meetingID = meetingID
        self.position = position
        self.number = number
        self.title = title
        self.start = start
        self.end = end
        self.presenter = presenter
        self.caseNumber = caseNumber
        self.sections = sections
        self.kind = kind ?? sections.first(where: { $0.kind == .recommendation })
            .flatMap { AgendaItemKind(recommendation: $0.text) }
        self.durationMinutes = durationMinutes
        self.isBreak = isBreak
        self.presenterPersonID = presenterPersonID
        self.purpose = purpose
        self.version = version
    }

    /// The decision or minutes text (Beslutning / Referat), if written.
    public var decision: String? {
        let texts = sections.filter { $0.kind == .decision }.map(\.text).filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }
}

/// A block of text under a heading in an item: Indstilling, Sagsfremstilling, Bilag, Beslutning.
/// Also the section of `ParsedMinutes`, whose JSON writes every key (`heading: null`).
public struct ItemSection: Hashable, Sendable, Codable {
    public var kind: SectionKind
    /// The heading as written; nil means the usual heading for the kind.
    public var heading: String?
    public var text: String

    public init(kind: SectionKind, heading: String? = nil, text: String) {
        self.kind = kind
        self.heading = heading
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case kind, heading, text }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(heading, forKey: .heading)
        try container.encode(text, forKey: .text)
    }
}

/// What an item asks of the body, read from its recommendation:
/// "godkender" is a decision, "drøfter" a discussion, "tager ... til efterretning" a briefing.
public enum AgendaItemKind: String, Sendable, Codable, CaseIterable {
    case decision
    case discussion
    case briefing

    public init?(recommendation text: String) {
        let lower = text.lowercased()
        // Decision verbs win: "drøfter og godkender" asks for a decision.
        if ["godkend", "beslut", "vedtag", "tiltræd", "bevilg", "udpeg", "prioriter"].contains(where: lower.contains) {
            self = .decision
        } else if lower.contains("drøft") || lower.contains("kommenter") || lower.contains("giver input") {
            self = .discussion
        } else if lower.contains("efterretning") || lower.contains("orientering") || lower.contains("orienteres") {
            self = .briefing
        } else {
            return nil
        }
    }
}

extension Array where Element == AgendaItem {
    /// Items in agenda order: by position, and by number where positions tie (as after an import
    /// that gave none), unnumbered parts after the numbered ones they follow.
    public func inAgendaOrder() -> [AgendaItem] {
        sorted { lhs, rhs in
            if lhs.position != rhs.position { return lhs.position < rhs.position }
            return (lhs.number ?? .max, lhs.title) < (rhs.number ?? .max, rhs.title)
        }
    }

    /// The breaks in the numbering that a reader would notice: a number that is not one more than the
    /// numbered item before it. Unnumbered parts are passed over.
    public func numberingGaps() -> [(after: Int, next: Int)] {
        let numbers = inAgendaOrder().compactMap(\.number)
        return zip(numbers, numbers.dropFirst()).compactMap { $1 == $0 + 1 ? nil : ($0, $1) }
    }
}
