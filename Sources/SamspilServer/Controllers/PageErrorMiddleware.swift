import Vapor

/// Turns every error into a page in the visitor's language: 404 for what does not exist, the status
/// of an `Abort` for the rest of the client's mistakes, and a calm 500 page (logged with its cause) for
/// anything else. No stack trace or internal message ever reaches the visitor.
struct PageErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError {
            if abort.status == .notFound {
                return .page(ErrorPage.notFound(language: request.language), status: .notFound, for: request)
            }
            if abort.status.code < 500 {
                return .page(ErrorPage.failure(language: request.language), status: abort.status, for: request)
            }
            request.logger.error("\(abort.reason)", metadata: ["component": "http", "path": "\(request.url.path)"])
            return .page(ErrorPage.failure(language: request.language), status: abort.status, for: request)
        } catch {
            request.logger.error("Request failed: \(String(reflecting: error))",
                                 metadata: ["component": "http", "path": "\(request.url.path)"])
            return .page(ErrorPage.failure(language: request.language), status: .internalServerError, for: request)
        }
    }
}
