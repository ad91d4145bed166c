import Foundation

/// Turns the bytes of a text file into a String.
///
/// Minutes arrive as UTF-8 (with or without a BOM) from modern tools, as Windows-1252 or Latin-1 from older
/// Word and PDF exports on Danish Windows machines, and now and then as UTF-16 from a "Unicode text" export.
/// A file that is none of these is not text, and the importer must say so rather than show garbage.
enum TextDecoding {
    enum Failure: Error, Equatable, Sendable {
        case empty
        /// `looksLike` names a known binary format found by its signature (PDF, DOCX/ZIP, ...).
        case binary(looksLike: String?)
    }

    static func decode(_ data: Data) -> Result<String, Failure> {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { return .failure(.empty) }

        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = decodeUTF8(bytes.dropFirst(3))
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = decodeUTF16(bytes.dropFirst(2), littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(bytes.dropFirst(2), littleEndian: false)
        } else if let signature = BinarySignature.match(bytes) {
            return .failure(.binary(looksLike: signature))
        } else if let littleEndian = utf16WithoutBOM(bytes) {
            text = decodeUTF16(bytes[...], littleEndian: littleEndian)
        } else {
            guard !looksBinary(bytes) else { return .failure(.binary(looksLike: nil)) }
            text = decodeUTF8(bytes[...])
        }
        guard text.contains(where: { !$0.isWhitespace }) else { return .failure(.empty) }
        return .success(MojibakeRepair.repair(text))
    }

    /// Strict UTF-8 first; text with a few broken bytes among many good multi-byte sequences is still UTF-8
    /// (decoded with replacement characters); anything else is read as Windows-1252.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let census = UTF8Census(bytes)
        if census.validMultiByteSequences > census.invalidBytes {
            return String(decoding: bytes, as: UTF8.self)
        }
        return Windows1252.decode(bytes)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without a BOM shows itself by a zero byte in every other position of ASCII text.
    /// Returns whether it is little-endian, or nil when the bytes are not UTF-16.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zerosAtEven = 0, zerosAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let half = sample.count / 2
        if zerosAtOdd * 10 > half * 6, zerosAtEven * 20 <= half { return true }
        if zerosAtEven * 10 > half * 6, zerosAtOdd * 20 <= half { return false }
        return nil
    }

    /// NUL bytes, or more than a few control characters that text never contains.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            // Tab, line feed, vertical tab, form feed and carriage return occur in text; ESC and SUB in old files.
            if byte < 0x20 {
                switch byte {
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: break
                default: controls += 1
                }
            }
        }
        return controls > max(8, sample.count / 100)
    }
}

/// Counts what a byte string would be as UTF-8.
private struct UTF8Census {
    var validMultiByteSequences = 0
    var invalidBytes = 0

    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalidBytes += 1; index += 1; continue
            }
            let end = index + length
            if end <= bytes.endIndex, bytes[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                validMultiByteSequences += 1
                index = end
            } else {
                invalidBytes += 1
                index += 1
            }
        }
    }
}

/// The first bytes of the binary formats people most often give a wrong extension.
enum BinarySignature {
    static func match(_ bytes: [UInt8]) -> String? {
        let known: [([UInt8], String)] = [
            (Array("%PDF".utf8), "PDF"),
            ([0x50, 0x4B, 0x03, 0x04], "DOCX/ZIP"),
            ([0xD0, 0xCF, 0x11, 0xE0], "Word 97-2003 (.doc)"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG"),
            ([0xFF, 0xD8, 0xFF], "JPEG"),
            (Array("GIF8".utf8), "GIF"),
            (Array("{\\rtf".utf8), "RTF"),
        ]
        return known.first(where: { bytes.starts(with: $0.0) })?.1
    }
}

/// UTF-8 that was once read as Windows-1252 and saved again shows Danish letters as `Ã¸`, `Ã¦`, `Ã¥`.
/// When the text is full of such pairs and nothing else, the bytes behind them are UTF-8: undo it.
enum MojibakeRepair {
    static func repair(_ text: String) -> String {
        guard mayNeedRepair(text) else { return text }
        // `Ã` followed by the second byte of æ ø å Æ Ø Å é read as Windows-1252.
        let seconds: Set<Unicode.Scalar> = ["¦", "¸", "¥", "†", "˜", "…", "©"]
        var count = 0
        var previousWasA = false
        for scalar in text.unicodeScalars {
            if previousWasA, seconds.contains(scalar) {
                count += 1
                if count >= 3 { break }
            }
            previousWasA = scalar == "Ã"
        }
        guard count >= 3, !text.unicodeScalars.contains(where: { "æøåÆØÅ".unicodeScalars.contains($0) }),
              let bytes = Windows1252.encode(text),
              let repaired = String(validating: bytes, as: UTF8.self) else { return text }
        return repaired
    }

    /// Whether the text has `Ã` (U+00C3) at all: in UTF-8 the bytes C3 83. Without it nothing is repaired.
    private static func mayNeedRepair(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0xC3 && bytes[index + 1] == 0x83 { return true }
                index += 1
            }
            return false
        }
        return found ?? true
    }
}
