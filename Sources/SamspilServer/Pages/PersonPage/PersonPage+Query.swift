import Fluent
import Foundation
import SamspilCore

extension PersonPage.Model {
    static func query(id: UUID, viewer: Viewer, on database: any Database) async throws -> Self? {
        guard let person = try await PersonModel.find(id, on: database)?.domain() else { return nil }

        let memberships = try await MembershipModel.query(on: database).filter(\.$personID == id).all()
            .map { try $0.domain() }
        let bodies = try await BodyModel.query(on: database).filter(\.$id ~~ Set(memberships.map(\.bodyID))).all()
            .map { try $0.domain() }
        let organisationIDs = Set(memberships.compactMap(\.organisationID))
        let organisations = try await OrganisationModel.query(on: database).filter(\.$id ~~ organisationIDs).all()
            .map { try $0.domain() }
        let bodiesByID = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0) })
        let organisationNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })
        // Free text without contact details, unless the viewer reads everything of the body it comes from.
        func text(_ text: String, in bodyID: UUID) -> String {
            viewer.may(.readEverything, in: bodyID) ? text : ContactDetails.redacted(in: text)
        }
        let seats = memberships.compactMap { membership -> Seat? in
            guard let body = bodiesByID[membership.bodyID] else { return nil }
            return Seat(bodyName: body.name, bodyURL: .body(slug: body.slug), role: membership.role,
                        title: membership.title.map { text($0, in: body.id) },
                        organisation: membership.organisationID.flatMap { organisationNames[$0] }, period: membership.period)
        }.sorted { ($0.period.end == nil ? 0 : 1, $1.period.start) < ($1.period.end == nil ? 0 : 1, $0.period.start) }

        let attendance = try await AttendanceModel.query(on: database).filter(\.$personID == id).all()
            .map { try $0.domain() }
        // Presenters are written as text ("Peter Borup og Laura Kofod"), so items are found by the name.
        let itemModels = try await AgendaItemModel.query(on: database).filter(\.$presenter ~~ person.name).all()
        let meetingIDs = Set(attendance.map(\.meetingID)).union(itemModels.map(\.meetingID))
        let meetings = try await MeetingModel.query(on: database).filter(\.$id ~~ meetingIDs).all()
            .map { try $0.domain() }
        // What the viewer may read of each meeting: the agenda once it is out, the attendance with the
        // minutes (to the public once approved).
        func visibility(_ meetingID: UUID) -> MeetingPage.Model.Visibility {
            guard let meeting = meetings.first(where: { $0.id == meetingID }) else { return .hidden }
            return .init(status: meeting.status, readsEverything: viewer.may(.readEverything, in: meeting.bodyID))
        }
        let summaries = try await MeetingSummary.load(meetings, on: database)

        let presented = try itemModels.compactMap { model -> PresentedItem? in
            guard let summary = summaries[model.meetingID], visibility(model.meetingID) != .hidden else { return nil }
            let item = try model.domain(sections: [])
            return PresentedItem(meeting: summary, title: text(MeetingPage.numbered(item), in: summary.bodyID),
                                 url: summary.url.path + "#" + MeetingPage.anchor(of: item))
        }.sorted { $0.meeting.date > $1.meeting.date }
        let appearances = attendance.filter { visibility($0.meetingID) == .everything }.compactMap { row in
            summaries[row.meetingID].map { summary in
                Appearance(meeting: summary, status: row.status, note: row.note.map { text($0, in: summary.bodyID) })
            }
        }.sorted { $0.meeting.date > $1.meeting.date }

        // Contact details are for the members and secretariats of a body the person sits in.
        let showsContact = memberships.contains { viewer.may(.readEverything, in: $0.bodyID) }
        let contact = showsContact && (person.email != nil || person.phone != nil)
            ? Contact(email: person.email, phone: person.phone) : nil
        return Self(name: person.name, contact: contact, memberships: seats, presented: presented, appearances: appearances)
    }
}
