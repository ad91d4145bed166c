import Fluent
import Foundation
import SamspilCore

/// Where an agenda item is: its meeting and its number there. Lists that gather items from many
/// meetings (follow-up, backlog) link to the item's place on its meeting's page.
struct ItemPlace: Equatable, Sendable {
    let meeting: MeetingSummary
    let itemNumber: Int?
    let itemTitle: String
    /// The item's anchor on the meeting page (`punkt-4`).
    let anchor: String

    var href: String { meeting.url.path + "#" + anchor }

    /// "4. Status på projektet" or the title of an unnumbered part.
    var itemText: String { itemNumber.map { "\($0). \(itemTitle)" } ?? itemTitle }
}

enum ItemPlaces {
    /// The places of the given items; items (or meetings) that no longer exist are left out.
    static func load(_ itemIDs: Set<UUID>, on database: any Database) async throws -> [UUID: ItemPlace] {
        guard !itemIDs.isEmpty else { return [:] }
        let items = try await AgendaItemModel.query(on: database).filter(\.$id ~~ itemIDs).all()
            .map { try $0.domain(sections: []) }
        let meetings = try await MeetingModel.query(on: database).filter(\.$id ~~ Set(items.map(\.meetingID))).all()
            .map { try $0.domain() }
        let summaries = try await MeetingSummary.load(meetings, on: database)
        var places: [UUID: ItemPlace] = [:]
        for item in items {
            guard let meeting = summaries[item.meetingID] else { continue }
            places[item.id] = ItemPlace(meeting: meeting, itemNumber: item.number, itemTitle: item.title,
                                        anchor: MeetingPage.anchor(of: item))
        }
        return places
    }
}
