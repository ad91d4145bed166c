import Foundation
import SamspilCore
import Testing

@Suite("Agenda")
struct AgendaTests {
    let meetingID = UUID()

    func item(_ position: Int, _ number: Int?, _ title: String = "Punkt") -> AgendaItem {
        AgendaItem(meetingID: meetingID, position: position, number: number, title: title)
    }

    @Test func itemsAreOrderedByPositionThenNumber() {
        let items = [item(2, 3), item(0, 1), item(1, nil, "Mundtlige orienteringer"), item(1, 2)]
        #expect(items.inAgendaOrder().map(\.number) == [1, 2, nil, 3])
    }

    @Test func numberingMayStartAnywhereButGapsAreFound() {
        // Numbering that runs on through the year: the first item of a meeting may be 49.
        #expect([item(0, 49), item(1, 50), item(2, nil), item(3, 51)].numberingGaps().isEmpty)
        let gaps = [item(0, 1), item(1, 2), item(2, 4)].numberingGaps()
        #expect(gaps.count == 1)
        #expect(gaps.first?.after == 2 && gaps.first?.next == 4)
    }

    @Test func theRecommendationTellsTheKindOfItem() {
        #expect(AgendaItemKind(recommendation: "At klyngestyregruppen godkender dagsordenen") == .decision)
        #expect(AgendaItemKind(recommendation: "At klyngestyregruppen drøfter og godkender forslaget") == .decision)
        #expect(AgendaItemKind(recommendation: "At klyngestyregruppen drøfter budgettet") == .discussion)
        #expect(AgendaItemKind(recommendation: "At klyngestyregruppen tager orienteringen til efterretning") == .briefing)
        #expect(AgendaItemKind(recommendation: "Punktet er til inspiration") == nil)
    }

    @Test func anItemsDecisionIsItsDecisionSections() {
        #expect(item(0, 1).decision == nil)
        let item = AgendaItem(meetingID: meetingID, position: 0, number: 1, title: "Punkt",
                              sections: [.init(kind: .recommendation, text: "At gruppen godkender"),
                                         .init(kind: .decision, heading: "Referat", text: "Godkendt.")])
        #expect(item.decision == "Godkendt.")
        // Without a kind given, the recommendation's verb tells it.
        #expect(item.kind == .decision)
    }
}

@Suite("Meeting life cycle")
struct MeetingLifeCycleTests {
    @Test func stepsAreTakenOneAtATimeInOrder() {
        #expect(MeetingStatus.planned.next == .agendaPublished)
        #expect(MeetingStatus.planned.canAdvance(to: .agendaPublished))
        #expect(!MeetingStatus.planned.canAdvance(to: .held), "an agenda is published before the meeting")
        #expect(!MeetingStatus.held.canAdvance(to: .minutesApproved), "minutes are drafted before approval")
        #expect(MeetingStatus.minutesApproved.next == nil)
    }

    @Test func onlyApprovedMinutesArePublic() {
        #expect(!MeetingStatus.minutesDraft.minutesArePublic)
        #expect(MeetingStatus.minutesApproved.minutesArePublic)
        #expect(!MeetingStatus.planned.agendaIsPublic)
        #expect(MeetingStatus.held.agendaIsPublic)
    }
}

@Suite("Bodies and organisations")
struct BodyTests {
    @Test func hierarchyPutsParentsBeforeTheirChildren() {
        let region = Body(slug: "ssg", name: "Sundhedsstyregruppen", kind: .steeringGroup)
        let cluster = Body(slug: "k", name: "Klyngestyregruppen", kind: .clusterSteeringGroup, parentID: region.id)
        let theme = Body(slug: "t", name: "Temagruppe", kind: .themeGroup, parentID: cluster.id)
        let other = Body(slug: "a", name: "Arbejdsgruppe", kind: .workingGroup)
        let ordered = Body.hierarchyOrder([theme, other, cluster, region])
        #expect(ordered.map(\.body.slug) == ["a", "ssg", "k", "t"])
        #expect(ordered.map(\.depth) == [0, 0, 1, 2])
    }

    @Test func slugsSpellOutDanishLetters() {
        #expect(Slug.make("Temagruppen for børn, unge og familie") == "temagruppen-for-boern-unge-og-familie")
        #expect(Slug.make("Sundhedsstyregruppen – Region Midt") == "sundhedsstyregruppen-region-midt")
        #expect(Slug.make("Ærø Kommune") == "aeroe-kommune")
    }

    @Test func organisationKindIsRecognisedFromTheName() {
        #expect(Organisation.Kind(guessingFrom: "Skive Kommune") == .municipality)
        #expect(Organisation.Kind(guessingFrom: "Hospitalsenhed Midt") == .hospitalUnit)
        #expect(Organisation.Kind(guessingFrom: "HE Midt") == .hospitalUnit)
        #expect(Organisation.Kind(guessingFrom: "Regionspsykiatrien") == .psychiatry)
        #expect(Organisation.Kind(guessingFrom: "Almen praksis") == .generalPractice)
        #expect(Organisation.Kind(guessingFrom: "Region Midtjylland") == .region)
        #expect(Organisation.Kind(guessingFrom: "Noget helt andet") == .other)
    }

    @Test func abbreviatedOrganisationNamesAreWrittenOut() {
        #expect(Organisation.fullName("HE Midt") == "Hospitalsenhed Midt")
        #expect(Organisation.fullName("RH  Viborg") == "Regionshospitalet Viborg")
        #expect(Organisation.fullName("HEMA Kommune") == "HEMA Kommune")
        #expect(Organisation.fullName("Skive Kommune") == "Skive Kommune")
    }

    @Test func followUpActionsAreOverdueOnlyWhileOpen() {
        let due = CalendarDay(year: 2024, month: 6, day: 11)!
        var action = FollowUpAction(itemID: UUID(), text: "Status", owner: .named("Anja"), due: due)
        #expect(!action.isOverdue(on: due))
        #expect(action.isOverdue(on: CalendarDay(year: 2024, month: 6, day: 12)!))
        action.state = .done
        #expect(!action.isOverdue(on: CalendarDay(year: 2024, month: 6, day: 12)!))
    }
}
