import Foundation

/// A body's plan of who holds its two co-chairs, period by period (rotationsplan): one chair from the
/// regional side (a hospital unit, psychiatry), one from a municipality, the municipal seat passing
/// from municipality to municipality. The current co-chairs are read off the plan, and the plan is
/// checked against the rules the body has switched on.
public struct RotationPlan: Equatable, Sendable {
    public var periods: [Period]

    public init(periods: [Period]) {
        self.periods = periods.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// One line of the plan: "2021-2022: HE Midt og Silkeborg Kommune".
    public struct Period: Identifiable, Equatable, Sendable {
        public var id: UUID
        public var start: CalendarDay
        /// The last day of the period.
        public var end: CalendarDay
        public var chairs: [Chair]

        public init(id: UUID = UUID(), start: CalendarDay, end: CalendarDay, chairs: [Chair]) {
            self.id = id
            self.start = start
            self.end = end
            self.chairs = chairs
        }

        public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

        public func chair(on side: Side) -> Chair? { chairs.first { $0.side == side } }
    }

    /// A seat of the plan: the organisation that holds it and, once named, the person.
    public struct Chair: Equatable, Sendable {
        public var organisationID: UUID
        public var side: Side
        public var personID: UUID?

        public init(organisationID: UUID, side: Side, personID: UUID? = nil) {
            self.organisationID = organisationID
            self.side = side
            self.personID = personID
        }
    }

    /// Which side of the cooperation a chair comes from.
    public enum Side: String, Sendable, CaseIterable {
        case region
        case municipality
        case other

        public init(_ kind: Organisation.Kind) {
            switch kind {
            case .hospitalUnit, .psychiatry, .region: self = .region
            case .municipality: self = .municipality
            case .generalPractice, .patientOrganisation, .research, .other: self = .other
            }
        }
    }

    /// The period that holds `day`: the first, should two overlap (which `warnings` reports).
    public func period(on day: CalendarDay) -> Period? {
        periods.first { $0.contains(day) }
    }

    /// The co-chairs on `day`, as the plan gives them; none outside every period.
    public func chairs(on day: CalendarDay) -> [Chair] {
        period(on: day)?.chairs ?? []
    }

    /// What is wrong with the plan: always overlapping periods, a gap between periods and a period
    /// without a chair from each of the two sides; the rules only when the body has switched them on.
    public func warnings(rules: Set<RotationRule>) -> [RotationWarning] {
        var warnings: [RotationWarning] = []
        for period in periods {
            for side in [Side.region, .municipality] where period.chair(on: side) == nil {
                warnings.append(.missingSide(period: period.id, side: side))
            }
        }
        for (earlier, later) in zip(periods, periods.dropFirst()) {
            if later.start <= earlier.end {
                warnings.append(.overlap(earlier: earlier.id, later: later.id))
            } else if let next = earlier.end.next, next < later.start {
                warnings.append(.gap(after: earlier.id, before: later.id))
            }
            if rules.contains(.sidesChangeInDifferentYears),
               Self.changes(from: earlier, to: later, on: .region), Self.changes(from: earlier, to: later, on: .municipality) {
                warnings.append(.bothSidesChange(from: earlier.id, to: later.id, on: later.start))
            }
        }
        return warnings
    }

    /// Whether the chair of `side` passes to another organisation or, where both name one, another person.
    static func changes(from earlier: Period, to later: Period, on side: Side) -> Bool {
        guard let before = earlier.chair(on: side), let after = later.chair(on: side) else { return false }
        if before.organisationID != after.organisationID { return true }
        if let first = before.personID, let second = after.personID { return first != second }
        return false
    }
}

/// A rule a body can switch on for its rotation plan.
public enum RotationRule: String, Sendable, CaseIterable {
    /// "Medformænd fra HE Midt går ikke på valg samme år, som de kommunale medformænd skifter": the two
    /// sides never change at the same time, so one experienced co-chair always stays.
    case sidesChangeInDifferentYears
}

/// A problem with a rotation plan, naming the periods it concerns.
public enum RotationWarning: Equatable, Sendable {
    case overlap(earlier: UUID, later: UUID)
    case gap(after: UUID, before: UUID)
    case missingSide(period: UUID, side: RotationPlan.Side)
    case bothSidesChange(from: UUID, to: UUID, on: CalendarDay)
}
