import Fluent
import Foundation

/// An uploaded document waiting for the secretary to confirm or cancel its import. Kept in the database,
/// not in memory, so that the preview and the confirmation may reach different app instances.
final class PendingImportModel: Model, @unchecked Sendable {
    static let schema = "pending_imports"
    /// Uploads nobody confirmed or cancelled are removed after this long.
    static let lifetime: TimeInterval = 24 * 3600

    @ID(key: .id) var id: UUID?
    @Field(key: "batch_id") var batchID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "file_name") var fileName: String
    @Field(key: "bytes") var bytes: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(batchID: UUID, userID: UUID, bodyID: UUID, position: Int, fileName: String, bytes: Data) {
        self.batchID = batchID
        self.userID = userID
        self.bodyID = bodyID
        self.position = position
        self.fileName = fileName
        self.bytes = bytes
    }
}
