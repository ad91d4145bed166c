import Fluent
import Foundation
import SamspilCore

final class BacklogItemModel: Model, @unchecked Sendable {
    static let schema = "backlog_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "title") var title: String
    @OptionalField(key: "proposed_by") var proposedBy: String?
    @OptionalField(key: "proposed_on") var proposedOn: String?
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "source_item_id") var sourceItemID: UUID?
    @OptionalField(key: "scheduled_item_id") var scheduledItemID: UUID?
    /// `ReferralPurpose` when another body referred the matter here.
    @OptionalField(key: "referral") var referral: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ item: BacklogItem) {
        id = item.id
        bodyID = item.bodyID
        title = item.title
        proposedBy = item.proposedBy
        proposedOn = item.proposedOn?.iso
        dueOn = item.due?.iso
        sourceItemID = item.sourceItemID
        scheduledItemID = item.scheduledItemID
        referral = item.referral?.rawValue
    }

    func domain() throws -> BacklogItem {
        BacklogItem(id: try requireID(), bodyID: bodyID, title: title, proposedBy: proposedBy,
                    proposedOn: try StoredValue.day(proposedOn, table: Self.schema, id: id, field: "proposed_on"),
                    due: try StoredValue.day(dueOn, table: Self.schema, id: id, field: "due_on"),
                    sourceItemID: sourceItemID, scheduledItemID: scheduledItemID,
                    referral: try referral.map { try StoredValue.enumeration($0, table: Self.schema, id: id, field: "referral") })
    }
}
