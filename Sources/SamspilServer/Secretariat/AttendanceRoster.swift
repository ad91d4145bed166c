import Fluent
import Foundation
import SamspilCore

/// A meeting's attendance list as the secretary marks it: the people already on the list, and the body's
/// members on the meeting's date who are not on it yet. Members come onto the list when they are marked.
struct AttendanceRoster: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        /// The row on the list; nil for a member who is not on it yet.
        let attendanceID: UUID?
        let personID: UUID
        let name: String
        let title: String?
        let organisationID: UUID?
        let organisation: String?
        /// nil for a member not on the list yet.
        let status: Attendance.Status?
        let note: String?

        /// The name of the entry's fields in a form: the row's id, or the person's for a member not on
        /// the list (a person is on a list once).
        var key: String { attendanceID.map { $0.lowercased } ?? "person-\(personID.lowercased)" }
    }

    let meetingID: UUID
    /// Everyone but the guests: the list's order first, then the members not on it, each organisation's
    /// people together.
    let people: [Entry]
    let guests: [Entry]

    /// A mark the secretary set for one entry.
    struct Mark: Equatable, Sendable {
        let status: Attendance.Status
        let note: String
    }

    static func load(_ meeting: Meeting, on database: any Database) async throws -> AttendanceRoster {
        let rows = try await AttendanceModel.query(on: database).filter(\.$meetingID == meeting.id)
            .sort(\.$position).all().map { try $0.domain() }
        let onList = Set(rows.map(\.personID))
        var seated: Set<UUID> = []
        // Registered guests are not expected at every meeting; a person with two seats is listed once, with
        // the higher-ranked one.
        let members = try await MembershipModel.query(on: database).filter(\.$bodyID == meeting.bodyID).all()
            .map { try $0.domain() }
            .filter { $0.isActive(on: meeting.date) && $0.role != .guest && !onList.contains($0.personID) }
            .sorted { ($0.role.rank, $0.personID.uuidString) < ($1.role.rank, $1.personID.uuidString) }
            .filter { seated.insert($0.personID).inserted }

        let personIDs = onList.union(members.map(\.personID))
        let names = try await PersonModel.query(on: database).filter(\.$id ~~ personIDs).all()
            .reduce(into: [UUID: String]()) { $0[try $1.requireID()] = $1.name }
        let organisationIDs = Set(rows.compactMap(\.organisationID) + members.compactMap(\.organisationID))
        let organisations = try await OrganisationModel.query(on: database).filter(\.$id ~~ organisationIDs).all()
            .reduce(into: [UUID: String]()) { $0[try $1.requireID()] = $1.name }

        let listed = rows.map { row in
            Entry(attendanceID: row.id, personID: row.personID, name: names[row.personID] ?? "", title: row.title,
                  organisationID: row.organisationID, organisation: row.organisationID.flatMap { organisations[$0] },
                  status: row.status, note: row.note)
        }
        let newcomers = members.map { member in
            Entry(attendanceID: nil, personID: member.personID, name: names[member.personID] ?? "", title: member.title,
                  organisationID: member.organisationID,
                  organisation: member.organisationID.flatMap { organisations[$0] }, status: nil, note: nil)
        }.sorted { ($0.organisation ?? "\u{FFFF}", $0.name) < ($1.organisation ?? "\u{FFFF}", $1.name) }

        let people = (listed.filter { $0.status != .guest } + newcomers).groupedInOrder(by: \.organisationID).flatMap(\.1)
        return AttendanceRoster(meetingID: meeting.id, people: people, guests: listed.filter { $0.status == .guest })
    }

    /// Writes the marks, keyed by `Entry.key`: rows on the list that changed are updated, members not on
    /// it get a row after the last one, in the order of the roster. Entries without a mark are left alone.
    func save(_ marks: [String: Mark], on database: any Database) async throws {
        try await database.transaction { database in
            let rows = try await AttendanceModel.query(on: database).filter(\.$meetingID == meetingID).all()
            let byID = Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.id.map { ($0, row) } })
            var nextPosition = (rows.map(\.position).max() ?? -1) + 1
            for entry in people {
                guard let mark = marks[entry.key] else { continue }
                let note = mark.note.isEmpty ? nil : mark.note
                if let id = entry.attendanceID {
                    guard let row = byID[id], row.status != mark.status.rawValue || row.note != note else { continue }
                    row.status = mark.status.rawValue
                    row.note = note
                    try await row.save(on: database)
                } else {
                    try await AttendanceModel(Attendance(
                        meetingID: meetingID, personID: entry.personID, organisationID: entry.organisationID,
                        title: entry.title, status: mark.status, note: note, position: nextPosition)).create(on: database)
                    nextPosition += 1
                }
            }
        }
    }
}

extension Array {
    /// The elements grouped by a key, the groups in the order their first element has, the elements of a
    /// group in their order: an attendance list keeps each organisation's people together without
    /// reordering the organisations.
    func groupedInOrder<Key: Hashable>(by key: (Element) -> Key) -> [(Key, [Element])] {
        var order: [Key] = []
        var groups: [Key: [Element]] = [:]
        for element in self {
            let groupKey = key(element)
            if groups[groupKey] == nil { order.append(groupKey) }
            groups[groupKey, default: []].append(element)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }
}
