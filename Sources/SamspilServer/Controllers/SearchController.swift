import Vapor

/// `/soeg` and `/soeg/forloeb`: the parameters are the search; any value is safe to pass on (see
/// `SearchQuery`), and a malformed filter is shown beside its field.
struct SearchController {
    func search(_ request: Request) async throws -> Response {
        let form = SearchForm(parameters: Self.parameters(of: request))
        let model = try await SearchPage.Model.query(form, viewer: request.viewer, on: request.db)
        return .page(SearchPage.render(model, context: request.pageContext),
                     status: model.problems.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    func topic(_ request: Request) async throws -> Response {
        let form = SearchForm(parameters: Self.parameters(of: request))
        let model = try await TopicPage.query(form, viewer: request.viewer, on: request.db)
        return .page(TopicPage.render(model, context: request.pageContext),
                     status: model.search.problems.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// The query's parameters; a parameter given twice counts once, a malformed query string as none.
    private static func parameters(of request: Request) -> [String: String] {
        (try? request.query.decode([String: String].self)) ?? [:]
    }
}
