import Fluent
import Foundation
import MinutesImport
import SamspilCore
import SamspilDemo

/// Loads the demo: the bodies of Midtklyngen and the region above it, and the three real sets of minutes
/// Samspil ships with, imported by the same parser and writer as any user's documents.
struct DemoLoader {
    let database: any Database
    var parser = MinutesParser()

    /// The bodies of the demo. The minutes all belong to the cluster steering group; the others show the
    /// region's structure around it, as DOMAIN.md describes it: the political committee, the steering
    /// group, the five clusters' steering groups and Midtklyngen's theme groups.
    static func bodies() -> (all: [Body], clusterSteeringGroup: Body) {
        let steeringGroup = Body(
            slug: "sundhedsstyregruppen", name: "Sundhedsstyregruppen", kind: .steeringGroup,
            summary: "Den administrative styregruppe for sundhedssamarbejdet i regionen. Sætter retningen, "
                + "uddelegerer opgaver til klyngerne og forbereder sager til Sundhedskoordinationsudvalget.")
        let clusterSteeringGroup = Body(
            slug: "midtklyngen-klyngestyregruppe", name: "Klyngestyregruppen for Midtklyngen",
            kind: .clusterSteeringGroup, parentID: steeringGroup.id, cluster: "Midtklyngen",
            summary: "Hospitalsenhed Midt, Regionspsykiatrien, Silkeborg, Skive og Viborg kommuner og almen "
                + "praksis om det tværsektorielle samarbejde i Midtklyngen.")
        // The rest of the region's structure around it: the political committee above, the other four
        // clusters' steering groups beside it.
        let committee = Body(
            slug: "sundhedskoordinationsudvalget", name: "Sundhedskoordinationsudvalget", kind: .political,
            summary: "Det politiske udvalg for regionen og kommunerne, der godkender sundhedsaftalen og de fælles samarbejdsaftaler.")
        let otherClusters = [("randersklyngen", "Randersklyngen"), ("vestklyngen", "Vestklyngen"), ("aarhusklyngen", "Aarhusklyngen"),
                             ("horsensklyngen", "Horsensklyngen")].map { (key: String, cluster: String) in
            Body(slug: key + "-klyngestyregruppe", name: "Klyngestyregruppen for " + cluster, kind: .clusterSteeringGroup,
                 parentID: steeringGroup.id, cluster: cluster)
        }
        let themeGroups = [
            ("midtklyngen-temagruppe-somatik", "Voksentemagruppen for somatik"),
            ("midtklyngen-temagruppe-psykiatri", "Voksentemagruppen for psykiatri"),
            ("midtklyngen-temagruppe-boern-unge-familie", "Temagruppen for børn, unge og familie"),
        ].map { slug, name in
            Body(slug: slug, name: name, kind: .themeGroup, parentID: clusterSteeringGroup.id, cluster: "Midtklyngen")
        }
        return ([committee, steeringGroup, clusterSteeringGroup] + otherClusters + themeGroups, clusterSteeringGroup)
    }

    /// Whether the database has no bodies yet, so a demo may be loaded without mixing with real data.
    func databaseIsEmpty() async throws -> Bool {
        try await BodyModel.query(on: database).count() == 0
    }

    /// Loads the whole demo in one transaction: on any failure nothing of it is stored.
    func load() async throws {
        let (all, clusterSteeringGroup) = Self.bodies()
        let minutes = try DemoMinutes.documents.map { document in
            (try parser.parse(fileAt: document.url), document.suppliedDate.flatMap { CalendarDay(iso: $0) })
        }
        try await database.transaction { database in
            for body in all {
                try await BodyModel(body).create(on: database)
            }
            let writer = MinutesWriter(database: database)
            for (parsed, date) in minutes {
                try await writer.store(parsed, in: clusterSteeringGroup, date: date)
            }
            try await DemoRotationPlans.store(on: database)
            try await DemoIndicators.store(on: database)
            try await DemoReferrals.store(on: database)
            try await DemoRegisters.store(on: database)
        }
    }
}
