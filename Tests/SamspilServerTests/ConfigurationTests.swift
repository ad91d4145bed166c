import Foundation
@testable import SamspilServer
import Testing
import Vapor

@Suite("Configuration")
struct ConfigurationTests {
    @Test func sqliteFileInTheWorkingDirectoryByDefault() throws {
        let configuration = try AppConfiguration.fromEnvironment([:])
        #expect(configuration.database == .sqlite(path: "samspil.sqlite"))
        #expect(configuration.demo == .auto)
    }

    @Test func postgresURLSelectsPostgreSQL() throws {
        let url = "postgres://samspil:hemmelig@127.0.0.1:5432/samspil"
        #expect(try AppConfiguration.fromEnvironment(["DATABASE_URL": url]).database == .postgres(url: url))
    }

    @Test func otherValuesAreASQLitePath() throws {
        #expect(try AppConfiguration.fromEnvironment(["DATABASE_URL": "/var/lib/samspil/data.sqlite"]).database
            == .sqlite(path: "/var/lib/samspil/data.sqlite"))
        #expect(try AppConfiguration.fromEnvironment(["DATABASE_URL": "sqlite:data.sqlite"]).database
            == .sqlite(path: "data.sqlite"))
    }

    @Test func badSettingsAreNamedWithoutTheirPassword() {
        #expect {
            try AppConfiguration.fromEnvironment(["DATABASE_URL": "postgres://user:hemmelig@"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("DATABASE_URL") && !text.contains("hemmelig")
        }
        #expect {
            try AppConfiguration.fromEnvironment(["DATABASE_URL": "mysql://localhost/x"])
        } throws: { "\($0)".contains("DATABASE_URL") }
        #expect {
            try AppConfiguration.fromEnvironment(["SAMSPIL_DEMO": "maybe"])
        } throws: { "\($0)".contains("SAMSPIL_DEMO") && "\($0)".contains("'auto' or 'off'") }
        #expect {
            try AppConfiguration.fromEnvironment(["SAMSPIL_MAX_DOCUMENT_MB": "0"])
        } throws: { "\($0)".contains("SAMSPIL_MAX_DOCUMENT_MB") }
    }

    @Test func theDocumentLimitIsInMegabytes() throws {
        #expect(try AppConfiguration.fromEnvironment(["SAMSPIL_MAX_DOCUMENT_MB": "200"]).maxDocumentBytes == 200 * 1024 * 1024)
        #expect(try AppConfiguration.fromEnvironment([:]).maxDocumentBytes == 25 * 1024 * 1024)
    }

    /// `serve` checks the database before anything else and stops with one line naming the setting.
    @Test func anUnreachableDatabaseStopsStartUpWithAClearMessage() async throws {
        let app = try await Application.make(.testing)
        try configure(app, AppConfiguration(database: .postgres(url: "postgres://nobody@127.0.0.1:1/x")))
        await #expect {
            try await DatabasePreparation.prepare(app, demo: .auto)
        } throws: { error in
            let text = "\(error)"
            return text.contains("does not answer") && text.contains("DATABASE_URL") && !text.contains("PSQLError")
        }
        try await app.asyncShutdown()
    }

    @Test func languageFollowsAcceptLanguageWithDanishAsDefault() {
        #expect(Language(acceptLanguage: nil) == .da)
        #expect(Language(acceptLanguage: "en-GB,en;q=0.9,da;q=0.8") == .en)
        #expect(Language(acceptLanguage: "da-DK,da;q=0.9,en;q=0.8") == .da)
        #expect(Language(acceptLanguage: "de-DE,de;q=0.9") == .da)
        #expect(Language(acceptLanguage: "da;q=0.5,en;q=0.9") == .en)
        #expect(Language(acceptLanguage: "en;q=0") == .da)
    }
}
