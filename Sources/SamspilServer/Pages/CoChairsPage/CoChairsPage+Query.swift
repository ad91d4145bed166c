import Fluent
import Foundation
import SamspilCore

extension CoChairsPage.Model {
    static func query(_ context: BodyContext, today: CalendarDay, form: CoChairsPage.PeriodForm = .init(),
                      on database: any Database) async throws -> Self {
        let body = context.body
        let plans = RotationPlans(database: database)
        let plan = try await plans.plan(of: body.id)
        let rules = try await plans.rules(of: body.id)
        let organisations = try await OrganisationModel.query(on: database).sort(\.$name).all().map { try $0.domain() }
        let organisationNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })
        let memberships = try await MembershipModel.query(on: database).filter(\.$bodyID == body.id).all().map { try $0.domain() }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ Set(memberships.map(\.personID))).sort(\.$name).all()
            .map { try $0.domain() }
        let personNames = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })

        func chairText(_ chair: RotationPlan.Chair?) -> String {
            guard let chair else { return "–" }
            let organisation = organisationNames[chair.organisationID] ?? "?"
            return chair.personID.flatMap { personNames[$0] }.map { "\(organisation) (\($0))" } ?? organisation
        }
        let current = plan.chairs(on: today).map { chair in
            // Named in the plan, or else whoever sits as co-chair for the organisation today.
            let seated = memberships.first {
                $0.role == .coChair && $0.organisationID == chair.organisationID && $0.isActive(on: today)
            }
            return Chair(side: chair.side, organisation: organisationNames[chair.organisationID] ?? "?",
                         person: (chair.personID ?? seated?.personID).flatMap { personNames[$0] })
        }
        return Self(
            body: body, today: today, current: current,
            periods: plan.periods.map { period in
                Row(period: period, region: chairText(period.chair(on: .region)),
                    municipality: chairText(period.chair(on: .municipality)), isCurrent: period.contains(today))
            },
            warnings: plan.warnings(rules: rules),
            rules: RotationRule.allCases.map { ($0, rules.contains($0)) },
            mayEdit: context.viewer.may(.edit, in: body.id),
            organisations: Dictionary(grouping: organisations, by: { RotationPlan.Side($0.kind) })
                .mapValues { $0.map { Choice(value: $0.id.lowercased, label: $0.name) } },
            people: people.map { Choice(value: $0.id.lowercased, label: $0.name) },
            form: form)
    }
}
