import Foundation
import SamspilCore

/// "Opfølgning": the open follow-up actions of a body's meetings, and the recently closed ones.
/// Members read it; the secretary marks actions done or dropped, or puts them back on the agenda.
enum FollowUpPage {
    struct Model: Equatable {
        let body: Body
        /// Overdue first, then by due date, those without one last.
        let open: [FollowUps.Entry]
        /// The latest first.
        let closed: [FollowUps.Entry]
        let today: CalendarDay
        let mayEdit: Bool
        /// The date typed to put an action back on the agenda, after it was refused.
        var refusedPutBack: RefusedPutBack?
        /// What the last form did.
        var notice: BodyWorkText?
    }

    struct RefusedPutBack: Equatable {
        let actionID: UUID
        let due: String
        let error: BodyWorkText
    }

    /// What the secretary does with an action: the posted field `do`.
    enum Command: String, CaseIterable {
        case done
        case dropped
        /// Put back on the agenda by the date in the field `due`.
        case backlog
    }

    /// The id of the date field of an action's "put back" form, for its label and the error summary.
    static func dueFieldID(_ actionID: UUID) -> String { "due-\(actionID.lowercased)" }

    /// The anchor of an action on the page.
    static func anchor(_ actionID: UUID) -> String { "handling-\(actionID.lowercased)" }
}
