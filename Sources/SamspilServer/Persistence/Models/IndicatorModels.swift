import Fluent
import Foundation
import SamspilCore

final class IndicatorModel: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @OptionalField(key: "target") var target: Double?
    @Field(key: "breakdown") var breakdown: String
    @OptionalField(key: "description") var description: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ indicator: Indicator, slug: String) {
        id = indicator.id
        self.slug = slug
        name = indicator.name
        unit = indicator.unit
        target = indicator.target
        breakdown = indicator.breakdown.rawValue
        description = indicator.description
    }

    func domain() throws -> Indicator {
        Indicator(id: try requireID(), name: name, unit: unit, target: target,
                  breakdown: try StoredValue.enumeration(breakdown, table: Self.schema, id: id, field: "breakdown"),
                  description: description)
    }
}

/// One figure of an indicator: unique by indicator, period and group, so importing it again replaces it.
final class IndicatorValueModel: Model, @unchecked Sendable {
    static let schema = "indicator_values"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_id") var indicatorID: UUID
    @Field(key: "period") var period: String
    @Field(key: "group_name") var group: String
    @Field(key: "value") var value: Double

    init() {}

    init(indicatorID: UUID, value: IndicatorValue) {
        self.indicatorID = indicatorID
        period = value.period.description
        group = value.group
        self.value = value.value
    }

    func domain() throws -> IndicatorValue {
        guard let period = IndicatorPeriod(period) else {
            throw CorruptRowError(table: Self.schema, id: id, field: "period", value: period)
        }
        return IndicatorValue(period: period, group: group, value: value)
    }
}
