import Fluent
import SamspilCore

extension AttendancePage.Model {
    /// The page of the meeting's list; `people` and `guestForm` carry what was typed into a refused form.
    static func query(_ context: MeetingContext, roster: AttendanceRoster? = nil, people: [AttendancePage.Person]? = nil,
                      guestForm: AttendancePage.GuestForm = .init(), on database: any Database) async throws -> Self {
        let roster = if let roster { roster } else { try await AttendanceRoster.load(context.meeting, on: database) }
        return Self(
            body: context.body, meeting: context.meeting, meetingURL: context.url,
            formURL: context.url(.attendance), guestsURL: context.url(.guests),
            locked: AttendancePage.isLocked(context.meeting),
            people: people ?? roster.people.map(AttendancePage.Person.init),
            guests: roster.guests.compactMap { entry in
                entry.attendanceID.map {
                    AttendancePage.Guest(attendanceID: $0, name: entry.name, title: entry.title,
                                         organisation: entry.organisation, note: entry.note)
                }
            },
            guestForm: guestForm)
    }
}
