import Fluent
import SamspilCore

extension SearchPage.Model {
    /// The page of results of `form` that `viewer` may read, `pageSize` of them.
    static func query(_ form: SearchForm, viewer: Viewer, pageSize: Int = pageSize, on database: any Database) async throws -> Self {
        let bodies = try await BodyModel.query(on: database).sort(\.$name).all().map { try $0.domain() }
        var model = Self(form: form)
        model.bodies = bodies.map { Choice(value: $0.slug, label: $0.name) }
        model.clusters = Set(bodies.compactMap(\.cluster)).sorted()
        model.searchesOnlyPublished = !viewer.isAdministrator && viewer.roles.isEmpty
        model.problems = form.problems(knownBodies: Set(bodies.map(\.slug)))
        guard model.hasSearched, let request = SearchRequest(form, viewer: viewer, bodies: bodies, pageSize: pageSize) else {
            return model
        }
        let hits = try await SearchIndex(database: database).search(request)
        model.total = hits.total
        model.isTotalCapped = hits.isTotalCapped
        model.results = try await SearchResults(database: database).load(hits.hits, query: request.query, viewer: viewer)
        return model
    }
}

extension SearchRequest {
    /// The request a form asks for, a page of `pageSize`; nil when the query has no word to search for.
    init?(_ form: SearchForm, viewer: Viewer, bodies: [Body], pageSize: Int) {
        let query = SearchQuery(form.query)
        guard !query.isEmpty else { return nil }
        self.init(query: query, viewer: viewer)
        bodyIDs = Set(bodies.filter { $0.slug == form.bodySlug }.map(\.id))
        cluster = form.cluster.isEmpty ? nil : form.cluster
        from = CalendarDay(iso: form.from)
        to = CalendarDay(iso: form.to)
        kind = AgendaItemKind(rawValue: form.kind)
        onlyDecisions = form.onlyDecisions
        order = form.order
        limit = pageSize
        offset = (form.page - 1) * pageSize
    }
}
