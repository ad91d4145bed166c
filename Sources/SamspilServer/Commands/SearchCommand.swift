import Foundation
import SamspilCore
import Vapor

/// `samspil search WORDS... [--body KEY] [--from DATE] [--to DATE] [--decisions] [--sort ORDER] [--limit N] [--public]`:
/// the search page on the command line. Whoever runs it has the database, so it searches everything
/// unless `--public` asks for what the public finds.
struct SearchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        /// The first word; more may follow (ConsoleKit has no variadic argument, see `run(using:)`).
        @Argument(name: "words", help: "What to search for; \"words in quotes\" must stand together")
        var word: String

        @Option(name: "body", short: "b", help: "Only this body: its key, as in its address")
        var body: String?

        @Option(name: "cluster", help: "Only the bodies of this cluster")
        var cluster: String?

        @Option(name: "from", help: "YYYY-MM-DD: only meetings on or after this date")
        var from: String?

        @Option(name: "to", help: "YYYY-MM-DD: only meetings on or before this date")
        var to: String?

        @Option(name: "kind", help: "decision, discussion or briefing: only items of this kind")
        var kind: String?

        @Flag(name: "decisions", help: "Only items with a decision")
        var decisions: Bool

        @Option(name: "sort", help: "relevance (default), newest or oldest")
        var sort: String?

        @Option(name: "limit", short: "n", help: "How many items to show (default 20)")
        var limit: Int?

        @Flag(name: "public", help: "Search only what the public may read")
        var onlyPublic: Bool
    }

    var help: String { "Searches agenda items across bodies and years, in Danish." }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    /// Takes every argument left after the options as a further word.
    func run(using context: inout CommandContext) async throws {
        let signature = try Signature(from: &context.input)
        let more = context.input.arguments
        if let unknown = more.first(where: { $0.hasPrefix("-") }) { throw CommandError.unknownInput(unknown) }
        try await search(([signature.word] + more).joined(separator: " "), signature: signature, context: context)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await search(signature.word, signature: signature, context: context)
    }

    private func search(_ words: String, signature: Signature, context: CommandContext) async throws {
        var form = SearchForm()
        form.query = words
        form.bodySlug = signature.body ?? ""
        form.cluster = signature.cluster ?? ""
        form.from = signature.from ?? ""
        form.to = signature.to ?? ""
        form.onlyDecisions = signature.decisions
        if let kind = signature.kind {
            guard AgendaItemKind(rawValue: kind) != nil else {
                throw UsageError(description: "--kind \(kind) is not a kind of item: use decision, discussion or briefing.")
            }
            form.kind = kind
        }
        if let sort = signature.sort {
            guard let order = SearchRequest.Order(rawValue: sort) else {
                throw UsageError(description: "--sort \(sort) is not an order: use relevance, newest or oldest.")
            }
            form.order = order
        }
        let limit = signature.limit ?? 20
        guard (1...1000).contains(limit) else { throw UsageError(description: "--limit \(limit): give a number from 1 to 1000.") }
        guard !SearchQuery(words).isEmpty else {
            throw UsageError(description: "\"\(words)\" has no word to search for: give one or more words, e.g. samspil search telemedicin KOL.")
        }

        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let bodies = try await BodyModel.query(on: app.db).all().map { try $0.domain() }
        let problems = form.problems(knownBodies: Set(bodies.map(\.slug)))
        if let (field, problem) = problems.first {
            let option = ["organ": "--body", "fra": "--from", "til": "--to"][field.rawValue] ?? field.rawValue
            let keys = field == .body ? " The bodies' keys: \(bodies.map(\.slug).sorted().joined(separator: ", "))." : ""
            throw UsageError(description: "\(option): \(problem.text(in: .en))\(keys)")
        }
        let viewer = signature.onlyPublic ? Viewer.public : Viewer(userID: nil, name: "samspil", isAdministrator: true, roles: [:])
        guard let request = SearchRequest(form, viewer: viewer, bodies: bodies, pageSize: limit) else { return }
        let hits = try await SearchIndex(database: app.db).search(request)
        let results = try await SearchResults(database: app.db).load(hits.hits, query: request.query, viewer: viewer)
        context.console.print(Self.report(results, total: hits.total, capped: hits.isTotalCapped, query: request.query))
    }

    static func report(_ results: [SearchResult], total: Int, capped: Bool, query: SearchQuery) -> String {
        guard !results.isEmpty else { return "No item matches \(query.normalised)." }
        let count = capped ? "More than \(SearchHits.countLimit) items" : total == 1 ? "1 item" : "\(total) items"
        var lines = ["\(count) match \(query.normalised)\(results.count < total ? "; the first \(results.count):" : ":")"]
        for result in results {
            lines.append("")
            lines.append("\(result.date.iso)  \(result.bodyName)")
            lines.append("  \(result.title)")
            if let snippet = result.snippet { lines.append("  " + snippet.marked(open: "[", close: "]")) }
            lines.append("  \(result.url)")
        }
        return lines.joined(separator: "\n")
    }
}

/// `samspil reindex`: builds the search index anew from what is stored, and says how fast.
struct ReindexCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Builds the search index anew from the stored meetings." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let clock = ContinuousClock()
        let start = clock.now
        let items = try await SearchIndex(database: app.db).rebuild()
        let seconds = (clock.now - start).seconds
        context.console.print(String(format: "Indexed %d items in %.1f s (%.0f items/s).", items, seconds, Double(items) / max(seconds, 0.001)))
    }
}

extension Duration {
    /// In seconds, for rates and reports.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
