import Fluent
import Foundation
import SamspilCore
import Vapor

/// `samspil user add EMAIL [--admin] [--name NAME] [--secretary BODY] [--member BODY]`, and
/// `samspil user token EMAIL --name NAME`. There is no default account and no default password: the
/// first administrator is made here.
struct UserCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["add": AddUser(), "token": AddAPIToken()] }
    var help: String { "Manages the accounts that sign in." }
}

struct AddUser: AsyncCommand {
    static let passwordVariable = "SAMSPIL_PASSWORD"

    struct Signature: CommandSignature {
        @Argument(name: "email", help: "The e-mail address the user signs in with")
        var email: String

        @Option(name: "name", help: "The user's name as pages show it (default: the e-mail address)")
        var name: String?

        @Flag(name: "admin", help: "An administrator may do everything")
        var admin: Bool

        @Option(name: "secretary", help: "A body (key or name) whose meetings the user edits and imports")
        var secretary: String?

        @Option(name: "member", help: "A body (key or name) whose drafts and contact details the user reads")
        var member: String?
    }

    var help: String {
        "Adds a user. The password comes from \(Self.passwordVariable) or is asked for (not echoed)."
    }

    struct NoPassword: Error, CustomStringConvertible {
        var description: String {
            "No password: set \(AddUser.passwordVariable) or run the command in a terminal to be asked for one."
        }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        // Bodies first: a typo in a body's name should stop the command before anything is created.
        let secretaryOf = try await signature.secretary.asyncMap { try await BodyLookup.require($0, on: app.db) }
        let memberOf = try await signature.member.asyncMap { try await BodyLookup.require($0, on: app.db) }

        let password: String
        if let given = ProcessInfo.processInfo.environment[Self.passwordVariable], !given.isEmpty {
            password = given
        } else if isatty(STDIN_FILENO) == 1 {
            password = context.console.ask("Password for \(signature.email):", isSecure: true)
            guard context.console.ask("Once more:", isSecure: true) == password else {
                throw Accounts.AccountError(description: "The two passwords differ; nothing was created.")
            }
        } else {
            throw NoPassword()
        }
        try await app.db.transaction { database in
            let accounts = Accounts(database: database)
            let userID = try await accounts.createUser(
                email: signature.email, name: signature.name ?? signature.email, password: password,
                isAdministrator: signature.admin)
            if let body = secretaryOf { try await accounts.grant(.secretary, in: body.id, to: userID) }
            if let body = memberOf { try await accounts.grant(.member, in: body.id, to: userID) }
        }
        let roles = [signature.admin ? "administrator" : nil,
                     secretaryOf.map { "secretary of \($0.name)" }, memberOf.map { "member of \($0.name)" }]
            .compactMap { $0 }
        context.console.print("Created \(signature.email)" + (roles.isEmpty ? "." : " (\(roles.joined(separator: ", "))).")
            + " Sign in at /log-ind.")
    }
}

/// Makes a personal API token for a user, as the page /min-konto/api-noegler does, for the scripts that
/// set up an integration. The token is the only thing written to standard output (add `--log error` to
/// keep the start-up log off it too).
struct AddAPIToken: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "The e-mail address of the user the token acts as")
        var email: String

        @Option(name: "name", help: "What the token is for, as the user's list of tokens shows it")
        var name: String?
    }

    var help: String { "Makes a personal API token for a user and prints it (it cannot be shown again)." }

    struct UnknownUser: Error, CustomStringConvertible {
        let email: String
        var description: String { "There is no user with the e-mail address \(email); add one with `samspil user add`." }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let email = signature.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard let user = try await UserModel.query(on: app.db).filter(\.$email == email).first() else {
            throw UnknownUser(email: email)
        }
        let token = try await APITokens(database: app.db).create(named: signature.name ?? "Kommandolinjen", for: try user.requireID())
        context.console.output(token.consoleText())
    }
}
