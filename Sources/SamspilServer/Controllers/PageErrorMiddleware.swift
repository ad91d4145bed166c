import Vapor

/// Turns every error into a page in the visitor's language: 404 for what does not exist, the status
/// of an `Abort` for the rest of the client's mistakes, and a calm 500 page (logged with its cause) for
/// anything else. No stack trace or internal message ever reaches the visitor.
struct PageErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError {
            switch abort.status {
            case _ where (300..<400).contains(abort.status.code):
                return Response(status: abort.status, headers: abort.headers)
            case .notFound:
                return .page(ErrorPage.notFound(context: request.pageContext), status: .notFound, for: request)
            case .forbidden:
                return .page(ErrorPage.forbidden(context: request.pageContext, formExpired: abort is CSRF.Refused),
                             status: .forbidden, for: request)
            case .payloadTooLarge:
                return .page(ErrorPage.message(context: request.pageContext, .importTooLarge), status: .payloadTooLarge, for: request)
            default:
                if abort.status.code >= 500 {
                    request.logger.error("\(abort.reason)", metadata: ["component": "http", "path": "\(request.url.path)"])
                }
                return .page(ErrorPage.failure(context: request.pageContext), status: abort.status, for: request)
            }
        } catch {
            request.logger.error("Request failed: \(String(reflecting: error))",
                                 metadata: ["component": "http", "path": "\(request.url.path)"])
            return .page(ErrorPage.failure(context: request.pageContext), status: .internalServerError, for: request)
        }
    }
}
