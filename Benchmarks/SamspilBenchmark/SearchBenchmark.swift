import Foundation
import SamspilServer
import SQLKit
import Vapor

/// Search at scale (issue 6): synthetic meetings generated into an empty database, the index built, then
/// 1-3 word queries timed two ways, interleaved so the machine's noise falls on both alike:
/// - directly against the index: the ranked page of hits and the capped count, as the page runs them
///   (the baseline);
/// - through HTTP: `GET /soeg?q=…` from a client to the running app, which also loads the items, makes the
///   snippets and renders the page.
enum SearchBenchmark {
    /// Words and phrases members search for, from the fixtures' and the generator's vocabulary: common
    /// and rare, one to three words.
    static let queries = [
        "telemedicin", "KOL", "diabetes", "rygestop", "hospitalsplan", "sundhedsaftale", "genoptræning",
        "psykiatri", "akutfunktion", "budget", "kommissorium", "udskrivelse", "demens", "forebyggelse",
        "telemedicin KOL", "diabetes forebyggelse", "psykiatri børn", "rygestop henvisning", "akutfunktion kommune",
        "sundhedsaftale implementering", "genoptræning efter udskrivelse", "telemedicinske indsatser borgere",
        "lighed i sundhed", "\"sundheds- og hospitalsplan\"", "praksiskoordinator almen praksis",
    ]

    struct Latencies {
        /// Milliseconds, sorted.
        let samples: [Double]

        init(_ samples: [Double]) { self.samples = samples.sorted() }

        func percentile(_ p: Double) -> Double {
            guard !samples.isEmpty else { return .nan }
            return samples[min(samples.count - 1, Int((Double(samples.count) * p).rounded(.up)) - 1)]
        }
    }

    struct Figures {
        let backend: String
        /// Whether the targets are this backend's: the issue sets them for SQLite, and reports PostgreSQL
        /// beside it.
        let hasTargets: Bool
        let meetings: Int
        let items: Int
        let generateSeconds: Double
        let indexSeconds: Double
        let direct: Latencies
        let http: Latencies

        var indexItemsPerSecond: Double { Double(items) / indexSeconds }
        var ratioP50: Double { http.percentile(0.5) / direct.percentile(0.5) }
        var ratioP95: Double { http.percentile(0.95) / direct.percentile(0.95) }
    }

    /// `reuse`: the database holds generated, indexed meetings already (from an earlier run's file).
    static func run(_ database: AppConfiguration.Database, name: String, meetings: Int, rounds: Int, reuse: Bool = false) async throws -> Figures {
        var environment = Environment(name: "benchmark", arguments: ["samspil-benchmark"])
        environment.arguments = ["samspil-benchmark"]
        let app = try await Application.make(environment)
        app.logger.logLevel = .warning
        do {
            let figures = try await measure(app, database, name: name, meetings: meetings, rounds: rounds, reuse: reuse)
            try await app.asyncShutdown()
            return figures
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    private static func measure(_ app: Application, _ database: AppConfiguration.Database, name: String,
                                meetings: Int, rounds: Int, reuse: Bool) async throws -> Figures {
        try configure(app, AppConfiguration(database: database, demo: .off))
        try await app.autoMigrate()
        if case .sqlite = database, let sql = app.db as? any SQLDatabase {
            // As every command that prepares a SQLite database.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }

        var generateSeconds = Double.nan, indexSeconds = Double.nan
        var generated = 0, indexed = 0
        if reuse, let sql = app.db as? any SQLDatabase {
            generated = try await sql.raw("SELECT count(*) AS n FROM meetings").first()?.decode(column: "n", as: Int.self) ?? 0
            indexed = try await sql.raw("SELECT count(*) AS n FROM search_entries").first()?.decode(column: "n", as: Int.self) ?? 0
            progress("\(name): reusing \(generated) meetings and \(indexed) indexed items; querying …")
        } else {
            progress("\(name): generating \(meetings) meetings …")
            var summary: MeetingGenerator.Summary?
            generateSeconds = try await seconds {
                summary = try await MeetingGenerator(database: app.db).generate(meetings: meetings)
            }
            generated = summary?.meetings ?? 0
            progress(String(format: "\(name): %d meetings, %d items in %.1f s; indexing …", generated, summary?.items ?? 0, generateSeconds))
            indexSeconds = try await seconds { indexed = try await app.rebuildSearchIndex() }
            progress(String(format: "\(name): indexed %d items in %.1f s (%.0f items/s); querying …", indexed, indexSeconds, Double(indexed) / indexSeconds))
        }

        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        try app.server.start()
        guard let port = app.http.server.shared.localAddress?.port else {
            throw BenchmarkFailure(description: "the app did not say which port it listens on")
        }

        func direct(_ query: String) async throws -> Double {
            try await seconds { _ = try await app.searchIndexDirectly(query) } * 1000
        }
        func http(_ query: String) async throws -> Double {
            let allowed = CharacterSet.alphanumerics
            let uri = URI(string: "http://127.0.0.1:\(port)/soeg?q=\(query.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")")
            var status = HTTPStatus.ok
            let elapsed = try await seconds {
                let response = try await app.client.get(uri)
                status = response.status
                _ = response.body?.readableBytes
            }
            guard status == .ok else { throw BenchmarkFailure(description: "GET \(uri) answered \(status)") }
            return elapsed * 1000
        }
        for query in queries {
            _ = try await direct(query)
            _ = try await http(query)
        }
        var directSamples: [Double] = []
        var httpSamples: [Double] = []
        for _ in 0..<rounds {
            for query in queries {
                directSamples.append(try await direct(query))
                httpSamples.append(try await http(query))
            }
        }
        await app.server.shutdown()
        let isSQLite = if case .sqlite = database { true } else { false }
        return Figures(backend: name, hasTargets: isSQLite, meetings: generated, items: indexed, generateSeconds: generateSeconds,
                       indexSeconds: indexSeconds, direct: Latencies(directSamples), http: Latencies(httpSamples))
    }

    /// The figures side by side; whether every target was met on SQLite (p95 under 30 ms through HTTP,
    /// HTTP within 1.5 times the direct query, the index built at 20,000 items a second or more).
    static func report(_ all: [Figures]) -> Bool {
        func row(_ label: String, _ value: (Figures) -> String) -> String {
            "| \(label) | " + all.map(value).joined(separator: " | ") + " |"
        }
        let ms = { (value: Double) in String(format: "%.1f ms", value) }
        progress("")
        progress("| search, \(queries.count) queries | " + all.map(\.backend).joined(separator: " | ") + " |")
        progress("| --- | " + all.map { _ in "---" }.joined(separator: " | ") + " |")
        progress(row("meetings / items") { "\($0.meetings) / \($0.items)" })
        progress(row("generate") { $0.generateSeconds.isNaN ? "(reused)" : String(format: "%.0f s", $0.generateSeconds) })
        progress(row("index build") { $0.indexSeconds.isNaN ? "(reused)" : String(format: "%.0f s = %.0f items/s", $0.indexSeconds, $0.indexItemsPerSecond) })
        progress(row("direct p50 / p95") { "\(ms($0.direct.percentile(0.5))) / \(ms($0.direct.percentile(0.95)))" })
        progress(row("HTTP p50 / p95") { "\(ms($0.http.percentile(0.5))) / \(ms($0.http.percentile(0.95)))" })
        progress(row("HTTP ÷ direct, p50 / p95") { String(format: "%.2f / %.2f", $0.ratioP50, $0.ratioP95) })
        let met = all.filter(\.hasTargets).allSatisfy { $0.http.percentile(0.95) < 30 && $0.ratioP95 <= 1.5 && !($0.indexItemsPerSecond < 20_000) }
        progress(met ? "search benchmark: every target met" : "search benchmark: a target was missed")
        return met
    }
}
