import Foundation
import SamspilCore

/// "Punkter til kommende møder": what a body has decided to treat later. Members read it; the
/// secretary adds and deletes.
enum BacklogPage {
    struct Model: Equatable {
        struct Row: Equatable {
            let item: BacklogItem
            /// The item of the meeting that took it up.
            let takenUpAt: ItemPlace?
            /// The item it was proposed at, e.g. an action put back on the agenda.
            let proposedAt: ItemPlace?
        }

        let body: Body
        /// By due date, those without one last.
        let waiting: [Row]
        /// The latest meeting first.
        let takenUp: [Row]
        let today: CalendarDay
        let mayEdit: Bool
        var form: Form
        /// What the last form did.
        var notice: BodyWorkText?
    }

    /// The form that adds an item, as typed.
    struct Form: Equatable {
        enum Field: String, CaseIterable {
            case title
            case proposedBy = "proposed-by"
            case proposedOn = "proposed-on"
            case due
        }

        var title = ""
        var proposedBy = ""
        /// Today's date until the secretary changes it.
        var proposedOn = ""
        var due = ""
        var errors: [Field: BodyWorkText] = [:]

        static func blank(today: CalendarDay) -> Form {
            Form(proposedOn: today.iso)
        }

        /// The backlog item the form describes; nil, with the errors set, when it does not describe one.
        mutating func validate(bodyID: UUID) -> BacklogItem? {
            errors = [:]
            if title.isEmpty { errors[.title] = .backlogTitleRequired }
            let proposedOnDate = EnteredDate(proposedOn)
            let dueDate = EnteredDate(due)
            if proposedOnDate.isInvalid { errors[.proposedOn] = .dateInvalid }
            if dueDate.isInvalid { errors[.due] = .dateInvalid }
            guard errors.isEmpty else { return nil }
            return BacklogItem(bodyID: bodyID, title: title, proposedBy: proposedBy.nilIfEmpty,
                               proposedOn: proposedOnDate.day, due: dueDate.day)
        }
    }
}
