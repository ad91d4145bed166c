import Fluent
import Foundation
import SamspilCore

/// The follow-up actions of a body's meetings: the open ones across meetings, closing them, and putting
/// them back on the agenda. The body page "Opfølgning" and the meeting pages both read from here; the
/// owners' names come from `OwnerNames`.
struct FollowUps {
    let database: any Database

    /// An action with what a list shows beside it.
    struct Entry: Equatable, Sendable {
        let action: FollowUpAction
        /// The person's or organisation's name, or the name as written.
        let ownerName: String
        /// The meeting and item the action came from; nil if the item is gone.
        let place: ItemPlace?
        /// The due date of the backlog item the action was put back on the agenda with.
        let backlogDue: CalendarDay?
    }

    /// The open actions of the body's meetings, overdue first, then by due date, those without one last.
    func open(in bodyID: UUID, today: CalendarDay) async throws -> [Entry] {
        let models = try await query(in: bodyID).filter(\.$state == FollowUpAction.State.open.rawValue).all()
        let entries = try await entries(for: models.map { try $0.domain() })
        return entries.sorted { lhs, rhs in
            // Overdue actions have the earliest dates anyway; the explicit key keeps them on top should
            // the order after them ever change.
            (lhs.action.isOverdue(on: today) ? 0 : 1, lhs.action.due.dueOrder, lhs.place?.meeting.date.iso ?? "",
             lhs.action.text)
                < (rhs.action.isOverdue(on: today) ? 0 : 1, rhs.action.due.dueOrder, rhs.place?.meeting.date.iso ?? "",
                   rhs.action.text)
        }
    }

    /// The body's actions marked done or dropped, the latest first.
    func recentlyClosed(in bodyID: UUID, limit: Int = 20) async throws -> [Entry] {
        let models = try await query(in: bodyID).filter(\.$state != FollowUpAction.State.open.rawValue)
            .sort(\.$closedAt, .descending).limit(limit).all()
        return try await entries(for: models.map { try $0.domain() })
    }

    /// The actions recorded on the given items, in the order they were recorded.
    func actions(ofItems itemIDs: Set<UUID>) async throws -> [FollowUpAction] {
        guard !itemIDs.isEmpty else { return [] }
        return try await FollowUpActionModel.query(on: database).filter(\.$itemID ~~ itemIDs)
            .sort(\.$createdAt).all().map { try $0.domain() }
    }

    /// The action, if it came from a meeting of the body.
    func action(_ id: UUID, in bodyID: UUID) async throws -> FollowUpAction? {
        try await query(in: bodyID).filter(\.$id == id).first()?.domain()
    }

    /// Marks an open action done or dropped, recording who and when. An action that someone closed in
    /// the meantime keeps the first closing: the condition on the state makes the update a no-op.
    func close(_ action: FollowUpAction, as state: FollowUpAction.State, by userName: String, at now: Date = Date()) async throws {
        guard state != .open else { return }
        try await FollowUpActionModel.query(on: database)
            .filter(\.$id == action.id).filter(\.$state == FollowUpAction.State.open.rawValue)
            .set(\.$state, to: state.rawValue).set(\.$closedBy, to: userName).set(\.$closedAt, to: now)
            .update()
    }

    /// Puts the action back on the body's agenda by `due`: a backlog item with the action's text, proposed
    /// by its owner, from its item. The action stays open. Put back again while its backlog item still
    /// waits, only the due date moves, so the backlog does not fill with copies.
    @discardableResult
    func putBack(_ action: FollowUpAction, in bodyID: UUID, due: CalendarDay, today: CalendarDay) async throws -> BacklogItem {
        let ownerName = try await OwnerNames.load(for: [action], on: database)[action.id]?.nilIfEmpty
        return try await database.transaction { database in
            if let existingID = action.backlogItemID,
               let existing = try await BacklogItemModel.find(existingID, on: database), existing.scheduledItemID == nil {
                existing.dueOn = due.iso
                try await existing.save(on: database)
                return try existing.domain()
            }
            let item = BacklogItem(bodyID: bodyID, title: action.text, proposedBy: ownerName, proposedOn: today,
                                   due: due, sourceItemID: action.itemID)
            try await BacklogItemModel(item).create(on: database)
            try await FollowUpActionModel.query(on: database).filter(\.$id == action.id)
                .set(\.$backlogItemID, to: item.id).update()
            return item
        }
    }

    // MARK: -

    /// Actions of the items of the body's meetings.
    private func query(in bodyID: UUID) -> QueryBuilder<FollowUpActionModel> {
        FollowUpActionModel.query(on: database)
            .join(AgendaItemModel.self, on: \FollowUpActionModel.$itemID == \AgendaItemModel.$id)
            .join(MeetingModel.self, on: \AgendaItemModel.$meetingID == \MeetingModel.$id)
            .filter(MeetingModel.self, \.$bodyID == bodyID)
    }

    private func entries(for actions: [FollowUpAction]) async throws -> [Entry] {
        let names = try await OwnerNames.load(for: actions, on: database)
        let places = try await ItemPlaces.load(Set(actions.map(\.itemID)), on: database)
        let backlogIDs = Set(actions.compactMap(\.backlogItemID))
        let backlog = backlogIDs.isEmpty ? [] : try await BacklogItemModel.query(on: database)
            .filter(\.$id ~~ backlogIDs).all().map { try $0.domain() }
        let backlogDue = Dictionary(uniqueKeysWithValues: backlog.map { ($0.id, $0.due) })
        return actions.map { action in
            Entry(action: action, ownerName: names[action.id] ?? "", place: places[action.itemID],
                  backlogDue: action.backlogItemID.flatMap { backlogDue[$0] ?? nil })
        }
    }
}
