import Foundation
import SamspilCore
import SQLKit

/// The number of an item in the index (`doc_id`) is the order results are shown in: the meeting's day,
/// then the meeting among that day's meetings, then the item's place on the agenda, counted backwards so
/// that newest first reads each agenda from the top. Both databases can then read a page of the newest
/// matches straight off their index instead of sorting every match, and a period is a range of numbers.
///
/// A meeting's place among its day's meetings starts from bits of its id and moves on to the next free
/// place, so the number does not depend on which meetings were indexed first, and two meetings indexed
/// at once rarely try the same place.
enum SearchDocumentNumbers {
    static let meetingsPerDay = 4096
    static let itemsPerMeeting = 16384
    /// Days are counted from well before any meeting's year 1, so every number is positive.
    private static let dayOffset = 1 << 20

    struct Overflow: Error, CustomStringConvertible {
        let day: CalendarDay
        let what: String

        var description: String {
            "The search index cannot number \(what) on \(day.iso): it holds at most \(SearchDocumentNumbers.meetingsPerDay) meetings a day and \(SearchDocumentNumbers.itemsPerMeeting) items a meeting."
        }
    }

    /// The numbers of the items from the first day to the last, either open; `lower > upper` when the
    /// period is empty.
    static func range(from first: CalendarDay?, to last: CalendarDay?) -> (lower: Int, upper: Int) {
        let perDay = meetingsPerDay * itemsPerMeeting
        let lower = first.map { ($0.daysSince1970 + dayOffset) * perDay } ?? 0
        let upper = last.map { ($0.daysSince1970 + dayOffset + 1) * perDay - 1 } ?? Int.max
        return (lower, upper)
    }

    /// An entry with its number.
    typealias Numbered = (number: Int, entry: SearchEntry)

    /// `entries` numbered next to the items indexed already (the old entries of their meetings deleted
    /// first), in the order of their numbers.
    static func assign(_ entries: [SearchEntry], on sql: any SQLDatabase) async throws -> [Numbered] {
        try assign(entries, taken: try await meetingPlaces(on: Array(Set(entries.map(\.date))), sql: sql))
    }

    /// `entries` numbered, in the order of their numbers, when the places (day and meeting, as
    /// `number / itemsPerMeeting`) of their days that are `taken` are known.
    static func assign(_ entries: [SearchEntry], taken: Set<Int>) throws -> [Numbered] {
        var taken = taken
        var place: [UUID: Int] = [:]
        let meetings = Set(entries.map { MeetingDay(meetingID: $0.meetingID, date: $0.date) })
        for (meeting, _) in meetings.map({ ($0, $0.meetingID.storedText) }).sorted(by: { $0.1 < $1.1 }) {
            let dayStart = range(from: meeting.date, to: meeting.date).lower / itemsPerMeeting
            let start = Int(meeting.meetingID.uuid.15) | Int(meeting.meetingID.uuid.14 & 0x0F) << 8
            guard let free = (0..<meetingsPerDay).lazy.map({ (start + $0) % meetingsPerDay })
                .first(where: { !taken.contains(dayStart + $0) }) else {
                throw Overflow(day: meeting.date, what: "another meeting")
            }
            taken.insert(dayStart + free)
            place[meeting.meetingID] = dayStart + free
        }
        // Within a meeting, the agenda's order, counted down from the top.
        var numbers = Array(repeating: 0, count: entries.count)
        for (meetingID, indices) in Dictionary(grouping: entries.indices, by: { entries[$0].meetingID }) {
            let agendaOrder = indices.sorted { a, b in
                entries[a].position != entries[b].position ? entries[a].position < entries[b].position
                    : entries[a].itemID.storedText < entries[b].itemID.storedText
            }
            guard agendaOrder.count <= itemsPerMeeting, let meetingPlace = place[meetingID] else {
                throw Overflow(day: entries[indices[0]].date, what: "the items of one meeting")
            }
            for (index, entry) in agendaOrder.enumerated() {
                numbers[entry] = (meetingPlace + 1) * itemsPerMeeting - 1 - index
            }
        }
        // Ascending: FTS5 writes what it has collected to disk whenever a row id is lower than the one before.
        return entries.indices.sorted { numbers[$0] < numbers[$1] }.map { (number: numbers[$0], entry: entries[$0]) }
    }

    private struct MeetingDay: Hashable {
        let meetingID: UUID
        let date: CalendarDay
    }

    /// The places (day and meeting, as `number / itemsPerMeeting`) taken on `days`.
    private static func meetingPlaces(on days: [CalendarDay], sql: any SQLDatabase) async throws -> Set<Int> {
        var taken: Set<Int> = []
        for batch in days.chunked(400) {
            let ranges = batch.map { day -> SQLQueryString in
                let range = range(from: day, to: day)
                return "doc_id BETWEEN \(bind: range.lower) AND \(bind: range.upper)"
            }
            let rows = try await sql.raw("""
                SELECT DISTINCT doc_id / \(unsafeRaw: String(itemsPerMeeting)) AS place FROM search_entries
                WHERE \(ranges.joined(separator: " OR "))
                """).all()
            for row in rows { taken.insert(try row.decode(column: "place", as: Int.self)) }
        }
        return taken
    }
}
