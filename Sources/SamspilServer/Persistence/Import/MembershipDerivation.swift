import Fluent
import Foundation
import SamspilCore

/// Keeps a body's memberships in line with its attendance lists, for bodies whose members were never
/// registered by hand (all of them, right after importing their old minutes).
///
/// Everyone invited to a meeting (present or with apologies; not guests) holds a seat from the first
/// meeting they appear at. The seat stays open while they are on the list of the body's latest meeting and
/// ends at the last meeting they appear at otherwise. Title, organisation and role come from their latest
/// appearance: "(medformand)" makes a co-chair, being a minute taker makes the secretary. Memberships
/// registered by hand are never touched, and a person who has one is left to it.
///
/// Each new meeting updates the seats incrementally, from the seat and the meeting alone, so importing
/// ten years of minutes costs the same per meeting in the first year as in the last.
struct MembershipDerivation {
    let database: any Database
    let body: Body

    /// - Parameters:
    ///   - meeting: the meeting just stored;
    ///   - previousLatest: the date of the body's latest meeting before it, if any.
    func add(_ meeting: Meeting, attendance: [Attendance], previousLatest: CalendarDay?) async throws {
        let isNewLatest = previousLatest.map { meeting.date >= $0 } ?? true
        var seen = Set<UUID>()
        let invited = attendance.filter { [.present, .apologies].contains($0.status) && seen.insert($0.personID).inserted }
        let invitedIDs = invited.map(\.personID)

        let existing = try await MembershipModel.query(on: database).filter(\.$bodyID == body.id)
            .filter(\.$personID ~~ invitedIDs).all()
        let registered = Set(existing.filter { !$0.derived }.map(\.personID))
        let derived = Dictionary(existing.filter(\.derived).map { ($0.personID, $0) }, uniquingKeysWith: { first, _ in first })
        let minuteTakers = try await personIDs(named: meeting.minuteTakers, among: invitedIDs)

        var newSeats: [MembershipModel] = []
        for row in invited where !registered.contains(row.personID) {
            let role = Self.role(title: row.title, note: row.note, isMinuteTaker: minuteTakers.contains(row.personID))
            guard let seat = derived[row.personID] else {
                let membership = Membership(personID: row.personID, bodyID: body.id, organisationID: row.organisationID,
                                            role: role, title: Self.cleanTitle(row.title),
                                            period: try DayPeriod(start: meeting.date, end: isNewLatest ? nil : meeting.date))
                let model = MembershipModel(membership)
                model.derived = true
                model.derivedAsOf = meeting.date.iso
                newSeats.append(model)
                continue
            }
            var changes = SeatChanges(seat)
            changes.startsOn = min(seat.startsOn, meeting.date.iso)
            if isNewLatest {
                changes.endsOn = nil
            } else if let end = seat.endsOn {
                changes.endsOn = max(end, meeting.date.iso)
            }
            // Title, organisation and role follow the person's latest appearance.
            if meeting.date.iso >= (seat.derivedAsOf ?? "") {
                changes.title = Self.cleanTitle(row.title)
                changes.organisationID = row.organisationID
                changes.role = role.rawValue
                changes.derivedAsOf = meeting.date.iso
            }
            // Most seats do not change from one meeting to the next: write only those that do.
            if changes != SeatChanges(seat) {
                changes.apply(to: seat)
                try await seat.update(on: database)
            }
        }
        try await newSeats.create(on: database)

        // A new latest meeting ends the open seats of those not on its list: they last sat at the
        // previous latest meeting (an open seat means they were on its list).
        if isNewLatest, let previousLatest, previousLatest < meeting.date {
            try await MembershipModel.query(on: database).filter(\.$bodyID == body.id).filter(\.$derived == true)
                .filter(\.$endsOn == nil).filter(\.$personID !~ invitedIDs)
                .set(\.$endsOn, to: previousLatest.iso).update()
        }
    }

    private func personIDs(named names: [String], among ids: [UUID]) async throws -> Set<UUID> {
        guard !names.isEmpty, !ids.isEmpty else { return [] }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ ids).filter(\.$name ~~ names).all()
        return Set(try people.map { try $0.requireID() })
    }

    static func role(title: String?, note: String?, isMinuteTaker: Bool) -> Membership.Role {
        let text = [title, note].compactMap { $0 }.joined(separator: " ")
        if text.localizedCaseInsensitiveContains("medformand") { return .coChair }
        return isMinuteTaker ? .secretary : .member
    }

    /// "hospitalsdirektør (medformand)" -> "hospitalsdirektør": the role says it already.
    static func cleanTitle(_ title: String?) -> String? {
        guard var title else { return nil }
        title = title.replacingOccurrences(of: "(medformand)", with: "", options: .caseInsensitive)
            .trimmingCharacters(in: CharacterSet.whitespaces.union(.init(charactersIn: ",")))
        return title.isEmpty ? nil : title
    }
}

/// The derived fields of a seat, to see whether a meeting changes them.
private struct SeatChanges: Equatable {
    var startsOn: String
    var endsOn: String?
    var title: String?
    var organisationID: UUID?
    var role: String
    var derivedAsOf: String?

    init(_ seat: MembershipModel) {
        startsOn = seat.startsOn
        endsOn = seat.endsOn
        title = seat.title
        organisationID = seat.organisationID
        role = seat.role
        derivedAsOf = seat.derivedAsOf
    }

    func apply(to seat: MembershipModel) {
        seat.startsOn = startsOn
        seat.endsOn = endsOn
        seat.title = title
        seat.organisationID = organisationID
        seat.role = role
        seat.derivedAsOf = derivedAsOf
    }
}
