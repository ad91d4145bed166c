import Foundation
import SamspilCore

enum BodyPage {
    struct Model: Equatable {
        struct Link: Equatable {
            let name: String
            let url: SiteURL
        }

        struct Member: Equatable {
            let name: String
            let url: SiteURL
            let title: String?
            let organisation: String?
            let role: Membership.Role
            let period: DayPeriod
        }

        struct Year: Equatable {
            let year: Int
            /// Latest first.
            let meetings: [MeetingSummary]
        }

        let body: Body
        let parent: Link?
        let children: [Link]
        /// Members whose seat is held today, co-chairs first, grouped by organisation within a role.
        let members: [Member]
        let formerMembers: [Member]
        /// Latest year first.
        let years: [Year]
    }
}
