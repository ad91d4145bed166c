import Fluent
import Foundation
import SamspilCore

final class AgendaItemModel: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "position") var position: Int
    @OptionalField(key: "number") var number: Int?
    @Field(key: "title") var title: String
    @OptionalField(key: "starts_at") var startsAt: String?
    @OptionalField(key: "ends_at") var endsAt: String?
    @OptionalField(key: "presenter") var presenter: String?
    @OptionalField(key: "case_number") var caseNumber: String?

    init() {}

    init(_ item: AgendaItem) {
        id = item.id
        meetingID = item.meetingID
        position = item.position
        number = item.number
        title = item.title
        startsAt = item.start?.description
        endsAt = item.end?.description
        presenter = item.presenter
        caseNumber = item.caseNumber
    }

    /// The item without its sections, which live in their own table.
    func domain(sections: [ItemSection]) throws -> AgendaItem {
        AgendaItem(id: try requireID(), meetingID: meetingID, position: position, number: number, title: title,
                   start: try StoredValue.time(startsAt, table: Self.schema, id: id, field: "starts_at"),
                   end: try StoredValue.time(endsAt, table: Self.schema, id: id, field: "ends_at"),
                   presenter: presenter, caseNumber: caseNumber, sections: sections)
    }
}

final class ItemSectionModel: Model, @unchecked Sendable {
    static let schema = "item_sections"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: String
    @OptionalField(key: "heading") var heading: String?
    @Field(key: "text") var text: String

    init() {}

    init(itemID: UUID, position: Int, section: ItemSection) {
        self.itemID = itemID
        self.position = position
        kind = section.kind.rawValue
        heading = section.heading
        text = section.text
    }

    func domain() throws -> ItemSection {
        ItemSection(kind: try StoredValue.enumeration(kind, table: Self.schema, id: id, field: "kind"),
                    heading: heading, text: text)
    }
}
