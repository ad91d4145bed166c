import Plot
import SamspilCore

extension SearchPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.search
        let title = model.form.query.isEmpty ? s(.searchTitle) : "\(model.form.query) – \(s(.search))"
        return Layout(
            context: context, title: title,
            breadcrumbs: [.init(title: language.text(.frontPage), url: .home), .init(title: s(.search), url: nil)]
        ).render(
            .h1(.text(s(.searchTitle))),
            .p(.class("lead"), .text(s(.searchIntro))),
            .if(model.searchesOnlyPublished, .p(.class("muted"), .text(s(.publicOnly)))),
            form(model, language: language),
            .if(model.hasSearched, results(model, language: language))
        )
    }

    /// The search box and the filters: a GET form, so every search has an address to keep and share.
    static func form(_ model: Model, language: Language, action: SiteURL = .search) -> Node<HTML.BodyContext> {
        let s = language.search
        let form = model.form
        func field(_ field: SearchForm.Field, _ label: SearchPageText, value: String, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: field.rawValue, label: s(label), value: value,
                              error: model.problems[field].map(s), hint: hint)
        }
        let kinds = [(value: "", label: s(.anyKind))] + AgendaItemKind.allCases.map { ($0.rawValue, language.name(of: $0)) }
        return .form(
            .class("search-form"), .method(.get), .action(action.path), .attribute(named: "role", value: "search"),
            .div(.class("search-form__box"),
                 FormField.input(field(.query, .query, value: form.query, hint: s(.queryHint)), type: "search"),
                 .button(.type(.submit), .class("button"), .text(s(.submit)))),
            .details(
                .class("search-form__filters"),
                .if(form.hasFilters || !model.problems.isEmpty, .attribute(named: "open", value: "open")),
                .summary(.text(s(.filters))),
                .div(.class("search-form__grid"),
                     FormField.select(field(.body, .body, value: form.bodySlug),
                                      options: [("", s(.allBodies))] + model.bodies.map { ($0.value, $0.label) }),
                     FormField.select(field(.cluster, .cluster, value: form.cluster),
                                      options: [("", s(.allClusters))] + model.clusters.map { ($0, $0) }),
                     FormField.input(field(.from, .from, value: form.from), type: "date"),
                     FormField.input(field(.to, .to, value: form.to), type: "date"),
                     FormField.select(field(.kind, .kind, value: form.kind), options: kinds),
                     FormField.select(field(.order, .order, value: form.order.rawValue), options: [
                         (SearchRequest.Order.relevance.rawValue, s(.relevance)), (SearchRequest.Order.newest.rawValue, s(.newest)),
                         (SearchRequest.Order.oldest.rawValue, s(.oldest)),
                     ])),
                .div(.class("checkbox"),
                     .input(.type(.checkbox), .id("beslutninger"), .name(SearchForm.Field.onlyDecisions.rawValue), .value("1"),
                            .checked(form.onlyDecisions)),
                     .label(.for("beslutninger"), .text(s(.onlyDecisions))))
            )
        )
    }

    private static func results(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let s = language.search
        guard !model.results.isEmpty else {
            return .section(.class("search-results"), .attribute(named: "aria-live", value: "polite"),
                            .p(.strong(.text(s(.noResults)))), .p(.text(s(.noResultsHint))))
        }
        let count = model.total == 1 ? s(.resultsOne)
            : model.isTotalCapped ? "\(s(.resultsMoreThan)) \(language.count(SearchHits.countLimit)) \(s(.resultsMany))"
            : "\(language.count(model.total)) \(s(.resultsMany))"
        return .section(
            .class("search-results"), .attribute(named: "aria-live", value: "polite"),
            .div(.class("search-results__summary"),
                 .p(.strong(.text(count))),
                 .a(.href(model.form.address(SiteURL.topic.path, page: 1)), .text(s(.timeline)))),
            .ol(.class("result-list"), .attribute(named: "start", value: "\((model.form.page - 1) * Model.pageSize + 1)"),
                .raw(model.results.map { resultHTML($0, language: language) }.joined())),
            pagination(model, language: language)
        )
    }

    /// One result as HTML, written directly: Plot's tree of nodes for twenty results cost more to render
    /// than the rest of the page.
    private static func resultHTML(_ result: SearchResult, language: Language) -> String {
        "<li class=\"result\"><h2 class=\"result__title\"><a href=\"" + result.url.attributeEscaped + "\">"
            + result.title.attributeEscaped + "</a></h2><p class=\"result__meta\">" + result.bodyName.attributeEscaped
            + " · <time datetime=\"" + result.date.iso + "\">" + language.format(result.date).attributeEscaped + "</time></p>"
            + snippetHTML(result.snippet) + "</li>"
    }

    /// The snippet with the matched words in `<mark>`.
    static func snippet(_ snippet: SearchSnippet?) -> Node<HTML.BodyContext> {
        .raw(snippetHTML(snippet))
    }

    private static func snippetHTML(_ snippet: SearchSnippet?) -> String {
        guard let snippet else { return "" }
        var html = "<p class=\"result__snippet\">" + (snippet.isCutAtStart ? "… " : "")
        for piece in snippet.pieces {
            switch piece {
            case .text(let text): html += text.attributeEscaped
            case .match(let text): html += "<mark>" + text.attributeEscaped + "</mark>"
            }
        }
        return html + (snippet.isCutAtEnd ? " …" : "") + "</p>"
    }

    private static func pagination(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let s = language.search
        let page = model.form.page
        guard model.pageCount > 1 else { return .empty }
        return .nav(.class("pagination"), .attribute(named: "aria-label", value: s(.pagination)),
                    .if(page > 1, .a(.attribute(named: "rel", value: "prev"), .href(model.form.address(SiteURL.search.path, page: page - 1)), .text(s(.previous)))),
                    .span(.text("\(s(.page)) \(page) / \(model.isTotalCapped ? "\(model.pageCount)+" : "\(model.pageCount)")")),
                    .if(model.hasNextPage, .a(.attribute(named: "rel", value: "next"), .href(model.form.address(SiteURL.search.path, page: page + 1)), .text(s(.next)))))
    }
}

extension SearchForm {
    /// Whether any filter is set: the page then shows them open.
    var hasFilters: Bool {
        !bodySlug.isEmpty || !cluster.isEmpty || !from.isEmpty || !to.isEmpty || !kind.isEmpty || onlyDecisions || order != .relevance
    }
}
