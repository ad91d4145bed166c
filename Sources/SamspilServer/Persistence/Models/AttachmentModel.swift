import Fluent
import Foundation
import SamspilCore

final class AttachmentModel: Model, @unchecked Sendable {
    static let schema = "attachments"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "title") var title: String
    @Field(key: "sent_with_minutes") var sentWithMinutes: Bool
    @Field(key: "position") var position: Int

    init() {}

    init(_ attachment: Attachment) {
        id = attachment.id
        meetingID = attachment.meetingID
        itemID = attachment.itemID
        title = attachment.title
        sentWithMinutes = attachment.sentWithMinutes
        position = attachment.position
    }

    func domain() throws -> Attachment {
        Attachment(id: try requireID(), meetingID: meetingID, itemID: itemID, title: title,
                   sentWithMinutes: sentWithMinutes, position: position)
    }
}
