/// Where the lines of a text end: at every `Character` that `isNewline` (LF, CR, CR LF, VT, FF, NEL, U+2028,
/// U+2029). Found in the UTF-8 bytes rather than by walking characters: a newline is never part of a larger
/// character (grapheme clusters break before and after control characters; only CR LF is one character).
enum LineBreaks {
    struct Break {
        /// Where the newline starts and where the next line starts.
        var start: String.Index
        var end: String.Index
        var isFormFeed: Bool
    }

    static func find(in text: String) -> [Break]? {
        let utf8 = text.utf8
        guard let offsets = SimpleText.withBytes(text, { bytes -> [(start: Int, length: Int)] in
            var found: [(start: Int, length: Int)] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 0
                if byte >= 0x0A && byte <= 0x0D {
                    length = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                    length = 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    length = 3
                }
                if length > 0 { found.append((index, length)) }
                index += max(length, 1)
            }
            return found
        }) else { return nil }
        return offsets.map { offset in
            let start = utf8.index(utf8.startIndex, offsetBy: offset.start)
            return Break(start: start, end: utf8.index(start, offsetBy: offset.length),
                         isFormFeed: offset.length == 1 && utf8[start] == 0x0C)
        }
    }
}
