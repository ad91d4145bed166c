import Foundation
import NIOCore
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// A program calling the JSON API with a personal API token (none for the public).
struct APIClient {
    let app: Application
    let token: String?

    struct Answer {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: Data

        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var errorCode: String? { (json?["error"] as? [String: Any])?["code"] as? String }
        var data: [[String: Any]] { json?["data"] as? [[String: Any]] ?? [] }
    }

    /// A client acting as `visitor` in `body`: a new account with the visitor's role and a token of its own.
    static func make(_ app: Application, as visitor: Visitor, in body: SamspilCore.Body) async throws -> APIClient {
        guard visitor != .anonymous else { return APIClient(app: app, token: nil) }
        let accounts = Accounts(database: app.db, passwordHashCost: 4)
        let user = try await accounts.createUser(email: "api-\(UUID().uuidString.prefix(8).lowercased())@klynge.dk",
                                                 name: visitor.userName, password: Visitor.password,
                                                 isAdministrator: visitor == .administrator)
        switch visitor {
        case .member: try await accounts.grant(.member, in: body.id, to: user)
        case .secretary: try await accounts.grant(.secretary, in: body.id, to: user)
        case .memberOfAnotherBody:
            let other = try await BodyLookup.find(MeetingWork.otherSlug, on: app.db)
            try await accounts.grant(.member, in: try #require(other).id, to: user)
        case .anonymous, .administrator: break
        }
        return APIClient(app: app, token: try await APITokens(database: app.db).create(named: "test", for: user))
    }

    @discardableResult
    func get(_ path: String) async throws -> Answer {
        try await send(.GET, path)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: [String: Any]? = nil) async throws -> Answer {
        let body = try json.map { ByteBuffer(data: try JSONSerialization.data(withJSONObject: $0)) }
        return try await send(method, path, body: body, contentType: json == nil ? nil : "application/json")
    }

    func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> Answer {
        var headers = HTTPHeaders()
        if let token { headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var answer: Answer?
        try await app.testing().test(method, "/api/v1" + path, headers: headers, body: body) { response in
            answer = Answer(status: response.status, headers: response.headers, body: Data(buffer: response.body))
        }
        return try #require(answer)
    }

    /// A multipart upload of one file with text fields.
    func upload(_ path: String, fields: [String: String], file: (name: String, data: Data)) async throws -> Answer {
        let boundary = "samspil-api-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file.data)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }
}
