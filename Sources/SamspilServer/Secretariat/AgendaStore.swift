import Fluent
import Foundation
import SamspilCore
import SQLKit

/// Reads and writes a meeting's agenda. After every change of order or duration the whole agenda is
/// scheduled again (`AgendaSchedule`), so numbers and time slots never disagree with the order.
struct AgendaStore {
    let database: any Database

    /// The items in agenda order, with their sections.
    func items(of meetingID: UUID) async throws -> [AgendaItem] {
        let models = try await AgendaItemModel.query(on: database).filter(\.$meetingID == meetingID).all()
        let sections = try await ItemSectionModel.query(on: database)
            .filter(\.$itemID ~~ Set(try models.map { try $0.requireID() })).sort(\.$position).all()
        let byItem = Dictionary(grouping: sections, by: \.itemID)
        return try models.map { model in
            try model.domain(sections: try (byItem[try model.requireID()] ?? []).map { try $0.domain() })
        }.inAgendaOrder()
    }

    /// Puts `items` in this order and saves the numbers and times that changed.
    func schedule(_ ordered: [AgendaItem], previous: [AgendaItem], meeting: Meeting) async throws -> AgendaSchedule {
        let firstNumber = previous.lazy.compactMap(\.number).first ?? 1
        let schedule = AgendaSchedule(ordered: ordered, meetingStart: meeting.start, meetingEnd: meeting.end,
                                      firstNumber: firstNumber)
        let changed = schedule.changed(comparedTo: previous)
        guard !changed.isEmpty else { return schedule }
        let models = try await AgendaItemModel.query(on: database).filter(\.$id ~~ Set(changed.map(\.id))).all()
        let byID = Dictionary(uniqueKeysWithValues: changed.map { ($0.id, $0) })
        for model in models {
            guard let id = model.id, let item = byID[id] else { continue }
            model.position = item.position
            model.number = item.number
            model.startsAt = item.start?.description
            model.endsAt = item.end?.description
            try await model.save(on: database)
        }
        return schedule
    }

    /// Adds a new item at `index` (at the end when nil) and schedules the agenda.
    func insert(_ item: AgendaItem, at index: Int?, meeting: Meeting) async throws {
        try await database.transaction { database in
            let store = AgendaStore(database: database)
            let current = try await store.items(of: meeting.id)
            try await AgendaItemModel(item).create(on: database)
            try await store.writeSections(of: item)
            var ordered = current
            ordered.insert(item, at: min(index ?? current.count, current.count))
            // The new item is not in `previous`, so the schedule saves its number and time.
            _ = try await store.schedule(ordered, previous: current, meeting: meeting)
        }
    }

    /// Saves an edited item if nobody saved it since `expectedVersion`; returns false (and changes
    /// nothing) when somebody did. The version is claimed in one statement, so two saves at the same
    /// moment cannot both win.
    func save(_ item: AgendaItem, expectedVersion: Int, meeting: Meeting) async throws -> Bool {
        try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw UnsupportedDatabaseError() }
            let claimed = try await sql.update(AgendaItemModel.schema)
                .set("version", to: SQLBinaryExpression(SQLColumn("version"), .add, SQLBind(1)))
                .where("id", .equal, item.id)
                .where("version", .equal, expectedVersion)
                .returning("id")
                .all()
            guard !claimed.isEmpty, let model = try await AgendaItemModel.find(item.id, on: database) else { return false }
            let store = AgendaStore(database: database)
            let before = try await store.items(of: meeting.id)
            var saved = item
            saved.version = expectedVersion + 1
            model.update(from: saved)
            try await model.save(on: database)
            try await ItemSectionModel.query(on: database).filter(\.$itemID == item.id).delete()
            try await store.writeSections(of: saved)
            // A new duration moves the times of the items after it; any other edit leaves the agenda
            // as it is (the numbering of imported minutes included).
            if before.first(where: { $0.id == saved.id })?.durationMinutes != saved.durationMinutes {
                let after = before.map { $0.id == saved.id ? saved : $0 }
                _ = try await store.schedule(after, previous: before, meeting: meeting)
            }
            return true
        }
    }

    func delete(_ itemID: UUID, meeting: Meeting) async throws {
        try await database.transaction { database in
            let store = AgendaStore(database: database)
            let before = try await store.items(of: meeting.id)
            // Open-data clients hold copies of a published item and of its public files: tell them.
            if meeting.status.agendaIsPublic {
                let files = try await AttachmentModel.query(on: database).filter(\.$itemID == itemID)
                    .filter(\.$isPublic == true).all().compactMap(\.id)
                try await DeletedObjects(database: database).record([itemID], as: .agendaItem)
                try await DeletedObjects(database: database).record(files, as: .attachment)
            }
            try await AgendaItemModel.query(on: database).filter(\.$id == itemID).delete()
            // A backlog item that was taken up by this item waits again.
            try await BacklogItemModel.query(on: database).filter(\.$scheduledItemID == itemID)
                .set(\.$scheduledItemID, to: nil).update()
            _ = try await store.schedule(before.filter { $0.id != itemID }, previous: before, meeting: meeting)
        }
    }

    /// Schedules the agenda again after the meeting's start or end changed.
    func reschedule(_ meeting: Meeting) async throws {
        let items = try await items(of: meeting.id)
        _ = try await schedule(items, previous: items, meeting: meeting)
    }

    private func writeSections(of item: AgendaItem) async throws {
        try await item.sections.enumerated()
            .map { ItemSectionModel(itemID: item.id, position: $0, section: $1) }
            .create(on: database)
    }
}
