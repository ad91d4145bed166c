import Fluent
import Foundation
import SamspilCore

/// A meeting as lists show it: when, which body, where it stands, and the link to it.
struct MeetingSummary: Equatable, Sendable {
    let bodyID: UUID
    let bodyName: String
    let date: CalendarDay
    let start: TimeOfDay?
    let end: TimeOfDay?
    let status: MeetingStatus
    let url: SiteURL
    /// When the meeting or anything in it last changed: a list's `Last-Modified` is its latest.
    let modifiedAt: Date?

    init(meeting: Meeting, body: Body, key: MeetingKey) {
        bodyID = body.id
        bodyName = body.name
        date = meeting.date
        start = meeting.start
        end = meeting.end
        status = meeting.status
        url = .meeting(bodySlug: body.slug, key: key)
        modifiedAt = meeting.modifiedAt
    }
}

extension MeetingSummary {
    /// Summaries of the given meetings, with the keys their URLs need (which look at the other meetings
    /// of the same day in the same body).
    static func load(_ meetings: [Meeting], on database: any Database) async throws -> [UUID: MeetingSummary] {
        let bodyIDs = Set(meetings.map(\.bodyID))
        let bodies = try await BodyModel.query(on: database).filter(\.$id ~~ bodyIDs).all()
            .map { try $0.domain() }
        let bodiesByID = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0) })
        let dates = Set(meetings.map(\.date.iso))
        let sameDays = try await MeetingModel.query(on: database)
            .filter(\.$bodyID ~~ bodyIDs).filter(\.$date ~~ dates).all().map { try $0.domain() }
        var keys: [UUID: MeetingKey] = [:]
        for (_, bodyMeetings) in Dictionary(grouping: sameDays, by: \.bodyID) {
            keys.merge(MeetingKey.keys(for: bodyMeetings)) { first, _ in first }
        }
        var summaries: [UUID: MeetingSummary] = [:]
        for meeting in meetings {
            guard let body = bodiesByID[meeting.bodyID], let key = keys[meeting.id] else { continue }
            summaries[meeting.id] = MeetingSummary(meeting: meeting, body: body, key: key)
        }
        return summaries
    }
}

extension Collection<MeetingSummary> {
    /// When the latest of the listed meetings changed; nil for an empty list.
    var lastModified: Date? { compactMap(\.modifiedAt).max() }
}
