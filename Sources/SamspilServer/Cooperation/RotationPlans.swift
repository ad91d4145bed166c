import Fluent
import Foundation
import SamspilCore

/// Reads and writes bodies' rotation plans and the rules switched on for them.
struct RotationPlans {
    let database: any Database

    func plan(of bodyID: UUID) async throws -> RotationPlan {
        let periods = try await RotationPeriodModel.query(on: database).filter(\.$bodyID == bodyID).all()
        let ids = periods.compactMap(\.id)
        let chairs = Dictionary(grouping: try await RotationChairModel.query(on: database).filter(\.$periodID ~~ ids).all(), by: \.periodID)
        return RotationPlan(periods: try periods.map { model in
            let id = try model.requireID()
            return RotationPlan.Period(
                id: id,
                start: try StoredValue.day(model.startsOn, table: RotationPeriodModel.schema, id: id, field: "starts_on"),
                end: try StoredValue.day(model.endsOn, table: RotationPeriodModel.schema, id: id, field: "ends_on"),
                chairs: try (chairs[id] ?? []).map { try $0.domain() }.sorted { $0.side.rawValue < $1.side.rawValue })
        })
    }

    func rules(of bodyID: UUID) async throws -> Set<RotationRule> {
        Set(try await BodyRuleModel.query(on: database).filter(\.$bodyID == bodyID).all().compactMap { RotationRule(rawValue: $0.rule) })
    }

    /// Adds a period, or replaces the period with the same id, with its chairs, in one transaction.
    func save(_ period: RotationPlan.Period, in bodyID: UUID) async throws {
        try await database.transaction { database in
            try await RotationPeriodModel.query(on: database).filter(\RotationPeriodModel.$id == period.id).delete()
            try await RotationPeriodModel(id: period.id, bodyID: bodyID, start: period.start, end: period.end).create(on: database)
            try await period.chairs.map { RotationChairModel(periodID: period.id, chair: $0) }.create(on: database)
        }
    }

    /// Removes one of the body's periods; false when the body has no such period.
    func delete(_ periodID: UUID, in bodyID: UUID) async throws -> Bool {
        guard try await RotationPeriodModel.query(on: database).filter(\RotationPeriodModel.$id == periodID).filter(\.$bodyID == bodyID).count() > 0 else {
            return false
        }
        try await RotationPeriodModel.query(on: database).filter(\RotationPeriodModel.$id == periodID).delete()
        return true
    }

    func set(_ rules: Set<RotationRule>, for bodyID: UUID) async throws {
        try await database.transaction { database in
            try await BodyRuleModel.query(on: database).filter(\.$bodyID == bodyID).delete()
            try await rules.map { BodyRuleModel(bodyID: bodyID, rule: $0) }.create(on: database)
        }
    }
}
