import Foundation
import Testing

/// The test command promises runs on both backends; this fails when PostgreSQL was required and is
/// not configured, so the promise cannot be broken silently.
@Test func postgresIsConfiguredWhenRequired() {
    let environment = ProcessInfo.processInfo.environment
    if environment[TestDatabase.requirePostgresKey] == "1" {
        #expect(TestDatabase.all.contains { $0.isPostgres },
                "\(TestDatabase.requirePostgresKey)=1 but \(TestDatabase.postgresURLKey) is not set")
    }
}
