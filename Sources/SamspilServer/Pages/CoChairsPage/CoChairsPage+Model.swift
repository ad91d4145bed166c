import Foundation
import SamspilCore

/// A body's co-chairs: who holds the chairs today, read off the rotation plan; the plan period by
/// period with what is wrong with it; the body's rules; and, for its secretary, the forms to change it.
enum CoChairsPage {
    struct Model {
        let body: Body
        let today: CalendarDay
        var current: [Chair]
        var periods: [Row]
        var warnings: [RotationWarning]
        var rules: [(rule: RotationRule, isOn: Bool)]
        var mayEdit: Bool
        /// The organisations a secretary chooses from, by side.
        var organisations: [RotationPlan.Side: [Choice]]
        /// The body's members, to name the person of a chair.
        var people: [Choice]
        var form = PeriodForm()
        var notice: CooperationText?

        struct Chair {
            let side: RotationPlan.Side
            let organisation: String
            /// The person holding the chair: named in the plan, or the body's co-chair for the organisation.
            let person: String?
        }

        struct Row {
            let period: RotationPlan.Period
            let region: String
            let municipality: String
            let isCurrent: Bool
        }

        struct Choice: Equatable {
            let value: String
            let label: String
        }
    }

    /// A new period as typed: years or dates, and the organisations (and people) of the two chairs.
    struct PeriodForm: PostedForm, Equatable {
        enum Field: String, CaseIterable {
            case from, to, regionOrganisation = "region_organisation", regionPerson = "region_person"
            case municipalOrganisation = "municipal_organisation", municipalPerson = "municipal_person"
        }

        var values: [Field: String] = [:]
        var errors: [Field: CooperationText] = [:]

        /// The period, or nil with the errors set. A year alone means its first day in `from` and its
        /// last in `to`.
        mutating func period(organisationSides: [UUID: RotationPlan.Side], people: Set<UUID>) -> RotationPlan.Period? {
            errors = [:]
            let start = Self.day(self[.from], endOfYear: false)
            let end = Self.day(self[.to], endOfYear: true)
            if start == nil { errors[.from] = .dateInvalid }
            if end == nil { errors[.to] = .dateInvalid }
            if let start, let end, end < start { errors[.to] = .toBeforeFrom }
            var chairs: [RotationPlan.Chair] = []
            for (organisationField, personField, side) in [(Field.regionOrganisation, Field.regionPerson, RotationPlan.Side.region),
                                                           (.municipalOrganisation, .municipalPerson, .municipality)] {
                guard let id = UUID(uuidString: self[organisationField]), organisationSides[id] == side else {
                    errors[organisationField] = .organisationMissing
                    continue
                }
                let person = UUID(uuidString: self[personField]).flatMap { people.contains($0) ? $0 : nil }
                chairs.append(.init(organisationID: id, side: side, personID: person))
            }
            guard errors.isEmpty, let start, let end else { return nil }
            return RotationPlan.Period(start: start, end: end, chairs: chairs)
        }

        static func day(_ text: String, endOfYear: Bool) -> CalendarDay? {
            let text = text.trimmingCharacters(in: .whitespaces)
            if text.count == 4, let year = Int(text) {
                return endOfYear ? CalendarDay(year: year, month: 12, day: 31) : CalendarDay(year: year, month: 1, day: 1)
            }
            return CalendarDay(entered: text)
        }
    }
}
