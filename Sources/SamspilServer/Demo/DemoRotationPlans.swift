import Fluent
import Foundation
import SamspilCore

/// The rotation plan for the municipal co-chairs of Midtklyngen's steering group and theme groups, as
/// the minutes of 18 June 2021 give it, years and all: "2023-2024" followed by "2024-2025" is the typing
/// error the same minutes point out, and the plan page warns of it. The steering group switched on the
/// rule it decided that day: the hospital's and the municipalities' co-chairs do not change together.
enum DemoRotationPlans {
    /// Per body: the three periods, each as (first year, last year, regional organisation, municipality).
    static let plans: [(slug: String, periods: [(Int, Int, String, String)])] = [
        ("midtklyngen-klyngestyregruppe", [(2021, 2022, hospital, "Silkeborg Kommune"), (2023, 2024, hospital, "Viborg Kommune"),
                                           (2024, 2025, hospital, "Skive Kommune")]),
        ("midtklyngen-temagruppe-somatik", [(2021, 2022, hospital, "Skive Kommune"), (2023, 2024, hospital, "Silkeborg Kommune"),
                                            (2024, 2025, hospital, "Viborg Kommune")]),
        ("midtklyngen-temagruppe-psykiatri", [(2021, 2022, psychiatry, "Skive Kommune"), (2023, 2024, psychiatry, "Silkeborg Kommune"),
                                              (2024, 2025, psychiatry, "Viborg Kommune")]),
        ("midtklyngen-temagruppe-boern-unge-familie", [(2021, 2022, hospital, "Viborg Kommune"), (2023, 2024, hospital, "Skive Kommune"),
                                                       (2024, 2025, hospital, "Silkeborg Kommune")]),
    ]

    static let hospital = "Hospitalsenhed Midt"
    static let psychiatry = "Regionspsykiatrien"

    struct MissingDemoData: Error, CustomStringConvertible {
        let description: String
    }

    /// Stores the plans; the organisations come from the demo's minutes, which are stored first.
    static func store(on database: any Database) async throws {
        let organisations = try await OrganisationModel.query(on: database).all()
        func organisation(_ name: String) throws -> UUID {
            guard let model = organisations.first(where: { $0.name == name }), let id = model.id else {
                throw MissingDemoData(description: "The demo's minutes should bring the organisation \(name).")
            }
            return id
        }
        let store = RotationPlans(database: database)
        for (slug, periods) in plans {
            guard let body = try await BodyModel.query(on: database).filter(\.$slug == slug).first(), let bodyID = body.id else {
                throw MissingDemoData(description: "The demo should have the body \(slug).")
            }
            for (first, last, region, municipality) in periods {
                guard let start = CalendarDay(year: first, month: 1, day: 1), let end = CalendarDay(year: last, month: 12, day: 31) else { continue }
                try await store.save(.init(start: start, end: end, chairs: [
                    .init(organisationID: try organisation(region), side: .region),
                    .init(organisationID: try organisation(municipality), side: .municipality),
                ]), in: bodyID)
            }
            if slug == "midtklyngen-klyngestyregruppe" {
                try await store.set([.sidesChangeInDifferentYears], for: bodyID)
            }
        }
    }
}
