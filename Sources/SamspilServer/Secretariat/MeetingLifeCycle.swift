import Fluent
import Foundation
import SamspilCore
import SQLKit

/// The steps of a meeting's life cycle and the audit trail they leave.
struct MeetingLifeCycle {
    let database: any Database

    /// Takes the one step from the meeting's status to `status`. False, and nothing changed, when that is
    /// not the next step, the meeting is cancelled, or someone took a step in between (the status is
    /// claimed in one statement).
    func advance(_ meeting: Meeting, to status: MeetingStatus, by userName: String, at now: Date = Date()) async throws -> Bool {
        guard meeting.status.canAdvance(to: status), !meeting.isCancelled else { return false }
        return try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            let claimed = try await sql.update(MeetingModel.schema)
                .set("status", to: status.rawValue)
                .where("id", .equal, meeting.id)
                .where("status", .equal, meeting.status.rawValue)
                .where("cancelled_at", .is, SQLLiteral.null)
                .returning("id")
                .all()
            guard !claimed.isEmpty else { return false }
            try await AuditEntryModel(AuditEntry(meetingID: meeting.id, at: now, userName: userName,
                                                 change: .status(from: meeting.status, to: status))).create(on: database)
            return true
        }
    }

    /// Calls the meeting off. False, and nothing changed, when it is held or already cancelled, also when
    /// that happened in between (checked in the same statement that sets the cancellation).
    func cancel(_ meeting: Meeting, by userName: String, at now: Date = Date()) async throws -> Bool {
        guard meeting.canBeCancelled else { return false }
        let notHeld = MeetingStatus.allCases.filter { $0 < .held }.map(\.rawValue)
        return try await record(.cancelled, of: meeting.id, by: userName, at: now) { update in
            update.set("cancelled_at", to: SQLBind(now))
                .where("cancelled_at", .is, SQLLiteral.null)
                .where("status", .in, SQLBind.group(notHeld))
        }
    }

    /// Calls a cancelled meeting on again. False, and nothing changed, when it is not cancelled.
    func reinstate(_ meeting: Meeting, by userName: String, at now: Date = Date()) async throws -> Bool {
        guard meeting.isCancelled else { return false }
        return try await record(.reinstated, of: meeting.id, by: userName, at: now) { update in
            update.set("cancelled_at", to: SQLLiteral.null)
                .where("cancelled_at", .isNot, SQLLiteral.null)
        }
    }

    /// Runs the meeting's `update` and, if it changed the row, writes `change` to the audit trail.
    private func record(_ change: AuditEntry.Change, of meetingID: UUID, by userName: String, at now: Date,
                        _ update: @escaping @Sendable (SQLUpdateBuilder) -> SQLUpdateBuilder) async throws -> Bool {
        try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            let changed = try await update(sql.update(MeetingModel.schema).where("id", .equal, meetingID))
                .returning("id")
                .all()
            guard !changed.isEmpty else { return false }
            try await AuditEntryModel(AuditEntry(meetingID: meetingID, at: now, userName: userName, change: change))
                .create(on: database)
            return true
        }
    }

    /// Writes the fields a correction of approved minutes changed, with its reason.
    func recordCorrection(of before: ItemDraft, to after: ItemDraft, itemID: UUID, meetingID: UUID,
                          by userName: String, reason: String, at now: Date = Date()) async throws {
        let entries = after.differences(from: before).map { field in
            AuditEntryModel(AuditEntry(meetingID: meetingID, itemID: itemID, at: now, userName: userName,
                                       change: .field(name: field.rawValue, before: before.value(of: field),
                                                      after: after.value(of: field)),
                                       reason: reason))
        }
        try await entries.create(on: database)
    }

    func trail(of meetingID: UUID) async throws -> [AuditEntry] {
        try await AuditEntryModel.query(on: database).filter(\.$meetingID == meetingID).sort(\.$at).all()
            .map { try $0.domain() }
    }
}

/// Plans a new meeting: its header, and the body's standard items as the start of its agenda.
struct MeetingPlanner {
    let database: any Database

    func plan(_ meeting: Meeting) async throws {
        let standard = try await StandardItemModel.items(of: meeting.bodyID, on: database)
        try await database.transaction { database in
            try await MeetingModel(meeting).create(on: database)
            let items = standard.map { item in
                AgendaItem(meetingID: meeting.id, position: 0, number: nil, title: item.title,
                           sections: item.recommendation.isEmpty ? [] : [ItemSection(kind: .recommendation, text: item.recommendation)],
                           kind: item.kind, durationMinutes: item.durationMinutes, purpose: item.purpose)
            }
            let opening = zip(standard, items).filter { $0.0.placement == .opening }.map(\.1)
            let closing = zip(standard, items).filter { $0.0.placement == .closing }.map(\.1)
            let schedule = AgendaSchedule(ordered: opening + closing, meetingStart: meeting.start, meetingEnd: meeting.end)
            try await schedule.items.map(AgendaItemModel.init).create(on: database)
            try await schedule.items.flatMap { item in
                item.sections.enumerated().map { ItemSectionModel(itemID: item.id, position: $0, section: $1) }
            }.create(on: database)
        }
    }
}
