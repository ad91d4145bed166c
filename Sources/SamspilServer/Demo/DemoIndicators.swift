import Fluent
import Foundation
import SamspilCore

/// The demo's indicator: referrals from the hospitals to the municipalities' smoking-cessation courses,
/// per cluster per quarter, against the target of the smoking-cessation agreement (the 2021 minutes
/// await its status). The figures are made up for the demo, in the range DOMAIN.md gives (338 referrals
/// in a quarter against a regional target of 750, i.e. 150 a cluster).
enum DemoIndicators {
    static let clusters = ["Midtklyngen", "Randersklyngen", "Vestklyngen", "Aarhusklyngen", "Horsensklyngen"]

    static let indicator = Indicator(
        name: "Henvisninger til kommunale rygestopforløb", unit: "henvisninger", target: 150, breakdown: .cluster,
        description: "Henvisninger fra hospitalerne til kommunernes rygestopforløb pr. klynge pr. kvartal, mod målet i "
            + "rygestopaftalen (750 i regionen, 150 pr. klynge). Tallene i demoen er opdigtede.")

    /// Eight quarters for each cluster: a slow climb towards the target, each cluster at its own level.
    static func values() -> [IndicatorValue] {
        let levels = [61.0, 74, 55, 96, 52]
        var values: [IndicatorValue] = []
        for (index, quarter) in (0..<8).enumerated() {
            guard let period = IndicatorPeriod(year: 2023 + quarter / 4, quarter: quarter % 4 + 1) else { continue }
            for (cluster, level) in zip(clusters, levels) {
                let wobble = Double((index * 7 + cluster.count * 3) % 11) - 5
                values.append(IndicatorValue(period: period, group: cluster, value: (level + Double(index) * 6 + wobble).rounded()))
            }
        }
        return values
    }

    static func store(on database: any Database) async throws {
        let indicators = Indicators(database: database)
        _ = try await indicators.create(indicator)
        _ = try await indicators.store(values(), in: indicator.id)
    }
}
