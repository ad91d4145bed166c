import Foundation
import SamspilCore

/// A body's standard items ("standardpunkter"), for the secretary: the items every new meeting starts
/// with. Each row is editable, two empty rows add items, and a row whose title is emptied goes.
enum StandardItemsPage {
    struct Model: Equatable {
        let body: Body
        /// The body has none of its own: the rows show the defaults.
        let usesDefaults: Bool
        var rows: [Row]
        /// What the last form did.
        var notice: BodyWorkText?
    }

    /// Empty rows under the items, for new ones.
    static let emptyRows = 2
    /// More rows than any body has; a post claiming more is cut off here.
    static let maxRows = 100
    static let durations = 1...480

    /// One row of the form, as typed.
    struct Row: Equatable {
        enum Field: String, CaseIterable {
            case title, kind, duration, placement, recommendation
            /// Hidden: what Samspil does with the item, kept from the defaults by the row's place.
            case purpose
        }

        var title = ""
        /// A kind's raw value, "" for none.
        var kind = ""
        var duration = "10"
        var placement = StandardItem.Placement.closing.rawValue
        var recommendation = ""
        var purpose = ""
        var errors: [Field: BodyWorkText] = [:]

        init() {}

        init(_ item: StandardItem) {
            title = item.title
            kind = item.kind?.rawValue ?? ""
            duration = String(item.durationMinutes)
            placement = item.placement.rawValue
            recommendation = item.recommendation
            purpose = item.purpose?.rawValue ?? ""
        }

        /// A row without a title is removed when the form is saved.
        var isBlank: Bool { title.isEmpty }

        static func fieldName(_ field: Field, row index: Int) -> String { "\(field.rawValue)-\(index)" }

        /// The standard item the row describes; nil, with the errors set, when it describes none. A blank
        /// row has no errors.
        mutating func validate() -> StandardItem? {
            errors = [:]
            guard !isBlank else { return nil }
            let kindValue = AgendaItemKind(rawValue: kind)
            if !kind.isEmpty, kindValue == nil { errors[.kind] = .choiceInvalid }
            let minutes = Int(duration).flatMap { durations.contains($0) ? $0 : nil }
            if minutes == nil { errors[.duration] = .durationInvalid }
            let placementValue = StandardItem.Placement(rawValue: placement)
            if placementValue == nil { errors[.placement] = .choiceInvalid }
            guard errors.isEmpty, let minutes, let placementValue else { return nil }
            return StandardItem(title: title, kind: kindValue, durationMinutes: minutes, placement: placementValue,
                                // A purpose the form did not come with is dropped rather than refused: the
                                // field is hidden, and nobody could mend it.
                                purpose: StandardItem.Purpose(rawValue: purpose), recommendation: recommendation)
        }
    }

    /// The rows of a posted form: `rows` says how many, each row's fields end in its index.
    static func read(field: (String) -> String) -> [Row] {
        let count = min(max(Int(field("rows")) ?? 0, 0), maxRows)
        return (0..<count).map { index in
            var row = Row()
            row.title = field(Row.fieldName(.title, row: index))
            row.kind = field(Row.fieldName(.kind, row: index))
            row.duration = field(Row.fieldName(.duration, row: index))
            row.placement = field(Row.fieldName(.placement, row: index))
            row.recommendation = field(Row.fieldName(.recommendation, row: index))
            row.purpose = field(Row.fieldName(.purpose, row: index))
            return row
        }
    }

    /// The items of the rows in their order, or the rows with their errors set.
    static func validate(_ rows: [Row]) -> Result<[StandardItem], InvalidRows> {
        var checked = rows
        var items: [StandardItem] = []
        for index in checked.indices {
            if let item = checked[index].validate() { items.append(item) }
        }
        return checked.contains { !$0.errors.isEmpty } ? .failure(InvalidRows(rows: checked)) : .success(items)
    }

    struct InvalidRows: Error, Equatable {
        let rows: [Row]
    }
}
