import Foundation
import Vapor

/// `samspil demo`: migrates the database and loads the demo: the bodies of Midtklyngen and its three
/// real sets of minutes. Only into an empty database, so demo data never mixes with real data.
///
/// `samspil demo generate --meetings N [--seed S]`: adds synthetic meetings for scale tests
/// (`MeetingGenerator`), into any database, beside whatever it holds.
struct DemoCommand: AsyncCommandGroup {
    var help: String {
        "Loads the demo (Midtklyngen and three real sets of minutes) into an empty database; "
            + "`demo generate --meetings N` adds synthetic meetings for scale tests."
    }

    var commands: [String: any AnyAsyncCommand] { ["generate": Generate()] }

    /// `samspil demo` with nothing after it loads the demo, as it always has.
    var defaultCommand: (any AnyAsyncCommand)? { Load() }

    struct Load: AsyncCommand {
        struct Signature: CommandSignature {}

        var help: String { "Loads the demo (Midtklyngen and three real sets of minutes) into an empty database." }

        struct NotEmpty: Error, CustomStringConvertible {
            var description: String {
                "The database already holds bodies, so the demo was not loaded (it never mixes with real data). "
                    + "Point DATABASE_URL at a new SQLite file or an empty PostgreSQL database to see the demo."
            }
        }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            try await DatabasePreparation.prepare(app, demo: .off)
            let loader = DemoLoader(database: app.db)
            guard try await loader.databaseIsEmpty() else { throw NotEmpty() }
            try await loader.load()
            context.console.print("The demo is loaded. Run `samspil serve` and open http://127.0.0.1:8080/.")
        }
    }

    struct Generate: AsyncCommand {
        struct Signature: CommandSignature {
            // Text, not Int: a bad value gets the generator's own message instead of ConsoleKit's.
            @Option(name: "meetings", short: "n",
                    help: "How many meetings: 1 to 2,000,000 (80,000 make about a million agenda items)")
            var meetings: String?

            @Option(name: "seed", help: "The seed (default 1): the same seed generates the same meetings")
            var seed: String?
        }

        var help: String {
            "Adds synthetic meetings for scale tests: bodies of five clusters, attendance, and agenda items "
                + "with Danish texts recombined from the demo minutes."
        }

        /// ConsoleKit leaves an option's value that begins with "-" behind, with the option ("--meetings -5"),
        /// and would only say "unknown input": say what is wrong with the value instead.
        func run(using context: inout CommandContext) async throws {
            let signature = try Signature(from: &context.input)
            let leftover = context.input.arguments
            if !leftover.isEmpty {
                if signature.meetings == nil, signature.$meetings.isPresent {
                    guard let value = Self.value(after: ["--meetings", "-n"], in: leftover) else {
                        throw MeetingGenerator.Failure.meetingCountMissing
                    }
                    throw MeetingGenerator.Failure.meetingCount(value)
                }
                if signature.seed == nil, signature.$seed.isPresent {
                    throw MeetingGenerator.Failure.seed(Self.value(after: ["--seed"], in: leftover) ?? "")
                }
                throw CommandError.unknownInput(leftover.joined(separator: " "))
            }
            try await run(using: context, signature: signature)
        }

        static func value(after names: [String], in arguments: [String]) -> String? {
            guard let index = arguments.firstIndex(where: names.contains), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }

        func run(using context: CommandContext, signature: Signature) async throws {
            // Both checked before the database is opened: a bad value writes nothing.
            let count = try MeetingGenerator.meetingCount(from: signature.meetings)
            let seed = try MeetingGenerator.seed(from: signature.seed)
            let app = context.application
            try await DatabasePreparation.prepare(app, demo: .off)

            let console = context.console
            let progress = GenerationProgress(total: count, console: console)
            let started = ContinuousClock.now
            let summary = try await MeetingGenerator(database: app.db, seed: seed)
                .generate(meetings: count, progress: { progress.show(done: $0) })
            let elapsed = ContinuousClock.now - started
            progress.finish()
            console.print(GenerationProgress.summaryLine(summary, seconds: elapsed.seconds))
            // The rows are written directly, past the writer that indexes each meeting: index them all.
            let indexing = ContinuousClock.now
            let items = try await SearchIndex(database: app.db).rebuild()
            console.print(String(format: "Indexed %d items for search in %.1f s.", items, (ContinuousClock.now - indexing).seconds))
        }
    }
}

/// What `demo generate` prints while it works: on a terminal one line that updates in place, otherwise a
/// line for every tenth of the work (logs of a benchmark run).
final class GenerationProgress: @unchecked Sendable {
    private let total: Int
    private let console: any Console
    private let started = ContinuousClock.now
    private let onTerminal = isatty(STDOUT_FILENO) == 1
    /// Guards `lastTenth`: the generator may report from any thread.
    private let lock = NSLock()
    private var lastTenth = 0

    init(total: Int, console: any Console) {
        self.total = total
        self.console = console
    }

    func show(done: Int) {
        let seconds = (ContinuousClock.now - started).seconds
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        let line = "\(MeetingGenerator.NumberText.grouped(done)) / \(MeetingGenerator.NumberText.grouped(total)) meetings, \(MeetingGenerator.NumberText.grouped(rate)) meetings/s"
        if onTerminal {
            console.output("\r\u{1B}[K\(line)".consoleText(), newLine: false)
            return
        }
        let tenth = done * 10 / max(total, 1)
        let isNew = lock.withLock {
            guard tenth > lastTenth else { return false }
            lastTenth = tenth
            return true
        }
        if isNew { console.print(line) }
    }

    func finish() {
        if onTerminal { console.output("\r\u{1B}[K".consoleText(), newLine: false) }
    }

    static func summaryLine(_ summary: MeetingGenerator.Summary, seconds: Double) -> String {
        let rate = seconds > 0 ? Int(Double(summary.items) / seconds) : summary.items
        return "Generated \(MeetingGenerator.NumberText.grouped(summary.meetings)) meetings of \(MeetingGenerator.NumberText.grouped(summary.bodies)) bodies: "
            + "\(MeetingGenerator.NumberText.grouped(summary.items)) agenda items, \(MeetingGenerator.NumberText.grouped(summary.sections)) sections, "
            + "\(MeetingGenerator.NumberText.grouped(summary.attendance)) attendance rows in \(String(format: "%.1f", seconds)) s "
            + "(\(MeetingGenerator.NumberText.grouped(rate)) items/s)."
    }
}
