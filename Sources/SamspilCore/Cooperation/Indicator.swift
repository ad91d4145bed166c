import Foundation

/// A figure the cooperation follows an agreement with ("datapakke"): e.g. referrals from the hospitals
/// to the municipalities' smoking-cessation courses, per cluster, per quarter, against a target.
public struct Indicator: Identifiable, Equatable, Sendable {
    public var id: UUID
    public var name: String
    /// "henvisninger", "%", "kr."
    public var unit: String
    /// The target each group is measured against in each period, if the agreement sets one.
    public var target: Double?
    /// What the figures are broken down by.
    public var breakdown: Breakdown
    public var description: String?

    public init(id: UUID = UUID(), name: String, unit: String, target: Double? = nil, breakdown: Breakdown,
                description: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.target = target
        self.breakdown = breakdown
        self.description = description
    }

    public enum Breakdown: String, Sendable, CaseIterable {
        case cluster
        case organisation
    }
}

/// One figure: a group's value in a period.
public struct IndicatorValue: Equatable, Sendable {
    public var period: IndicatorPeriod
    /// The cluster or organisation, by name.
    public var group: String
    public var value: Double

    public init(period: IndicatorPeriod, group: String, value: Double) {
        self.period = period
        self.group = group
        self.value = value
    }
}

/// A year, a quarter or a month: "2024", "2024-K1" (Danish) or "2024-Q1", "2024-03".
public struct IndicatorPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: Int, Sendable { case year, quarter, month }

    public let year: Int
    public let kind: Kind
    /// The quarter (1–4) or month (1–12); 0 for a year.
    public let number: Int

    public init?(year: Int, quarter: Int) {
        guard (1000...9999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        kind = .quarter
        number = quarter
    }

    public init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        kind = .month
        number = month
    }

    public init?(year: Int) {
        guard (1000...9999).contains(year) else { return nil }
        self.year = year
        kind = .year
        number = 0
    }

    /// Reads "2024", "2024-K1", "2024 K1", "2024-Q1", "K1 2024", "Q1-2024", "2024-03".
    public init?(_ text: String) {
        let parts = text.uppercased().split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(String.init)
        switch parts.count {
        case 1:
            guard parts[0].count == 4, let year = Int(parts[0]) else { return nil }
            self.init(year: year)
        case 2:
            let (yearText, other) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
            guard yearText.count == 4, let year = Int(yearText) else { return nil }
            if let first = other.first, first == "K" || first == "Q", let quarter = Int(other.dropFirst()) {
                self.init(year: year, quarter: quarter)
            } else if other.count <= 2, let month = Int(other) {
                self.init(year: year, month: month)
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    /// "2024-K1", "2024-03", "2024": the form it is stored and sorted in.
    public var description: String {
        switch kind {
        case .year: String(year)
        case .quarter: "\(year)-K\(number)"
        case .month: String(format: "%04d-%02d", year, number)
        }
    }

    public static func < (lhs: IndicatorPeriod, rhs: IndicatorPeriod) -> Bool {
        (lhs.year, lhs.kind.rawValue, lhs.number) < (rhs.year, rhs.kind.rawValue, rhs.number)
    }
}
