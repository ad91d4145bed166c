import Foundation

/// Every setting Samspil reads, read in one place. A bad value stops start-up with a message that
/// names the setting; nothing else in the app looks at the environment.
public struct AppConfiguration: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        /// A SQLite file (the embedded default), or `:memory:` for tests.
        case sqlite(path: String)
        /// A PostgreSQL server, from a `postgres://` URL. `searchPath` lets tests use a schema of their own.
        case postgres(url: String, searchPath: String? = nil)
    }

    /// Whether `serve` loads the demo into an empty database.
    public enum DemoPolicy: String, Sendable, Equatable {
        /// Load it when the database has no bodies yet: a fresh install shows real meetings at once.
        case auto
        /// Never: for a production installation that starts empty.
        case off
    }

    public var database: Database
    public var demo: DemoPolicy
    /// bcrypt's cost for passwords. Not a setting: 12 everywhere but in tests, which use the minimum.
    public var passwordHashCost: Int
    /// The largest document `parse`, `import` and the import page accept, in bytes.
    public var maxDocumentBytes: Int
    /// The largest attachment a secretary may upload to an item, in bytes.
    public var maxAttachmentBytes: Int
    /// Reverse proxies whose `X-Forwarded-For` is believed: the limit on failed sign-ins per address must
    /// count the visitor's address, not the proxy's.
    public var trustedProxies: Set<String> = []
    /// The pdftotext that reads a public PDF attachment before it is published, a path or a name looked up on
    /// PATH; nil finds `pdftotext`. Not a setting: the tests name a program that is not there.
    public var pdftotext: String?

    public init(database: Database, demo: DemoPolicy = .auto, passwordHashCost: Int = 12,
                maxDocumentBytes: Int = 25 * 1024 * 1024, maxAttachmentBytes: Int = 25 * 1024 * 1024) {
        self.database = database
        self.demo = demo
        self.passwordHashCost = passwordHashCost
        self.maxDocumentBytes = maxDocumentBytes
        self.maxAttachmentBytes = maxAttachmentBytes
    }

    /// The settings and their defaults, as the README lists them.
    public enum Key: String, CaseIterable, Sendable {
        /// `postgres://user:password@host:port/database`, or the path of a SQLite file.
        case databaseURL = "DATABASE_URL"
        /// `auto` (default) or `off`.
        case demo = "SAMSPIL_DEMO"
        /// The largest document parse, import and the import page accept, in megabytes (default 25).
        case maxDocumentMegabytes = "SAMSPIL_MAX_DOCUMENT_MB"
        /// The largest attachment an item accepts, in megabytes (default 25).
        case maxAttachmentMegabytes = "SAMSPIL_MAX_ATTACHMENT_MB"
        /// Comma-separated addresses of reverse proxies in front of Samspil (default none).
        case trustedProxies = "SAMSPIL_TRUSTED_PROXIES"
    }

    public static let defaultSQLitePath = "samspil.sqlite"

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ConfigurationError) -> AppConfiguration
    {
        func value(_ key: Key) -> String? {
            environment[key.rawValue].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let database = try parseDatabase(value(.databaseURL))
        var demo = DemoPolicy.auto
        if let text = value(.demo) {
            guard let policy = DemoPolicy(rawValue: text.lowercased()) else {
                throw ConfigurationError(key: .demo, value: text, problem: "must be 'auto' or 'off'")
            }
            demo = policy
        }
        func bytes(_ key: Key) throws(ConfigurationError) -> Int {
            guard let text = value(key) else { return 25 * 1024 * 1024 }
            guard let megabytes = Int(text), (1...2048).contains(megabytes) else {
                throw ConfigurationError(key: key, value: text, problem: "must be a whole number of megabytes from 1 to 2048")
            }
            return megabytes * 1024 * 1024
        }
        var configuration = AppConfiguration(database: database, demo: demo, maxDocumentBytes: try bytes(.maxDocumentMegabytes),
                                             maxAttachmentBytes: try bytes(.maxAttachmentMegabytes))
        if let text = value(.trustedProxies) {
            let addresses = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let bad = addresses.first(where: { !ClientAddress.looksLikeIPAddress($0) }) {
                throw ConfigurationError(key: .trustedProxies, value: text,
                                         problem: "holds '\(bad)', which is not an IP address: list the proxies' addresses, separated by commas")
            }
            configuration.trustedProxies = Set(addresses)
        }
        return configuration
    }

    static func parseDatabase(_ text: String?) throws(ConfigurationError) -> Database {
        guard let text else { return .sqlite(path: defaultSQLitePath) }
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty,
                  url.path.count > 1 else {
                throw ConfigurationError(
                    key: .databaseURL, value: Redacted.url(text),
                    problem: "is not a usable PostgreSQL URL: write postgres://USER:PASSWORD@HOST:PORT/DATABASE")
            }
            return .postgres(url: text)
        }
        if lower.contains("://") {
            throw ConfigurationError(
                key: .databaseURL, value: Redacted.url(text),
                problem: "names a database Samspil does not support: give a postgres:// URL or the path of a SQLite file")
        }
        let path = lower.hasPrefix("sqlite:") ? String(text.dropFirst("sqlite:".count)) : text
        return .sqlite(path: path)
    }
}

public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let key: AppConfiguration.Key
    public let value: String
    public let problem: String

    public var description: String {
        "Setting \(key.rawValue)=\(value) \(problem)."
    }
}

/// Keeps passwords out of messages and logs.
enum Redacted {
    static func url(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }
}
