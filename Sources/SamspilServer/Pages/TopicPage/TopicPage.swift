import Fluent
import Plot
import SamspilCore

/// The history of a subject: every item a search finds, across bodies and years, oldest first, each
/// with its decision quoted: "what did we decide about X, and when?". Its address is the topic's
/// permalink (`/soeg/forloeb?q=telemedicin+KOL`), and it takes the search page's filters.
enum TopicPage {
    struct Model: Equatable {
        struct Year: Equatable {
            let year: Int
            let results: [SearchResult]
        }

        var search: SearchPage.Model
        var years: [Year] = []
        /// More items match than the history shows.
        var isCapped = false

        /// A history reads in one page; a subject with more items than this needs narrowing.
        static let limit = 200
    }

    static func query(_ form: SearchForm, viewer: Viewer, on database: any Database) async throws -> Model {
        var oldestFirst = form
        oldestFirst.page = 1
        oldestFirst.order = .oldest
        var search = try await SearchPage.Model.query(oldestFirst, viewer: viewer, pageSize: Model.limit, on: database)
        // The form and its links keep what the user chose; only the history reads oldest first.
        search.form = form
        let years = Dictionary(grouping: search.results, by: \.date.year).sorted { $0.key < $1.key }
            .map { Model.Year(year: $0.key, results: $0.value) }
        return Model(search: search, years: years, isCapped: search.total > search.results.count)
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.search
        let form = model.search.form
        let heading = form.query.isEmpty ? s(.timelineTitle) : "\(s(.timelineTitle)): \(SearchQuery(form.query).normalised)"
        return Layout(
            context: context, title: heading,
            breadcrumbs: [.init(title: language.text(.frontPage), url: .home), .init(title: s(.search), url: .search),
                          .init(title: s(.timelineTitle), url: nil)]
        ).render(
            .h1(.text(heading)),
            .p(.class("lead"), .text(s(.timelineIntro))),
            .if(model.search.searchesOnlyPublished, .p(.class("muted"), .text(s(.publicOnly)))),
            SearchPage.form(model.search, language: language, action: .topic),
            .if(model.search.hasSearched, .group(
                .p(.a(.href(form.address(SiteURL.search.path)), .text(s(.backToResults))), .text(" · "),
                   .a(.href(form.address(SiteURL.topic.path)), .attribute(named: "rel", value: "bookmark"), .text(s(.permalink)))),
                .if(model.years.isEmpty, .p(.strong(.text(s(.noResults))))),
                .if(model.isCapped, .p(.class("notice"), .text(s(.timelineCapped)))),
                .div(.class("timeline"), .forEach(model.years) { year in
                    .section(
                        .h2(.text("\(year.year)")),
                        .ol(.class("timeline__items"), .forEach(year.results) { result in
                            .li(.class("timeline__item"),
                                .p(.class("result__meta"), Fragment.date(result.date, language), .text(" · \(result.bodyName)")),
                                .h3(.class("result__title"), .a(.href(result.url), .text(result.title))),
                                decision(result, language: language))
                        })
                    )
                })
            ))
        )
    }

    /// The decision quoted, or the snippet where there is none (yet, or for this viewer).
    private static func decision(_ result: SearchResult, language: Language) -> Node<HTML.BodyContext> {
        guard let decision = result.decision else { return SearchPage.snippet(result.snippet) }
        return .div(.class("timeline__decision"),
                    .p(.class("timeline__decision-label"), .text(language.search(.decision))),
                    .blockquote(.forEach(decision.components(separatedBy: "\n\n").filter { !$0.isEmpty }) { .p(.text($0)) }))
    }
}
