import Fluent
import Foundation
import SamspilCore

/// The secretary's workspace for one meeting: its header, the agenda with time slots, the backlog to
/// take items from, and the next step of its life cycle.
enum MeetingEditorPage {
    struct Model: Equatable {
        let bodyName: String
        let bodySlug: String
        let key: MeetingKey
        let meeting: Meeting
        var header: MeetingHeaderForm
        /// The items as stored: every change of the agenda schedules them, so their numbers and times
        /// are the ones to show (an imported agenda keeps its own).
        let items: [AgendaItem]
        /// For the planned end and the warning when the agenda runs past the meeting's end.
        let schedule: AgendaSchedule
        /// The body's waiting backlog items, due first.
        let backlog: [BacklogItem]
        var newItem = NewItemForm()
        var notice: MeetingWorkText?
        var cancellationNotice: CancellationText?

        /// Approved minutes are locked: the agenda's structure no longer changes.
        var isLocked: Bool { meeting.status == .minutesApproved }
        var meetingURL: SiteURL { .meeting(bodySlug: bodySlug, key: key) }
        func url(_ part: SiteURL.MeetingPart) -> SiteURL { .meetingPart(bodySlug: bodySlug, key: key, part) }
    }

    /// The form of a new meeting, before it exists.
    struct NewMeetingModel: Equatable {
        let bodyName: String
        let bodySlug: String
        var header: MeetingHeaderForm
    }
}

extension MeetingEditorPage.Model {
    static func query(_ context: MeetingContext, on database: any Database) async throws -> Self {
        let items = try await AgendaStore(database: database).items(of: context.meeting.id)
        let firstNumber = items.lazy.compactMap(\.number).first ?? 1
        let schedule = AgendaSchedule(ordered: items, meetingStart: context.meeting.start,
                                      meetingEnd: context.meeting.end, firstNumber: firstNumber)
        let backlog = try await Backlog(database: database).items(of: context.body.id).filter(\.isWaiting)
        return Self(bodyName: context.body.name, bodySlug: context.body.slug, key: context.key, meeting: context.meeting,
                    header: MeetingHeaderForm(context.meeting), items: items, schedule: schedule, backlog: backlog)
    }
}
