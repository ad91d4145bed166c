import Fluent
import Foundation
import SamspilCore

final class InitiativeModel: Model, @unchecked Sendable {
    static let schema = "initiatives"

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @OptionalField(key: "cluster") var cluster: String?
    @OptionalField(key: "owning_body_id") var owningBodyID: UUID?
    @OptionalField(key: "owning_organisation_id") var owningOrganisationID: UUID?
    @OptionalField(key: "contact_person_id") var contactPersonID: UUID?
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @Field(key: "status") var status: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ initiative: Initiative) {
        id = initiative.id
        update(from: initiative)
    }

    func update(from initiative: Initiative) {
        title = initiative.title
        description = initiative.description
        cluster = initiative.cluster
        owningBodyID = initiative.owningBodyID
        owningOrganisationID = initiative.owningOrganisationID
        contactPersonID = initiative.contactPersonID
        startsOn = initiative.start?.iso
        endsOn = initiative.end?.iso
        status = initiative.status.rawValue
    }

    func domain() throws -> Initiative {
        Initiative(id: try requireID(), title: title, description: description, cluster: cluster, owningBodyID: owningBodyID,
                   owningOrganisationID: owningOrganisationID, contactPersonID: contactPersonID,
                   start: try StoredValue.day(startsOn, table: Self.schema, id: id, field: "starts_on"),
                   end: try StoredValue.day(endsOn, table: Self.schema, id: id, field: "ends_on"),
                   status: try StoredValue.enumeration(status, table: Self.schema, id: id, field: "status"))
    }
}

/// An agenda item that discussed an initiative.
final class InitiativeItemModel: Model, @unchecked Sendable {
    static let schema = "initiative_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "initiative_id") var initiativeID: UUID
    @Field(key: "item_id") var itemID: UUID

    init() {}

    init(initiativeID: UUID, itemID: UUID) {
        self.initiativeID = initiativeID
        self.itemID = itemID
    }
}

final class CooperationCaseModel: Model, @unchecked Sendable {
    static let schema = "cooperation_cases"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @OptionalField(key: "summary") var summary: String?
    @Field(key: "owning_body_id") var owningBodyID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ value: CooperationCase) {
        id = value.id
        kind = value.kind.rawValue
        title = value.title
        summary = value.summary
        owningBodyID = value.owningBodyID
    }

    func domain() throws -> CooperationCase {
        CooperationCase(id: try requireID(), kind: try StoredValue.enumeration(kind, table: Self.schema, id: id, field: "kind"),
                        title: title, summary: summary, owningBodyID: owningBodyID)
    }
}

/// When a stage of a case started and ended. A stage without a row has not started.
final class CaseStageModel: Model, @unchecked Sendable {
    static let schema = "case_stages"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "stage") var stage: String
    @OptionalField(key: "started_on") var startedOn: String?
    @OptionalField(key: "completed_on") var completedOn: String?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(caseID: UUID, record: CooperationCase.StageRecord) {
        self.caseID = caseID
        stage = record.stage.rawValue
        update(from: record)
    }

    func update(from record: CooperationCase.StageRecord) {
        startedOn = record.started?.iso
        completedOn = record.completed?.iso
        note = record.note
    }

    func domain() throws -> CooperationCase.StageRecord {
        .init(stage: try StoredValue.enumeration(stage, table: Self.schema, id: id, field: "stage"),
              started: try StoredValue.day(startedOn, table: Self.schema, id: id, field: "started_on"),
              completed: try StoredValue.day(completedOn, table: Self.schema, id: id, field: "completed_on"), note: note)
    }
}

/// An agenda item that treated a case, at one of its stages.
final class CaseItemModel: Model, @unchecked Sendable {
    static let schema = "case_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "stage") var stage: String
    @Field(key: "item_id") var itemID: UUID

    init() {}

    init(caseID: UUID, stage: CooperationCase.Stage, itemID: UUID) {
        self.caseID = caseID
        self.stage = stage.rawValue
        self.itemID = itemID
    }
}

/// How far one cluster has come with a per-cluster stage of a case.
final class CaseClusterModel: Model, @unchecked Sendable {
    static let schema = "case_clusters"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "stage") var stage: String
    @Field(key: "body_id") var bodyID: UUID
    @OptionalField(key: "started_on") var startedOn: String?
    @OptionalField(key: "done_on") var doneOn: String?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(caseID: UUID, progress: CooperationCase.ClusterProgress) {
        self.caseID = caseID
        stage = progress.stage.rawValue
        bodyID = progress.bodyID
        update(from: progress)
    }

    func update(from progress: CooperationCase.ClusterProgress) {
        startedOn = progress.started?.iso
        doneOn = progress.done?.iso
        note = progress.note
    }

    func domain() throws -> CooperationCase.ClusterProgress {
        .init(stage: try StoredValue.enumeration(stage, table: Self.schema, id: id, field: "stage"), bodyID: bodyID,
              started: try StoredValue.day(startedOn, table: Self.schema, id: id, field: "started_on"),
              done: try StoredValue.day(doneOn, table: Self.schema, id: id, field: "done_on"), note: note)
    }
}

/// One approved version of a body's terms of reference ("kommissorium"). Versions are never changed:
/// a revision is a new version, so the history stays.
final class TermsOfReferenceModel: Model, @unchecked Sendable {
    static let schema = "terms_of_reference"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "approved_on") var approvedOn: String
    @Field(key: "text") var text: String
    /// The agenda item that approved it, when it was approved at a meeting in Samspil.
    @OptionalField(key: "item_id") var itemID: UUID?
    @OptionalField(key: "recorded_by") var recordedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ version: TermsOfReference, recordedBy: String?) {
        id = version.id
        bodyID = version.bodyID
        approvedOn = version.approved.iso
        text = version.text
        itemID = version.itemID
        self.recordedBy = recordedBy
    }

    func domain() throws -> TermsOfReference {
        TermsOfReference(id: try requireID(), bodyID: bodyID,
                         approved: try StoredValue.day(approvedOn, table: Self.schema, id: id, field: "approved_on"),
                         text: text, itemID: itemID)
    }
}

/// An indicator shown inside an agenda item, with its chart and figures as they are when the page is read.
final class ItemIndicatorModel: Model, @unchecked Sendable {
    static let schema = "item_indicators"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "indicator_id") var indicatorID: UUID

    init() {}

    init(itemID: UUID, indicatorID: UUID) {
        self.itemID = itemID
        self.indicatorID = indicatorID
    }
}
