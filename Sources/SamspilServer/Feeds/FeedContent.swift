import Fluent
import Foundation
import SamspilCore

/// Loads what the calendars and news feeds show: the meetings of some bodies, as far as a viewer may
/// see them (`MeetingPage.Model.Visibility`, the same rule as the meeting pages).
struct FeedContent {
    let database: any Database
    let site: SiteAddress

    /// The newest entries a news feed keeps: enough for any reader to catch up, small enough to fetch often.
    static let entryLimit = 100

    /// Every meeting of `bodies` the viewer may see, cancelled ones included, in date order.
    func calendar(named name: String, bodies: [Body], viewer: Viewer) async throws -> MeetingCalendar {
        let meetings = try await visibleMeetings(of: bodies, viewer: viewer)
        let summaries = try await MeetingSummary.load(meetings, on: database)
        let items = try await itemTitles(of: meetings, viewer: viewer)
        let events = meetings.compactMap { meeting -> MeetingCalendar.Event? in
            guard let summary = summaries[meeting.id] else { return nil }
            return MeetingCalendar.Event(meeting: meeting, bodyName: summary.bodyName, url: site.absolute(summary.url),
                                         items: items[meeting.id] ?? [])
        }
        return MeetingCalendar(name: name, events: events)
    }

    /// The public's news of `bodies`: each published agenda and each set of approved minutes, dated by the
    /// step in the audit trail that made it public, or, for imported meetings that never took that step
    /// here, by the meeting's last change. Newest first.
    func news(title: String, id: String, bodies: [Body], selfURL: SiteURL, pageURL: SiteURL) async throws -> AtomFeed {
        let meetings = try await visibleMeetings(of: bodies, viewer: .public)
        let summaries = try await MeetingSummary.load(meetings, on: database)
        let items = try await itemTitles(of: meetings, viewer: .public)
        let steps = try await publicationSteps(of: meetings.map(\.id))
        var entries: [AtomFeed.Entry] = []
        for meeting in meetings {
            guard let summary = summaries[meeting.id] else { continue }
            let fallback = meeting.modifiedAt ?? Date(timeIntervalSince1970: 0)
            func entry(_ kind: String, _ label: String, at moment: Date) -> AtomFeed.Entry {
                AtomFeed.Entry(id: "urn:uuid:" + UUID.named("meeting/\(meeting.id.lowercased)/\(kind)").lowercased,
                               title: "\(label): \(summary.bodyName) \(Language.da.format(meeting.date))",
                               published: moment, updated: moment, link: site.absolute(summary.url),
                               summary: (items[meeting.id] ?? []).joined(separator: "\n"))
            }
            let agendaStep = steps[StepKey(meetingID: meeting.id, status: .agendaPublished)]
            // Imported approved minutes never had their agenda published here: their news is the minutes.
            if let agendaStep {
                entries.append(entry("agenda", "Dagsorden", at: agendaStep))
            } else if meeting.status < .minutesApproved {
                entries.append(entry("agenda", "Dagsorden", at: fallback))
            }
            if meeting.status.minutesArePublic {
                let moment = steps[StepKey(meetingID: meeting.id, status: .minutesApproved)] ?? fallback
                entries.append(entry("minutes", "Referat", at: moment))
            }
        }
        let newest = entries.sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }.prefix(Self.entryLimit)
        return AtomFeed(id: id, title: title, selfLink: site.absolute(selfURL), pageLink: site.absolute(pageURL),
                        entries: Array(newest))
    }

    // MARK: -

    private func visibleMeetings(of bodies: [Body], viewer: Viewer) async throws -> [Meeting] {
        guard !bodies.isEmpty else { return [] }
        return try await MeetingModel.query(on: database).filter(\.$bodyID ~~ Set(bodies.map(\.id))).all()
            .map { try $0.domain() }
            .compactMap { meeting in
                let readsEverything = viewer.may(.readEverything, in: meeting.bodyID)
                guard MeetingPage.Model.Visibility(status: meeting.status, readsEverything: readsEverything) != .hidden else { return nil }
                // Contact details are for members, in a feed as on the page (a place may say "ring på …").
                return readsEverything ? meeting : meeting.withoutContactDetails
            }
            .sorted { ($0.date, $0.start?.minutesSinceMidnight ?? -1, $0.id.uuidString)
                < ($1.date, $1.start?.minutesSinceMidnight ?? -1, $1.id.uuidString) }
    }

    /// Each meeting's items, numbered as on its page ("3. Status på TeleKOL"); breaks are not items.
    /// Titles only: they are public with the agenda, while decisions of unapproved minutes are not.
    private func itemTitles(of meetings: [Meeting], viewer: Viewer) async throws -> [UUID: [String]] {
        guard !meetings.isEmpty else { return [:] }
        let readsEverything = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, viewer.may(.readEverything, in: $0.bodyID)) })
        let items = try await AgendaItemModel.query(on: database).filter(\.$meetingID ~~ Set(meetings.map(\.id))).all()
            .map { try $0.domain(sections: []) }
            .map { readsEverything[$0.meetingID] == true ? $0 : $0.withoutContactDetails }
        return Dictionary(grouping: items.filter { !$0.isBreak }, by: \.meetingID)
            .mapValues { $0.inAgendaOrder().map(MeetingPage.numbered) }
    }

    private struct StepKey: Hashable {
        let meetingID: UUID
        let status: MeetingStatus
    }

    /// When each meeting reached each status, from its audit trail (the latest time, should a step repeat).
    private func publicationSteps(of meetingIDs: [UUID]) async throws -> [StepKey: Date] {
        guard !meetingIDs.isEmpty else { return [:] }
        let entries = try await AuditEntryModel.query(on: database).filter(\.$meetingID ~~ Set(meetingIDs))
            .filter(\.$kind == "status").all().map { try $0.domain() }
        var steps: [StepKey: Date] = [:]
        for entry in entries {
            guard case let .status(_, to) = entry.change else { continue }
            let key = StepKey(meetingID: entry.meetingID, status: to)
            steps[key] = max(steps[key] ?? entry.at, entry.at)
        }
        return steps
    }
}
