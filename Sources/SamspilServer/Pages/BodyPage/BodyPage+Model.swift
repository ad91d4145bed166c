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
        /// The secretariat's pages of the body that this viewer may use.
        var workLinks: [WorkLink] = []

        /// When the latest of the listed meetings changed.
        var lastModified: Date? { years.flatMap(\.meetings).lastModified }

        enum WorkLink: CaseIterable {
            case newMeeting, backlog, followUp, standardItems, settings

            var permission: Viewer.Permission {
                switch self {
                case .newMeeting, .standardItems, .settings: .edit
                case .backlog, .followUp: .readEverything
                }
            }

            func url(_ slug: String) -> SiteURL {
                switch self {
                case .newMeeting: .newMeeting(bodySlug: slug)
                case .backlog: .backlog(bodySlug: slug)
                case .followUp: .followUp(bodySlug: slug)
                case .standardItems: .standardItems(bodySlug: slug)
                case .settings: .bodySettings(bodySlug: slug)
                }
            }

            var text: MeetingWorkText {
                switch self {
                case .newMeeting: .newMeeting
                case .backlog: .backlogLink
                case .followUp: .followUpLink
                case .standardItems: .standardItemsLink
                case .settings: .bodySettingsLink
                }
            }
        }
    }
}
