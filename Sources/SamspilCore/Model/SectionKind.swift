/// The kinds of text an agenda item carries, in the order users know from their minutes.
public enum SectionKind: String, Sendable, Codable, CaseIterable {
    /// Indstilling: what the body is asked to do.
    case recommendation
    /// Sagsfremstilling / Beskrivelse af sagen / Baggrund.
    case description
    /// Bilag.
    case attachments
    /// Beslutning / Referat: what the body decided or said.
    case decision
    case other

    /// The order in which a new item shows its sections.
    public var standardPosition: Int {
        switch self {
        case .recommendation: 0
        case .description: 1
        case .attachments: 2
        case .decision: 3
        case .other: 4
        }
    }
}
