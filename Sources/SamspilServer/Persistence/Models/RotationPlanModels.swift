import Fluent
import Foundation
import SamspilCore

/// One period of a body's rotation plan (`RotationPlan.Period`); its chairs are `RotationChairModel`s.
final class RotationPeriodModel: Model, @unchecked Sendable {
    static let schema = "rotation_periods"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String

    init() {}

    init(id: UUID, bodyID: UUID, start: CalendarDay, end: CalendarDay) {
        self.id = id
        self.bodyID = bodyID
        startsOn = start.iso
        endsOn = end.iso
    }
}

final class RotationChairModel: Model, @unchecked Sendable {
    static let schema = "rotation_chairs"

    @ID(key: .id) var id: UUID?
    @Field(key: "period_id") var periodID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "side") var side: String
    @OptionalField(key: "person_id") var personID: UUID?

    init() {}

    init(periodID: UUID, chair: RotationPlan.Chair) {
        self.periodID = periodID
        organisationID = chair.organisationID
        side = chair.side.rawValue
        personID = chair.personID
    }

    func domain() throws -> RotationPlan.Chair {
        RotationPlan.Chair(organisationID: organisationID,
                           side: try StoredValue.enumeration(side, table: Self.schema, id: id, field: "side"),
                           personID: personID)
    }
}

/// A rule a body has switched on (`RotationRule`).
final class BodyRuleModel: Model, @unchecked Sendable {
    static let schema = "body_rules"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "rule") var rule: String

    init() {}

    init(bodyID: UUID, rule: RotationRule) {
        self.bodyID = bodyID
        self.rule = rule.rawValue
    }
}
