import Foundation

/// Small questions about the shape of a piece of text that several rules ask: is this word capitalised,
/// does the line end a sentence, which words only ever connect two parts of a phrase.
enum TextShape {
    /// `Character.isWhitespace` with a fast path for ASCII: the Unicode property lookup is the most
    /// expensive thing the parser would otherwise do.
    @inline(__always)
    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return character.isWhitespace
    }

    /// Whether `text` contains `needle`, compared byte for byte (no Unicode equivalence, no locale): cheaper
    /// than Foundation's `contains` and enough for the ASCII markers the parser looks for.
    static func containsBytes(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        if let found = SimpleText.withBytes(text, { SimpleText.firstOffset(of: needle, in: $0) != nil }) { return found }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        let bytes = text.utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            var candidate = found
            var matched = true
            for byte in pattern {
                guard candidate < bytes.endIndex, bytes[candidate] == byte else { matched = false; break }
                candidate = bytes.index(after: candidate)
            }
            if matched { return true }
            index = bytes.index(after: found)
        }
        return false
    }

    /// Lower-cased, whitespace collapsed, trimmed: the form in which phrases are compared.
    static func folded(_ text: some StringProtocol) -> String {
        if let folded = SimpleText.folded(text) { return folded }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if isSpace(character) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `text.lowercased()`.
    static func lowercased(_ text: some StringProtocol) -> String {
        SimpleText.lowercased(text) ?? text.lowercased()
    }

    /// `text.lowercased().hasPrefix(prefix)` without lower-casing the whole text: `prefix` is lower-case ASCII.
    static func lowercasedHasPrefix(_ text: some StringProtocol, _ prefix: StaticString) -> Bool {
        SimpleText.lowercasedHasPrefix(text, prefix) ?? text.lowercased().hasPrefix(prefix.description)
    }

    /// `text.prefix(while: { $0 != " " })`: the text up to its first space.
    static func firstWord(_ text: String) -> Substring {
        SimpleText.prefixBeforeSpace(text) ?? text.prefix(while: { $0 != " " })
    }

    /// `text.prefix(count)`: the first `count` characters.
    static func prefix<Text: StringProtocol>(_ text: Text, _ count: Int) -> Text.SubSequence {
        SimpleText.prefix(text, characters: count) ?? text.prefix(count)
    }

    /// `String(characters)`, built from the characters' UTF-8 bytes: appending character by character costs
    /// several times more.
    static func string(_ characters: some Sequence<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.underestimatedCount)
        for character in characters { bytes.append(contentsOf: character.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text.components(separatedBy: separator)` (Foundation's).
    static func components(_ text: String, separatedBy separator: String) -> [String] {
        SimpleText.components(text, separatedBy: separator) ?? text.components(separatedBy: separator)
    }

    /// `text.range(of: needle, options: .backwards)` (Foundation's): the last occurrence.
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        if let found = SimpleText.lastOffset(of: needle, in: text) {
            return found.map { offset in
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: offset)
                return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
            }
        }
        return text.range(of: needle, options: .backwards)
    }

    /// `text.contains(character)`: whether one of the text's characters is `character`.
    static func contains(_ text: String, character: Character) -> Bool {
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
           SimpleText.isSimpleScalar(scalar.value), let found = SimpleText.contains(text, scalar: scalar.value) {
            return found
        }
        return text.contains(character)
    }

    /// `text.count >= count`, counting no further than `count`.
    static func hasAtLeast(_ text: String, characters count: Int) -> Bool {
        if let answer = SimpleText.hasAtLeast(text, characters: count) { return answer }
        return text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) != nil
    }

    /// Without whitespace at the ends.
    static func trimmed(_ text: some StringProtocol) -> String {
        if let range = SimpleText.trimmedRange(text) { return String(SimpleText.slice(text, range)) }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// Removes the given characters (and whitespace) from the end.
    static func trimmingTrailing(_ text: some StringProtocol, _ characters: TrailingCharacters) -> String {
        if let range = SimpleText.trimmedRange(text, trailing: characters) { return String(SimpleText.slice(text, range)) }
        var result = Substring(text)
        while let last = result.last, isSpace(last) || characters.contains(last) {
            result = result.dropLast()
        }
        return trimmed(result)
    }

    /// The runs of text between whitespace.
    static func words(_ text: some StringProtocol) -> [Substring] {
        let text = Substring(text)
        return SimpleText.words(text) ?? text.split(whereSeparator: isSpace)
    }

    /// `words(text).count`, without making the words.
    static func wordCount(_ text: some StringProtocol) -> Int {
        SimpleText.wordCount(text) ?? words(text).count
    }

    /// `text.first?.isLetter == true`.
    static func startsWithLetter(_ text: some StringProtocol) -> Bool {
        if let first = SimpleText.firstCharacter(text) { return SimpleText.isLetter(first) }
        return text.first?.isLetter ?? false
    }

    static func startsWithLowercaseLetter(_ text: some StringProtocol) -> Bool {
        if let first = SimpleText.firstCharacter(text) { return SimpleText.isLowercaseLetter(first) }
        guard let first = text.first else { return false }
        return first.isLetter && first.isLowercase
    }

    static func startsWithUppercaseLetter(_ text: some StringProtocol) -> Bool {
        if let first = SimpleText.firstCharacter(text) { return SimpleText.isUppercaseLetter(first) }
        guard let first = text.first else { return false }
        return first.isLetter && first.isUppercase
    }

    /// A word written like part of a name: capital first letter, then letters, hyphens or apostrophes
    /// (`Møller-Nielsen`), or an initial (`P.`).
    static func isNameWord(_ word: some StringProtocol) -> Bool {
        if let isName = SimpleText.isNameWord(word) { return isName }
        guard let first = word.first, first.isLetter, first.isUppercase else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    /// Ends like a finished sentence or a label.
    static func endsWithSentencePunctuation(_ text: some StringProtocol) -> Bool {
        if let last = SimpleText.lastCharacter(text) {
            return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B  // . ! ? : ;
        }
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":" || last == ";"
    }

    /// `(` opened and not closed: the line goes on on the next one.
    static func hasUnclosedParenthesis(_ text: some StringProtocol) -> Bool {
        parenthesisDepth(text) > 0
    }

    /// The brackets open after `text`, when `depth` were open before it (a `)` with none open is ignored).
    static func parenthesisDepth(_ text: some StringProtocol, from depth: Int = 0) -> Int {
        if let depth = SimpleText.parenthesisDepth(text, from: depth) { return depth }
        var depth = depth
        for character in text {
            if character == "(" { depth += 1 } else if character == ")", depth > 0 { depth -= 1 }
        }
        return depth
    }

    /// Words that never end a heading or an entry: when a line ends with one, the next line continues it.
    static let connectingWords: Set<String> = [
        "og", "eller", "samt", "i", "af", "for", "til", "med", "på", "fra", "ved", "under", "om", "mellem",
        "hos", "efter", "inden", "over", "uden", "mod", "en", "et", "den", "det", "de", "at", "som", "der",
        "vedr.", "ift.", "jf.", "bl.a.", "herunder", "–", "-", "&",
    ]

    static func endsWithConnectingWord(_ text: some StringProtocol) -> Bool {
        guard let last = SimpleText.lastWord(text) ?? words(text).last else { return false }
        if last.hasSuffix(",") { return true }
        return connectingWords.contains(lowercased(last))
    }

    static func containsDigit(_ text: some StringProtocol) -> Bool {
        SimpleText.containsDigit(text) ?? text.contains(where: { $0.isASCII && $0.isNumber })
    }

    /// Digits replaced by `#`: lines that differ only by a page number compare equal.
    static func digitsMasked(_ text: some StringProtocol) -> String {
        let folded = folded(text)
        return SimpleText.digitsMasked(folded) ?? String(folded.map { $0.isNumber ? "#" : $0 })
    }

    /// `text.contains(needle)` as Foundation answers it.
    static func contains(_ text: String, _ needle: String) -> Bool {
        SimpleText.contains(text, needle) ?? text.contains(needle)
    }
}

/// The characters `TextShape.trimmingTrailing` removes, written as a literal (`[":", "."]`). It answers as a
/// `Set<Character>` of them would, but costs next to nothing to build: the ASCII ones are a bit mask.
struct TrailingCharacters: ExpressibleByArrayLiteral, Sendable {
    /// The sets the hot rules use, built once.
    static let colon: TrailingCharacters = [":"]
    static let colonAndFullStop: TrailingCharacters = [":", "."]
    static let fullStopAndComma: TrailingCharacters = [".", ","]

    private var asciiMask: (low: UInt64, high: UInt64) = (0, 0)
    private var others: [Character] = []
    /// The scalar values of `others`, when they are all simple (see `SimpleText`; `–` is): a simple character
    /// equals no other character but itself.
    private var simpleOthers: [UInt32]? = []

    init(arrayLiteral scalars: Unicode.Scalar...) {
        for scalar in scalars {
            let value = scalar.value
            if value < 64 {
                asciiMask.low |= 1 << UInt64(value)
            } else if value < 128 {
                asciiMask.high |= 1 << UInt64(value - 64)
            } else {
                others.append(Character(scalar))
                simpleOthers = SimpleText.isSimpleScalar(value) ? simpleOthers.map { $0 + [value] } : nil
            }
        }
    }

    func contains(_ character: Character) -> Bool {
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.isASCII {
            return containsASCII(UInt8(scalar.value)) || others.contains(character)
        }
        return others.contains(character) || containsASCIIEquivalent(of: character)
    }

    /// For the scalar value of a character of simple text (see `SimpleText`), which is that one scalar.
    func contains(simpleScalar value: UInt32) -> Bool {
        if value < 0x80, containsASCII(UInt8(value)) { return true }
        if let simpleOthers { return simpleOthers.contains(value) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return others.contains(Character(scalar))
    }

    private func containsASCII(_ ascii: UInt8) -> Bool {
        ascii < 64 ? asciiMask.low & (1 << UInt64(ascii)) != 0 : asciiMask.high & (1 << UInt64(ascii - 64)) != 0
    }

    /// Whether a character that is not ASCII equals one of the ASCII members, as U+037E GREEK QUESTION MARK
    /// equals `;` (canonical equivalence).
    private func containsASCIIEquivalent(of character: Character) -> Bool {
        guard asciiMask != (0, 0) else { return false }
        for value in UInt8(0)..<128 where containsASCII(value) && Character(Unicode.Scalar(value)) == character {
            return true
        }
        return false
    }
}

extension StringProtocol {
    /// Whether the text contains `needle`, compared byte for byte. The parser's text is composed (NFC), so
    /// this says the same as Foundation's `contains(_:)`, natively and much faster on Linux.
    func includes(_ needle: String) -> Bool {
        let found = SimpleText.withBytes(needle) { pattern in
            SimpleText.withBytes(self) { SimpleText.firstOffset(of: pattern, in: $0) != nil }
        }
        if let found { return found }
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
