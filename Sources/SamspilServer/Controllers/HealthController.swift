import Fluent
import SQLKit
import Vapor

/// `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers and
/// monitoring, so it says little and costs one trivial query.
enum HealthController {
    @Sendable static func check(_ request: Request) async -> Response {
        do {
            guard let sql = request.db as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            try await sql.raw("SELECT 1").run()
            return Response(status: .ok, body: .init(string: "ok\n"))
        } catch {
            request.logger.warning("Health check: the database does not answer: \(DatabaseProblem.summary(of: error))",
                                   metadata: ["component": "health"])
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable\n"))
        }
    }
}
