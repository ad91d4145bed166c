import Foundation
import SamspilCore

/// A form of the structure's: the errors beside its fields are `StructureText`s.
protocol StructureForm: PostedForm {
    var errors: [Field: StructureText] { get }
}

/// The forms of the administration of the structure, as typed, each making its domain value or the
/// errors beside the fields.
enum StructureForms {
    struct BodyForm: StructureForm {
        enum Field: String, CaseIterable { case name, kind, parent, cluster, summary }
        var values: [Field: String] = [:]
        var errors: [Field: StructureText] = [:]

        init() {}

        init(_ body: Body) {
            values = [.name: body.name, .kind: body.kind.rawValue, .parent: body.parentID?.lowercased ?? "",
                      .cluster: body.cluster ?? "", .summary: body.summary ?? ""]
        }

        /// The body's kind, parent and cluster as stored, whatever was posted. Where and what a body is
        /// decides the rights of the secretaries of a cluster: it is the administrators' to change.
        mutating func keepPlace(of body: Body) {
            let stored = BodyForm(body)
            for field in [Field.kind, .parent, .cluster] { values[field] = stored[field] }
        }

        /// The body with these values; `existing` keeps its id and key.
        mutating func body(_ existing: Body?, bodies: [Body]) -> Body? {
            errors = [:]
            let name = self[.name].trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { errors[.name] = .nameMissing }
            let parent = UUID(uuidString: self[.parent]).flatMap { id in bodies.first { $0.id == id }?.id }
            if parent == nil, !self[.parent].isEmpty { errors[.parent] = .parentUnknown }
            guard errors.isEmpty else { return nil }
            var body = existing ?? Body(slug: "", name: name, kind: .workingGroup)
            body.name = name
            body.kind = Body.Kind(rawValue: self[.kind]) ?? body.kind
            body.parentID = parent
            body.cluster = self[.cluster].trimmingCharacters(in: .whitespaces).nilIfEmpty
            body.summary = self[.summary].nilIfEmpty
            return body
        }
    }

    struct OrganisationForm: StructureForm {
        enum Field: String, CaseIterable { case name, kind }
        var values: [Field: String] = [:]
        var errors: [Field: StructureText] = [:]

        init() {}

        init(_ organisation: Organisation) {
            values = [.name: organisation.name, .kind: organisation.kind.rawValue]
        }

        mutating func organisation(id: UUID) -> Organisation? {
            errors = [:]
            let name = self[.name].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if name.isEmpty { errors[.name] = .nameMissing }
            guard errors.isEmpty else { return nil }
            return Organisation(id: id, name: name, kind: Organisation.Kind(rawValue: self[.kind]) ?? Organisation.Kind(guessingFrom: name))
        }
    }

    struct PersonForm: StructureForm {
        enum Field: String, CaseIterable { case name, email, phone }
        var values: [Field: String] = [:]
        var errors: [Field: StructureText] = [:]

        init() {}

        init(_ person: Person) {
            values = [.name: person.name, .email: person.email ?? "", .phone: person.phone ?? ""]
        }

        mutating func person(id: UUID) -> Person? {
            errors = [:]
            let name = self[.name].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if name.isEmpty { errors[.name] = .nameMissing }
            guard errors.isEmpty else { return nil }
            return Person(id: id, name: name, email: self[.email].nilIfEmpty, phone: self[.phone].nilIfEmpty)
        }
    }

    /// A new seat: the person by name (or a new person of that name, when ticked), the organisation they
    /// sit for, their role and title, and the period.
    struct MembershipForm: StructureForm {
        enum Field: String, CaseIterable {
            case person, newPerson = "new_person", organisation, role, title, start, end
        }
        var values: [Field: String] = [:]
        var errors: [Field: StructureText] = [:]

        /// The seat, and the person to create first when the name is new; nil with the errors set.
        mutating func membership(bodyID: UUID, people: [Person], organisations: [Organisation]) -> (Membership, newPerson: Person?)? {
            errors = [:]
            var person: Person?
            var newPerson: Person?
            let name = self[.person].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            switch (Person.named(name, among: people), self[.newPerson] == "1") {
            case (.none, _) where name.isEmpty:
                errors[.person] = .nameMissing
            case (.none, true):
                newPerson = Person(name: name)
                person = newPerson
            case (.none, false):
                errors[.person] = .personUnknown
            case (_, true):
                errors[.person] = .personExists
            case let (.one(found), false):
                person = found
            case (.several, false):
                errors[.person] = .personAmbiguous
            }
            let organisation = UUID(uuidString: self[.organisation]).flatMap { id in organisations.first { $0.id == id }?.id }
            let start = EnteredDate(self[.start]), end = EnteredDate(self[.end])
            switch start {
            case .empty: errors[.start] = .startMissing
            case .invalid: errors[.start] = .dateInvalid
            case .day: break
            }
            if case .invalid = end { errors[.end] = .dateInvalid }
            var period: DayPeriod?
            if let first = start.day {
                period = try? DayPeriod(start: first, end: end.day)
                if period == nil { errors[.end] = .endBeforeStart }
            }
            guard errors.isEmpty, let person, let period else { return nil }
            return (Membership(personID: person.id, bodyID: bodyID, organisationID: organisation,
                               role: Membership.Role(rawValue: self[.role]) ?? .member, title: self[.title].nilIfEmpty, period: period),
                    newPerson)
        }
    }

    struct TermsForm: StructureForm {
        enum Field: String, CaseIterable { case approved, text }
        var values: [Field: String] = [:]
        var errors: [Field: StructureText] = [:]

        mutating func version(bodyID: UUID) -> TermsOfReference? {
            errors = [:]
            let approved = EnteredDate(self[.approved])
            if approved.day == nil { errors[.approved] = .dateInvalid }
            if self[.text].isEmpty { errors[.text] = .termsTextMissing }
            guard errors.isEmpty, let day = approved.day else { return nil }
            return TermsOfReference(bodyID: bodyID, approved: day, text: self[.text])
        }
    }
}
