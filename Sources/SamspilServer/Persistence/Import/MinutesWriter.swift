import Fluent
import Foundation
import SamspilCore
import SQLKit

/// Stores parsed minutes as a meeting of a body, in one transaction: a document is either wholly
/// stored or not at all. People and organisations are matched by name (and organisation) and created
/// when they are new; the body's memberships are then brought in line with its attendance lists.
public struct MinutesWriter: Sendable {
    let database: any Database

    enum Failure: Error, CustomStringConvertible {
        case missingDate(fileName: String?)
        /// CPR numbers in what the minutes would publish; masked, never the numbers themselves.
        case cprNumbers(fileName: String?, [CPRFinding])

        var description: String {
            switch self {
            case let .missingDate(fileName):
                "\(fileName ?? "The document") does not say when the meeting was held; "
                    + "give the date with --date YYYY-MM-DD."
            case let .cprNumbers(fileName, findings):
                "\(fileName ?? "The document") contains CPR numbers, which must never be published, and imported "
                    + "minutes are public at once. Nothing was stored. Remove them from the document and import it again:\n"
                    + findings.map { "    \(Language.da.describe($0)): \($0.excerpt)" }.joined(separator: "\n")
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
        // Imported minutes are public as soon as they are stored (approved ones whole, drafts as agendas).
        let findings = PublishedText.findings(in: PublishedText.texts(of: minutes))
        guard findings.isEmpty else { throw Failure.cprNumbers(fileName: minutes.source?.fileName, findings) }
        return .stored(meetingID: try await database.transaction { database in
            let meetingID = try await Transaction(database: database, body: body).store(minutes, on: day)
            if let source = minutes.source {
                try await ImportedDocumentModel(sha256: source.sha256, fileName: source.fileName, meetingID: meetingID)
                    .create(on: database)
            }
            try await SearchIndex(database: database).reindex(meetings: [meetingID])
            return meetingID
        })
    }
}

/// The work of one store. Rows go in as batches, a few statements per document rather than one per
/// row: importing ten years of minutes is thousands of documents.
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
            .sort(\.$date, .descending).first()
            .map { try StoredValue.day($0.date, table: MeetingModel.schema, id: $0.id, field: "date") }
        let meeting = Meeting(
            bodyID: body.id, date: day, start: minutes.meeting.start, end: minutes.meeting.end,
            location: minutes.meeting.location, chair: minutes.meeting.chair,
            minuteTakers: minutes.meeting.minuteTakers,
            // Imported minutes are the archive: public already, unless the text marks them as a draft.
            status: minutes.meeting.status == .draft ? .minutesDraft : .minutesApproved)
        try await MeetingModel(meeting).create(on: database)

        let attendance = try await storeAttendance(minutes.attendance, meetingID: meeting.id)
        try await minutes.attachments.enumerated()
            .map { AttachmentModel(Attachment(meetingID: meeting.id, title: $1, position: $0)) }.create(on: database)
        var items: [AgendaItemModel] = []
        var sections: [ItemSectionModel] = []
        for (position, parsed) in minutes.items.enumerated() {
            let item = AgendaItem(meetingID: meeting.id, position: position, number: parsed.number, title: parsed.title,
                                  start: parsed.start, end: parsed.end, presenter: parsed.presenter,
                                  caseNumber: parsed.caseNumber)
            items.append(AgendaItemModel(item))
            sections += parsed.sections.enumerated().map { ItemSectionModel(itemID: item.id, position: $0, section: $1) }
        }
        try await items.create(on: database)
        try await sections.create(on: database)
        try await MembershipDerivation(database: database, body: body)
            .add(meeting, attendance: attendance, previousLatest: previousLatest)
        return meeting.id
    }

    private func storeAttendance(_ attendance: ParsedMinutes.Attendance, meetingID: UUID) async throws -> [Attendance] {
        let lists: [(Attendance.Status, [ParsedMinutes.Person])] = [
            (.present, attendance.present), (.apologies, attendance.absent), (.guest, attendance.guests),
        ]
        let entries = lists.flatMap { status, people in people.map { (status, $0) } }
        var organisationIDs: [UUID?] = []
        for (_, parsed) in entries { organisationIDs.append(try await organisationID(named: parsed.organisation)) }
        let matcher = try await PersonMatcher.load(names: Set(entries.map(\.1.name)), on: database)
        var newPeople: [PersonModel] = []
        var rows: [Attendance] = []
        for (position, ((status, parsed), organisationID)) in zip(entries, organisationIDs).enumerated() {
            let personID: UUID
            if let known = matcher.person(named: parsed.name, organisationID: organisationID) {
                personID = known
            } else {
                let person = Person(name: parsed.name)
                newPeople.append(PersonModel(person))
                personID = person.id
            }
            // Later lists of the same document see who came for whom.
            matcher.record(personID, named: parsed.name, organisationID: organisationID)
            rows.append(Attendance(meetingID: meetingID, personID: personID, organisationID: organisationID,
                                   title: parsed.title, status: status, note: parsed.note, position: position))
        }
        try await newPeople.create(on: database)
        try await rows.map(AttendanceModel.init).create(on: database)
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

    static func key(_ name: String) -> String {
        Organisation.fullName(name).lowercased()
    }
}

/// Matches the people of an attendance list to the people Samspil knows: the person of that name who has
/// come for that organisation before; else someone of that name who has never come for any organisation;
/// else, when the list names no organisation, the only person of that name; else nobody (a new person).
/// Two people may share a name, so a name alone is trusted only when nothing speaks against it.
final class PersonMatcher {
    /// Candidates by name, each with the organisations they have come for.
    private var known: [String: [(id: UUID, organisations: Set<UUID>)]]

    private init(known: [String: [(id: UUID, organisations: Set<UUID>)]]) {
        self.known = known
    }

    private struct Affiliation: Decodable {
        let person_id: UUID
        let organisation_id: UUID?
    }

    static func load(names: Set<String>, on database: any Database) async throws -> PersonMatcher {
        guard !names.isEmpty else { return PersonMatcher(known: [:]) }
        let people = try await PersonModel.query(on: database).filter(\.$name ~~ names).all()
        let ids = try people.map { try $0.requireID() }
        var organisations: [UUID: Set<UUID>] = [:]
        if !ids.isEmpty, let sql = database as? any SQLDatabase {
            // DISTINCT over the (person_id, organisation_id) index: cheap however long the archive.
            let pairs = try await sql.select().distinct().column("person_id").column("organisation_id")
                .from(AttendanceModel.schema).where("person_id", .in, ids).all(decoding: Affiliation.self)
            for pair in pairs {
                organisations[pair.person_id, default: []].formUnion(pair.organisation_id.map { [$0] } ?? [])
            }
        }
        var known: [String: [(id: UUID, organisations: Set<UUID>)]] = [:]
        for person in people {
            let id = try person.requireID()
            known[person.name, default: []].append((id, organisations[id] ?? []))
        }
        return PersonMatcher(known: known)
    }

    func person(named name: String, organisationID: UUID?) -> UUID? {
        let candidates = known[name] ?? []
        guard let organisationID else { return candidates.count == 1 ? candidates[0].id : nil }
        return candidates.first { $0.organisations.contains(organisationID) }?.id
            ?? candidates.first { $0.organisations.isEmpty }?.id
    }

    func record(_ id: UUID, named name: String, organisationID: UUID?) {
        var candidates = known[name] ?? []
        if let index = candidates.firstIndex(where: { $0.id == id }) {
            if let organisationID { candidates[index].organisations.insert(organisationID) }
        } else {
            candidates.append((id, organisationID.map { [$0] } ?? []))
        }
        known[name] = candidates
    }
}
