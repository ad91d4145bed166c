import Fluent
import SamspilCore

extension BodyPage.Model {
    /// nil when no body has that slug.
    static func query(slug: String, viewer: Viewer, on database: any Database, today: CalendarDay) async throws -> Self? {
        guard var body = try await BodyModel.query(on: database).filter(\.$slug == slug).first()?.domain() else {
            return nil
        }
        // Free text on a public page: without contact details for those who may not read everything.
        let readsEverything = viewer.may(.readEverything, in: body.id)
        let redacted: (String) -> String = readsEverything ? { $0 } : { ContactDetails.redacted(in: $0) }
        body.summary = body.summary.map(redacted)
        let parent = try await body.parentID.asyncMap { try await BodyModel.find($0, on: database)?.domain() } ?? nil
        let children = try await BodyModel.query(on: database).filter(\.$parentID == body.id).sort(\.$name).all()
            .map { try $0.domain() }

        let memberships = try await MembershipModel.query(on: database).filter(\.$bodyID == body.id).all()
            .map { try $0.domain() }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ Set(memberships.map(\.personID))).all()
            .map { try $0.domain() }
        let organisations = try await OrganisationModel.query(on: database)
            .filter(\.$id ~~ Set(memberships.compactMap(\.organisationID))).all().map { try $0.domain() }
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        let organisationNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })
        let members = memberships.compactMap { membership -> BodyPage.Model.Member? in
            guard let name = names[membership.personID] else { return nil }
            return .init(name: name, url: .person(id: membership.personID), title: membership.title.map(redacted),
                         organisation: membership.organisationID.flatMap { organisationNames[$0] },
                         role: membership.role, period: membership.period)
        }.sorted { ($0.role.rank, $0.organisation ?? "\u{FFFF}", $0.name) < ($1.role.rank, $1.organisation ?? "\u{FFFF}", $1.name) }

        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id)
            .sort(\.$date, .descending).all().map { try $0.domain() }
        let keys = MeetingKey.keys(for: meetings)
        // A meeting whose agenda is not out is the secretariat's and the members' business only.
        let summaries = meetings.filter { readsEverything || $0.status.agendaIsPublic }.compactMap { meeting in keys[meeting.id].map { MeetingSummary(meeting: meeting, body: body, key: $0) } }
        let years = Dictionary(grouping: summaries, by: \.date.year)
            .sorted { $0.key > $1.key }
            .map { BodyPage.Model.Year(year: $0.key, meetings: $0.value) }

        return Self(
            body: body,
            parent: parent.map { .init(name: $0.name, url: .body(slug: $0.slug)) },
            children: children.map { .init(name: $0.name, url: .body(slug: $0.slug)) },
            members: members.filter { $0.period.end.map { $0 >= today } ?? true },
            formerMembers: members.filter { $0.period.end.map { $0 < today } ?? false },
            years: years,
            workLinks: workLinks(of: body, for: viewer))
    }
}

extension BodyPage.Model {
    /// The secretariat's pages of the body, for those who may use them.
    static func workLinks(of body: Body, for viewer: Viewer) -> [WorkLink] {
        WorkLink.allCases.filter { viewer.may($0.permission, in: body.id) }
    }
}
