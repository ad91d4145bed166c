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
    @OptionalField(key: "completed_on") var completedOn: String?

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
        completedOn = action.completedOn?.iso
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
                              completedOn: try StoredValue.day(completedOn, table: Self.schema, id: id, field: "completed_on"))
    }
}
