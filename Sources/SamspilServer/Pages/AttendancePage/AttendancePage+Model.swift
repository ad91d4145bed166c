import Foundation
import SamspilCore

/// The secretary's attendance list of a meeting: present, apologies or absent for each member, with a
/// note, and the guests. Read-only once the minutes are approved.
enum AttendancePage {
    struct Model: Equatable {
        let body: Body
        let meeting: Meeting
        let meetingURL: SiteURL
        let formURL: SiteURL
        let guestsURL: SiteURL
        /// The minutes are approved: the list is the record and no longer changes.
        let locked: Bool
        /// Each organisation's people together.
        var people: [Person]
        let guests: [Guest]
        var guestForm: GuestForm
        /// What the last form did.
        var notice: BodyWorkText?
    }

    struct Person: Equatable {
        /// The name of the person's fields: `status-KEY`, `note-KEY`.
        let key: String
        let name: String
        let title: String?
        let organisation: String?
        /// False for a member who is not on the list yet.
        let onList: Bool
        var status: Attendance.Status?
        var note: String
        var error: BodyWorkText?
        /// A CPR number in a note the public would read at once, masked.
        var cprNumber: String?

        init(_ entry: AttendanceRoster.Entry) {
            key = entry.key
            name = entry.name
            title = entry.title
            organisation = entry.organisation
            onList = entry.attendanceID != nil
            status = entry.status
            note = entry.note ?? ""
        }
    }

    struct Guest: Equatable {
        let attendanceID: UUID
        let name: String
        let title: String?
        let organisation: String?
        let note: String?
    }

    /// The form that adds a guest, as typed.
    struct GuestForm: Equatable {
        enum Field: String, CaseIterable {
            case name, organisation, title, note
        }

        var name = ""
        var organisation = ""
        var title = ""
        var note = ""
        var errors: [Field: BodyWorkText] = [:]
        /// The fields that hold a CPR number the public would read at once, with the number masked.
        var cprNumbers: [Field: String] = [:]

        /// The guest the form describes; nil, with the errors set, when the name is missing.
        mutating func validate() -> GuestList.NewGuest? {
            errors = name.isEmpty ? [.name: .guestNameRequired] : [:]
            guard errors.isEmpty else { return nil }
            return GuestList.NewGuest(name: name, organisation: organisation, title: title, note: note)
        }

        /// Whether no field holds a CPR number; otherwise each that does gets an error, and its number
        /// is masked in what was typed, as the item editor does. For a meeting whose agenda is out, whose
        /// list the public reads at once.
        mutating func publishesNoCPRNumber() -> Bool {
            cprNumbers = [:]
            for field in Field.allCases {
                guard let number = CPRNumbers.find(in: self[field]).first else { continue }
                cprNumbers[field] = number.masked
                self[field] = CPRNumbers.masking(self[field])
            }
            return cprNumbers.isEmpty
        }

        /// The error beside a field, if any.
        func error(of field: Field, in language: Language) -> String? {
            errors[field].map(language.bodyWork) ?? cprNumbers[field].map(language.cprInText)
        }

        subscript(_ field: Field) -> String {
            get {
                switch field {
                case .name: name
                case .organisation: organisation
                case .title: title
                case .note: note
                }
            }
            set {
                switch field {
                case .name: name = newValue
                case .organisation: organisation = newValue
                case .title: title = newValue
                case .note: note = newValue
                }
            }
        }
    }

    /// Approved minutes are the record: their attendance list no longer changes.
    static func isLocked(_ meeting: Meeting) -> Bool { meeting.status == .minutesApproved }

    /// The statuses the secretary marks; guests are added in their own form.
    static let markable: [Attendance.Status] = [.present, .apologies, .absent]

    static func statusFieldName(_ key: String) -> String { "status-\(key)" }
    static func noteFieldName(_ key: String) -> String { "note-\(key)" }

    /// The people as typed, with an error for each note that holds a CPR number, the number masked; for
    /// a meeting whose agenda is out, whose list the public reads at once. Names and titles are the
    /// people's own, not typed here.
    static func refusingCPRNumbers(_ people: [Person]) -> [Person] {
        people.map { person in
            var person = person
            person.cprNumber = CPRNumbers.find(in: person.note).first?.masked
            if person.cprNumber != nil { person.note = CPRNumbers.masking(person.note) }
            return person
        }
    }

    /// The marks of a posted list, keyed by the roster's keys, and the people as typed. Only the people
    /// whose status was posted are marked: a member not on the list who is not marked stays off it (a
    /// note for them without a status is an error), and a status that is not one of the three is one.
    static func read(_ people: [Person], field: (String) -> String) -> (marks: [String: AttendanceRoster.Mark], people: [Person]) {
        var marks: [String: AttendanceRoster.Mark] = [:]
        var typed: [Person] = []
        for var person in people {
            let statusText = field(statusFieldName(person.key))
            let note = field(noteFieldName(person.key))
            person.error = nil
            if let status = Attendance.Status(rawValue: statusText), markable.contains(status) {
                (person.status, person.note) = (status, note)
                marks[person.key] = .init(status: status, note: note)
            } else if !statusText.isEmpty || (!person.onList && !note.isEmpty) {
                (person.status, person.note) = (nil, note)
                person.error = .attendanceChooseStatus
            }
            typed.append(person)
        }
        return (marks, typed)
    }
}
