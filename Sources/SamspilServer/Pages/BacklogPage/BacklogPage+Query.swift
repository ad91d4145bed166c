import Fluent
import SamspilCore

extension BacklogPage.Model {
    static func query(_ context: BodyContext, form: BacklogPage.Form? = nil, today: CalendarDay,
                      on database: any Database) async throws -> Self {
        let items = try await Backlog(database: database).items(of: context.body.id)
        let itemIDs = Set(items.flatMap { [$0.scheduledItemID, $0.sourceItemID].compactMap { $0 } })
        let places = try await ItemPlaces.load(itemIDs, on: database)
        let rows = items.map { item in
            Row(item: item, takenUpAt: item.scheduledItemID.flatMap { places[$0] },
                proposedAt: item.sourceItemID.flatMap { places[$0] })
        }
        return Self(
            body: context.body,
            waiting: rows.filter(\.item.isWaiting),
            takenUp: rows.filter { !$0.item.isWaiting }
                .sorted { ($0.takenUpAt?.meeting.date.iso ?? "") > ($1.takenUpAt?.meeting.date.iso ?? "") },
            today: today,
            mayEdit: context.viewer.may(.edit, in: context.body.id),
            form: form ?? .blank(today: today))
    }
}
