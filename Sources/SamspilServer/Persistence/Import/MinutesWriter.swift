import Fluent
import Foundation
import SamspilCore

/// Stores parsed minutes as a meeting of a body, in one transaction: a document is either wholly
/// stored or not at all. People and organisations are matched by name (and organisation) and created
/// when they are new; the body's memberships are then brought in line with its attendance lists.
public struct MinutesWriter: Sendable {
    let database: any Database

    enum Failure: Error, CustomStringConvertible {
        case missingDate(fileName: String?)

        var description: String {
            switch self {
            case let .missingDate(fileName):
                "\(fileName ?? "The document") does not say when the meeting was held; "
                    + "give the date with --date YYYY-MM-DD."
            }
        }
    }

    public enum Outcome: Equatable, Sendable {
        case stored(meetingID: UUID)
        /// The same bytes were imported before, as this meeting: nothing was changed.
        case alreadyImported(meetingID: UUID)

        public var meetingID: UUID {
            switch self {
            case let .stored(id), let .alreadyImported(id): id
            }
        }
    }

    /// - Parameter date: the meeting date when the document does not state it.
    @discardableResult
    func store(_ minutes: ParsedMinutes, in body: Body, date: CalendarDay? = nil) async throws -> Outcome {
        if let sha256 = minutes.source?.sha256,
           let earlier = try await ImportedDocumentModel.query(on: database).filter(\.$sha256 == sha256).first() {
            return .alreadyImported(meetingID: earlier.meetingID)
        }
        guard let day = minutes.meeting.date ?? date else {
            throw Failure.missingDate(fileName: minutes.source?.fileName)
        }
        return .stored(meetingID: try await database.transaction { database in
            let meetingID = try await Transaction(database: database, body: body).store(minutes, on: day)
            if let source = minutes.source {
                try await ImportedDocumentModel(sha256: source.sha256, fileName: source.fileName, meetingID: meetingID)
                    .create(on: database)
            }
            return meetingID
        })
    }
}

/// The work of one store, with the lookups it builds up along the way.
private final class Transaction {
    let database: any Database
    let body: Body
    var organisations: [String: UUID] = [:]

    init(database: any Database, body: Body) {
        self.database = database
        self.body = body
    }

    func store(_ minutes: ParsedMinutes, on day: CalendarDay) async throws -> UUID {
        for organisation in try await OrganisationModel.query(on: database).all() {
            organisations[Self.key(organisation.name)] = try organisation.requireID()
        }
        let previousLatest = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id)
            .sort(\.$date, .descending).first().map { try StoredValue.day($0.date, table: MeetingModel.schema, id: $0.id, field: "date") }
        let meeting = Meeting(
            bodyID: body.id, date: day, start: minutes.meeting.start, end: minutes.meeting.end,
            location: minutes.meeting.location, chair: minutes.meeting.chair,
            minuteTakers: minutes.meeting.minuteTakers,
            // Imported minutes are the archive: public already, unless the text marks them as a draft.
            status: minutes.meeting.status == .draft ? .minutesDraft : .minutesApproved)
        try await MeetingModel(meeting).create(on: database)

        let attendance = try await storeAttendance(minutes.attendance, meetingID: meeting.id)
        for (position, title) in minutes.attachments.enumerated() {
            try await AttachmentModel(Attachment(meetingID: meeting.id, title: title, position: position)).create(on: database)
        }
        for (position, parsed) in minutes.items.enumerated() {
            let item = AgendaItem(meetingID: meeting.id, position: position, number: parsed.number, title: parsed.title,
                                  start: parsed.start, end: parsed.end, presenter: parsed.presenter,
                                  caseNumber: parsed.caseNumber)
            try await AgendaItemModel(item).create(on: database)
            for (index, section) in parsed.sections.enumerated() {
                try await ItemSectionModel(itemID: item.id, position: index, section: section).create(on: database)
            }
        }
        try await MembershipDerivation(database: database, body: body)
            .add(meeting, attendance: attendance, previousLatest: previousLatest)
        return meeting.id
    }

    private func storeAttendance(_ attendance: ParsedMinutes.Attendance, meetingID: UUID) async throws -> [Attendance] {
        let lists: [(Attendance.Status, [ParsedMinutes.Person])] = [
            (.present, attendance.present), (.apologies, attendance.absent), (.guest, attendance.guests),
        ]
        var position = 0
        var rows: [Attendance] = []
        for (status, people) in lists {
            for parsed in people {
                let organisationID = try await organisationID(named: parsed.organisation)
                let personID = try await personID(named: parsed.name, organisationID: organisationID)
                let row = Attendance(meetingID: meetingID, personID: personID, organisationID: organisationID,
                                     title: parsed.title, status: status, note: parsed.note, position: position)
                try await AttendanceModel(row).create(on: database)
                rows.append(row)
                position += 1
            }
        }
        return rows
    }

    private func organisationID(named written: String?) async throws -> UUID? {
        guard let written = written?.trimmingCharacters(in: .whitespaces), !written.isEmpty else { return nil }
        let name = Organisation.fullName(written)
        if let id = organisations[Self.key(name)] { return id }
        let organisation = Organisation(name: name, kind: .init(guessingFrom: name))
        try await OrganisationModel(organisation).create(on: database)
        organisations[Self.key(name)] = organisation.id
        return organisation.id
    }

    /// The person of that name who has come for that organisation before; else the only person of that
    /// name when the document names no organisation; else a new person. Two people may share a name,
    /// so a name alone is trusted only when nothing speaks against it.
    private func personID(named name: String, organisationID: UUID?) async throws -> UUID {
        let candidates = try await PersonModel.query(on: database).filter(\.$name == name).all()
        let ids = try candidates.map { try $0.requireID() }
        if !ids.isEmpty {
            if let organisationID {
                let seen = try await AttendanceModel.query(on: database)
                    .filter(\.$personID ~~ ids).filter(\.$organisationID == organisationID).first()
                if let seen { return seen.personID }
                // Someone known by name only (no organisation before) is taken to be the same person.
                let unattached = try await AttendanceModel.query(on: database)
                    .filter(\.$personID ~~ ids).filter(\.$organisationID != nil).all().map(\.personID)
                if let free = ids.first(where: { !unattached.contains($0) }) { return free }
            } else if ids.count == 1 {
                return ids[0]
            }
        }
        let person = Person(name: name)
        try await PersonModel(person).create(on: database)
        return person.id
    }

    static func key(_ name: String) -> String {
        Organisation.fullName(name).lowercased()
    }
}
