/// Byte-level answers to the parser's questions about text (lower-casing, words, trimming, searching), for
/// text made only of *simple* scalars. Each answer is exactly what the `Character`-based code gives, at a
/// fraction of the cost: walking grapheme clusters and `String.lowercased()` were most of the parse time.
///
/// A simple scalar is printable ASCII (U+0020-U+007E), Latin-1 (U+00A0-U+00FF except the soft hyphen
/// U+00AD), general punctuation U+2010-U+2027 (dashes, quotes, bullet, ellipsis) or the euro sign. Minutes in
/// Danish are made of these almost entirely. What makes them simple:
/// - no two of them form one grapheme cluster, so in simple text every scalar is one `Character`;
/// - each lower-cases to one scalar: A-Z and U+00C0-U+00DE (except ×) move up by 0x20, the rest stay;
/// - only U+0020 and U+00A0 are whitespace, and there are no control characters.
/// (`SimpleTextTests` checks these facts against the standard library for every simple scalar.)
///
/// Every function returns nil for text that is not simple; the caller then takes its general path.
enum SimpleText {
    // MARK: Scalars

    /// Whether a scalar value is simple.
    static func isSimpleScalar(_ value: UInt32) -> Bool {
        (0x20...0x7E).contains(value) || ((0xA0...0xFF).contains(value) && value != 0xAD)
            || (0x2010...0x2027).contains(value) || value == 0x20AC
    }

    /// The byte length of the simple scalar that starts at `index`, or 0 when it is not simple.
    @inline(__always)
    static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead >= 0x20 && lead != 0x7F ? 1 : 0 }
        switch lead {
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            let second = bytes[index + 1]
            return second >= 0xA0 && second <= 0xBF && second != 0xAD ? 2 : 0
        case 0xC3:
            guard index + 1 < bytes.count else { return 0 }
            let second = bytes[index + 1]
            return second >= 0x80 && second <= 0xBF ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 { return third >= 0x90 && third <= 0xA7 ? 3 : 0 }  // U+2010-U+2027
            return second == 0x82 && third == 0xAC ? 3 : 0                          // U+20AC €
        default:
            return 0
        }
    }

    /// The byte offsets of the text between its leading and trailing spaces (space and no-break space).
    static func spacesTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        var start = 0
        while start < bytes.count {
            let space = spaceLength(bytes, at: start)
            guard space > 0 else { break }
            start += space
        }
        var end = bytes.count
        while end > start {
            if bytes[end - 1] == 0x20 {
                end -= 1
            } else if end - 2 >= start, bytes[end - 1] == 0xA0, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return (start, end)
    }

    /// U+0020 or U+00A0 (no-break space) starts at `index`: its byte length, else 0.
    @inline(__always)
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == 0x20 { return 1 }
        return bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
    }

    /// The value of the scalar of `length` bytes at `index`.
    @inline(__always)
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(bytes[index])
        case 2: return UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        default:
            return UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        }
    }

    /// Where the scalar that ends before byte `end` starts.
    @inline(__always)
    private static func startOfScalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The value of the simple scalar that starts at `index`.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        value(bytes, at: index, length: scalarLength(bytes, at: index))
    }

    /// The value of the simple scalar that ends before byte `end`.
    static func scalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let start = startOfScalar(endingAt: end, in: bytes)
        return value(bytes, at: start, length: end - start)
    }

    /// The UTF-8 bytes of a text, when it has contiguous storage (native strings always have).
    @inline(__always)
    static func withBytes<Text: StringProtocol, Result>(
        _ text: Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result?
    ) -> Result? {
        text.utf8.withContiguousStorageIfAvailable(body) ?? nil
    }

    /// Whether every scalar is simple.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Printable ASCII is nearly all of it.
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F { index += 1; continue }
            let length = scalarLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    static func isSimple(_ text: some StringProtocol) -> Bool {
        withBytes(text) { isSimple($0) } ?? false
    }

    // MARK: Character properties of simple scalars

    /// The scalar `lowercased()` makes of a simple scalar.
    static func lowercased(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) ? value + 0x20 : value
    }

    /// The byte `lowercased()` makes of the byte at `index` of a simple scalar: A-Z and the second byte of
    /// U+00C0-U+00DE (except × U+00D7) move up by 0x20.
    @inline(__always)
    static func loweredByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let byte = bytes[index]
        if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
        if byte >= 0x80 && byte <= 0x9E && byte != 0x97, index > 0, bytes[index - 1] == 0xC3 { return byte + 0x20 }
        return byte
    }

    /// `Character.isWhitespace` of a simple scalar: U+0020 and U+00A0.
    static func isSpace(_ value: UInt32) -> Bool { value == 0x20 || value == 0xA0 }

    /// `Character.isLetter`.
    static func isLetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0xAA || value == 0xB5
            || value == 0xBA || ((0xC0...0xFF).contains(value) && value != 0xD7 && value != 0xF7)
    }

    /// `Character.isLetter && Character.isUppercase` (`ª` and `º` count as upper case there, too).
    static func isUppercaseLetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) || value == 0xAA
            || value == 0xBA
    }

    /// `Character.isLetter && Character.isLowercase`.
    static func isLowercaseLetter(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) || value == 0xAA || value == 0xB5 || value == 0xBA
            || ((0xDF...0xFF).contains(value) && value != 0xF7)
    }

    /// `Character.isNumber`: the ASCII digits, `²`, `³`, `¹`, `¼`, `½`, `¾`.
    static func isNumber(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || value == 0xB2 || value == 0xB3 || value == 0xB9 || (0xBC...0xBE).contains(value)
    }

    // MARK: The start and the end of a text

    /// The scalar value of the text's first `Character`, when that is one simple scalar (the scalar after it,
    /// if any, is simple too, so it cannot join it).
    static func firstCharacter(_ text: some StringProtocol) -> UInt32? {
        withBytes(text) { bytes -> UInt32? in
            guard !bytes.isEmpty else { return nil }
            let length = scalarLength(bytes, at: 0)
            guard length > 0, length == bytes.count || scalarLength(bytes, at: length) > 0 else { return nil }
            return value(bytes, at: 0, length: length)
        }
    }

    /// The scalar value of the text's last `Character`, when that is one simple scalar (the scalar before it,
    /// if any, is simple too, so it cannot join it).
    static func lastCharacter(_ text: some StringProtocol) -> UInt32? {
        withBytes(text) { bytes -> UInt32? in
            guard !bytes.isEmpty else { return nil }
            let start = startOfScalar(endingAt: bytes.count, in: bytes)
            guard scalarLength(bytes, at: start) == bytes.count - start else { return nil }
            if start > 0 {
                let before = startOfScalar(endingAt: start, in: bytes)
                guard scalarLength(bytes, at: before) == start - before else { return nil }
            }
            return value(bytes, at: start, length: bytes.count - start)
        }
    }

    /// `text.prefix(count)` (the first `count` characters), when they and the character after them are
    /// simple; looks at no more of the text than that.
    static func prefix<Text: StringProtocol>(_ text: Text, characters count: Int) -> Text.SubSequence? {
        guard let end = withBytes(text, { bytes -> Int? in
            var index = 0, characters = 0
            while index < bytes.count, characters < count {
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                index += length
                characters += 1
            }
            // The next character must not be able to join the last one taken.
            guard index == bytes.count || scalarLength(bytes, at: index) > 0 else { return nil }
            return index
        }) else { return nil }
        return slice(text, 0..<end)
    }

    /// `text.prefix(while: { $0 != " " })`, when that part, the space and the character after it are simple (so
    /// that the space is a character of its own, not one with a combining mark).
    static func prefixBeforeSpace(_ text: String) -> Substring? {
        guard let end = withBytes(text, { bytes -> Int? in
            var index = 0
            while index < bytes.count, bytes[index] != 0x20 {
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                index += length
            }
            guard index + 1 >= bytes.count || scalarLength(bytes, at: index + 1) > 0 else { return nil }
            return index
        }) else { return nil }
        return slice(text, 0..<end)
    }

    /// Whether the text has at least `count` characters, looking at no more of it than that.
    static func hasAtLeast(_ text: some StringProtocol, characters count: Int) -> Bool? {
        withBytes(text) { bytes -> Bool? in
            var index = 0, characters = 0
            while index < bytes.count, characters < count {
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                index += length
                characters += 1
            }
            guard characters == count else { return false }
            return index == bytes.count || scalarLength(bytes, at: index) > 0 ? true : nil
        }
    }

    /// Whether `text.lowercased().hasPrefix(prefix)`, for a prefix of lower-case ASCII. Only the start needs
    /// to be simple: the characters compared and the one after them. Decided so, it is also
    /// `text.prefix(n).lowercased().hasPrefix(prefix)` for any `n` at least the prefix's length.
    static func lowercasedHasPrefix(_ text: some StringProtocol, _ prefix: StaticString) -> Bool? {
        withBytes(text) { bytes in prefix.withUTF8Buffer { lowercasedHasPrefix(bytes, $0) } }
    }

    /// `lowercasedHasPrefix` for the bytes of a text and of a prefix that is lower-case simple text.
    static func lowercasedHasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        while index < pattern.count {
            guard index < bytes.count else { return false }
            let length = scalarLength(bytes, at: index)
            guard length > 0 else { return nil }
            for offset in index..<(index + length) {
                guard offset < pattern.count, loweredByte(bytes, at: offset) == pattern[offset] else { return false }
            }
            index += length
        }
        return index == bytes.count || scalarLength(bytes, at: index) > 0 ? true : nil
    }

    // MARK: Lower case and whitespace

    /// `String(text).lowercased()`.
    static func lowercased(_ text: some StringProtocol) -> String? {
        withBytes(text) { bytes -> String? in
            guard isSimple(bytes) else { return nil }
            var output = [UInt8](repeating: 0, count: bytes.count)
            for index in 0..<bytes.count { output[index] = loweredByte(bytes, at: index) }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `TextShape.folded`: lower-cased, runs of whitespace one space, no whitespace at the ends.
    static func folded(_ text: some StringProtocol) -> String? {
        withBytes(text) { normalisedSpaces($0, lowercased: true) }
    }

    /// `CharacterCleanup.clean` of simple text: runs of whitespace one space, none at the ends.
    static func collapsingSpaces(_ text: some StringProtocol) -> String? {
        // Most lines that need it only have spaces at their ends: then the result is a slice of the text.
        guard let trimmed = withBytes(text, { bytes -> (range: Range<Int>, isSingleSpaced: Bool)? in
            let (start, end) = spacesTrimmed(bytes)
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x7F { index += 1; continue }
                if byte == 0x20 {
                    // Not at the end: the last byte kept is no space.
                    if bytes[index + 1] == 0x20 { return (start..<end, false) }
                    index += 1
                    continue
                }
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                if spaceLength(bytes, at: index) > 0 { return (start..<end, false) }
                index += length
            }
            return (start..<end, true)
        }) else { return nil }
        if trimmed.isSingleSpaced { return String(slice(text, trimmed.range)) }
        return withBytes(text) { normalisedSpaces($0, lowercased: false) }
    }

    /// Runs of whitespace one space, none at the ends, and lower-cased if asked: `nil` for text that is not
    /// simple.
    private static func normalisedSpaces(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> String? {
        // Never longer than the text: a space is written only in place of at least one.
        var output = [UInt8](repeating: 0, count: bytes.count)
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            if byte > 0x20 && byte < 0x7F {
                length = 1
            } else {
                let space = spaceLength(bytes, at: index)
                if space > 0 {
                    pendingSpace = count > 0
                    index += space
                    continue
                }
                length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
            }
            if pendingSpace {
                output[count] = 0x20
                count += 1
                pendingSpace = false
            }
            for offset in index..<(index + length) {
                output[count] = lowercased ? loweredByte(bytes, at: offset) : bytes[offset]
                count += 1
            }
            index += length
        }
        return String(decoding: output[..<count], as: UTF8.self)
    }

    // MARK: Words and trimming

    /// The byte ranges of the words of simple text: the runs between whitespace (U+0020, U+00A0).
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var wordStart = -1
        var index = 0
        while index < bytes.count {
            let space = spaceLength(bytes, at: index)
            if space > 0 {
                if wordStart >= 0 { ranges.append(wordStart..<index) }
                wordStart = -1
                index += space
                continue
            }
            let length = scalarLength(bytes, at: index)
            guard length > 0 else { return nil }
            if wordStart < 0 { wordStart = index }
            index += length
        }
        if wordStart >= 0 { ranges.append(wordStart..<bytes.count) }
        return ranges
    }

    /// `TextShape.words`: the runs of text between whitespace.
    static func words(_ text: Substring) -> [Substring]? {
        guard let ranges = withBytes(text, { wordRanges($0) }) else { return nil }
        return ranges.map { slice(text, $0) }
    }

    /// `TextShape.words(text).count`.
    static func wordCount(_ text: some StringProtocol) -> Int? {
        withBytes(text) { bytes -> Int? in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let space = spaceLength(bytes, at: index)
                if space > 0 {
                    inWord = false
                    index += space
                    continue
                }
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                if !inWord { count += 1 }
                inWord = true
                index += length
            }
            return count
        }
    }

    /// The last of `TextShape.words(text)` (`.some(nil)` when there are none). Only the end needs to be simple:
    /// the spaces after the word, the word, the space before it and the character before that space.
    static func lastWord<Text: StringProtocol>(_ text: Text) -> Substring?? {
        guard let range = withBytes(text, { bytes -> Range<Int>?? in
            /// The value of the scalar ending at `end`, when it is simple.
            func simpleScalar(endingAt end: Int) -> UInt32? {
                let start = startOfScalar(endingAt: end, in: bytes)
                return scalarLength(bytes, at: start) == end - start ? value(bytes, at: start, length: end - start) : nil
            }
            var end = bytes.count
            while end > 0 {
                guard let scalar = simpleScalar(endingAt: end) else { return nil }
                guard isSpace(scalar) else { break }
                end = startOfScalar(endingAt: end, in: bytes)
            }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0 {
                guard let scalar = simpleScalar(endingAt: start) else { return nil }
                if isSpace(scalar) {
                    let spaceStart = startOfScalar(endingAt: start, in: bytes)
                    guard spaceStart == 0 || simpleScalar(endingAt: spaceStart) != nil else { return nil }
                    break
                }
                start = startOfScalar(endingAt: start, in: bytes)
            }
            return .some(start..<end)
        }) else { return nil }
        return .some(range.map { Substring(slice(text, $0)) })
    }

    /// `TextShape.trimmed`: the text without whitespace at its ends, as byte offsets. Only the ends need to be
    /// simple: the spaces taken off and the characters next to them.
    static func trimmedRange(_ text: some StringProtocol) -> Range<Int>? {
        withBytes(text) { bytes -> Range<Int>? in
            let (start, end) = spacesTrimmed(bytes)
            // The first and the last character kept are simple, so no space taken off joins them.
            if start < end {
                guard scalarLength(bytes, at: start) > 0 else { return nil }
                let last = startOfScalar(endingAt: end, in: bytes)
                guard last >= start, scalarLength(bytes, at: last) == end - last else { return nil }
            }
            return start..<end
        }
    }

    /// `TextShape.trimmingTrailing`: the text without whitespace and `characters` at its end and whitespace at its
    /// start, as byte offsets. Only the ends need to be simple: each character looked at, and the one next to it.
    static func trimmedRange(_ text: some StringProtocol, trailing characters: TrailingCharacters) -> Range<Int>? {
        withBytes(text) { bytes -> Range<Int>? in
            var end = bytes.count
            while end > 0 {
                let start = startOfScalar(endingAt: end, in: bytes)
                guard scalarLength(bytes, at: start) == end - start else { return nil }
                if start > 0 {
                    let before = startOfScalar(endingAt: start, in: bytes)
                    guard scalarLength(bytes, at: before) == start - before else { return nil }
                }
                let scalar = value(bytes, at: start, length: end - start)
                guard scalar == 0x20 || scalar == 0xA0 || characters.contains(simpleScalar: scalar) else { break }
                end = start
            }
            // Then the start, as `trimmed` takes it off.
            var start = 0
            while start < end {
                let space = spaceLength(bytes, at: start)
                guard space > 0 else { break }
                start += space
            }
            guard start == end || scalarLength(bytes, at: start) > 0 else { return nil }
            return start..<end
        }
    }

    /// The text from byte offset `range.lowerBound` to `range.upperBound`.
    static func slice<Text: StringProtocol>(_ text: Text, _ range: Range<Int>) -> Text.SubSequence {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return text[lower..<upper]
    }

    // MARK: Questions

    /// Whether one of the text's characters `isNumber`.
    static func containsNumber(_ text: some StringProtocol) -> Bool? {
        withBytes(text) { bytes -> Bool? in
            var index = 0
            var found = false
            while index < bytes.count {
                let length = scalarLength(bytes, at: index)
                guard length > 0 else { return nil }
                if isNumber(value(bytes, at: index, length: length)) { found = true }
                index += length
            }
            return found
        }
    }

    /// Whether the text contains an ASCII digit.
    static func containsDigit(_ text: some StringProtocol) -> Bool? {
        withBytes(text) { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            return bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// `TextShape.isNameWord`: a capital letter, then letters, `-`, `'`, `’` or `.`.
    static func isNameWord(_ word: some StringProtocol) -> Bool? {
        withBytes(word) { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            var index = 0
            while index < bytes.count {
                let length = scalarLength(bytes, at: index)
                let scalar = value(bytes, at: index, length: length)
                if index == 0, !isUppercaseLetter(scalar) { return false }
                guard isLetter(scalar) || scalar == 0x2D || scalar == 0x27 || scalar == 0x2019 || scalar == 0x2E else {
                    return false
                }
                index += length
            }
            return !bytes.isEmpty
        }
    }

    /// `TextShape.parenthesisDepth`: the brackets open after the text.
    static func parenthesisDepth(_ text: some StringProtocol, from depth: Int) -> Int? {
        withBytes(text) { bytes -> Int? in
            guard isSimple(bytes) else { return nil }
            var depth = depth
            for byte in bytes {
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")"), depth > 0 { depth -= 1 }
            }
            return depth
        }
    }

    /// Whether every character of the text is whitespace or one of `marks` (printable ASCII), when the text is
    /// simple.
    static func hasOnlySpacesAnd(_ text: some StringProtocol, _ marks: StaticString) -> Bool? {
        withBytes(text) { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            return marks.withUTF8Buffer { marks in
                var index = 0
                while index < bytes.count {
                    let space = spaceLength(bytes, at: index)
                    if space > 0 { index += space; continue }
                    guard marks.contains(bytes[index]) else { return false }
                    index += 1
                }
                return true
            }
        }
    }

    /// `TextShape.digitsMasked` of folded simple text: every character that `isNumber` becomes `#`.
    static func digitsMasked(_ text: String) -> String? {
        withBytes(text) { bytes -> String? in
            guard isSimple(bytes) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let length = scalarLength(bytes, at: index)
                if isNumber(value(bytes, at: index, length: length)) {
                    output.append(UInt8(ascii: "#"))
                } else {
                    for offset in index..<(index + length) { output.append(bytes[offset]) }
                }
                index += length
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    // MARK: Searching

    /// The byte offset of the first occurrence of `needle` in `bytes`.
    static func firstOffset(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        // `withUTF8Buffer`: a one-character literal is stored as a scalar, without a pointer to bytes.
        needle.withUTF8Buffer { firstOffset(of: $0, in: bytes, from: start) }
    }

    /// The byte offset of the first occurrence of `pattern` in `bytes` (`start` when `pattern` is empty).
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                            from start: Int = 0) -> Int? {
        let count = pattern.count
        guard count > 0 else { return start }
        let first = pattern[0]
        var index = start
        while index + count <= bytes.count {
            if bytes[index] == first {
                var matched = 1
                while matched < count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The byte offset of the first `byte` among the first `limit` bytes of the text.
    static func firstOffset(of byte: UInt8, in text: some StringProtocol, limit: Int) -> Int?? {
        withBytes(text) { bytes -> Int?? in
            .some(bytes.prefix(limit).firstIndex(of: byte))
        }
    }

    /// The byte offset of the last occurrence of `needle` in the text, when both are simple (`.some(nil)` when
    /// there is none).
    static func lastOffset(of needle: String, in text: some StringProtocol) -> Int?? {
        withBytes(text) { bytes -> Int?? in
            withBytes(needle) { pattern -> Int?? in
                guard !pattern.isEmpty, isSimple(bytes), isSimple(pattern) else { return nil }
                guard bytes.count >= pattern.count else { return .some(nil) }
                var start = bytes.count - pattern.count
                while start >= 0 {
                    if pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) { return .some(start) }
                    start -= 1
                }
                return .some(nil)
            }
        }
    }

    /// Whether the text contains the simple character `scalar`, when the text is simple.
    static func contains(_ text: some StringProtocol, scalar value: UInt32) -> Bool? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return withBytes(text) { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            let encoded = Array(scalar.utf8)
            return encoded.withUnsafeBufferPointer { firstOffset(of: $0, in: bytes) != nil }
        }
    }

    /// Whether the text contains `needle` (a `String`), when both are simple.
    static func contains(_ text: some StringProtocol, _ needle: String) -> Bool? {
        withBytes(text) { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            return withBytes(needle) { pattern -> Bool? in
                guard !pattern.isEmpty, isSimple(pattern) else { return nil }
                return firstOffset(of: pattern, in: bytes) != nil
            }
        }
    }

    /// `text.components(separatedBy: separator)`, when both are simple: the parts between the separator's
    /// occurrences, empty ones included.
    static func components(_ text: some StringProtocol, separatedBy separator: String) -> [String]? {
        guard let ranges = withBytes(text, { bytes -> [Range<Int>]? in
            guard isSimple(bytes) else { return nil }
            return withBytes(separator) { pattern -> [Range<Int>]? in
                guard !pattern.isEmpty, isSimple(pattern) else { return nil }
                var ranges: [Range<Int>] = []
                var start = 0
                while let found = firstOffset(of: pattern, in: bytes, from: start) {
                    ranges.append(start..<found)
                    start = found + pattern.count
                }
                ranges.append(start..<bytes.count)
                return ranges
            }
        }) else { return nil }
        return ranges.map { String(slice(text, $0)) }
    }
}
