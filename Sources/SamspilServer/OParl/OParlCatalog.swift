import Fluent
import Foundation
import SQLKit
import SamspilCore

/// The public data as OParl objects: the system, the one body, organisations, people, memberships and
/// locations. Meetings with their items and files are in `OParlMeetings`.
///
/// What is public follows the pages: every body and organisation; the people who hold a seat or were
/// at a meeting whose minutes are approved, without contact details; a meeting once its agenda is
/// published (see `OParlMeetings`).
struct OParlCatalog {
    let database: any Database
    let address: OParlAddress

    private var language: Language { .da }

    // MARK: System and body

    func system() async throws -> OParl.System {
        let (created, modified) = try await structureTimes()
        return OParl.System(id: address.system, body: address.bodies,
                            name: "Samspil", website: address.web(.home), created: OParlTime.dateTime(created),
                            modified: OParlTime.dateTime(modified), web: address.web(.home))
    }

    func body() async throws -> OParl.Body {
        let (created, modified) = try await structureTimes()
        return OParl.Body(
            id: address.body, system: address.system, name: "Sundhedssamarbejdet", shortName: "Samspil",
            website: address.web(.home),
            organization: address.list(.organization), person: address.list(.person), meeting: address.list(.meeting),
            paper: address.list(.paper), agendaItem: address.list(.agendaItem), consultation: address.list(.consultation),
            file: address.list(.file), locationList: address.list(.location),
            legislativeTermList: address.list(.legislativeTerm), membership: address.list(.membership),
            classification: "Sundhedssamarbejde", created: OParlTime.dateTime(created),
            modified: OParlTime.dateTime(modified), web: address.web(.home))
    }

    /// When the structure was first and last written: its bodies and organisations.
    func structureTimes() async throws -> (created: Date, modified: Date) {
        let bodies = try await BodyModel.query(on: database).all()
        let organisations = try await OrganisationModel.query(on: database).all()
        let created = bodies.compactMap(\.createdAt) + organisations.compactMap(\.createdAt)
        let modified = created + bodies.compactMap(\.updatedAt) + organisations.compactMap(\.updatedAt)
        return (created.min() ?? Date(timeIntervalSince1970: 0), modified.max() ?? Date(timeIntervalSince1970: 0))
    }

    // MARK: Organisations

    /// Samspil's bodies (organizationType "Gremium") and the organisations that sit in them.
    func organizations() async throws -> [(id: UUID, created: Date, modified: Date, object: OParl.Organization)] {
        let bodies = try await BodyModel.query(on: database).all()
        let memberships = try await MembershipModel.query(on: database).all()
        let byBody = Dictionary(grouping: memberships, by: \.bodyID)
        let epoch = Date(timeIntervalSince1970: 0)
        let committees = try bodies.map { model in
            let body = try model.domain()
            let created = model.createdAt ?? epoch
            // The body lists its seats: a seat added or ended changes it too.
            let modified = (byBody[body.id] ?? []).map { Self.modified(created, $0.updatedAt) }
                .reduce(Self.modified(created, model.updatedAt), max)
            let seats = (byBody[body.id] ?? []).compactMap(\.id).sorted { $0.uuidString < $1.uuidString }
            return (body.id, created, modified, OParl.Organization(
                id: address.organization(body.id), body: address.body, name: body.name, shortName: body.cluster,
                membership: seats.map(address.membership), meeting: address.organizationMeetings(body.id),
                subOrganizationOf: body.parentID.map(address.organization), organizationType: "Gremium",
                classification: language.name(of: body.kind), created: OParlTime.dateTime(created),
                modified: OParlTime.dateTime(modified), web: address.web(.body(slug: body.slug))))
        }
        let parties = try await OrganisationModel.query(on: database).all().map { model in
            let organisation = try model.domain()
            let created = model.createdAt ?? epoch
            let modified = Self.modified(created, model.updatedAt)
            return (organisation.id, created, modified, OParl.Organization(
                id: address.organization(organisation.id), body: address.body, name: organisation.name,
                organizationType: "Institution", classification: Self.classification(of: organisation.kind),
                created: OParlTime.dateTime(created), modified: OParlTime.dateTime(modified)))
        }
        return (committees + parties).map { (id: $0.0, created: $0.1, modified: $0.2, object: $0.3) }
    }

    static func classification(of kind: Organisation.Kind) -> String {
        switch kind {
        case .municipality: "Kommune"
        case .hospitalUnit: "Hospitalsenhed"
        case .psychiatry: "Psykiatri"
        case .generalPractice: "Almen praksis"
        case .region: "Region"
        case .patientOrganisation: "Patientforening"
        case .research: "Forskning og uddannelse"
        case .other: "Anden organisation"
        }
    }

    /// Whether an id names a body (whose meetings a client may list), not a member organisation.
    func isBody(_ id: UUID) async throws -> Bool {
        try await BodyModel.find(id, on: database) != nil
    }

    // MARK: People and memberships

    /// The people the public may know of, each with their seats. A person is created with their record
    /// and modified with it or any of their seats; a seat is created with its person (seats carry no
    /// creation time of their own) and modified when last edited.
    func people() async throws -> [(id: UUID, created: Date, modified: Date, object: OParl.Person)] {
        let memberships = try await MembershipModel.query(on: database).all()
        let byPerson = Dictionary(grouping: memberships, by: \.personID)
        let attendees = try await publicAttendees()
        let epoch = Date(timeIntervalSince1970: 0)
        return try await PersonModel.query(on: database).all().compactMap { model in
            let person = try model.domain()
            let seats = byPerson[person.id] ?? []
            guard !seats.isEmpty || attendees.contains(person.id) else { return nil }
            let created = model.createdAt ?? epoch
            let modified = seats.map { Self.modified(created, $0.updatedAt) }.reduce(Self.modified(created, model.updatedAt), max)
            let objects = try seats.sorted { $0.startsOn < $1.startsOn }.map { try membership($0, created: created) }
            return (person.id, created, modified, OParl.Person(
                id: address.person(person.id), body: address.body, name: person.name, membership: objects,
                created: OParlTime.dateTime(created), modified: OParlTime.dateTime(modified),
                web: address.web(.person(id: person.id))))
        }
    }

    func memberships() async throws -> [(id: UUID, created: Date, modified: Date, object: OParl.Membership)] {
        let created = Dictionary(uniqueKeysWithValues: try await PersonModel.query(on: database).all()
            .compactMap { model in model.id.map { ($0, model.createdAt ?? Date(timeIntervalSince1970: 0)) } })
        return try await MembershipModel.query(on: database).all().compactMap { model in
            guard let id = model.id, let time = created[model.personID] else { return nil }
            return (id, time, Self.modified(time, model.updatedAt), try membership(model, created: time))
        }
    }

    private func membership(_ model: MembershipModel, created: Date) throws -> OParl.Membership {
        let seat = try model.domain()
        return OParl.Membership(
            id: address.membership(seat.id), person: address.person(seat.personID),
            organization: address.organization(seat.bodyID), role: language.name(of: seat.role),
            votingRight: seat.role == .member || seat.role == .coChair ? true : nil,
            startDate: seat.period.start.iso, endDate: seat.period.end?.iso,
            onBehalfOf: seat.organisationID.map(address.organization),
            created: OParlTime.dateTime(created), modified: OParlTime.dateTime(Self.modified(created, model.updatedAt)),
            title: seat.title.map(ContactDetails.redacted))
    }

    /// The later of a row's creation and its last edit: an edit may predate the creation time a row is
    /// given in OParl (a seat takes its person's), and `modified` must not come before `created`.
    static func modified(_ created: Date, _ updated: Date?) -> Date {
        updated.map { max(created, $0) } ?? created
    }

    /// People on the attendance list of a meeting whose minutes the public reads: one query, as there
    /// are tens of rows per meeting and tens of thousands of meetings in a large archive.
    private func publicAttendees() async throws -> Set<UUID> {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        let rows = try await sql.raw("""
            SELECT DISTINCT a.person_id FROM attendances a JOIN meetings m ON m.id = a.meeting_id
            WHERE m.status = \(bind: MeetingStatus.minutesApproved.rawValue)
            """).all()
        return Set(try rows.map { try $0.decode(column: "person_id", as: UUID.self) })
    }
}
