import Crypto
import Foundation
import SamspilCore

/// Turns one document of minutes (plain text, Markdown, Word, PDF) into `ParsedMinutes`:
/// the meeting, its attendance, its agenda items with their sections, and warnings for what could not be
/// read with confidence.
public struct MinutesParser: Sendable {
    public struct Limits: Equatable, Sendable {
        /// Larger files are refused before they are read.
        public var maxBytes: Int

        public init(maxBytes: Int = 200 * 1024 * 1024) {
            self.maxBytes = maxBytes
        }
    }

    public let limits: Limits

    public init(limits: Limits = .init()) {
        self.limits = limits
    }

    /// Detects the format from the file name's extension (.txt .md .markdown .docx .pdf), reads, cleans and
    /// parses. Fills `source` with the file name, the format and the sha256 of the bytes.
    public func parse(_ data: Data, fileName: String) throws(MinutesImportError) -> ParsedMinutes {
        let format = try Self.format(ofFileNamed: fileName)
        guard data.count <= limits.maxBytes else {
            throw MinutesImportError(.tooLarge(bytes: data.count, limit: limits.maxBytes), fileName: fileName)
        }
        guard !data.isEmpty else { throw MinutesImportError(.emptyFile, fileName: fileName) }

        let text: String
        switch format {
        case .docx, .pdf:
            // Word and PDF become text shaped like minutes copied out of them; the text parser does the rest.
            do throws(DocumentReadError) {
                text = format == .docx ? try DocxReader.text(from: data) : try PdfReader.text(from: data)
            } catch {
                throw MinutesImportError(.document(error), fileName: fileName)
            }
        case .text, .markdown:
            switch TextDecoding.decode(data) {
            case .success(let decoded): text = decoded
            case .failure(.empty): throw MinutesImportError(.emptyFile, fileName: fileName)
            case .failure(.binary(let looksLike)): throw MinutesImportError(.notText(looksLike: looksLike), fileName: fileName)
            }
        }
        var minutes = parse(text: text, format: format)
        minutes.source = ParsedMinutes.Source(fileName: fileName, format: format, sha256: Self.sha256Hex(of: data))
        return minutes
    }

    public func parse(fileAt url: URL) throws(MinutesImportError) -> ParsedMinutes {
        let fileName = url.lastPathComponent
        _ = try Self.format(ofFileNamed: fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MinutesImportError(.unreadable("filen findes ikke: \(url.path)"), fileName: fileName)
        }
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw MinutesImportError(.unreadable(Self.describe(error)), fileName: fileName)
        }
        // Refuse a huge file before reading it into memory.
        guard size <= limits.maxBytes else {
            throw MinutesImportError(.tooLarge(bytes: size, limit: limits.maxBytes), fileName: fileName)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw MinutesImportError(.unreadable(Self.describe(error)), fileName: fileName)
        }
        return try parse(data, fileName: fileName)
    }

    /// The text-level entry point: for text already decoded (and for tests).
    func parse(text: String, format: ParsedMinutes.Source.Format) -> ParsedMinutes {
        MinutesTextParser().parse(text: Self.composed(text), format: format)
    }

    /// Letters with their accents as one code point (NFC), as names must be stored. Most text already is;
    /// only text with combining marks is normalised.
    static func composed(_ text: String) -> String {
        let hasCombiningMarks = hasCombiningDiacriticalMarks(text)
        return hasCombiningMarks ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether the text has a scalar U+0300-U+036F: in UTF-8 a lead byte 0xCC, or 0xCD before 0x80-0xAF.
    private static func hasCombiningDiacriticalMarks(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for index in bytes.indices where bytes[index] == 0xCC || bytes[index] == 0xCD {
                if bytes[index] == 0xCC || (index + 1 < bytes.count && bytes[index + 1] <= 0xAF) { return true }
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
    }

    static func format(ofFileNamed fileName: String) throws(MinutesImportError) -> ParsedMinutes.Source.Format {
        let ext = (fileName as NSString).pathExtension.lowercased()
        switch ext {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "docx": return .docx
        case "pdf": return .pdf
        default: throw MinutesImportError(.unknownExtension(ext), fileName: fileName)
        }
    }

    static func sha256Hex(of data: Data) -> String {
        let digits = Array("0123456789abcdef")
        var hex = ""
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }

    private static func describe(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}
