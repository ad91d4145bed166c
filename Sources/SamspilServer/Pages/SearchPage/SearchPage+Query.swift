import Fluent
import Foundation
import SamspilCore
import SQLKit

extension SearchPage.Model {
    /// The page of results of `form` that `viewer` may read, `pageSize` of them.
    static func query(_ form: SearchForm, viewer: Viewer, pageSize: Int = pageSize, on database: any Database) async throws -> Self {
        let bodies = try await filterBodies(selected: form.bodySlug, viewer: viewer, on: database)
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

    /// The bodies the body filter offers: every body but working groups, which come and go by the
    /// thousand over the years (their items are found by their cluster and by their name in the query),
    /// the viewer's own bodies, and the body asked for.
    private static func filterBodies(selected slug: String, viewer: Viewer, on database: any Database) async throws -> [Body] {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        // The kinds named rather than "not a working group", so that the index on the kind answers.
        let standing = Body.Kind.allCases.filter { $0 != .workingGroup }.map(\.rawValue)
        var condition: SQLQueryString = "kind IN (\(binds: standing)) OR slug = \(bind: slug)"
        if !viewer.roles.isEmpty { condition = condition + " OR id IN (\(binds: Array(viewer.roles.keys)))" }
        return try await PlainRows(sql: sql).all("SELECT id, slug, name, kind, cluster FROM \(ident: BodyModel.schema) WHERE \(condition) ORDER BY name")
            .map { row in
                let id = try row.uuid("id")
                return Body(id: id, slug: try row.string("slug"), name: try row.string("name"),
                            kind: try StoredValue.enumeration(try row.string("kind"), table: BodyModel.schema, id: id, field: "kind"),
                            cluster: try row.optionalString("cluster"))
            }
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
