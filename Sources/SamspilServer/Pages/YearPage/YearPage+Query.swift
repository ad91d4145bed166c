import Fluent
import SamspilCore

extension YearPage.Model {
    /// nil when no body has that slug, or it has no meeting that year that the viewer may see: the public
    /// sees meetings whose agenda is out, as on the body's page.
    static func query(slug: String, year: Int, viewer: Viewer, on database: any Database) async throws -> Self? {
        guard let body = try await BodyModel.query(on: database).filter(\.$slug == slug).first()?.domain() else {
            return nil
        }
        let readsEverything = viewer.may(.readEverything, in: body.id)
        // All the body's meetings: the keys of a day's meetings depend on each other, and the page links
        // to the other years.
        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id).all()
            .map { try $0.domain() }
            .filter { readsEverything || $0.status.agendaIsPublic }
        let keys = MeetingKey.keys(for: meetings)
        let entries = meetings.filter { $0.date.year == year }
            .sorted { ($0.date, keys[$0.id]?.ordinal ?? 0) < ($1.date, keys[$1.id]?.ordinal ?? 0) }
            .compactMap { meeting in
                keys[meeting.id].map { key in
                    Entry(meeting: MeetingSummary(meeting: meeting, body: body, key: key),
                          published: Published(meeting.status),
                          minutes: Minutes(meeting.status, readsEverything: readsEverything),
                          isCancelled: meeting.cancelledAt != nil)
                }
            }
        guard !entries.isEmpty else { return nil }
        return Self(bodyName: body.name, bodySlug: body.slug, year: year, entries: entries,
                    years: Set(meetings.map(\.date.year)).sorted(by: >), readsEverything: readsEverything)
    }
}
