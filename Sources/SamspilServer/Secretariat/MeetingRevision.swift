import Fluent
import Foundation
import SQLKit
import Vapor

/// Raises a meeting's revision and records the time of the change.
struct MeetingRevision {
    let database: any Database

    func record(_ meetingID: UUID, at now: Date = Date()) async throws {
        guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
        try await sql.update(MeetingModel.schema)
            .set("revision", to: SQLBinaryExpression(SQLColumn("revision"), .add, SQLBind(1)))
            .set("modified_at", to: SQLBind(now))
            .where("id", .equal, meetingID)
            .run()
    }
}

/// Records a new revision of the meeting, and indexes it anew for search, after every successful write
/// under its path (header, items, attachments, attendance, life-cycle steps). One place for it, so an
/// action added later cannot forget it; a refused write (4xx) changed nothing and leaves both alone. The
/// meeting is found before the write, because a new date in the header changes the path's key.
struct MeetingRevisionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET, request.method != .HEAD,
              let slug = request.parameters.get("body"),
              let key = request.parameters.get("meeting").flatMap(MeetingKey.init),
              let meetingID = try await Self.meetingID(bodySlug: slug, key: key, on: request.db) else {
            return try await next.respond(to: request)
        }
        let response = try await next.respond(to: request)
        if response.status.code < 400 {
            try await MeetingRevision(database: request.db).record(meetingID)
            try await SearchIndex(database: request.db).reindex(meetings: [meetingID])
        }
        return response
    }

    private static func meetingID(bodySlug: String, key: MeetingKey, on database: any Database) async throws -> UUID? {
        guard let bodyID = try await BodyModel.query(on: database).filter(\.$slug == bodySlug).first()?.id else { return nil }
        return try await MeetingModel.meeting(bodyID: bodyID, key: key, on: database)?.id
    }
}
