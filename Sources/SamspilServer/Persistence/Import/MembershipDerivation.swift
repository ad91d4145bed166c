import Fluent
import Foundation
import SamspilCore

/// Derives a body's memberships from its attendance lists, for bodies whose members were never
/// registered by hand (all of them, right after importing their old minutes).
///
/// Everyone invited to a meeting (present or with apologies; not guests) holds a seat from the first
/// meeting they appear at. The seat stays open if they are on the list of the body's latest meeting and
/// ends at the last meeting they appear at otherwise. Title, organisation and role come from their latest
/// appearance: "(medformand)" makes a co-chair, being a minute taker makes the secretary. Memberships
/// registered by hand are never touched, and a person who has one is left to it.
struct MembershipDerivation {
    let database: any Database
    let body: Body

    func run() async throws {
        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id).all()
            .map { try $0.domain() }
        let meetingsByID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        guard let latest = meetings.map(\.date).max() else { return }

        let invited = try await AttendanceModel.query(on: database)
            .filter(\.$meetingID ~~ meetingsByID.keys)
            .filter(\.$status ~~ [Attendance.Status.present.rawValue, Attendance.Status.apologies.rawValue])
            .all().map { try $0.domain() }
        let registered = try await MembershipModel.query(on: database)
            .filter(\.$bodyID == body.id).filter(\.$derived == false).all().map(\.personID)

        try await MembershipModel.query(on: database).filter(\.$bodyID == body.id).filter(\.$derived == true).delete()
        for (personID, rows) in Dictionary(grouping: invited, by: \.personID) where !registered.contains(personID) {
            let appearances = rows.compactMap { row in meetingsByID[row.meetingID].map { (row, $0) } }
                .sorted { $0.1.date < $1.1.date }
            guard let first = appearances.first, let last = appearances.last else { continue }
            let titleAndNote = [last.0.title, last.0.note].compactMap { $0 }.joined(separator: " ")
            let isMinuteTaker = try await minuteTakerNames(of: last.1).contains(personID)
            let role: Membership.Role = titleAndNote.localizedCaseInsensitiveContains("medformand") ? .coChair
                : isMinuteTaker ? .secretary : .member
            let period = try DayPeriod(start: first.1.date, end: last.1.date == latest ? nil : last.1.date)
            let membership = Membership(personID: personID, bodyID: body.id, organisationID: last.0.organisationID,
                                        role: role, title: Self.cleanTitle(last.0.title), period: period)
            let model = MembershipModel(membership)
            model.derived = true
            try await model.create(on: database)
        }
    }

    private func minuteTakerNames(of meeting: Meeting) async throws -> Set<UUID> {
        guard !meeting.minuteTakers.isEmpty else { return [] }
        let people = try await PersonModel.query(on: database).filter(\.$name ~~ meeting.minuteTakers).all()
        return Set(try people.map { try $0.requireID() })
    }

    /// "hospitalsdirektør (medformand)" -> "hospitalsdirektør": the role says it already.
    static func cleanTitle(_ title: String?) -> String? {
        guard var title else { return nil }
        title = title.replacingOccurrences(of: "(medformand)", with: "", options: .caseInsensitive)
            .trimmingCharacters(in: CharacterSet.whitespaces.union(.init(charactersIn: ",")))
        return title.isEmpty ? nil : title
    }
}
