import Foundation

/// A party of the cooperation that people represent: a municipality, a hospital unit, psychiatry, ...
public struct Organisation: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var name: String
    public var kind: Kind

    public init(id: UUID = UUID(), name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// The full name of an organisation written with a common abbreviation: minutes write "HE Midt" in one
    /// list and "Hospitalsenhed Midt" in the next, and both are the same party.
    public static func fullName(_ name: String) -> String {
        let trimmed = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (abbreviation, full) in abbreviations where trimmed.hasPrefix(abbreviation + " ") {
            return full + trimmed.dropFirst(abbreviation.count)
        }
        return trimmed
    }

    /// Prefixes Danish health organisations are abbreviated by.
    static let abbreviations = [("HE", "Hospitalsenhed"), ("RH", "Regionshospitalet")]

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case municipality
        case hospitalUnit
        case psychiatry
        case generalPractice
        case region
        case patientOrganisation
        case research
        case other

        /// Recognises the kind from the name as the minutes write it ("Skive Kommune", "HE Midt",
        /// "Regionspsykiatrien", "Almen praksis"): there is no other source for it in imported minutes.
        public init(guessingFrom name: String) {
            let lower = name.lowercased()
            if lower.contains("kommune") {
                self = .municipality
            } else if lower.contains("psykiatri") {
                self = .psychiatry
            } else if lower.contains("hospital") || lower.hasPrefix("he ") || lower.contains("regionshospital") {
                self = .hospitalUnit
            } else if lower.contains("praksis") || lower.contains("plo") {
                self = .generalPractice
            } else if lower.hasPrefix("region") {
                self = .region
            } else if lower.contains("institut") || lower.contains("universitet") || lower.hasSuffix(" au") {
                self = .research
            } else if lower.contains("rådet") || lower.contains("forening") || lower.contains("brugerråd") {
                self = .patientOrganisation
            } else {
                self = .other
            }
        }
    }
}
