import Foundation

/// A document that goes with a meeting or with one of its items (bilag).
public struct Attachment: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var meetingID: UUID
    /// nil for a meeting-level attachment.
    public var itemID: UUID?
    public var title: String
    /// Sent with the minutes rather than with the agenda ("Bilag medsendt referat").
    public var sentWithMinutes: Bool
    public var position: Int
    /// The uploaded file; nil for an attachment an imported document only names.
    public var file: FileReference?
    /// Whether the public archive offers the file. Off unless the secretary says so: an attachment
    /// may be a working paper meant for the members only.
    public var isPublic: Bool

    public init(id: UUID = UUID(), meetingID: UUID, itemID: UUID? = nil, title: String,
                sentWithMinutes: Bool = false, position: Int, file: FileReference? = nil, isPublic: Bool = false) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.title = title
        self.sentWithMinutes = sentWithMinutes
        self.position = position
        self.file = file
        self.isPublic = isPublic
    }

    /// A stored file, by the sha256 of its bytes: the same file uploaded twice is kept once.
    public struct FileReference: Hashable, Sendable {
        public var sha256: String
        /// The name it was uploaded with, given back on download.
        public var fileName: String
        public var contentType: String
        public var byteCount: Int

        public init(sha256: String, fileName: String, contentType: String, byteCount: Int) {
            self.sha256 = sha256
            self.fileName = fileName
            self.contentType = contentType
            self.byteCount = byteCount
        }
    }
}

/// The kinds of file a secretary may attach: documents and images that members can open.
public enum AttachmentType: String, Sendable, CaseIterable {
    case pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, png, jpg, jpeg, gif

    /// The type of a file name's extension; nil for anything else (executables, archives, HTML).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .doc: "application/msword"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xls: "application/vnd.ms-excel"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .ppt: "application/vnd.ms-powerpoint"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .png: "image/png"
        case .jpg, .jpeg: "image/jpeg"
        case .gif: "image/gif"
        }
    }

    /// Whether the first bytes are those of this type, so a renamed program is not let in as a PDF.
    /// Office Open XML and OpenDocument files are zip archives; the old Office formats are OLE2 files.
    public func matches(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(8))
        func starts(_ signature: [UInt8]) -> Bool { head.count >= signature.count && Array(head.prefix(signature.count)) == signature }
        switch self {
        case .pdf: return starts(Array("%PDF-".utf8))
        case .docx, .xlsx, .pptx, .odt, .ods, .odp: return starts([0x50, 0x4B, 0x03, 0x04])
        case .doc, .xls, .ppt: return starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpg, .jpeg: return starts([0xFF, 0xD8, 0xFF])
        case .gif: return starts(Array("GIF8".utf8))
        }
    }
}
