import Fluent
import Foundation
import SamspilCore

/// Reads and writes the initiatives register and the items that discussed each initiative.
struct Initiatives {
    let database: any Database

    func all() async throws -> [Initiative] {
        try await InitiativeModel.query(on: database).sort(\.$title).all().map { try $0.domain() }
    }

    func find(_ id: UUID) async throws -> Initiative? {
        try await InitiativeModel.find(id, on: database)?.domain()
    }

    /// Adds the initiative, or saves the changes to one already stored.
    func save(_ initiative: Initiative) async throws {
        if let row = try await InitiativeModel.find(initiative.id, on: database) {
            row.update(from: initiative)
            try await row.save(on: database)
        } else {
            try await InitiativeModel(initiative).create(on: database)
        }
    }

    /// The items linked to each initiative.
    func itemIDs(of initiativeIDs: [UUID]) async throws -> [UUID: [UUID]] {
        guard !initiativeIDs.isEmpty else { return [:] }
        let rows = try await InitiativeItemModel.query(on: database).filter(\.$initiativeID ~~ initiativeIDs).all()
        return Dictionary(grouping: rows, by: \.initiativeID).mapValues { $0.map(\.itemID) }
    }

    /// The initiatives each of the items is linked to.
    func initiatives(ofItems itemIDs: [UUID]) async throws -> [UUID: [Initiative]] {
        guard !itemIDs.isEmpty else { return [:] }
        let links = try await InitiativeItemModel.query(on: database).filter(\.$itemID ~~ itemIDs).all()
        let initiatives = Dictionary(uniqueKeysWithValues: try await InitiativeModel.query(on: database)
            .filter(\.$id ~~ Set(links.map(\.initiativeID))).all().map { try $0.domain() }.map { ($0.id, $0) })
        return Dictionary(grouping: links, by: \.itemID).mapValues { rows in
            rows.compactMap { initiatives[$0.initiativeID] }.sorted { $0.title < $1.title }
        }
    }

    /// Links an item to an initiative; linking it again changes nothing.
    func link(item itemID: UUID, to initiativeID: UUID) async throws {
        try await upsert(find: { try await InitiativeItemModel.query(on: database).filter(\.$initiativeID == initiativeID).filter(\.$itemID == itemID).first() },
                         update: { _ in },
                         create: { try await InitiativeItemModel(initiativeID: initiativeID, itemID: itemID).create(on: database) })
    }

    func unlink(item itemID: UUID, from initiativeID: UUID) async throws {
        try await InitiativeItemModel.query(on: database).filter(\.$initiativeID == initiativeID).filter(\.$itemID == itemID).delete()
    }
}

/// Who may change what in the registers: an administrator everything; a secretary what belongs to a
/// body they are secretary of, or to its cluster.
struct RegisterPermission {
    let viewer: Viewer
    /// Every body, for the clusters they belong to.
    let bodies: [Body]

    /// Whether the viewer may register initiatives at all: a secretary of some body.
    var mayCreate: Bool { viewer.isAdministrator || !(viewer.editableBodies ?? []).isEmpty }

    func mayEdit(_ initiative: Initiative) -> Bool {
        if viewer.isAdministrator { return true }
        if let owner = initiative.owningBodyID, viewer.may(.edit, in: owner) { return true }
        guard let cluster = initiative.cluster else { return false }
        return bodies.contains { $0.cluster == cluster && viewer.may(.edit, in: $0.id) }
    }

    /// The clusters of the bodies the viewer is secretary of.
    var ownClusters: Set<String> {
        Set(bodies.filter { viewer.may(.edit, in: $0.id) }.compactMap(\.cluster))
    }

    /// Whether the viewer reads the initiative's contact details and unredacted texts: an administrator,
    /// or a member or secretary of its owning body or of a body of its cluster.
    func readsEverything(_ initiative: Initiative) -> Bool {
        if viewer.isAdministrator { return true }
        if let owner = initiative.owningBodyID, viewer.may(.readEverything, in: owner) { return true }
        guard let cluster = initiative.cluster else { return false }
        return bodies.contains { $0.cluster == cluster && viewer.may(.readEverything, in: $0.id) }
    }

    /// The clusters of the bodies, sorted: what an initiative or a figure can belong to.
    var clusters: [String] {
        Array(Set(bodies.compactMap(\.cluster))).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }
}
