import SamspilCore
import Testing

@Suite("Days and times")
struct CalendarTests {
    @Test func calendarDayParsesISOAndRejectsDaysThatDoNotExist() {
        #expect(CalendarDay(iso: "2021-06-18") == CalendarDay(year: 2021, month: 6, day: 18))
        #expect(CalendarDay(iso: "2024-02-29") != nil, "leap day")
        #expect(CalendarDay(iso: "2023-02-29") == nil)
        #expect(CalendarDay(iso: "2021-13-01") == nil)
        #expect(CalendarDay(iso: "2021-6-18") == nil)
        #expect(CalendarDay(iso: "18-06-2021") == nil)
        #expect(CalendarDay(year: 2021, month: 6, day: 18)?.iso == "2021-06-18")
    }

    @Test func timeOfDayReadsDanishForms() {
        #expect(TimeOfDay("08:30") == TimeOfDay(hour: 8, minute: 30))
        #expect(TimeOfDay("8.25") == TimeOfDay(hour: 8, minute: 25))
        #expect(TimeOfDay("13.00")?.description == "13:00")
        #expect(TimeOfDay("24:00") == nil)
        #expect(TimeOfDay("8.5") == nil)
        #expect(TimeOfDay(hour: 8, minute: 5)?.danish == "8.05")
    }
}

@Suite("Memberships")
struct MembershipTests {
    let june18 = CalendarDay(year: 2021, month: 6, day: 18)!
    let september16 = CalendarDay(year: 2022, month: 9, day: 16)!

    @Test func aPeriodCannotEndBeforeItStarts() {
        #expect(throws: DayPeriod.Error.endsBeforeItStarts(start: september16, end: june18)) {
            try DayPeriod(start: september16, end: june18)
        }
    }

    @Test func aPeriodIncludesBothEndsAndAnOpenOneNeverEnds() throws {
        let period = try DayPeriod(start: june18, end: september16)
        #expect(period.contains(june18))
        #expect(period.contains(september16))
        #expect(!period.contains(CalendarDay(year: 2022, month: 9, day: 17)!))
        #expect(!period.contains(CalendarDay(year: 2021, month: 6, day: 17)!))
        #expect(try DayPeriod(start: june18).contains(CalendarDay(year: 2090, month: 1, day: 1)!))
    }

    @Test func periodsOverlapWhenTheyShareADay() throws {
        let first = try DayPeriod(start: june18, end: september16)
        #expect(first.overlaps(try DayPeriod(start: september16)))
        #expect(!first.overlaps(try DayPeriod(start: CalendarDay(year: 2022, month: 9, day: 17)!)))
        #expect(try DayPeriod(start: june18).overlaps(try DayPeriod(start: september16)))
    }

    @Test func aMembershipIsActiveWithinItsPeriod() throws {
        let membership = Membership(personID: .init(), bodyID: .init(), organisationID: nil, role: .coChair,
                                    title: "hospitalsdirektør", period: try DayPeriod(start: june18, end: september16))
        #expect(membership.isActive(on: june18))
        #expect(!membership.isActive(on: CalendarDay(year: 2023, month: 1, day: 1)!))
        #expect(Membership.Role.allCases.sorted { $0.rank < $1.rank }.first == .coChair)
    }
}
