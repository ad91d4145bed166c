import Foundation
import SamspilCore

/// An item's form as typed: texts as they came, so nothing typed is lost when something is wrong.
struct ItemForm: Equatable {
    enum Field: String, CaseIterable {
        case title, kind, presenterMember = "presenter_member", presenterOther = "presenter_other", duration
        case recommendation, description, decision, reason
    }

    var values: [Field: String] = [:]
    /// The version the form was loaded at: a save from an older version is a conflict.
    var version: Int
    var errors: [Field: MeetingWorkText] = [:]
    /// The fields whose text would be public at once and holds a CPR number, with the number masked.
    var cprNumbers: [Field: String] = [:]

    subscript(_ field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    init(_ item: AgendaItem) {
        let draft = ItemDraft(item)
        version = item.version
        values = [.title: draft.title, .kind: draft.kind?.rawValue ?? "", .duration: draft.durationMinutes.map(String.init) ?? "",
                  .recommendation: draft.recommendation, .description: draft.description, .decision: draft.decision,
                  .presenterMember: item.presenterPersonID?.lowercased ?? "",
                  .presenterOther: item.presenterPersonID == nil ? draft.presenter : ""]
    }

    init(posted field: (String) -> String) {
        version = Int(field("version")) ?? 0
        for key in Field.allCases { values[key] = field(key.rawValue) }
    }

    /// The draft the form describes and the member presenting, or nil with `errors` set.
    /// - Parameter members: the body's members, by id, to name the presenter chosen among them.
    mutating func draft(members: [UUID: String], reasonRequired: Bool) -> (draft: ItemDraft, presenterID: UUID?)? {
        errors = [:]
        if self[.title].isEmpty { errors[.title] = .titleMissing }
        var minutes: Int?
        if !self[.duration].isEmpty {
            minutes = NewItemForm.minutes(self[.duration])
            if minutes == nil { errors[.duration] = .durationInvalid }
        }
        if reasonRequired, self[.reason].isEmpty { errors[.reason] = .reasonMissing }
        guard errors.isEmpty else { return nil }
        // A name written by hand goes before the choice among the members.
        let memberID = UUID(uuidString: self[.presenterMember]).flatMap { members[$0] == nil ? nil : $0 }
        let presenterID = self[.presenterOther].isEmpty ? memberID : nil
        let presenter = self[.presenterOther].nilIfEmpty ?? presenterID.flatMap { members[$0] } ?? ""
        let draft = ItemDraft(title: self[.title], kind: AgendaItemKind(rawValue: self[.kind]), presenter: presenter,
                              durationMinutes: minutes, recommendation: self[.recommendation],
                              description: self[.description], decision: self[.decision])
        return (draft, presenterID)
    }

    /// Whether `item`, the form's draft applied, publishes no CPR number at `scope`, which is what the
    /// public reads of the meeting now: the agenda is out, so a save publishes at once. Otherwise each
    /// field that holds one gets an error, and its number is masked in what was typed: the rest is kept
    /// to be put right, and the page that refuses never shows the number either. Only what the form
    /// edits: the rest of the item was checked when it became public. `reasonIsPublic`: a correction of
    /// approved minutes, whose reason the audit trail shows the public.
    mutating func publishesNoCPRNumber(_ item: AgendaItem, at scope: PublicationScope, reasonIsPublic: Bool) -> Bool {
        cprNumbers = [:]
        var found = PublishedText.findings(in: PublishedText.texts(of: item, scope: scope)).compactMap { finding in
            field(at: finding.place).map { ($0, finding.masked) }
        }
        if reasonIsPublic, let number = CPRNumbers.find(in: self[.reason]).first {
            found.append((.reason, number.masked))
        }
        for (field, masked) in found where cprNumbers[field] == nil {
            cprNumbers[field] = masked
            self[field] = CPRNumbers.masking(self[field])
        }
        return cprNumbers.isEmpty
    }

    /// The error beside a field, if any.
    func error(of field: Field, in language: Language) -> String? {
        errors[field].map(language.work) ?? cprNumbers[field].map(language.cprInText)
    }

    /// The field that holds a text of the item where the public reads it; nil for what the form does not edit.
    private func field(at place: PublicPlace) -> Field? {
        guard case let .item(_, part) = place else { return nil }
        switch part {
        case .title: return .title
        // A name written by hand goes before the choice among the members (`draft`).
        case .presenter: return self[.presenterOther].isEmpty ? .presenterMember : .presenterOther
        case let .section(kind, _):
            return ItemDraft.Field.allCases.first { $0.sectionKind == kind }.flatMap { Field(rawValue: $0.rawValue) }
        case .caseNumber, .followUp: return nil
        }
    }

    /// The form after a conflict: the fields the user asked to keep as saved take the saved values.
    mutating func keepSaved(_ fields: Set<ItemDraft.Field>, from saved: AgendaItem) {
        let current = ItemForm(saved)
        for field in fields {
            switch field {
            case .title: self[.title] = current[.title]
            case .kind: self[.kind] = current[.kind]
            case .presenter:
                self[.presenterMember] = current[.presenterMember]
                self[.presenterOther] = current[.presenterOther]
            case .duration: self[.duration] = current[.duration]
            case .recommendation: self[.recommendation] = current[.recommendation]
            case .description: self[.description] = current[.description]
            case .decision: self[.decision] = current[.decision]
            }
        }
    }
}

/// A follow-up action as typed on an item.
struct ActionForm: Equatable {
    enum Field: String { case text = "action_text", owner = "action_owner", ownerOther = "action_owner_other", due = "action_due" }

    var values: [Field: String] = [:]
    var errors: [Field: MeetingWorkText] = [:]
    /// The fields whose text would be public at once and holds a CPR number, with the number masked.
    var cprNumbers: [Field: String] = [:]

    subscript(_ field: Field) -> String { values[field] ?? "" }

    init(values: [Field: String] = [:]) { self.values = values }

    init(posted field: (String) -> String) {
        for key in [Field.text, .owner, .ownerOther, .due] { values[key] = field(key.rawValue) }
    }

    /// The owner is `person:ID`, `organisation:ID`, or a name written by hand (which wins).
    mutating func action(itemID: UUID) -> FollowUpAction? {
        errors = [:]
        if self[.text].isEmpty { errors[.text] = .actionTextMissing }
        var owner: FollowUpAction.Owner?
        if let name = self[.ownerOther].nilIfEmpty {
            owner = .named(name)
        } else {
            let parts = self[.owner].split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let id = UUID(uuidString: parts[1]) {
                owner = parts[0] == "person" ? .person(id) : parts[0] == "organisation" ? .organisation(id) : nil
            }
        }
        if owner == nil { errors[.owner] = .actionOwnerMissing }
        var due: CalendarDay?
        if !self[.due].isEmpty {
            due = CalendarDay(iso: self[.due])
            if due == nil { errors[.due] = .dateInvalid }
        }
        guard errors.isEmpty, let owner else { return nil }
        return FollowUpAction(itemID: itemID, text: self[.text], owner: owner, due: due)
    }
}
