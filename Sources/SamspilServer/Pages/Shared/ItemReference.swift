import Fluent
import Foundation
import SamspilCore

/// A link to an agenda item from a register (an initiative, an agreement's stage): the body, the
/// meeting's date and the numbered title, for the items the viewer may see, in date order.
struct ItemReference: Equatable, Sendable {
    let itemID: UUID
    let bodyID: UUID
    let bodyName: String
    let date: CalendarDay
    let title: String
    let url: String

    /// The references of `itemIDs` the viewer may see: an item of a meeting whose agenda is not yet
    /// published is left out, as everywhere else.
    static func load(_ itemIDs: some Collection<UUID>, viewer: Viewer, on database: any Database) async throws -> [UUID: ItemReference] {
        guard !itemIDs.isEmpty else { return [:] }
        let items = try await AgendaItemModel.query(on: database).filter(\.$id ~~ Set(itemIDs)).all().map { try $0.domain(sections: []) }
        let meetings = try await MeetingModel.query(on: database).filter(\.$id ~~ Set(items.map(\.meetingID))).all().map { try $0.domain() }
        let summaries = try await MeetingSummary.load(meetings, on: database)
        var references: [UUID: ItemReference] = [:]
        for item in items {
            guard let summary = summaries[item.meetingID],
                  MeetingPage.Model.Visibility(status: summary.status, readsEverything: viewer.may(.readEverything, in: summary.bodyID)) != .hidden
            else { continue }
            references[item.id] = ItemReference(itemID: item.id, bodyID: summary.bodyID, bodyName: summary.bodyName, date: summary.date,
                                                title: MeetingPage.numbered(item),
                                                url: summary.url.path + "#" + MeetingPage.anchor(of: item))
        }
        return references
    }

    static func inDateOrder(_ references: some Sequence<ItemReference>) -> [ItemReference] {
        references.sorted { ($0.date, $0.bodyName, $0.title) < ($1.date, $1.bodyName, $1.title) }
    }
}
