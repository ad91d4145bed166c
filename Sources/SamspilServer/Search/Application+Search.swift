import Foundation
import SamspilCore
import Vapor

extension Application {
    /// Builds the search index anew; returns the number of items indexed. For the benchmark.
    public func rebuildSearchIndex() async throws -> Int {
        try await SearchIndex(database: db).rebuild()
    }

    /// The public's search for `query` straight against the index (the ranked page and the capped count),
    /// without loading or showing the items: the benchmark's baseline. Returns the number of hits.
    public func searchIndexDirectly(_ query: String, limit: Int = 20) async throws -> Int {
        var request = SearchRequest(query: SearchQuery(query), viewer: .public)
        request.limit = limit
        return try await SearchIndex(database: db).search(request).hits.count
    }
}
