import Fluent
import Foundation

/// A document that has been imported, by the sha256 of its bytes: importing the same bytes again
/// changes nothing.
final class ImportedDocumentModel: Model, @unchecked Sendable {
    static let schema = "imported_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "sha256") var sha256: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "meeting_id") var meetingID: UUID
    @Timestamp(key: "imported_at", on: .create) var importedAt: Date?

    init() {}

    init(sha256: String, fileName: String, meetingID: UUID) {
        self.sha256 = sha256
        self.fileName = fileName
        self.meetingID = meetingID
    }
}
