import Fluent
import Foundation
import SamspilCore

final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "role") var role: String
    @OptionalField(key: "title") var title: String?
    @Field(key: "starts_on") var startsOn: String
    @OptionalField(key: "ends_on") var endsOn: String?
    /// Derived from attendance lists by `MembershipDerivation` rather than registered by hand.
    @Field(key: "derived") var derived: Bool
    /// For a derived membership: the date of the appearance its title, organisation and role come from.
    @OptionalField(key: "derived_as_of") var derivedAsOf: String?
    /// Set on every save (nil on rows older than editing): what OParl reports as `modified`.
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ membership: Membership) {
        id = membership.id
        derived = false
        personID = membership.personID
        bodyID = membership.bodyID
        organisationID = membership.organisationID
        role = membership.role.rawValue
        title = membership.title
        startsOn = membership.period.start.iso
        endsOn = membership.period.end?.iso
    }

    func domain() throws -> Membership {
        let start = try StoredValue.day(startsOn, table: Self.schema, id: id, field: "starts_on")
        let end = try StoredValue.day(endsOn, table: Self.schema, id: id, field: "ends_on")
        let period: DayPeriod
        do {
            period = try DayPeriod(start: start, end: end)
        } catch {
            throw CorruptRowError(table: Self.schema, id: id, field: "ends_on", value: endsOn ?? "")
        }
        return Membership(id: try requireID(), personID: personID, bodyID: bodyID, organisationID: organisationID,
                          role: try StoredValue.enumeration(role, table: Self.schema, id: id, field: "role"),
                          title: title, period: period)
    }
}
