import Fluent
import SamspilCore

extension MeetingPage.Model {
    /// nil when the body or the meeting does not exist, or the viewer may not see it yet.
    static func query(bodySlug: String, key: MeetingKey, viewer: Viewer, on database: any Database) async throws -> Self? {
        guard let body = try await BodyModel.query(on: database).filter(\.$slug == bodySlug).first()?.domain() else {
            return nil
        }
        let sameDay = try await MeetingModel.query(on: database)
            .filter(\.$bodyID == body.id).filter(\.$date == key.date.iso).all().map { try $0.domain() }
        guard let meeting = sameDay.first(where: { MeetingKey.keys(for: sameDay)[$0.id] == key }) else { return nil }
        let visibility = Visibility(status: meeting.status, readsEverything: viewer.may(.readEverything, in: body.id))
        // A meeting whose agenda is not out yet does not exist for the public.
        guard visibility != .hidden else { return nil }

        let attendance = try await AttendanceModel.query(on: database).filter(\.$meetingID == meeting.id)
            .sort(\.$position).all().map { try $0.domain() }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ Set(attendance.map(\.personID))).all()
            .map { try $0.domain() }
        let organisations = try await OrganisationModel.query(on: database)
            .filter(\.$id ~~ Set(attendance.compactMap(\.organisationID))).all().map { try $0.domain() }
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        let organisationNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })

        func entries(_ status: Attendance.Status) -> [(organisation: String?, attendee: Attendee)] {
            attendance.filter { $0.status == status }.compactMap { row in
                guard let name = names[row.personID] else { return nil }
                return (row.organisationID.flatMap { organisationNames[$0] },
                        Attendee(name: name, url: .person(id: row.personID), title: row.title, note: row.note))
            }
        }

        let itemModels = try await AgendaItemModel.query(on: database).filter(\.$meetingID == meeting.id).all()
        let sectionModels = try await ItemSectionModel.query(on: database)
            .filter(\.$itemID ~~ Set(try itemModels.map { try $0.requireID() })).sort(\.$position).all()
        let sectionsByItem = Dictionary(grouping: sectionModels, by: \.itemID)
        let items = try itemModels.map { model in
            let sections = try (sectionsByItem[try model.requireID()] ?? []).map { try $0.domain() }
            return try model.domain(sections: visibility == .agendaOnly ? sections.filter { $0.kind != .decision } : sections)
        }.inAgendaOrder()

        let attachments = try await AttachmentModel.query(on: database).filter(\.$meetingID == meeting.id)
            .filter(\.$itemID == nil).sort(\.$position).all().map { try $0.domain() }

        return Self(
            bodyName: body.name, bodyURL: .body(slug: body.slug), meeting: meeting,
            present: OrganisationGroup.grouping(entries(.present)),
            apologies: OrganisationGroup.grouping(entries(.apologies)),
            absent: OrganisationGroup.grouping(entries(.absent)),
            guests: entries(.guest).map(\.attendee),
            attachments: attachments, items: items, minutesWithheld: visibility == .agendaOnly)
    }
}

extension MeetingPage.Model {
    /// How much of a meeting a viewer sees: the public reads published agendas and approved minutes only
    /// (DOMAIN.md); members and secretaries of the body read everything.
    enum Visibility: Equatable {
        case everything
        /// The agenda without the decisions: minutes not yet approved.
        case agendaOnly
        /// The agenda is not published.
        case hidden

        init(status: MeetingStatus, readsEverything: Bool) {
            if readsEverything || status.minutesArePublic {
                self = .everything
            } else if status.agendaIsPublic {
                self = .agendaOnly
            } else {
                self = .hidden
            }
        }
    }
}
