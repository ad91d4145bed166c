import Fluent
import Foundation
import SamspilCore

final class FollowUpActionModel: Model, @unchecked Sendable {
    static let schema = "follow_up_actions"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "text") var text: String
    @OptionalField(key: "owner_person_id") var ownerPersonID: UUID?
    @OptionalField(key: "owner_organisation_id") var ownerOrganisationID: UUID?
    @OptionalField(key: "owner_name") var ownerName: String?
    @OptionalField(key: "due_on") var dueOn: String?
    @Field(key: "state") var state: String
    @OptionalField(key: "closed_by") var closedBy: String?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "backlog_item_id") var backlogItemID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ action: FollowUpAction) {
        id = action.id
        itemID = action.itemID
        text = action.text
        switch action.owner {
        case let .person(id): ownerPersonID = id
        case let .organisation(id): ownerOrganisationID = id
        case let .named(name): ownerName = name
        }
        dueOn = action.due?.iso
        state = action.state.rawValue
        closedBy = action.closedBy
        closedAt = action.closedAt
        backlogItemID = action.backlogItemID
    }

    func domain() throws -> FollowUpAction {
        let owner: FollowUpAction.Owner
        if let ownerPersonID {
            owner = .person(ownerPersonID)
        } else if let ownerOrganisationID {
            owner = .organisation(ownerOrganisationID)
        } else if let ownerName {
            owner = .named(ownerName)
        } else {
            throw CorruptRowError(table: Self.schema, id: id, field: "owner_*", value: "")
        }
        return FollowUpAction(id: try requireID(), itemID: itemID, text: text, owner: owner,
                              due: try StoredValue.day(dueOn, table: Self.schema, id: id, field: "due_on"),
                              state: try StoredValue.enumeration(state, table: Self.schema, id: id, field: "state"),
                              closedBy: closedBy, closedAt: closedAt, backlogItemID: backlogItemID)
    }
}
