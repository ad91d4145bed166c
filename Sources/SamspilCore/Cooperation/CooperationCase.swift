import Foundation

/// A cooperation agreement ("samarbejdsaftale") or a development task ("udviklingsopgave") followed as a
/// case through its stages, from terms of reference to implementation in every cluster. The stages are
/// fixed by the kind; what varies is when each started and ended, the items that treated it, and how far
/// each cluster has come.
public struct CooperationCase: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var kind: Kind
    public var title: String
    public var summary: String?
    /// The body that runs the case (usually the regional steering group).
    public var owningBodyID: UUID

    public init(id: UUID = UUID(), kind: Kind, title: String, summary: String? = nil, owningBodyID: UUID) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.owningBodyID = owningBodyID
    }

    public enum Kind: String, Sendable, CaseIterable {
        case agreement
        case developmentTask

        /// The stages in the order a case passes them. The last one happens in each cluster.
        public var stages: [Stage] {
            switch self {
            case .agreement: [.termsOfReference, .drafting, .comments, .approval, .implementation]
            case .developmentTask: [.frame, .developmentAndTest, .comments, .approval, .spread]
            }
        }
    }

    public enum Stage: String, Sendable, CaseIterable {
        /// Agreement: the terms of reference the drafting group works from.
        case termsOfReference
        case drafting
        /// Development task: the frame it is given.
        case frame
        /// Development task: development and test in one or more clusters.
        case developmentAndTest
        /// Hearing: the clusters and others comment on the draft.
        case comments
        case approval
        /// Agreement: each cluster implements it.
        case implementation
        /// Development task: spread to every cluster.
        case spread

        /// Stages that happen in the clusters, each at its own pace.
        public var isPerCluster: Bool { self == .implementation || self == .spread || self == .developmentAndTest }
    }

    /// When a stage started and ended, and a note on it.
    public struct StageRecord: Hashable, Sendable {
        public var stage: Stage
        public var started: CalendarDay?
        public var completed: CalendarDay?
        public var note: String?

        public init(stage: Stage, started: CalendarDay? = nil, completed: CalendarDay? = nil, note: String? = nil) {
            self.stage = stage
            self.started = started
            self.completed = completed
            self.note = note
        }

        public var state: State {
            if completed != nil { return .done }
            if started != nil { return .ongoing }
            return .notStarted
        }
    }

    /// How far one cluster has come with a per-cluster stage.
    public struct ClusterProgress: Hashable, Sendable {
        public var stage: Stage
        /// The cluster's steering group.
        public var bodyID: UUID
        public var started: CalendarDay?
        public var done: CalendarDay?
        public var note: String?

        public init(stage: Stage, bodyID: UUID, started: CalendarDay? = nil, done: CalendarDay? = nil, note: String? = nil) {
            self.stage = stage
            self.bodyID = bodyID
            self.started = started
            self.done = done
            self.note = note
        }

        public var state: State {
            if done != nil { return .done }
            if started != nil { return .ongoing }
            return .notStarted
        }
    }

    public enum State: String, Sendable {
        case notStarted
        case ongoing
        case done
    }

    public enum DatesError: Error, Equatable, Sendable {
        case endsBeforeItStarts
        case endsWithoutStart
    }

    /// Checks a stage's or a cluster's dates: an end needs a start, and cannot come before it.
    public static func checkDates(started: CalendarDay?, ended: CalendarDay?) throws(DatesError) {
        guard let ended else { return }
        guard let started else { throw .endsWithoutStart }
        if ended < started { throw .endsBeforeItStarts }
    }

    /// The stage the case is at: the first that is not done, in the kind's order; nil when all are done.
    /// A per-cluster stage is done when its record says so (the owner closes it when every cluster is).
    public func currentStage(_ records: [StageRecord]) -> Stage? {
        let byStage = Dictionary(records.map { ($0.stage, $0) }, uniquingKeysWith: { first, _ in first })
        return kind.stages.first { byStage[$0]?.state != .done }
    }
}
