import Fluent
import Foundation
import SamspilCore

/// Reads and writes indicators and their figures.
struct Indicators {
    let database: any Database

    struct Stored: Equatable, Sendable {
        let slug: String
        let indicator: Indicator
    }

    func all() async throws -> [Stored] {
        try await IndicatorModel.query(on: database).sort(\.$name).all().map { Stored(slug: $0.slug, indicator: try $0.domain()) }
    }

    func find(slug: String) async throws -> Stored? {
        try await IndicatorModel.query(on: database).filter(\.$slug == slug).first().map { Stored(slug: $0.slug, indicator: try $0.domain()) }
    }

    /// A new indicator, under a key made from its name (with a number when the name is taken).
    func create(_ indicator: Indicator) async throws -> String {
        let base = Slug.make(indicator.name)
        var slug = base
        var number = 2
        while try await IndicatorModel.query(on: database).filter(\.$slug == slug).count() > 0 {
            slug = "\(base)-\(number)"
            number += 1
        }
        try await IndicatorModel(indicator, slug: slug).create(on: database)
        return slug
    }

    /// The figures by period, then group by name: the order of the table's rows and columns.
    func values(of indicatorID: UUID) async throws -> [IndicatorValue] {
        try await IndicatorValueModel.query(on: database).filter(\.$indicatorID == indicatorID).all()
            .map { try $0.domain() }.sorted { ($0.period, $0.group) < ($1.period, $1.group) }
    }

    struct ImportCount: Equatable, Sendable {
        var added = 0
        var changed = 0
        var unchanged = 0
    }

    /// Stores figures, in one transaction: a period and group already stored get the new value, so
    /// importing the same file twice changes nothing the second time.
    func store(_ values: [IndicatorValue], in indicatorID: UUID) async throws -> ImportCount {
        try await database.transaction { database in
            let existing = try await IndicatorValueModel.query(on: database).filter(\.$indicatorID == indicatorID).all()
            var byKey = Dictionary(existing.map { ("\($0.period)|\($0.group)", $0) }, uniquingKeysWith: { first, _ in first })
            var count = ImportCount()
            for value in values {
                let key = "\(value.period)|\(value.group)"
                if let row = byKey[key] {
                    guard row.value != value.value else {
                        count.unchanged += 1
                        continue
                    }
                    row.value = value.value
                    try await row.save(on: database)
                    count.changed += 1
                } else {
                    let row = IndicatorValueModel(indicatorID: indicatorID, value: value)
                    try await row.create(on: database)
                    byKey[key] = row
                    count.added += 1
                }
            }
            return count
        }
    }

    /// The groups an indicator's figures may name: the clusters of the bodies, or the organisations.
    func groups(for indicator: Indicator) async throws -> [String] {
        switch indicator.breakdown {
        case .cluster:
            return Array(Set(try await BodyModel.query(on: database).all().compactMap(\.cluster))).sorted()
        case .organisation:
            return try await OrganisationModel.query(on: database).sort(\.$name).all().map(\.name)
        }
    }
}
