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
    }

    /// How many meetings each list shows.
    static let listLength = 8
}
