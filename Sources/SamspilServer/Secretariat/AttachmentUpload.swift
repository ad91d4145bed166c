import Fluent
import Foundation
import SamspilCore
import Vapor

/// An uploaded attachment: checked (a known type whose bytes agree with its name, within the size
/// limit), stored once per content by sha256, and served back with its type and name.
enum AttachmentUpload {
    enum Problem: Error, Equatable {
        case missing
        case wrongType
        case mismatch
        case tooLarge

        func message(_ language: Language, limit: Int) -> String {
            switch self {
            case .missing: language.work(.attachmentMissing)
            case .wrongType: language.work(.attachmentWrongType)
            case .mismatch: language.work(.attachmentMismatch)
            case .tooLarge: "\(language.work(.attachmentTooLarge)) \(ByteCountFormat.text(limit))."
            }
        }
    }

    struct Checked {
        let fileName: String
        let type: AttachmentType
        let bytes: Data

        /// The stored file it becomes, by the sha256 of its bytes.
        var reference: Attachment.FileReference {
            let sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            return Attachment.FileReference(sha256: sha256, fileName: fileName, contentType: type.contentType, byteCount: bytes.count)
        }

        /// The title the attachment gets: the one typed, or else the file's name without its extension.
        func title(typed: String) -> String {
            typed.isEmpty ? String(fileName.prefix(while: { $0 != "." })) : typed
        }
    }

    static func check(_ file: File?, limit: Int) -> Result<Checked, Problem> {
        guard let file, !file.filename.isEmpty, file.data.readableBytes > 0 else { return .failure(.missing) }
        guard let type = AttachmentType(fileName: file.filename) else { return .failure(.wrongType) }
        guard file.data.readableBytes <= limit else { return .failure(.tooLarge) }
        let bytes = Data(buffer: file.data)
        guard type.matches(bytes) else { return .failure(.mismatch) }
        // Only the last part of the name: a browser may send a path.
        let name = file.filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? file.filename
        return .success(Checked(fileName: name, type: type, bytes: bytes))
    }

    @discardableResult
    static func store(_ file: Checked, title: String, isPublic: Bool, itemID: UUID, meetingID: UUID, on database: any Database) async throws -> Attachment {
        let reference = file.reference
        return try await database.transaction { database in
            if try await StoredFileModel.query(on: database).filter(\.$sha256 == reference.sha256).first() == nil {
                try await StoredFileModel(sha256: reference.sha256, bytes: file.bytes).create(on: database)
            }
            let position = try await AttachmentModel.query(on: database).filter(\.$meetingID == meetingID).count()
            let attachment = Attachment(meetingID: meetingID, itemID: itemID, title: file.title(typed: title), position: position,
                                        file: reference, isPublic: isPublic)
            try await AttachmentModel(attachment).create(on: database)
            return attachment
        }
    }

    /// The file as a download: its own type, its name (also when it is not ASCII), and headers that
    /// keep a browser from reading it as anything else. The ETag is the content's sha256; `lastModified`
    /// the meeting's last change, which making a file public or not is (`ConditionalResponse`).
    static func response(for file: Attachment.FileReference, bytes: Data, lastModified: Date?, request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        let ascii = String(file.fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = file.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        // The content never changes under its sha256, but who may read it can: caches revalidate each time.
        return ConditionalResponse(eTag: file.sha256, lastModified: lastModified)
            .response(headers: headers, body: .init(data: bytes), for: request)
    }
}
