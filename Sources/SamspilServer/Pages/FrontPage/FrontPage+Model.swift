import Foundation
import SamspilCore

enum FrontPage {
    struct Model: Equatable {
        struct BodyEntry: Equatable {
            let name: String
            let kind: Body.Kind
            let depth: Int
            let url: SiteURL
        }

        var bodies: [BodyEntry]
        /// Soonest first.
        var upcoming: [MeetingSummary]
        /// Latest first.
        var recent: [MeetingSummary]

        /// When the latest of the listed meetings changed.
        var lastModified: Date? { (upcoming + recent).lastModified }
    }

    /// How many meetings each list shows.
    static let listLength = 8
}
