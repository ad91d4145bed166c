import Fluent
import Foundation
import SamspilCore

/// Cases that travel between bodies. A referral is a backlog item in the receiving body whose source is
/// the referring item and which says what is asked (`ReferralPurpose`); when a meeting of the receiving
/// body takes it up, its new item continues the case, and may refer it on or back.
struct Referrals {
    let database: any Database

    enum Problem: Error, Equatable {
        case noBodies
        case ownBody
    }

    /// Refers `item` to each of `bodyIDs`: one backlog item each, in one transaction. Its own body is
    /// refused (a matter for a coming meeting of one's own body is a backlog item, not a referral).
    @discardableResult
    func refer(_ item: AgendaItem, of body: Body, to bodyIDs: [UUID], purpose: ReferralPurpose, due: CalendarDay?,
               today: CalendarDay) async throws -> [BacklogItem] {
        let targets = Array(Set(bodyIDs))
        guard !targets.isEmpty else { throw Problem.noBodies }
        guard !targets.contains(body.id) else { throw Problem.ownBody }
        let referred = targets.map { bodyID in
            BacklogItem(bodyID: bodyID, title: item.title, proposedBy: body.name, proposedOn: today, due: due,
                        sourceItemID: item.id, referral: purpose)
        }
        try await database.transaction { database in
            try await referred.map(BacklogItemModel.init).create(on: database)
        }
        return referred
    }

    /// Every item and referral connected with `itemID`: where the matter came from, where it was sent,
    /// and what each body did with it. At most `limit` of each, against a loop of references.
    func connections(of itemID: UUID, limit: Int = 500) async throws -> (items: Set<UUID>, referrals: [BacklogItem]) {
        var items: Set<UUID> = [itemID]
        var referrals: [UUID: BacklogItem] = [:]
        var frontier: Set<UUID> = [itemID]
        while !frontier.isEmpty, items.count < limit, referrals.count < limit {
            let ids = Array(frontier)
            let found = try await BacklogItemModel.query(on: database).filter(\.$referral != nil)
                .group(.or) { $0.filter(\.$sourceItemID ~~ ids).filter(\.$scheduledItemID ~~ ids) }.all()
                .map { try $0.domain() }
            frontier = []
            for referral in found where referrals[referral.id] == nil {
                referrals[referral.id] = referral
                for next in [referral.sourceItemID, referral.scheduledItemID].compactMap({ $0 }) where !items.contains(next) {
                    items.insert(next)
                    frontier.insert(next)
                }
            }
        }
        return (items, Array(referrals.values))
    }

    /// The items of `itemIDs` that are part of a case between bodies: sent on, or taken up from another body.
    func itemsWithConnections(_ itemIDs: [UUID]) async throws -> Set<UUID> {
        guard !itemIDs.isEmpty else { return [] }
        let rows = try await BacklogItemModel.query(on: database).filter(\.$referral != nil)
            .group(.or) { $0.filter(\.$sourceItemID ~~ itemIDs).filter(\.$scheduledItemID ~~ itemIDs) }.all()
        return Set(rows.flatMap { [$0.sourceItemID, $0.scheduledItemID].compactMap { $0 } }).intersection(itemIDs)
    }
}
