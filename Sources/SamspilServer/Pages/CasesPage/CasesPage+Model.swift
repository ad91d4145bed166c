import Fluent
import Foundation
import SamspilCore

/// `/aftaler`: agreements and development tasks with the stage each is at; and `/aftaler/ID`, a case's
/// status page: each stage with its dates and the items that treated it, and per cluster how far the
/// implementation has come.
enum CasesPage {
    struct ListModel {
        var rows: [ListRow]
        /// The bodies a viewer may make responsible for a new case: those they are secretary of.
        var owners: [(value: String, label: String)]
        var form = CaseForm()
        var notice: RegisterText?
    }

    struct ListRow {
        let value: CooperationCase
        let owner: String
        let current: CooperationCase.Stage?
        let clustersDone: Int
        let clusterCount: Int
    }

    struct Model {
        let value: CooperationCase
        let owner: Body?
        let current: CooperationCase.Stage?
        let stages: [StageRow]
        /// Whether the viewer changes the stages: an administrator or a secretary of the responsible body.
        /// A cluster's row also the secretary of the cluster's steering group (`ClusterRow.mayEdit`).
        let mayEdit: Bool
        var notice: RegisterText?
        var refusal: Refusal?

        /// A refused change: which form (`CasesPage.formKey`), what it was for, what was typed, and why.
        struct Refusal {
            let key: String
            let target: String
            let started: String
            let ended: String
            let note: String
            let message: RegisterText
        }
    }

    struct StageRow {
        let stage: CooperationCase.Stage
        let record: CooperationCase.StageRecord
        let items: [ItemReference]
        /// For a stage that happens in each cluster: the clusters' rows.
        let clusters: [ClusterRow]
    }

    struct ClusterRow {
        let body: Body
        let progress: CooperationCase.ClusterProgress
        let items: [ItemReference]
        let mayEdit: Bool
    }

    struct CaseForm: PostedForm {
        enum Field: String, CaseIterable { case kind, title, summary, owner }
        var values: [Field: String] = [:]
        var errors: [Field: RegisterText] = [:]

        mutating func value(owners: Set<UUID>) -> CooperationCase? {
            errors = [:]
            let title = self[.title].trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { errors[.title] = .titleMissing }
            let owner = UUID(uuidString: self[.owner]).flatMap { owners.contains($0) ? $0 : nil }
            if owner == nil { errors[.owner] = .ownerMissing }
            guard errors.isEmpty, let owner else { return nil }
            return CooperationCase(kind: CooperationCase.Kind(rawValue: self[.kind]) ?? .agreement, title: title,
                                   summary: self[.summary].nilIfEmpty, owningBodyID: owner)
        }
    }

    /// The dates of a stage or a cluster's progress as typed.
    struct Dates {
        let started: CalendarDay?
        let ended: CalendarDay?
        let note: String?

        static func read(started: String, ended: String, note: String) -> Result<Dates, RegisterText> {
            let start = EnteredDate(started), end = EnteredDate(ended)
            if case .invalid = start { return .failure(.dateInvalid) }
            if case .invalid = end { return .failure(.dateInvalid) }
            do {
                try CooperationCase.checkDates(started: start.day, ended: end.day)
            } catch .endsWithoutStart {
                return .failure(.endWithoutStart)
            } catch {
                return .failure(.endBeforeStart)
            }
            return .success(Dates(started: start.day, ended: end.day, note: note.nilIfEmpty))
        }
    }

    /// The key of a stage's form, or of a cluster's form of a stage: the prefix of its fields' ids.
    static func formKey(_ stage: CooperationCase.Stage, _ cluster: Body? = nil) -> String {
        cluster.map { "\(stage.rawValue)-\($0.slug)" } ?? stage.rawValue
    }

    static func clusterBodies(on database: any Database) async throws -> [Body] {
        try await BodyModel.query(on: database).filter(\.$kind == Body.Kind.clusterSteeringGroup.rawValue).all()
            .map { try $0.domain() }.sorted { ($0.cluster ?? $0.name).localizedStandardCompare($1.cluster ?? $1.name) == .orderedAscending }
    }
}

extension CasesPage.ListModel {
    static func query(viewer: Viewer, form: CasesPage.CaseForm = .init(), on database: any Database) async throws -> Self {
        let store = CooperationCases(database: database)
        let cases = try await store.all()
        let stages = try await store.stages(of: cases.map(\.id))
        let clusters = try await store.clusters(of: cases.map(\.id))
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
        let clusterCount = bodies.filter { $0.kind == .clusterSteeringGroup }.count
        let rows = cases.map { value in
            let last = value.kind.stages.last
            return CasesPage.ListRow(
                value: value, owner: bodies.first { $0.id == value.owningBodyID }?.name ?? "–",
                current: value.currentStage(stages[value.id] ?? []),
                clustersDone: (clusters[value.id] ?? []).filter { $0.stage == last && $0.state == .done }.count,
                clusterCount: clusterCount)
        }
        let owners = Body.hierarchyOrder(bodies).map(\.body).filter { viewer.may(.edit, in: $0.id) }
        return Self(rows: rows, owners: owners.map { ($0.id.lowercased, $0.name) }, form: form)
    }
}

extension CasesPage.Model {
    static func query(id: UUID, viewer: Viewer, on database: any Database) async throws -> Self? {
        let store = CooperationCases(database: database)
        guard var value = try await store.find(id) else { return nil }
        var records = try await store.stages(of: [id])[id] ?? []
        var progress = try await store.clusters(of: [id])[id] ?? []
        // The texts without contact details, for those who do not read everything of the responsible body.
        if !viewer.may(.readEverything, in: value.owningBodyID) {
            value.summary = value.summary.map(ContactDetails.redacted(in:))
            for index in records.indices { records[index].note = records[index].note.map(ContactDetails.redacted(in:)) }
            for index in progress.indices { progress[index].note = progress[index].note.map(ContactDetails.redacted(in:)) }
        }
        let links = try await store.items(of: id)
        let references = try await ItemReference.load(links.map(\.itemID), viewer: viewer, on: database)
        let clusters = try await CasesPage.clusterBodies(on: database)
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
        let clusterOfBody = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0.cluster) })
        let mayEdit = viewer.may(.edit, in: value.owningBodyID)

        let stages = value.kind.stages.map { stage in
            let items = ItemReference.inDateOrder(links.filter { $0.stage == stage }.compactMap { references[$0.itemID] })
            let rows: [CasesPage.ClusterRow] = !stage.isPerCluster ? [] : clusters.map { body in
                CasesPage.ClusterRow(
                    body: body,
                    progress: progress.first { $0.stage == stage && $0.bodyID == body.id } ?? .init(stage: stage, bodyID: body.id),
                    // The items of the stage held in the cluster: its steering group's, its theme groups'.
                    items: items.filter { body.cluster != nil && clusterOfBody[$0.bodyID] == body.cluster },
                    mayEdit: mayEdit || viewer.may(.edit, in: body.id))
            }
            return CasesPage.StageRow(stage: stage, record: records.first { $0.stage == stage } ?? .init(stage: stage),
                                      items: items, clusters: rows)
        }
        return Self(value: value, owner: bodies.first { $0.id == value.owningBodyID }, current: value.currentStage(records),
                     stages: stages, mayEdit: mayEdit)
    }
}
