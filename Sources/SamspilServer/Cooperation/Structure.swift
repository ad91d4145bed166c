import Fluent
import Foundation
import SamspilCore

/// Writes the structure of the cooperation: bodies, organisations, people, seats and terms of reference.
/// Each write is checked here, so the pages and any later interface refuse the same things.
struct Structure {
    let database: any Database

    enum Problem: Error, Equatable {
        /// Another organisation has the name (names identify organisations in imported minutes).
        case organisationNameTaken
        /// The chosen parent is the body itself or one of its descendants.
        case parentLoop
        case membership(MembershipChange.Problem)
    }

    // MARK: Bodies

    /// A new body under a key made from its name (with a number when the key is taken).
    func create(_ body: Body) async throws -> Body {
        var body = body
        body.slug = try await freeSlug(for: body.name)
        try await BodyModel(body).create(on: database)
        return body
    }

    /// Saves a body's name, kind, parent, cluster and summary. The key in its addresses stays, so links
    /// and calendar subscriptions keep working after a rename.
    func save(_ body: Body) async throws {
        let row = try await BodyModel.find(body.id, on: database).orNotFound()
        if let parent = body.parentID {
            let all = try await BodyModel.query(on: database).all().map { try $0.domain() }
            var ancestor: UUID? = parent
            var steps = 0
            while let current = ancestor, steps <= all.count {
                if current == body.id { throw Problem.parentLoop }
                ancestor = all.first { $0.id == current }?.parentID
                steps += 1
            }
        }
        row.name = body.name
        row.kind = body.kind.rawValue
        row.parentID = body.parentID
        row.cluster = body.cluster
        row.summary = body.summary
        try await row.save(on: database)
    }

    private func freeSlug(for name: String) async throws -> String {
        let base = Slug.make(name).nilIfEmpty ?? "forum"
        var slug = base
        var number = 2
        while try await BodyModel.query(on: database).filter(\.$slug == slug).count() > 0 {
            slug = "\(base)-\(number)"
            number += 1
        }
        return slug
    }

    // MARK: Organisations and people

    /// Adds an organisation, or saves one; a name another organisation has is refused.
    func save(_ organisation: Organisation) async throws {
        let others = try await OrganisationModel.query(on: database).filter(\.$id != organisation.id).all()
        guard !others.contains(where: { $0.name.lowercased() == organisation.name.lowercased() }) else {
            throw Problem.organisationNameTaken
        }
        if let row = try await OrganisationModel.find(organisation.id, on: database) {
            row.name = organisation.name
            row.kind = organisation.kind.rawValue
            try await row.save(on: database)
        } else {
            try await OrganisationModel(organisation).create(on: database)
        }
    }

    func save(_ person: Person) async throws {
        if let row = try await PersonModel.find(person.id, on: database) {
            row.name = person.name
            row.email = person.email
            row.phone = person.phone
            try await row.save(on: database)
        } else {
            try await PersonModel(person).create(on: database)
        }
    }

    // MARK: Seats

    func add(_ membership: Membership) async throws {
        try await MembershipModel(membership).create(on: database)
    }

    /// Ends a seat, handing a co-chair's chair over as decided, in one transaction. The seats touched are
    /// registered by hand from now on: the attendance lists of later imports no longer move them.
    func end(_ seat: Membership, on day: CalendarDay, handover: MembershipChange.Handover?) async throws {
        let changed: [Membership]
        do {
            changed = try MembershipChange.end(seat, on: day, handover: handover)
        } catch {
            throw Problem.membership(error)
        }
        try await database.transaction { database in
            for membership in changed {
                if let row = try await MembershipModel.find(membership.id, on: database) {
                    row.endsOn = membership.period.end?.iso
                    row.derived = false
                    try await row.save(on: database)
                } else {
                    try await MembershipModel(membership).create(on: database)
                }
            }
        }
    }

    // MARK: Terms of reference

    /// The versions of a body's terms of reference, the newest first, each with who recorded it.
    func termsOfReference(of bodyID: UUID) async throws -> [(terms: TermsOfReference, recordedBy: String?)] {
        try await TermsOfReferenceModel.query(on: database).filter(\.$bodyID == bodyID).all().map { (try $0.domain(), $0.recordedBy) }
            .sorted { $0.terms.approved > $1.terms.approved }
    }

    /// Adds an approved version. When the body met on the approval date and an item of that meeting is
    /// about its terms of reference ("kommissorium" in the title), the version links to that item.
    func add(_ version: TermsOfReference, recordedBy: String?) async throws -> TermsOfReference {
        var version = version
        if version.itemID == nil,
           let meeting = try await MeetingModel.query(on: database).filter(\.$bodyID == version.bodyID)
               .filter(\.$date == version.approved.iso).first(), let meetingID = meeting.id {
            version.itemID = try await AgendaItemModel.query(on: database).filter(\.$meetingID == meetingID).all()
                .first { $0.title.lowercased().contains("kommissorium") }?.id
        }
        try await TermsOfReferenceModel(version, recordedBy: recordedBy).create(on: database)
        return version
    }
}
