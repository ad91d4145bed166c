import Foundation

/// What the secretary edits on an item's form. Comparing two drafts is how a conflicting save is shown
/// field by field, and how a correction of approved minutes is written to the audit trail.
public struct ItemDraft: Hashable, Sendable {
    public var title: String
    public var kind: AgendaItemKind?
    /// The name shown after "v/".
    public var presenter: String
    public var durationMinutes: Int?
    public var recommendation: String
    public var description: String
    public var decision: String

    public init(title: String, kind: AgendaItemKind?, presenter: String, durationMinutes: Int?,
                recommendation: String, description: String, decision: String) {
        self.title = title
        self.kind = kind
        self.presenter = presenter
        self.durationMinutes = durationMinutes
        self.recommendation = recommendation
        self.description = description
        self.decision = decision
    }

    /// The draft of a stored item. Several sections of one kind (as imports may have) read as one text.
    public init(_ item: AgendaItem) {
        func text(_ kind: SectionKind) -> String {
            item.sections.filter { $0.kind == kind }.map(\.text).joined(separator: "\n\n")
        }
        self.init(title: item.title, kind: item.kind, presenter: item.presenter ?? "",
                  durationMinutes: item.durationMinutes, recommendation: text(.recommendation),
                  description: text(.description), decision: text(.decision))
    }

    public enum Field: String, Sendable, CaseIterable {
        case title, kind, presenter, duration, recommendation, description, decision

        /// The section an item keeps this field's text in, for the texts.
        public var sectionKind: SectionKind? {
            switch self {
            case .recommendation: .recommendation
            case .description: .description
            case .decision: .decision
            case .title, .kind, .presenter, .duration: nil
            }
        }
    }

    /// The field as text, as the audit trail and the conflict page show it.
    public func value(of field: Field) -> String {
        switch field {
        case .title: title
        case .kind: kind?.rawValue ?? ""
        case .presenter: presenter
        case .duration: durationMinutes.map(String.init) ?? ""
        case .recommendation: recommendation
        case .description: description
        case .decision: decision
        }
    }

    public func differences(from other: ItemDraft) -> [Field] {
        Field.allCases.filter { value(of: $0) != other.value(of: $0) }
    }

    /// The item with this draft's values. The texts replace the sections of their kind, keeping the
    /// heading the first of them had ("Referat" stays "Referat"); other sections are kept as they are.
    public func applied(to original: AgendaItem) -> AgendaItem {
        var item = original
        item.title = title
        item.kind = kind
        item.presenter = presenter.isEmpty ? nil : presenter
        item.durationMinutes = durationMinutes
        var sections: [ItemSection] = []
        var written: Set<SectionKind> = []
        let texts: [SectionKind: String] = [.recommendation: recommendation, .description: description, .decision: decision]
        for section in original.sections {
            guard let text = texts[section.kind] else { sections.append(section); continue }
            guard written.insert(section.kind).inserted, !text.isEmpty else { continue }
            sections.append(ItemSection(kind: section.kind, heading: section.heading, text: text))
        }
        // New texts go in the usual order: recommendation, description, (other sections), decision.
        for kind in [SectionKind.recommendation, .description] where !written.contains(kind) {
            if let text = texts[kind], !text.isEmpty {
                let index = sections.firstIndex { $0.kind != .recommendation && $0.kind != .description } ?? sections.count
                sections.insert(ItemSection(kind: kind, text: text), at: kind == .recommendation ? 0 : index)
            }
        }
        if !written.contains(.decision), !decision.isEmpty {
            sections.append(ItemSection(kind: .decision, text: decision))
        }
        item.sections = sections
        return item
    }
}
