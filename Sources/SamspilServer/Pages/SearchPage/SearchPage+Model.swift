import Foundation
import SamspilCore

/// Search across bodies and years: one box, filters, results with the matched words marked, pages.
enum SearchPage {
    struct Model: Equatable {
        struct Choice: Equatable {
            let value: String
            let label: String
        }

        var form: SearchForm
        var problems: [SearchForm.Field: SearchPageText] = [:]
        var results: [SearchResult] = []
        /// How many items match, counted up to `SearchHits.countLimit`.
        var total = 0
        var isTotalCapped = false
        var bodies: [Choice] = []
        var clusters: [String] = []
        /// The viewer searches only what is published.
        var searchesOnlyPublished = true

        static let pageSize = 20

        /// Whether a search was made (a query without problems).
        var hasSearched: Bool { !SearchQuery(form.query).isEmpty && problems.isEmpty }
        var pageCount: Int { max(1, (total + Self.pageSize - 1) / Self.pageSize) }
        var hasNextPage: Bool { form.page < pageCount }
    }
}
