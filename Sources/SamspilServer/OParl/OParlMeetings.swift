import Fluent
import Foundation
import MinutesExport
import SamspilCore

/// Public meetings as OParl objects, with their agenda items, attachments' files and documents
/// embedded. A meeting is public once its agenda is published; its decisions, attendance and
/// follow-up actions once its minutes are approved (as on the meeting page). Items and files have no
/// times of their own: they carry their meeting's, which any change to them raises.
struct OParlMeetings {
    let database: any Database
    let address: OParlAddress
    /// The Word document of a meeting's agenda or minutes, as the public may read it.
    let document: @Sendable (MeetingDocument.Kind, _ bodySlug: String, MeetingKey) async throws -> Data?

    static let publicStatuses = MeetingStatus.allCases.filter(\.agendaIsPublic).map(\.rawValue)

    // MARK: Finding meetings

    /// Public meetings in id order after `after`, within the request's filters; of one body if given.
    func models(after: UUID?, limit: Int, request: OParlListRequest, bodyID: UUID? = nil) async throws -> [MeetingModel] {
        let query = MeetingModel.query(on: database).filter(\.$status ~~ Self.publicStatuses)
        if let bodyID { query.filter(\.$bodyID == bodyID) }
        if let after { query.filter(\.$id > after) }
        if let since = request.createdSince { query.filter(\.$createdAt >= since) }
        if let until = request.createdUntil { query.filter(\.$createdAt <= until) }
        if let since = request.modifiedSince { query.filter(\.$modifiedAt >= since) }
        if let until = request.modifiedUntil { query.filter(\.$modifiedAt <= until) }
        return try await query.sort(\.$id).limit(limit).all()
    }

    /// A page of public meetings as OParl objects: up to `limit`, and whether more follow (one more is
    /// looked up to know, not built).
    func page(after: UUID?, limit: Int, request: OParlListRequest, bodyID: UUID? = nil)
        async throws -> (meetings: [(id: UUID, object: OParl.Meeting)], more: Bool) {
        let found = try await models(after: after, limit: limit + 1, request: request, bodyID: bodyID)
        return (try await meetings(Array(found.prefix(limit))), found.count > limit)
    }

    /// One public meeting, or nil.
    func model(_ id: UUID) async throws -> MeetingModel? {
        try await MeetingModel.query(on: database).filter(\.$id == id).filter(\.$status ~~ Self.publicStatuses).first()
    }

    /// The id of the meeting whose public item or file this is, or nil.
    func meetingID(ofItem id: UUID) async throws -> UUID? {
        try await AgendaItemModel.find(id, on: database)?.meetingID
    }

    func meetingID(ofAttachment id: UUID) async throws -> UUID? {
        guard let attachment = try await AttachmentModel.find(id, on: database), attachment.isPublic,
              attachment.fileSHA256 != nil else { return nil }
        return attachment.meetingID
    }

    // MARK: Building objects

    /// The meetings as OParl objects, in the order given.
    func meetings(_ models: [MeetingModel]) async throws -> [(id: UUID, object: OParl.Meeting)] {
        guard !models.isEmpty else { return [] }
        // The public's copy, as on the meeting page: no phone numbers or e-mail addresses in free text.
        let meetings = try models.map { try $0.domain().withoutContactDetails }
        let ids = meetings.map(\.id)
        let summaries = try await MeetingSummary.load(meetings, on: database)
        let minutesPublic = Set(meetings.filter(\.status.minutesArePublic).map(\.id))

        let itemModels = try await AgendaItemModel.query(on: database).filter(\.$meetingID ~~ ids).all()
        let items = try itemModels.map { try $0.domain(sections: []).withoutContactDetails }
        let decisions = try await decisionTexts(of: items.filter { minutesPublic.contains($0.meetingID) }.map(\.id))
        let actions = try await followUpActions(of: items.filter { minutesPublic.contains($0.meetingID) }.map(\.id))
        let files = try await attachmentFiles(of: ids)
        let consultations = try await OParlPapers(database: database, address: address).consultations(treatedBy: items.map(\.id))
        let attendance = try await AttendanceModel.query(on: database).filter(\.$meetingID ~~ Array(minutesPublic)).all()
            .map { try $0.domain() }

        let itemsByMeeting = Dictionary(grouping: items, by: \.meetingID)
        let attendanceByMeeting = Dictionary(grouping: attendance, by: \.meetingID)
        var result: [(id: UUID, object: OParl.Meeting)] = []
        for (model, meeting) in zip(models, meetings) {
            guard let summary = summaries[meeting.id], case let .meeting(slug, key) = summary.url else { continue }
            let times = Times(model)
            let meetingURL = address.meeting(meeting.id)
            let agenda = (itemsByMeeting[meeting.id] ?? []).inAgendaOrder().map { item in
                var object = OParl.AgendaItem(
                    id: address.agendaItem(item.id), meeting: meetingURL, number: item.number.map(String.init),
                    order: item.position + 1, name: item.title, public: true, resolutionText: decisions[item.id],
                    auxiliaryFile: files[item.id].map { $0.map { $0.object(times, meetingURL: meetingURL, itemURL: address.agendaItem(item.id)) } },
                    start: item.start.flatMap { OParlTime.dateTime(meeting.date, $0) },
                    end: item.end.flatMap { OParlTime.dateTime(meeting.date, $0) },
                    created: times.created, modified: times.modified,
                    web: address.web(summary.url) + "#" + MeetingPage.anchor(of: item))
                object.followUpActions = actions[item.id]
                object.caseNumber = item.caseNumber
                object.consultation = consultations[item.id].map(address.consultation)
                return object
            }
            let present = attendanceByMeeting[meeting.id] ?? []
            var object = OParl.Meeting(
                id: meetingURL, name: "\(summary.bodyName), \(Language.da.format(meeting.date))",
                meetingState: Language.da.name(of: meeting.status), cancelled: meeting.isCancelled ? true : nil,
                start: meeting.start.flatMap { OParlTime.dateTime(meeting.date, $0) },
                end: meeting.end.flatMap { OParlTime.dateTime(meeting.date, $0) },
                location: meeting.location.map { location($0, times) },
                organization: [address.organization(meeting.bodyID)],
                participant: minutesPublic.contains(meeting.id)
                    ? present.filter { $0.status == .present || $0.status == .guest }.map { address.person($0.personID) } : nil,
                invitation: try await documentFile(.agenda, of: meeting, slug: slug, key: key, times),
                resultsProtocol: meeting.status.minutesArePublic
                    ? try await documentFile(.minutes, of: meeting, slug: slug, key: key, times) : nil,
                auxiliaryFile: files[meeting.id].map { $0.map { $0.object(times, meetingURL: meetingURL, itemURL: nil) } },
                agendaItem: agenda, created: times.created, modified: times.modified, web: address.web(summary.url),
                date: meeting.date.iso)
            if minutesPublic.contains(meeting.id) {
                object.apologies = present.filter { $0.status == .apologies }.map { address.person($0.personID) }
                object.chair = meeting.chair
            }
            result.append((meeting.id, object))
        }
        return result
    }

    /// A meeting's created and modified times as OParl writes them.
    struct Times {
        let created: String
        let modified: String

        init(_ model: MeetingModel) {
            let created = model.createdAt ?? model.modifiedAt ?? Date(timeIntervalSince1970: 0)
            self.init(created: created, modified: model.modifiedAt ?? model.updatedAt ?? created)
        }

        init(created: Date, modified: Date) {
            self.created = OParlTime.dateTime(created)
            self.modified = OParlTime.dateTime(modified)
        }
    }

    func location(_ text: String, _ times: Times) -> OParl.Location {
        OParl.Location(id: address.location(Self.locationID(text)), description: text,
                       created: times.created, modified: times.modified)
    }

    /// A location is a meeting's place as written (without contact details): the same text, the same location.
    static func locationID(_ text: String) -> UUID { .named("location:" + text) }

    /// The decision of each item, as the minutes record it.
    private func decisionTexts(of itemIDs: [UUID]) async throws -> [UUID: String] {
        guard !itemIDs.isEmpty else { return [:] }
        let sections = try await ItemSectionModel.query(on: database).filter(\.$itemID ~~ itemIDs)
            .filter(\.$kind == SectionKind.decision.rawValue).sort(\.$position).all()
        return Dictionary(grouping: sections, by: \.itemID).mapValues { sections in
            ContactDetails.redacted(in: sections.map(\.text).joined(separator: "\n\n"))
        }
    }

    private func followUpActions(of itemIDs: [UUID]) async throws -> [UUID: [OParl.FollowUpAction]] {
        guard !itemIDs.isEmpty else { return [:] }
        let actions = try await FollowUpActionModel.query(on: database).filter(\.$itemID ~~ itemIDs).all().map { try $0.domain() }
        let people = Set(actions.compactMap { if case let .person(id) = $0.owner { id } else { nil } })
        let organisations = Set(actions.compactMap { if case let .organisation(id) = $0.owner { id } else { nil } })
        let personNames = Dictionary(uniqueKeysWithValues: try await PersonModel.query(on: database).filter(\.$id ~~ people).all()
            .compactMap { model in model.id.map { ($0, model.name) } })
        let organisationNames = Dictionary(uniqueKeysWithValues: try await OrganisationModel.query(on: database)
            .filter(\.$id ~~ organisations).all().compactMap { model in model.id.map { ($0, model.name) } })
        return Dictionary(grouping: actions, by: \.itemID).mapValues { actions in
            actions.map { action in
                let owner: String = switch action.owner {
                case let .person(id): personNames[id] ?? ""
                case let .organisation(id): organisationNames[id] ?? ""
                case let .named(name): ContactDetails.redacted(in: name)
                }
                return OParl.FollowUpAction(text: ContactDetails.redacted(in: action.text), owner: owner,
                                            due: action.due?.iso, state: action.state.rawValue)
            }
        }
    }

    // MARK: Files

    /// An attachment's file as OParl describes it; its checksum is of the stored bytes.
    struct AttachmentFile {
        let attachment: Attachment
        let file: Attachment.FileReference
        let sha512: String
        let url: String
        let fileURL: String
        let date: CalendarDay

        func object(_ times: Times, meetingURL: String, itemURL: String?) -> OParl.File {
            OParl.File(id: fileURL, name: ContactDetails.redacted(in: attachment.title), fileName: ContactDetails.redacted(in: file.fileName),
                       mimeType: file.contentType,
                       date: date.iso, size: file.byteCount, sha512Checksum: sha512, accessUrl: url, downloadUrl: url,
                       meeting: [meetingURL], agendaItem: itemURL.map { [$0] }, created: times.created, modified: times.modified)
        }
    }

    /// The public attachments with a file, by the item they belong to (or by the meeting for its own).
    private func attachmentFiles(of meetingIDs: [UUID]) async throws -> [UUID: [AttachmentFile]] {
        let models = try await AttachmentModel.query(on: database).filter(\.$meetingID ~~ meetingIDs)
            .filter(\.$isPublic == true).filter(\.$fileSHA256 != nil).sort(\.$position).all()
        guard !models.isEmpty else { return [:] }
        let attachments = try models.map { try $0.domain() }
        let hashes = Set(attachments.compactMap(\.file?.sha256))
        let sha512 = try await checksums(of: hashes)
        let meetings = try await MeetingModel.query(on: database).filter(\.$id ~~ meetingIDs).all().map { try $0.domain() }
        let summaries = try await MeetingSummary.load(meetings, on: database)
        var result: [UUID: [AttachmentFile]] = [:]
        for attachment in attachments {
            guard let file = attachment.file, let checksum = sha512[file.sha256], let summary = summaries[attachment.meetingID],
                  case let .meeting(slug, key) = summary.url else { continue }
            let url = address.web(.meetingPart(bodySlug: slug, key: key, .attachment(attachment.id)))
            result[attachment.itemID ?? attachment.meetingID, default: []].append(AttachmentFile(
                attachment: attachment, file: file, sha512: checksum, url: url,
                fileURL: address.file(.attachment(attachment.id)), date: summary.date))
        }
        return result
    }

    /// The SHA-512 of stored files by their sha256, read without their bytes; a file stored before the
    /// checksum was kept gets it now.
    private func checksums(of hashes: Set<String>) async throws -> [String: String] {
        var checksums: [String: String] = [:]
        for row in try await StoredFileModel.query(on: database).filter(\.$sha256 ~~ hashes).field(\.$sha256).field(\.$sha512).all() {
            checksums[row.sha256] = row.sha512
        }
        let missing = hashes.subtracting(checksums.keys)
        guard !missing.isEmpty else { return checksums }
        for row in try await StoredFileModel.query(on: database).filter(\.$sha256 ~~ missing).all() {
            row.sha512 = StoredFileModel.sha512(of: row.bytes)
            try await row.save(on: database)
            checksums[row.sha256] = row.sha512
        }
        return checksums
    }

    /// The agenda or minutes as a Word document, made now from the meeting as the public reads it.
    private func documentFile(_ kind: MeetingDocument.Kind, of meeting: Meeting, slug: String, key: MeetingKey,
                              _ times: Times) async throws -> OParl.File? {
        guard let bytes = try await document(kind, slug, key) else { return nil }
        let url = address.web(.meetingPart(bodySlug: slug, key: key, .document(kind, .docx)))
        let name = kind == .agenda ? "Dagsorden" : "Referat"
        return OParl.File(id: address.file(.document(kind, meetingID: meeting.id)), name: name,
                          fileName: "\(kind.pathWord)-\(slug)-\(key).docx", mimeType: ExportFormat.docx.contentType,
                          date: meeting.date.iso, size: bytes.count, sha512Checksum: StoredFileModel.sha512(of: bytes),
                          accessUrl: url, downloadUrl: url, meeting: [address.meeting(meeting.id)],
                          created: times.created, modified: times.modified)
    }
}
