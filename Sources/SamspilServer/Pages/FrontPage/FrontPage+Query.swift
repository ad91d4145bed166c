import Fluent
import SamspilCore

extension FrontPage.Model {
    static func query(viewer: Viewer, on database: any Database, today: CalendarDay) async throws -> Self {
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
        let upcoming = try await MeetingModel.query(on: database)
            .filter(\.$date >= today.iso).sort(\.$date, .ascending).limit(FrontPage.listLength).all()
            .map { try $0.domain() }
        let recent = try await MeetingModel.query(on: database)
            .filter(\.$date < today.iso).sort(\.$date, .descending).limit(FrontPage.listLength).all()
            .map { try $0.domain() }
        let summaries = try await MeetingSummary.load(upcoming + recent, on: database)
            // Meetings whose agenda is not out are listed only for those who may open them.
            .filter { viewer.may(.readEverything, in: $0.value.bodyID) || $0.value.status.agendaIsPublic }
        return Self(
            bodies: Body.hierarchyOrder(bodies).map { entry in
                BodyEntry(name: entry.body.name, kind: entry.body.kind, depth: entry.depth, url: .body(slug: entry.body.slug))
            },
            upcoming: upcoming.compactMap { summaries[$0.id] },
            recent: recent.compactMap { summaries[$0.id] })
    }
}
