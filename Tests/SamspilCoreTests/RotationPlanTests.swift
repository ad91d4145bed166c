import Foundation
import SamspilCore
import Testing

/// The rotation plan of Midtklyngen's steering group as the minutes of 18 June 2021 give it, typing
/// error in the years included ("2023-2024", then "2024-2025"), which the minutes themselves point out.
@Suite("Rotation plans")
struct RotationPlanTests {
    static let hospital = UUID()
    static let silkeborg = UUID()
    static let viborg = UUID()
    static let skive = UUID()

    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    static func period(_ from: Int, _ to: Int, _ municipality: UUID, hospitalChair: UUID? = nil) throws -> RotationPlan.Period {
        RotationPlan.Period(start: try day("\(from)-01-01"), end: try day("\(to)-12-31"), chairs: [
            .init(organisationID: hospital, side: .region, personID: hospitalChair),
            .init(organisationID: municipality, side: .municipality),
        ])
    }

    static func asInTheMinutes() throws -> RotationPlan {
        RotationPlan(periods: [try period(2024, 2025, skive), try period(2021, 2022, silkeborg), try period(2023, 2024, viborg)])
    }

    @Test func theCurrentCoChairsAreReadOffThePlan() throws {
        let plan = try Self.asInTheMinutes()
        #expect(plan.chairs(on: try Self.day("2021-06-18")).map(\.organisationID) == [Self.hospital, Self.silkeborg])
        #expect(plan.chairs(on: try Self.day("2022-12-31")).map(\.organisationID) == [Self.hospital, Self.silkeborg])
        #expect(plan.chairs(on: try Self.day("2023-01-01")).map(\.organisationID) == [Self.hospital, Self.viborg])
        #expect(plan.chairs(on: try Self.day("2025-06-01")).map(\.organisationID) == [Self.hospital, Self.skive])
        #expect(plan.chairs(on: try Self.day("2020-12-31")).isEmpty, "before the plan")
        #expect(plan.chairs(on: try Self.day("2026-01-01")).isEmpty, "after the plan")
    }

    @Test func theTypingErrorInTheYearsIsAnOverlap() throws {
        let plan = try Self.asInTheMinutes()
        let ids = plan.periods.map(\.id)
        #expect(plan.warnings(rules: []) == [.overlap(earlier: ids[1], later: ids[2])])
        // 2024 is in both: the first period that holds it decides, until the plan is put right.
        #expect(plan.chairs(on: try Self.day("2024-03-01")).map(\.organisationID) == [Self.hospital, Self.viborg])

        let corrected = RotationPlan(periods: [try Self.period(2021, 2022, Self.silkeborg), try Self.period(2023, 2024, Self.viborg),
                                               try Self.period(2025, 2026, Self.skive)])
        #expect(corrected.warnings(rules: Set(RotationRule.allCases)).isEmpty)
    }

    @Test func aGapAndAMissingSideAreReported() throws {
        let first = try Self.period(2021, 2022, Self.silkeborg)
        var lonely = try Self.period(2024, 2025, Self.viborg)
        lonely.chairs.removeAll { $0.side == .region }
        let plan = RotationPlan(periods: [first, lonely])
        #expect(plan.warnings(rules: []) == [.missingSide(period: lonely.id, side: .region), .gap(after: first.id, before: lonely.id)])
    }

    /// The rule the 2021 minutes ask for: HE Midt's co-chair is not replaced in the year the municipal
    /// co-chair changes. Only a body that switched it on is warned.
    @Test func bothSidesChangingTogetherBreaksTheRuleWhenItIsOn() throws {
        let anne = UUID()
        let claus = UUID()
        let first = try Self.period(2021, 2022, Self.silkeborg, hospitalChair: anne)
        let together = try Self.period(2023, 2024, Self.viborg, hospitalChair: claus)
        let plan = RotationPlan(periods: [first, together])
        #expect(plan.warnings(rules: []).isEmpty)
        #expect(plan.warnings(rules: [.sidesChangeInDifferentYears])
            == [.bothSidesChange(from: first.id, to: together.id, on: try Self.day("2023-01-01"))])

        // The hospital's chair stays over the municipal change, and changes a period later on its own: fine.
        let stays = try Self.period(2023, 2024, Self.viborg, hospitalChair: anne)
        let alone = try Self.period(2025, 2026, Self.viborg, hospitalChair: claus)
        #expect(RotationPlan(periods: [first, stays, alone]).warnings(rules: [.sidesChangeInDifferentYears]).isEmpty)
        // Without named people a change of organisation on both sides still counts.
        let unnamed = RotationPlan(periods: [try Self.period(2021, 2022, Self.silkeborg),
                                             .init(start: try Self.day("2023-01-01"), end: try Self.day("2024-12-31"), chairs: [
                                                 .init(organisationID: UUID(), side: .region), .init(organisationID: Self.viborg, side: .municipality)])])
        #expect(unnamed.warnings(rules: [.sidesChangeInDifferentYears]).count == 1)
    }

    @Test func theDayAfterCrossesMonthsYearsAndLeapDays() throws {
        #expect(try Self.day("2024-02-28").next == (try Self.day("2024-02-29")))
        #expect(try Self.day("2023-02-28").next == (try Self.day("2023-03-01")))
        #expect(try Self.day("2022-12-31").next == (try Self.day("2023-01-01")))
    }
}
