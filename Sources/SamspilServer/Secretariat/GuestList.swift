import Fluent
import Foundation
import SamspilCore

/// The guests of a meeting: people who are not members, added by hand with the organisation they came for.
struct GuestList {
    let database: any Database
    let meeting: Meeting

    /// A guest as the form gives them; `name` is not empty.
    struct NewGuest: Equatable, Sendable {
        let name: String
        let organisation: String
        let title: String
        let note: String
    }

    enum Outcome: Equatable {
        case added
        /// The person is on the list already (as a member or a guest): nothing was added.
        case alreadyOnList
    }

    /// Adds the guest: the person of that name who has come for that organisation before, else a new
    /// person, as the importer matches the people of an attendance list. An organisation not known by
    /// its name is created, its kind guessed from the name.
    func add(_ guest: NewGuest) async throws -> Outcome {
        try await database.transaction { database in
            let organisationID = try await OrganisationDirectory(database: database).id(named: guest.organisation)
            let matcher = try await PersonMatcher.load(names: [guest.name], on: database)
            let personID: UUID
            if let known = matcher.person(named: guest.name, organisationID: organisationID) {
                personID = known
                let onList = try await AttendanceModel.query(on: database).filter(\.$meetingID == meeting.id)
                    .filter(\.$personID == known).count()
                if onList > 0 { return .alreadyOnList }
            } else {
                let person = Person(name: guest.name)
                try await PersonModel(person).create(on: database)
                personID = person.id
            }
            let last = try await AttendanceModel.query(on: database).filter(\.$meetingID == meeting.id).max(\.$position)
            try await AttendanceModel(Attendance(
                meetingID: meeting.id, personID: personID, organisationID: organisationID,
                title: guest.title.isEmpty ? nil : guest.title, status: .guest,
                note: guest.note.isEmpty ? nil : guest.note, position: (last ?? -1) + 1)).create(on: database)
            return .added
        }
    }

    /// Takes a guest off the list; false when the meeting has no guest row with that id. The person
    /// stays: they may be on other lists.
    func remove(_ attendanceID: UUID) async throws -> Bool {
        guard let row = try await AttendanceModel.query(on: database).filter(\.$id == attendanceID)
            .filter(\.$meetingID == meeting.id).filter(\.$status == Attendance.Status.guest.rawValue).first() else {
            return false
        }
        try await row.delete(on: database)
        return true
    }
}

/// Organisations found by the name users write, abbreviations included ("HE Midt" is "Hospitalsenhed Midt").
struct OrganisationDirectory {
    let database: any Database

    /// The organisation of that name, created if there is none; nil for an empty name.
    func id(named written: String) async throws -> UUID? {
        let name = Organisation.fullName(written)
        guard !name.isEmpty else { return nil }
        let key = name.lowercased()
        // Organisations are a few hundred at most; comparing in Swift matches case alike on both databases.
        if let known = try await OrganisationModel.query(on: database).all()
            .first(where: { Organisation.fullName($0.name).lowercased() == key }) {
            return try known.requireID()
        }
        let organisation = Organisation(name: name, kind: .init(guessingFrom: name))
        try await OrganisationModel(organisation).create(on: database)
        return organisation.id
    }
}
