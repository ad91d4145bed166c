import SamspilCore

/// Why a document could not be read: says what is wrong, in which file, and what to do about it.
/// The messages are Danish, like the parser's warnings: secretaries read them.
public struct MinutesImportError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case emptyFile
        /// Binary content in a file named as text; `looksLike` names the format its first bytes show.
        case notText(looksLike: String?)
        case unknownExtension(String)
        /// A Word or PDF file its reader could not read: not really that format, scanned, damaged, ...
        case document(DocumentReadError)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)
    }

    public let reason: Reason
    public let fileName: String

    public init(_ reason: Reason, fileName: String) {
        self.reason = reason
        self.fileName = fileName
    }

    public var description: String {
        switch reason {
        case .emptyFile:
            return "\(fileName): filen er tom (eller indeholder kun mellemrum). Vælg den fil, der indeholder referatet."
        case .notText(let looksLike):
            if let looksLike {
                return "\(fileName): filen er ikke tekst, men ser ud til at være \(looksLike). "
                    + "Giv filen den rigtige endelse, eller gem referatet som tekst (.txt) eller Markdown (.md)."
            }
            return "\(fileName): filen er ikke tekst (den indeholder binære data). "
                + "Gem referatet som tekst (.txt), Markdown (.md), Word (.docx) eller PDF."
        case .unknownExtension(let ext):
            let shown = ext.isEmpty ? "ingen endelse" : "endelsen .\(ext)"
            return "\(fileName): filtypen kendes ikke (\(shown)). "
                + "Referater kan læses fra .txt, .md/.markdown, .docx og .pdf."
        case .document(let error):
            return "\(fileName): \(error.message)"
        case .tooLarge(let bytes, let limit):
            return "\(fileName): filen er for stor (\(megabytes(bytes)) MB; grænsen er \(megabytes(limit)) MB). "
                + "Del den op, eller hæv grænsen, hvis den virkelig er ét referat."
        case .unreadable(let detail):
            return "\(fileName): filen kunne ikke læses (\(detail)). Kontrollér stien og rettighederne."
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }
}
