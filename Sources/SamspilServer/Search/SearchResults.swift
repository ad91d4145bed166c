import Fluent
import Foundation
import SamspilCore
import SQLKit

/// One item found, as the viewer may read it: the search page, the topic history and `samspil search`
/// show these.
struct SearchResult: Equatable, Sendable {
    let bodyName: String
    let bodySlug: String
    let date: CalendarDay
    /// The item on its meeting's page.
    let url: String
    /// "3. Telemedicin til borgere med KOL".
    let title: String
    let snippet: SearchSnippet?
    /// The decision, when there is one and the viewer may read it.
    let decision: String?
}

/// Loads the items of search hits, in the order of the hits, with only what the viewer may read:
/// decisions of unapproved minutes and contact details stay with the body's members. One query for the
/// items, their sections and meetings, and a second only for meetings that share their day with another
/// of their body's (whose addresses then need the others). Plain rows rather than Fluent models: decoding
/// models by reflection cost more than the search itself, and every statement costs a trip to the
/// database's thread.
struct SearchResults {
    let database: any Database

    func load(_ hits: [SearchHits.Hit], query: SearchQuery, viewer: Viewer) async throws -> [SearchResult] {
        guard !hits.isEmpty, let sql = database as? any SQLDatabase else { return [] }
        // A row a section (or one for an item without any), in the sections' order.
        let rows = try await PlainRows(sql: sql).all("""
            SELECT i.id, i.meeting_id, i.position, i.number, i.title, i.presenter, i.case_number,
                   m.date, m.starts_at, m.status, m.body_id, b.name, b.slug,
                   (SELECT count(*) FROM meetings d WHERE d.body_id = m.body_id AND d.date = m.date) AS meetings_that_day,
                   s.kind AS section_kind, s.heading, s.text
            FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id
                LEFT JOIN item_sections s ON s.item_id = i.id
            WHERE i.id IN (\(binds: hits.map(\.itemID)))
            ORDER BY s.position
            """)
        struct Found {
            var item: AgendaItem
            let meeting: Meeting
            let bodyName: String
            let bodySlug: String
        }
        var found: [UUID: Found] = [:]
        var keys: [UUID: MeetingKey] = [:]
        var sharedDays: [Meeting] = []
        for row in rows {
            let id = try row.uuid("id")
            if found[id] == nil {
                guard let date = CalendarDay(iso: try row.string("date")) else { continue }
                let meeting = Meeting(
                    id: try row.uuid("meeting_id"), bodyID: try row.uuid("body_id"), date: date,
                    start: try row.optionalString("starts_at").flatMap(TimeOfDay.init),
                    status: MeetingStatus(rawValue: try row.string("status")) ?? .planned)
                // Its sections are added after: made with them, an item without a stored kind reads one from
                // its recommendation, which a result does not show.
                let item = AgendaItem(id: id, meetingID: meeting.id, position: try row.int("position"), number: try row.optionalInt("number"),
                                      title: try row.string("title"), presenter: try row.optionalString("presenter"),
                                      caseNumber: try row.optionalString("case_number"))
                found[id] = Found(item: item, meeting: meeting, bodyName: try row.string("name"), bodySlug: try row.string("slug"))
                if try row.int("meetings_that_day") == 1 { keys[meeting.id] = MeetingKey(date: date) } else { sharedDays.append(meeting) }
            }
            if let kind = try row.optionalString("section_kind") {
                found[id]?.item.sections.append(ItemSection(
                    kind: SectionKind(rawValue: kind) ?? .other, heading: try row.optionalString("heading"), text: try row.string("text")))
            }
        }
        keys.merge(try await self.keys(of: sharedDays, on: sql)) { first, _ in first }

        return hits.compactMap { hit in
            guard let found = found[hit.itemID], let key = keys[found.meeting.id] else { return nil }
            let meeting = found.meeting
            let readsEverything = viewer.may(.readEverything, in: meeting.bodyID)
            var item = found.item
            if !readsEverything, !meeting.status.minutesArePublic { item.sections.removeAll { $0.kind == .decision } }
            if !readsEverything { item = item.withoutContactDetails }
            let text = item.sections.map(\.text).joined(separator: "\n\n")
            return SearchResult(
                bodyName: found.bodyName, bodySlug: found.bodySlug, date: meeting.date,
                url: SiteURL.meeting(bodySlug: found.bodySlug, key: key).path + "#" + MeetingPage.anchor(of: item),
                title: MeetingPage.numbered(item),
                snippet: SearchSnippet(text, query: query) ?? SearchSnippet(item.title, query: query),
                decision: item.decision)
        }
    }

    /// The address keys of `meetings`, which depend on the body's other meetings of the same day.
    private func keys(of meetings: [Meeting], on sql: any SQLDatabase) async throws -> [UUID: MeetingKey] {
        guard !meetings.isEmpty else { return [:] }
        let sameDays = try await PlainRows(sql: sql).all("""
            SELECT id, body_id, date, starts_at FROM meetings
            WHERE body_id IN (\(binds: Array(Set(meetings.map(\.bodyID))))) AND date IN (\(binds: Array(Set(meetings.map(\.date.iso)))))
            """).compactMap { row -> Meeting? in
            guard let date = CalendarDay(iso: try row.string("date")) else { return nil }
            return Meeting(id: try row.uuid("id"), bodyID: try row.uuid("body_id"), date: date,
                           start: try row.optionalString("starts_at").flatMap(TimeOfDay.init))
        }
        return Dictionary(grouping: sameDays, by: \.bodyID).values
            .reduce(into: [:]) { keys, meetings in keys.merge(MeetingKey.keys(for: meetings)) { first, _ in first } }
    }
}
