import Fluent
import Foundation
import SamspilCore

extension MeetingPage.Model {
    /// nil when the body or the meeting does not exist, or the viewer may not see it yet.
    static func query(bodySlug: String, key: MeetingKey, viewer: Viewer, on database: any Database) async throws -> Self? {
        guard let body = try await BodyModel.query(on: database).filter(\.$slug == bodySlug).first()?.domain() else {
            return nil
        }
        guard let meeting = try await MeetingModel.meeting(bodyID: body.id, key: key, on: database) else { return nil }
        let readsEverything = viewer.may(.readEverything, in: body.id)
        let visibility = Visibility(status: meeting.status, readsEverything: readsEverything)
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

        let allAttachments = try await AttachmentModel.query(on: database).filter(\.$meetingID == meeting.id)
            .sort(\.$position).all().map { try $0.domain() }
            .filter { $0.isOffered(readsEverything: readsEverything) }
        let attachments = allAttachments.filter { $0.itemID == nil }
        func link(_ attachment: Attachment) -> AttachmentLink {
            AttachmentLink(title: attachment.title,
                           url: attachment.file.map { _ in .meetingPart(bodySlug: body.slug, key: key, .attachment(attachment.id)) },
                           detail: attachment.file.map { "\($0.fileName), \(ByteCountFormat.text($0.byteCount))" },
                           isPublic: attachment.isPublic)
        }
        // Follow-up is part of the minutes: shown with them, not with an agenda.
        let showsMinutes = visibility == .everything && meeting.status >= .held
        let actions = showsMinutes
            ? try await FollowUpActionModel.query(on: database).filter(\.$itemID ~~ Set(items.map(\.id))).all().map { try $0.domain() }
            : []
        let previous = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id)
            .filter(\.$date < meeting.date.iso).sort(\.$date, .descending).first()?.domain()
        var previousActions: [FollowUpAction] = []
        var previousSummary: MeetingSummary?
        if let previous, Visibility(status: previous.status, readsEverything: readsEverything) == .everything {
            let previousItems = try await AgendaItemModel.query(on: database).filter(\.$meetingID == previous.id).all()
            previousActions = try await FollowUpActionModel.query(on: database)
                .filter(\.$itemID ~~ Set(previousItems.compactMap(\.id))).all().map { try $0.domain() }
            previousSummary = try await MeetingSummary.load([previous], on: database)[previous.id]
        }
        let owners = try await OwnerNames.load(for: actions + previousActions, on: database)
        let numbered = Dictionary(uniqueKeysWithValues: items.map { ($0.id, MeetingPage.numbered($0)) })
        let trail = visibility == .everything ? try await MeetingLifeCycle(database: database).trail(of: meeting.id) : []

        var model = Self(
            bodyName: body.name, bodyURL: .body(slug: body.slug), meeting: meeting, key: key, bodySlug: body.slug,
            present: OrganisationGroup.grouping(entries(.present)),
            apologies: OrganisationGroup.grouping(entries(.apologies)),
            absent: OrganisationGroup.grouping(entries(.absent)),
            guests: entries(.guest).map(\.attendee),
            attachments: attachments, items: items, minutesWithheld: visibility == .agendaOnly,
            mayEdit: viewer.may(.edit, in: body.id),
            itemAttachments: Dictionary(grouping: allAttachments.filter { $0.itemID != nil }, by: { $0.itemID ?? UUID() })
                .mapValues { $0.map(link) },
            itemActions: Dictionary(grouping: actions.map { ActionLine(action: $0, owner: owners[$0.id] ?? "") }, by: \.action.itemID),
            previousActions: previousActions.map { ActionLine(action: $0, owner: owners[$0.id] ?? "") },
            previousMeeting: previousSummary,
            auditTrail: trail.map { AuditLine(entry: $0, item: $0.itemID.flatMap { numbered[$0] }) },
            marksPublicAttachments: readsEverything)
        model.itemsWithTrail = try await Referrals(database: database).itemsWithConnections(items.map(\.id))
        model.itemLinks = try await ItemLinks.load(items.map(\.id), on: database)
        // Here, not in the view: whatever is made from the model (the page, an exported document) is
        // without contact details for those who may not read everything.
        return readsEverything ? model : model.withoutContactDetails
    }

    /// The model with e-mail addresses and phone numbers removed from every free text it holds
    /// (`ContactDetails`): the meeting's place, chair and minute takers, attendees' titles and notes,
    /// items, attachments' titles, follow-up actions and the audit trail's texts. Names stay.
    var withoutContactDetails: Self {
        func redacted(_ text: String) -> String { ContactDetails.redacted(in: text) }
        func attendee(_ person: Attendee) -> Attendee {
            Attendee(name: person.name, url: person.url, title: person.title.map(redacted), note: person.note.map(redacted))
        }
        func groups(_ groups: [OrganisationGroup]) -> [OrganisationGroup] {
            groups.map { OrganisationGroup(organisation: $0.organisation, people: $0.people.map(attendee)) }
        }
        func action(_ line: ActionLine) -> ActionLine {
            var action = line.action
            action.text = redacted(action.text)
            return ActionLine(action: action, owner: redacted(line.owner))
        }
        func audit(_ line: AuditLine) -> AuditLine {
            var entry = line.entry
            if case let .field(name, before, after) = entry.change {
                entry.change = .field(name: name, before: redacted(before), after: redacted(after))
            }
            entry.reason = entry.reason.map(redacted)
            return AuditLine(entry: entry, item: line.item.map(redacted))
        }
        var model = self
        model.meeting = meeting.withoutContactDetails
        model.present = groups(present)
        model.apologies = groups(apologies)
        model.absent = groups(absent)
        model.guests = guests.map(attendee)
        model.attachments = attachments.map { attachment in
            var attachment = attachment
            attachment.title = redacted(attachment.title)
            return attachment
        }
        model.items = items.map(\.withoutContactDetails)
        model.itemAttachments = itemAttachments.mapValues { links in
            links.map { AttachmentLink(title: redacted($0.title), url: $0.url, detail: $0.detail.map(redacted), isPublic: $0.isPublic) }
        }
        model.itemActions = itemActions.mapValues { $0.map(action) }
        model.previousActions = previousActions.map(action)
        model.auditTrail = auditTrail.map(audit)
        return model
    }
}

extension Attachment {
    /// Whether a viewer sees the attachment: those who read everything of the body see all; others only
    /// public files, and the names of attachments that have no file (an imported document names them,
    /// nothing more can be given).
    func isOffered(readsEverything: Bool) -> Bool {
        readsEverything || isPublic || file == nil
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
