import Foundation
import SamspilCore

/// The public archive of one body's year: its meetings, earliest first, and what of each is published.
enum YearPage {
    struct Model: Equatable {
        struct Entry: Equatable {
            let meeting: MeetingSummary
            let published: Published
            let minutes: Minutes
            let isCancelled: Bool
        }

        /// What the public can read of a meeting.
        enum Published: Equatable {
            case agendaAndMinutes
            case agenda
            /// Listed only to those who read everything of the body.
            case nothing

            init(_ status: MeetingStatus) {
                self = status.minutesArePublic ? .agendaAndMinutes : status.agendaIsPublic ? .agenda : .nothing
            }
        }

        /// Where a meeting's minutes stand, as this viewer may know it.
        enum Minutes: Equatable {
            case notYet
            /// Written, waiting for approval: the members read the draft, the public does not.
            case draft(readable: Bool)
            case approved

            init(_ status: MeetingStatus, readsEverything: Bool) {
                switch status {
                case .planned, .agendaPublished, .held: self = .notYet
                case .minutesDraft: self = .draft(readable: readsEverything)
                case .minutesApproved: self = .approved
                }
            }
        }

        let bodyName: String
        let bodySlug: String
        let year: Int
        /// Earliest first: a year reads from January.
        let entries: [Entry]
        /// Every year with meetings this viewer sees, this one included, latest first.
        let years: [Int]
        /// The viewer sees meetings that are not public yet.
        let readsEverything: Bool

        var bodyURL: SiteURL { .body(slug: bodySlug) }
        var lastModified: Date? { entries.map(\.meeting).lastModified }
    }
}
