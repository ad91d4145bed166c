import Foundation
import SamspilCore

enum PersonPage {
    struct Model: Equatable {
        struct Seat: Equatable {
            let bodyName: String
            let bodyURL: SiteURL
            let role: Membership.Role
            let title: String?
            let organisation: String?
            let period: DayPeriod
        }

        struct PresentedItem: Equatable {
            let meeting: MeetingSummary
            let title: String
            let url: String
        }

        struct Appearance: Equatable {
            let meeting: MeetingSummary
            let status: Attendance.Status
            let note: String?
        }

        struct Contact: Equatable {
            let email: String?
            let phone: String?
        }

        let name: String
        /// Only for members and secretaries of a body the person sits in: the public pages have none.
        let contact: Contact?
        /// Current seats first, then by start, latest first.
        let memberships: [Seat]
        /// Latest first.
        let presented: [PresentedItem]
        /// Latest first.
        let appearances: [Appearance]

        /// When the latest of the meetings the page lists changed.
        var lastModified: Date? { (presented.map(\.meeting) + appearances.map(\.meeting)).lastModified }
    }
}
