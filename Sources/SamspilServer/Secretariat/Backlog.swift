import Fluent
import Foundation
import SamspilCore

/// A body's "punkter til kommende møder": matters proposed for a coming meeting, until one takes them up.
struct Backlog {
    let database: any Database

    /// Every backlog item of the body: the waiting ones first, by due date (those without one last), then
    /// the ones meetings took up.
    func items(of bodyID: UUID) async throws -> [BacklogItem] {
        try await BacklogItemModel.query(on: database).filter(\.$bodyID == bodyID).all()
            .map { try $0.domain() }
            .sorted { ($0.isWaiting ? 0 : 1, $0.due.dueOrder, $0.title) < ($1.isWaiting ? 0 : 1, $1.due.dueOrder, $1.title) }
    }

    func add(_ item: BacklogItem) async throws {
        try await BacklogItemModel(item).create(on: database)
    }

    /// Deletes the body's backlog item; false when the body has no such item. An action that was put back
    /// on the agenda with it no longer says so.
    func delete(_ id: UUID, in bodyID: UUID) async throws -> Bool {
        try await database.transaction { database in
            guard let model = try await BacklogItemModel.query(on: database).filter(\.$id == id)
                .filter(\.$bodyID == bodyID).first() else { return false }
            try await FollowUpActionModel.query(on: database).filter(\.$backlogItemID == id)
                .set(\.$backlogItemID, to: nil).update()
            try await model.delete(on: database)
            return true
        }
    }
}
