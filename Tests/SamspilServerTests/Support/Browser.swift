import Foundation
import NIOCore
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// A browser for route tests: keeps cookies between requests and fills in the forms' CSRF token, as a
/// real browser with a real form would.
final class Browser {
    let app: Application
    private(set) var cookies: [String: String] = [:]

    init(_ app: Application) {
        self.app = app
    }

    var csrf: String { cookies[CSRF.cookieName] ?? "" }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    /// Posts a form; the CSRF field is added unless the test gives its own.
    @discardableResult
    func post(_ path: String, _ fields: [String: String] = [:], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = fields
        if withCSRF, fields[CSRF.fieldName] == nil { fields[CSRF.fieldName] = csrf }
        let body = fields.map { "\(Self.escape($0.key))=\(Self.escape($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// Posts a multipart form with files, as the import page's upload does. `fileField` is the name of
    /// the file field (`files[]` on the import page, `file` on an item's attachment form); the CSRF field
    /// is added unless the test gives its own or `withCSRF` is false.
    @discardableResult
    func postFiles(_ path: String, fields: [String: String], files: [(name: String, data: Data)],
                   fileField: String = "files[]", withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        let boundary = "samspil-test-\(UUID().uuidString)"
        var body = ByteBuffer()
        var fields = fields
        if withCSRF, fields[CSRF.fieldName] == nil { fields[CSRF.fieldName] = csrf }
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in through the form.
    func signIn(_ email: String, _ password: String) async throws {
        try await get(SiteURL.signIn.path)
        let response = try await post(SiteURL.signIn.path, ["email": email, "password": password])
        #expect(response.status == .seeOther, "sign-in failed: \(response.status)")
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard let name = pair.first else { continue }
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.lowercased().contains("max-age=0") {
                cookies[String(name)] = nil
            } else {
                cookies[String(name)] = value
            }
        }
        return response
    }

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension Browser {
    /// A browser signed in with a fresh account (an e-mail address of its own each call), an
    /// administrator or with `role` in a body, as `samspil user add` makes them.
    static func signedIn(_ app: Application, name: String, password: String, administrator: Bool = false,
                         role: (Viewer.BodyRole, in: UUID)? = nil) async throws -> Browser {
        let accounts = Accounts(database: app.db, passwordHashCost: 4)
        let email = "user-\(UUID().uuidString.prefix(8).lowercased())@klynge.dk"
        let user = try await accounts.createUser(email: email, name: name, password: password, isAdministrator: administrator)
        if let role { try await accounts.grant(role.0, in: role.in, to: user) }
        let browser = Browser(app)
        try await browser.signIn(email, password)
        return browser
    }
}
