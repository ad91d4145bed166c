import Foundation
import SamspilCore
import Testing

/// The rules of the structure and the registers: ending seats and handing a chair over, the stages of
/// agreements and development tasks, the order of the initiatives table, and terms of reference in force.
@Suite("Structure and registers")
struct CooperationRegisterTests {
    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    static let body = UUID()

    static func seat(_ role: Membership.Role, from: String, person: UUID = UUID(), organisation: UUID? = UUID()) throws -> Membership {
        Membership(personID: person, bodyID: body, organisationID: organisation, role: role, title: "direktør",
                   period: try DayPeriod(start: try day(from)))
    }

    @Test func endingASeatKeepsItWithAnEndDate() throws {
        let member = try Self.seat(.member, from: "2021-01-01")
        let ended = try MembershipChange.end(member, on: try Self.day("2024-06-30"), handover: nil)
        #expect(ended.count == 1)
        #expect(ended[0].id == member.id && ended[0].period.start == member.period.start)
        let lastDay = try Self.day("2024-06-30")
        #expect(ended[0].period.end == lastDay)
        #expect(throws: MembershipChange.Problem.alreadyEnded) { try MembershipChange.end(ended[0], on: try Self.day("2024-07-01")) }
        // A planned end may come earlier.
        let earlier = try Self.day("2024-03-31")
        #expect(try MembershipChange.end(ended[0], on: earlier).period.end == earlier)
        #expect(throws: MembershipChange.Problem.endsBeforeStart) { try MembershipChange.end(member, on: try Self.day("2020-12-31")) }
    }

    @Test func aChairThatEndsAsksWhoTakesOver() throws {
        let chair = try Self.seat(.coChair, from: "2021-01-01")
        let member = try Self.seat(.member, from: "2022-03-01")
        let day = try Self.day("2024-06-30")
        #expect(throws: MembershipChange.Problem.successorUndecided) { try MembershipChange.end(chair, on: day, handover: nil) }
        #expect(try MembershipChange.end(chair, on: day, handover: .nobodyYet).map(\.id) == [chair.id])

        let changed = try MembershipChange.end(chair, on: day, handover: .to(member))
        #expect(changed.count == 3)
        #expect(changed[0].id == chair.id && changed[0].period.end == day)
        #expect(changed[1].id == member.id && changed[1].period.end == day && changed[1].role == .member,
                "the successor's seat as member ends, and stays in their history")
        let newChair = changed[2]
        #expect(newChair.personID == member.personID && newChair.role == .coChair && newChair.organisationID == member.organisationID)
        let dayAfter = try Self.day("2024-07-01")
        #expect(newChair.title == member.title && newChair.period.start == dayAfter && newChair.period.end == nil)
    }

    @Test func theSuccessorMustSitInTheBodyOnTheDay() throws {
        let chair = try Self.seat(.coChair, from: "2021-01-01")
        let day = try Self.day("2024-06-30")
        let later = try Self.seat(.member, from: "2024-08-01")
        #expect(throws: MembershipChange.Problem.successorNotSeated) { try MembershipChange.end(chair, on: day, handover: .to(later)) }
        #expect(throws: MembershipChange.Problem.successorNotSeated) { try MembershipChange.end(chair, on: day, handover: .to(chair)) }
        let otherChair = try Self.seat(.coChair, from: "2022-01-01")
        #expect(throws: MembershipChange.Problem.successorNotSeated) { try MembershipChange.end(chair, on: day, handover: .to(otherChair)) }
        var leaving = try Self.seat(.member, from: "2022-01-01")
        leaving.period = try DayPeriod(start: try Self.day("2022-01-01"), end: day)
        #expect(throws: MembershipChange.Problem.successorNotSeated) { try MembershipChange.end(chair, on: day, handover: .to(leaving)) }
        var elsewhere = try Self.seat(.member, from: "2020-01-01")
        elsewhere.bodyID = UUID()
        #expect(throws: MembershipChange.Problem.successorNotSeated) { try MembershipChange.end(chair, on: day, handover: .to(elsewhere)) }
    }

    @Test func anAgreementPassesItsStagesInOrder() throws {
        let agreement = CooperationCase(kind: .agreement, title: "Samarbejdsaftale om den gode indlæggelse og udskrivelse", owningBodyID: UUID())
        #expect(agreement.kind.stages == [.termsOfReference, .drafting, .comments, .approval, .implementation])
        #expect(CooperationCase.Kind.developmentTask.stages == [.frame, .developmentAndTest, .comments, .approval, .spread])
        #expect(agreement.currentStage([]) == .termsOfReference)
        let done = { (stage: CooperationCase.Stage) in
            CooperationCase.StageRecord(stage: stage, started: try? Self.day("2020-01-01"), completed: try? Self.day("2020-06-01"))
        }
        let ongoing = CooperationCase.StageRecord(stage: .implementation, started: try Self.day("2021-06-01"))
        #expect(ongoing.state == .ongoing && done(.drafting).state == .done && CooperationCase.StageRecord(stage: .comments).state == .notStarted)
        #expect(agreement.currentStage([done(.termsOfReference), done(.drafting)]) == .comments)
        // A stage left open before a later one is done is still where the case stands.
        #expect(agreement.currentStage([done(.termsOfReference), done(.comments)]) == .drafting)
        let all = [done(.termsOfReference), done(.drafting), done(.comments), done(.approval), ongoing]
        #expect(agreement.currentStage(all) == .implementation)
        #expect(agreement.currentStage(all.dropLast() + [done(.implementation)]) == nil)
    }

    @Test func aStageCannotEndBeforeItStarts() throws {
        #expect(throws: CooperationCase.DatesError.endsWithoutStart) {
            try CooperationCase.checkDates(started: nil, ended: try Self.day("2021-01-01"))
        }
        #expect(throws: CooperationCase.DatesError.endsBeforeItStarts) {
            try CooperationCase.checkDates(started: try Self.day("2021-02-01"), ended: try Self.day("2021-01-01"))
        }
        try CooperationCase.checkDates(started: try Self.day("2021-01-01"), ended: try Self.day("2021-01-01"))
        try CooperationCase.checkDates(started: nil, ended: nil)
    }

    @Test func theInitiativesTableHasAClusterEachOpenOnesFirst() throws {
        let initiatives = [
            Initiative(title: "TeleKOL", status: .paused),
            Initiative(title: "Afsluttet projekt", cluster: "Midtklyngen", start: try Self.day("2015-01-01"), status: .completed),
            Initiative(title: "Livets Afslutning", cluster: "Midtklyngen", start: try Self.day("2021-05-01"), status: .ongoing),
            Initiative(title: "Fælles Gravidteam", cluster: "Midtklyngen", start: try Self.day("2016-07-01"), status: .ongoing),
            Initiative(title: "Uden dato", cluster: "Midtklyngen", status: .planned),
            Initiative(title: "Akutteam", cluster: "Aarhusklyngen", status: .ongoing),
        ]
        let tables = Initiative.tablesByCluster(initiatives)
        #expect(tables.map(\.cluster) == ["Aarhusklyngen", "Midtklyngen", nil], "clusters by name, the region's last")
        #expect(tables[1].initiatives.map(\.title) == ["Fælles Gravidteam", "Livets Afslutning", "Uden dato", "Afsluttet projekt"])
    }

    @Test func theTermsInForceAreTheNewestApprovedByTheDay() throws {
        let first = TermsOfReference(bodyID: Self.body, approved: try Self.day("2017-03-01"), text: "Første")
        let second = TermsOfReference(bodyID: Self.body, approved: try Self.day("2021-06-18"), text: "Anden")
        #expect(TermsOfReference.inForce([second, first], on: try Self.day("2020-01-01"))?.text == "Første")
        #expect(TermsOfReference.inForce([first, second], on: try Self.day("2021-06-18"))?.text == "Anden")
        #expect(TermsOfReference.inForce([first, second], on: try Self.day("2016-01-01")) == nil)
    }
}
