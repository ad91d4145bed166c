import Fluent
import Foundation
import MinutesExport
import SamspilCore
import Vapor

/// `samspil export BODY/DATE --format docx|pdf|html [--agenda|--minutes] [--public] [-o FILE]`: writes a
/// meeting's agenda or minutes as a document, the same one the meeting page's buttons give.
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "meeting", help: "The meeting: BODY/YYYY-MM-DD (the body's key or name), as in the meeting's address")
        var meeting: String

        @Option(name: "format", short: "f", help: "docx, pdf or html (default docx)")
        var format: String?

        @Flag(name: "agenda", help: "The agenda (without decisions)")
        var agenda: Bool

        @Flag(name: "minutes", help: "The minutes (the default once the meeting is held)")
        var minutes: Bool

        @Flag(name: "public", help: "Only what the public may read: no contact details, no unapproved decisions")
        var onlyPublic: Bool

        @Option(name: "output", short: "o", help: "The file to write (default: referat-DATE.docx and the like, here)")
        var output: String?
    }

    var help: String { "Writes a meeting's agenda or minutes as Word, PDF or print HTML." }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let format = try Self.format(signature.format)
        guard !(signature.agenda && signature.minutes) else {
            throw UsageError(description: "Choose one of --agenda and --minutes.")
        }
        let (bodyName, keyText) = try Self.meetingReference(signature.meeting)
        let app = context.application
        try await DatabasePreparation.prepare(app, demo: .off)
        let body = try await BodyLookup.require(bodyName, on: app.db)
        guard let key = MeetingKey(keyText), try await MeetingModel.meeting(bodyID: body.id, key: key, on: app.db) != nil else {
            throw UsageError(description: try await Self.noSuchMeeting(keyText, of: body, on: app.db))
        }
        let kind: MeetingDocument.Kind
        if signature.agenda {
            kind = .agenda
        } else if signature.minutes {
            kind = .minutes
        } else {
            let status = try await MeetingModel.meeting(bodyID: body.id, key: key, on: app.db)?.status ?? .planned
            kind = status >= .held ? .minutes : .agenda
        }

        let document: MeetingDocument, data: Data
        do {
            (document, data) = try await app.exportDocument(bodySlug: body.slug, key: key.description, kind: kind,
                                                            format: format.rawValue, onlyPublic: signature.onlyPublic)
        } catch MeetingExport.Failure.noMinutes {
            throw UsageError(description: signature.onlyPublic
                ? "The minutes of \(body.slug)/\(key) are not approved, so they are not public. Export the agenda with --agenda."
                : "\(body.slug)/\(key) has no minutes yet: the meeting is not held. Export the agenda with --agenda.")
        } catch MeetingExport.Failure.notFound {
            throw UsageError(description: "\(body.slug)/\(key) is not public yet: its agenda is not published.")
        }
        let path = signature.output ?? document.fileName(extension: format.rawValue)
        // Written whole or not at all: a failed write leaves no half a file behind.
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UsageError(description: "Could not write \(path): \(error.localizedDescription)")
        }
        context.console.print("Wrote \(path): \(document.title), \(ByteCountFormat.text(data.count)).")
    }

    static func format(_ text: String?) throws -> ExportFormat {
        guard let text else { return .docx }
        guard let format = ExportFormat(rawValue: text.lowercased()) else { throw unknownFormat(text) }
        return format
    }

    static func unknownFormat(_ text: String) -> UsageError {
        UsageError(description: "--format \(text) is not a format: use docx, pdf or html.")
    }

    /// `midtklyngen-klyngestyregruppe/2021-06-18`, also with `/organer/.../moeder/...` as in the address.
    static func meetingReference(_ text: String) throws -> (body: String, key: String) {
        var parts = text.split(separator: "/").map(String.init)
        parts.removeAll { $0 == "organer" || $0 == "moeder" }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw UsageError(description: "Name the meeting as BODY/YYYY-MM-DD, e.g. midtklyngen-klyngestyregruppe/2021-06-18.")
        }
        return (parts[0], parts[1])
    }

    private static func noSuchMeeting(_ key: String, of body: Body, on database: any Database) async throws -> String {
        let meetings = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id).sort(\.$date, .descending)
            .all().map { try $0.domain() }
        let keys = MeetingKey.keys(for: meetings)
        let list = meetings.prefix(10).compactMap { keys[$0.id].map { "  \(body.slug)/\($0)" } }.joined(separator: "\n")
        return "\(body.name) has no meeting \(key). Its latest meetings:\n" + (list.isEmpty ? "  (none)" : list)
    }
}

extension Viewer {
    /// Whoever runs the command on the server, who reads everything the database holds.
    static let everything = Viewer(userID: nil, name: "samspil", isAdministrator: true, roles: [:])
}
