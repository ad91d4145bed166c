import Fluent
import Foundation
import SamspilCore

/// Reads and writes agreements and development tasks: their stages, their clusters' progress and the
/// agenda items that treated them.
struct CooperationCases {
    let database: any Database

    func all() async throws -> [CooperationCase] {
        try await CooperationCaseModel.query(on: database).sort(\.$title).all().map { try $0.domain() }
    }

    func find(_ id: UUID) async throws -> CooperationCase? {
        try await CooperationCaseModel.find(id, on: database)?.domain()
    }

    func create(_ value: CooperationCase) async throws {
        try await CooperationCaseModel(value).create(on: database)
    }

    func stages(of caseIDs: [UUID]) async throws -> [UUID: [CooperationCase.StageRecord]] {
        guard !caseIDs.isEmpty else { return [:] }
        let rows = try await CaseStageModel.query(on: database).filter(\.$caseID ~~ caseIDs).all()
        return try Dictionary(grouping: rows, by: \.caseID).mapValues { try $0.map { try $0.domain() } }
    }

    func clusters(of caseIDs: [UUID]) async throws -> [UUID: [CooperationCase.ClusterProgress]] {
        guard !caseIDs.isEmpty else { return [:] }
        let rows = try await CaseClusterModel.query(on: database).filter(\.$caseID ~~ caseIDs).all()
        return try Dictionary(grouping: rows, by: \.caseID).mapValues { try $0.map { try $0.domain() } }
    }

    /// Replaces what is recorded of a stage.
    func save(_ record: CooperationCase.StageRecord, of caseID: UUID) async throws {
        try await upsert(find: { try await CaseStageModel.query(on: database).filter(\.$caseID == caseID).filter(\.$stage == record.stage.rawValue).first() },
                         update: { row in
                             row.update(from: record)
                             try await row.save(on: database)
                         },
                         create: { try await CaseStageModel(caseID: caseID, record: record).create(on: database) })
    }

    /// Replaces what is recorded of a cluster's progress with a stage.
    func save(_ progress: CooperationCase.ClusterProgress, of caseID: UUID) async throws {
        try await upsert(find: {
                             try await CaseClusterModel.query(on: database).filter(\.$caseID == caseID).filter(\.$stage == progress.stage.rawValue)
                                 .filter(\.$bodyID == progress.bodyID).first()
                         },
                         update: { row in
                             row.update(from: progress)
                             try await row.save(on: database)
                         },
                         create: { try await CaseClusterModel(caseID: caseID, progress: progress).create(on: database) })
    }

    /// The items of a case, by stage.
    func items(of caseID: UUID) async throws -> [(stage: CooperationCase.Stage, itemID: UUID)] {
        try await CaseItemModel.query(on: database).filter(\.$caseID == caseID).all().map { row in
            (try StoredValue.enumeration(row.stage, table: CaseItemModel.schema, id: row.id, field: "stage"), row.itemID)
        }
    }

    /// The cases, with the stage, that each of the items treated.
    func cases(ofItems itemIDs: [UUID]) async throws -> [UUID: [(value: CooperationCase, stage: CooperationCase.Stage)]] {
        guard !itemIDs.isEmpty else { return [:] }
        let links = try await CaseItemModel.query(on: database).filter(\.$itemID ~~ itemIDs).all()
        let cases = Dictionary(uniqueKeysWithValues: try await CooperationCaseModel.query(on: database)
            .filter(\.$id ~~ Set(links.map(\.caseID))).all().map { try $0.domain() }.map { ($0.id, $0) })
        var result: [UUID: [(value: CooperationCase, stage: CooperationCase.Stage)]] = [:]
        for link in links {
            guard let value = cases[link.caseID], let stage = CooperationCase.Stage(rawValue: link.stage) else { continue }
            result[link.itemID, default: []].append((value, stage))
        }
        return result
    }

    /// Links an item to a stage of a case; an item already linked to the case moves to the stage.
    func link(item itemID: UUID, to caseID: UUID, stage: CooperationCase.Stage) async throws {
        try await upsert(find: { try await CaseItemModel.query(on: database).filter(\.$caseID == caseID).filter(\.$itemID == itemID).first() },
                         update: { row in
                             row.stage = stage.rawValue
                             try await row.save(on: database)
                         },
                         create: { try await CaseItemModel(caseID: caseID, stage: stage, itemID: itemID).create(on: database) })
    }

    func unlink(item itemID: UUID, from caseID: UUID) async throws {
        try await CaseItemModel.query(on: database).filter(\.$caseID == caseID).filter(\.$itemID == itemID).delete()
    }
}
