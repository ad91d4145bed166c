import Fluent
import Foundation
import SamspilCore

/// A case that travels in the demo, from the real minutes and back to them: Midtklyngen's steering group
/// approved its new terms of reference on 18 June 2021 (item 2) and sends them to Sundhedsstyregruppen for
/// information; Sundhedsstyregruppen treats them at a meeting of its own and sends them back for
/// implementation; Midtklyngen takes them up on 16 September 2022 ("Revision af kommissorium", item 3).
/// Sundhedsstyregruppen's meeting is made up for the demo (the fixtures hold no minutes of it), and its
/// decision says so.
enum DemoReferrals {
    static func store(on database: any Database) async throws {
        guard let cluster = try await BodyModel.query(on: database).filter(\.$slug == "midtklyngen-klyngestyregruppe").first()?.domain(),
              let steeringGroup = try await BodyModel.query(on: database).filter(\.$slug == "sundhedsstyregruppen").first()?.domain(),
              let terms = try await DemoRegisters.item(2, of: "2021-06-18", in: cluster, on: database),
              let revision = try await DemoRegisters.item(3, of: "2022-09-16", in: cluster, on: database),
              let sent = CalendarDay(iso: "2021-06-18"), let treated = CalendarDay(iso: "2021-09-02"),
              let due = CalendarDay(iso: "2021-09-30"), let back = CalendarDay(iso: "2022-12-31") else {
            throw DemoRotationPlans.MissingDemoData(
                description: "The demo's referral needs items 2 of 18 June 2021 and 3 of 16 September 2022 of Midtklyngen.")
        }
        let referrals = Referrals(database: database)
        let up = try await referrals.refer(terms, of: cluster, to: [steeringGroup.id], purpose: .information, due: due, today: sent)

        let meeting = Meeting(bodyID: steeringGroup.id, date: treated, start: TimeOfDay(hour: 13, minute: 0), end: TimeOfDay(hour: 15, minute: 0),
                              location: "Regionshuset Viborg", status: .minutesApproved)
        try await MeetingModel(meeting).create(on: database)
        let item = AgendaItem(meetingID: meeting.id, position: 0, number: 1, title: terms.title, presenter: "Fællessekretariatet", sections: [
            ItemSection(kind: .recommendation, text: "At Sundhedsstyregruppen tager orienteringen om Midtklyngens nye kommissorium til efterretning."),
            ItemSection(kind: .decision, text: "Sundhedsstyregruppen tog orienteringen til efterretning og sender kommissoriet tilbage til "
                + "klyngen til implementering. (Mødet er opdigtet til demoen.)"),
        ])
        try await AgendaStore(database: database).insert(item, at: nil, meeting: meeting)
        try await takeUp(up.first?.id, by: item.id, on: database)
        let down = try await referrals.refer(item, of: steeringGroup, to: [cluster.id], purpose: .implementation, due: back, today: treated)
        try await takeUp(down.first?.id, by: revision.id, on: database)
        try await SearchIndex(database: database).reindex(meetings: [meeting.id])
    }

    private static func takeUp(_ referralID: UUID?, by itemID: UUID, on database: any Database) async throws {
        guard let referral = try await BacklogItemModel.find(referralID, on: database) else { return }
        referral.scheduledItemID = itemID
        try await referral.save(on: database)
    }
}
