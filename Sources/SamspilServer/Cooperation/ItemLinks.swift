import Fluent
import Foundation
import SamspilCore

/// What an agenda item is linked to in the registers: the initiatives it discussed, the stages of
/// agreements and development tasks it treated, and the indicators it shows.
struct ItemLinks: Equatable {
    struct CaseStage: Equatable {
        let value: CooperationCase
        let stage: CooperationCase.Stage
    }

    struct ShownIndicator: Equatable {
        let stored: Indicators.Stored
        let values: [IndicatorValue]
    }

    var initiatives: [Initiative] = []
    var cases: [CaseStage] = []
    var indicators: [ShownIndicator] = []

    var isEmpty: Bool { initiatives.isEmpty && cases.isEmpty && indicators.isEmpty }

    /// The links of each of the items, with the figures of the indicators as they are now.
    static func load(_ itemIDs: [UUID], on database: any Database) async throws -> [UUID: ItemLinks] {
        guard !itemIDs.isEmpty else { return [:] }
        var links: [UUID: ItemLinks] = [:]
        for (itemID, initiatives) in try await Initiatives(database: database).initiatives(ofItems: itemIDs) {
            links[itemID, default: .init()].initiatives = initiatives
        }
        for (itemID, cases) in try await CooperationCases(database: database).cases(ofItems: itemIDs) {
            links[itemID, default: .init()].cases = cases.map { CaseStage(value: $0.value, stage: $0.stage) }
                .sorted { $0.value.title < $1.value.title }
        }
        let shown = try await ItemIndicatorModel.query(on: database).filter(\.$itemID ~~ itemIDs).all()
        if !shown.isEmpty {
            let indicators = Indicators(database: database)
            var byID: [UUID: ShownIndicator] = [:]
            for stored in try await indicators.all() where shown.contains(where: { $0.indicatorID == stored.indicator.id }) {
                byID[stored.indicator.id] = ShownIndicator(stored: stored, values: try await indicators.values(of: stored.indicator.id))
            }
            for row in shown {
                guard let indicator = byID[row.indicatorID] else { continue }
                links[row.itemID, default: .init()].indicators.append(indicator)
            }
        }
        return links
    }

    /// Shows an indicator in an item; showing it again changes nothing.
    static func show(_ indicatorID: UUID, in itemID: UUID, on database: any Database) async throws {
        try await upsert(find: { try await ItemIndicatorModel.query(on: database).filter(\.$itemID == itemID).filter(\.$indicatorID == indicatorID).first() },
                         update: { _ in },
                         create: { try await ItemIndicatorModel(itemID: itemID, indicatorID: indicatorID).create(on: database) })
    }

    static func hide(_ indicatorID: UUID, in itemID: UUID, on database: any Database) async throws {
        try await ItemIndicatorModel.query(on: database).filter(\.$itemID == itemID).filter(\.$indicatorID == indicatorID).delete()
    }
}
