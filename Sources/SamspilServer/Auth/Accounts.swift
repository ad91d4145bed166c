import Crypto
import Fluent
import Foundation
import SamspilCore
import Vapor

/// Accounts, sign-in and sessions, all kept in the database so that any app instance can serve any
/// request.
struct Accounts {
    let database: any Database
    /// bcrypt's cost: 12 in production, lower in tests (a hash at 12 takes a quarter of a second).
    var passwordHashCost = 12

    static let sessionLifetime: TimeInterval = 14 * 24 * 3600
    /// Failed sign-ins allowed per account and per address within `failureWindow`.
    static let failuresPerAccount = 5
    static let failuresPerAddress = 20
    static let failureWindow: TimeInterval = 15 * 60

    enum SignInResult: Equatable {
        /// The token for the session cookie.
        case signedIn(token: String)
        case wrongEmailOrPassword
        case tooManyFailures
    }

    struct AccountError: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: Accounts

    @discardableResult
    func createUser(email: String, name: String, password: String, isAdministrator: Bool) async throws -> UUID {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.looksLikeEmail(email) else { throw AccountError(description: "'\(email)' is not an e-mail address.") }
        if let problem = PasswordRule.problem(with: password) { throw AccountError(description: problem) }
        guard try await UserModel.query(on: database).filter(\.$email == email).first() == nil else {
            throw AccountError(description: "There is already a user with the e-mail address \(email).")
        }
        let user = UserModel(email: email, name: name, passwordHash: try Bcrypt.hash(password, cost: passwordHashCost),
                             isAdministrator: isAdministrator)
        try await user.create(on: database)
        return try user.requireID()
    }

    func grant(_ role: Viewer.BodyRole, in bodyID: UUID, to userID: UUID) async throws {
        try await BodyRoleModel.query(on: database).filter(\.$userID == userID).filter(\.$bodyID == bodyID).delete()
        try await BodyRoleModel(userID: userID, bodyID: bodyID, role: role.rawValue).create(on: database)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    // MARK: Signing in and out

    func signIn(email: String, password: String, address: String?, now: Date = Date()) async throws -> SignInResult {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let keys = ["account:\(email)"] + (address.map { ["address:\($0)"] } ?? [])
        let since = now.addingTimeInterval(-Self.failureWindow)
        try await SignInFailureModel.query(on: database).filter(\.$failedAt < since).delete()
        let accountFailures = try await SignInFailureModel.query(on: database).filter(\.$key == keys[0]).count()
        let addressFailures = keys.count > 1
            ? try await SignInFailureModel.query(on: database).filter(\.$key == keys[1]).count() : 0
        // Refuse before checking the password, so that guessing on stops counting.
        guard accountFailures < Self.failuresPerAccount, addressFailures < Self.failuresPerAddress else {
            return .tooManyFailures
        }
        guard let user = try await UserModel.query(on: database).filter(\.$email == email).first(),
              try Bcrypt.verify(password, created: user.passwordHash) else {
            for key in keys { try await SignInFailureModel(key: key, failedAt: now).create(on: database) }
            return .wrongEmailOrPassword
        }
        try await SignInFailureModel.query(on: database).filter(\.$key == keys[0]).delete()
        let token = Self.randomToken()
        try await SessionModel(tokenHash: Self.hash(token), userID: try user.requireID(),
                               expiresAt: now.addingTimeInterval(Self.sessionLifetime)).create(on: database)
        return .signedIn(token: token)
    }

    func signOut(token: String) async throws {
        try await SessionModel.query(on: database).filter(\.$tokenHash == Self.hash(token)).delete()
    }

    /// The viewer a session token belongs to; the public for no token, an unknown or an expired one.
    func viewer(token: String?, now: Date = Date()) async throws -> Viewer {
        guard let token, !token.isEmpty,
              let session = try await SessionModel.query(on: database).filter(\.$tokenHash == Self.hash(token))
                .filter(\.$expiresAt > now).first() else { return .public }
        return try await viewer(userID: session.userID)
    }

    /// The viewer with the user's rights as they are now; the public when the account no longer exists.
    func viewer(userID: UUID) async throws -> Viewer {
        guard let user = try await UserModel.find(userID, on: database) else { return .public }
        let roles = try await BodyRoleModel.query(on: database).filter(\.$userID == userID).all()
        return Viewer(userID: userID, name: user.name, isAdministrator: user.isAdministrator,
                      roles: Dictionary(roles.compactMap { row in Viewer.BodyRole(rawValue: row.role).map { (row.bodyID, $0) } },
                                        uniquingKeysWith: { first, _ in first }))
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
