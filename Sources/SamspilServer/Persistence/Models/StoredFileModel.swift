import Crypto
import Fluent
import Foundation

/// The bytes of an uploaded file, once per content (by sha256). In the database, not on a disk of one
/// instance, so every instance behind a load balancer serves it and a backup of the database has it.
final class StoredFileModel: Model, @unchecked Sendable {
    static let schema = "stored_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "sha256") var sha256: String
    @Field(key: "bytes") var bytes: Data
    @Field(key: "byte_count") var byteCount: Int
    /// The SHA-512 that OParl publishes of each file, kept so that a list of files need not read their
    /// bytes. Files stored before it was kept get it when first listed.
    @OptionalField(key: "sha512") var sha512: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(sha256: String, bytes: Data) {
        self.sha256 = sha256
        self.bytes = bytes
        byteCount = bytes.count
        sha512 = Self.sha512(of: bytes)
    }

    static func sha512(of bytes: Data) -> String {
        SHA512.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
