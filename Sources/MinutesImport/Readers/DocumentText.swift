import Foundation

/// The text of a document to look through rather than to parse as minutes: what the server's check of an
/// attachment before it is published reads. The same readers as the import: Word (.docx) through the
/// document's XML, PDF through pdftotext, plain text and Markdown decoded as the import decodes them.
public enum DocumentText {
    /// The kinds of file whose text can be read, by extension.
    public static let readableExtensions: Set<String> = ["docx", "pdf", "txt", "text", "md", "markdown"]

    /// The text of `data`, by the extension of `fileName`; nil for a kind of file whose text cannot be read
    /// here (images, spreadsheets, presentations, OpenDocument, old .doc files) or a text file that turns
    /// out to be binary.
    ///
    /// Throws when a file of a readable kind cannot be read: damaged, protected by a password, pdftotext
    /// not installed (`.pdftotextMissing`), or a PDF of scanned pages without a text layer (`.scannedPDF`).
    /// A caller that must not let an unread file pass for a clean one tells these apart by `kind`.
    ///
    /// - Parameter pdftotext: the program that reads PDF files, a path or a name looked up on PATH; nil
    ///   finds `pdftotext`.
    public static func extract(from data: Data, fileName: String, pdftotext: String? = nil) throws(DocumentReadError) -> String? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard readableExtensions.contains(ext) else { return nil }
        switch ext {
        case "docx":
            return try DocxReader.text(from: data)
        case "pdf":
            return try PdfReader.text(from: data, pdftotext: pdftotext)
        default:
            switch TextDecoding.decode(data) {
            case .success(let text): return text
            case .failure(.empty): return ""
            case .failure(.binary): return nil
            }
        }
    }
}
