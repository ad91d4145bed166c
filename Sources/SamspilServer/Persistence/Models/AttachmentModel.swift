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
    @OptionalField(key: "file_sha256") var fileSHA256: String?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "content_type") var contentType: String?
    @OptionalField(key: "byte_count") var byteCount: Int?
    @Field(key: "is_public") var isPublic: Bool

    init() {}

    init(_ attachment: Attachment) {
        id = attachment.id
        meetingID = attachment.meetingID
        itemID = attachment.itemID
        title = attachment.title
        sentWithMinutes = attachment.sentWithMinutes
        position = attachment.position
        fileSHA256 = attachment.file?.sha256
        fileName = attachment.file?.fileName
        contentType = attachment.file?.contentType
        byteCount = attachment.file?.byteCount
        isPublic = attachment.isPublic
    }

    func domain() throws -> Attachment {
        Attachment(id: try requireID(), meetingID: meetingID, itemID: itemID, title: title,
                   sentWithMinutes: sentWithMinutes, position: position, file: file, isPublic: isPublic)
    }

    private var file: Attachment.FileReference? {
        guard let fileSHA256, let fileName, let contentType, let byteCount else { return nil }
        return .init(sha256: fileSHA256, fileName: fileName, contentType: contentType, byteCount: byteCount)
    }
}
