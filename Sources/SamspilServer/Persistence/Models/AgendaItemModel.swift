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
    @OptionalField(key: "kind") var kind: String?
    @OptionalField(key: "duration_minutes") var durationMinutes: Int?
    @Field(key: "is_break") var isBreak: Bool
    @OptionalField(key: "presenter_person_id") var presenterPersonID: UUID?
    @OptionalField(key: "purpose") var purpose: String?
    @Field(key: "version") var version: Int

    init() {}

    init(_ item: AgendaItem) {
        id = item.id
        meetingID = item.meetingID
        update(from: item)
    }

    /// Copies what an edit may change; the id and the meeting stay.
    func update(from item: AgendaItem) {
        position = item.position
        number = item.number
        title = item.title
        startsAt = item.start?.description
        endsAt = item.end?.description
        presenter = item.presenter
        caseNumber = item.caseNumber
        kind = item.kind?.rawValue
        durationMinutes = item.durationMinutes
        isBreak = item.isBreak
        presenterPersonID = item.presenterPersonID
        purpose = item.purpose?.rawValue
        version = item.version
    }

    /// The item without its sections, which live in their own table.
    func domain(sections: [ItemSection]) throws -> AgendaItem {
        AgendaItem(id: try requireID(), meetingID: meetingID, position: position, number: number, title: title,
                   start: try StoredValue.time(startsAt, table: Self.schema, id: id, field: "starts_at"),
                   end: try StoredValue.time(endsAt, table: Self.schema, id: id, field: "ends_at"),
                   presenter: presenter, caseNumber: caseNumber, sections: sections,
                   kind: try kind.map { try StoredValue.enumeration($0, table: Self.schema, id: id, field: "kind") },
                   durationMinutes: durationMinutes, isBreak: isBreak, presenterPersonID: presenterPersonID,
                   purpose: try purpose.map { try StoredValue.enumeration($0, table: Self.schema, id: id, field: "purpose") },
                   version: version)
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
