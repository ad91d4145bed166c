import Vapor

/// What the machine interfaces (`/oparl/…` and `/api/…`) share: JSON bodies, errors as JSON of one
/// shape, and `Access-Control-Allow-Origin: *` so that any web page may read them.
enum JSONInterface {
    static let prefixes = ["/oparl/", "/api/"]

    static func serves(_ path: String) -> Bool {
        prefixes.contains { path.hasPrefix($0) }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    static func response(_ value: some Encodable, status: HTTPResponseStatus = .ok) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }

    /// The one shape of every error: `{"error": {"status": 404, "code": "not_found", "message": "…"}}`.
    struct Failure: Encodable {
        struct Detail: Encodable {
            let status: Int
            let code: String
            let message: String
            /// What is wrong with each field of a refused write.
            var fields: [String: String]?
        }

        let error: Detail
    }

    static func failure(_ status: HTTPResponseStatus, code: String? = nil, message: String, fields: [String: String]? = nil) -> Response {
        let body = Failure(error: .init(status: Int(status.code), code: code ?? Self.code(of: status), message: message, fields: fields))
        return (try? response(body, status: status)) ?? Response(status: status)
    }

    static func code(of status: HTTPResponseStatus) -> String {
        switch status {
        case .badRequest: "bad_request"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .conflict: "conflict"
        case .payloadTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .unprocessableEntity: "invalid"
        case .serviceUnavailable: "unavailable"
        default: status.code >= 500 ? "server_error" : "error"
        }
    }
}

/// Serves the machine interfaces' requests: answers CORS preflights, turns every error into a JSON
/// error (a 404 of an unknown path included), and adds the CORS header to every answer. Registered
/// inside `PageErrorMiddleware`, so the pages' HTML errors never reach a program.
struct JSONInterfaceMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard JSONInterface.serves(request.url.path) else { return try await next.respond(to: request) }
        let response: Response
        if request.method == .OPTIONS {
            response = Response(status: .noContent)
            response.headers.replaceOrAdd(name: "Access-Control-Allow-Methods", value: "GET, POST, PUT, PATCH, DELETE, OPTIONS")
            response.headers.replaceOrAdd(name: "Access-Control-Allow-Headers", value: "Authorization, Content-Type")
            response.headers.replaceOrAdd(name: "Access-Control-Max-Age", value: "86400")
        } else {
            response = await answer(request, next)
        }
        response.headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        return response
    }

    private func answer(_ request: Request, _ next: any AsyncResponder) async -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError {
            if abort.status.code >= 500 {
                request.logger.error("\(abort.reason)", metadata: ["component": "api", "path": "\(request.url.path)"])
            }
            let message = abort.status == .notFound && abort.reason == HTTPResponseStatus.notFound.reasonPhrase
                ? "Nothing is published at \(request.url.path)." : abort.reason
            let response = JSONInterface.failure(abort.status, message: message)
            for (name, value) in abort.headers where name.lowercased() != "content-type" {
                response.headers.replaceOrAdd(name: name, value: value)
            }
            return response
        } catch let failure as APIFailure {
            return JSONInterface.failure(failure.status, code: failure.code, message: failure.message, fields: failure.fields)
        } catch {
            request.logger.error("Request failed: \(String(reflecting: error))", metadata: ["component": "api", "path": "\(request.url.path)"])
            return JSONInterface.failure(.internalServerError, message: "Something went wrong on our side; it has been logged.")
        }
    }
}

/// An error of the JSON API with its own code, for a client to act on (`version_conflict`,
/// `contains_cpr_number`).
struct APIFailure: Error {
    let status: HTTPResponseStatus
    let code: String
    let message: String
    var fields: [String: String]?
}
