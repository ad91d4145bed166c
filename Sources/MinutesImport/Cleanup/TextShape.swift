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

    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// Removes the given characters (and whitespace) from the end.
    static func trimmingTrailing(_ text: some StringProtocol, _ characters: Set<Character>) -> String {
        var result = Substring(text)
        while let last = result.last, isSpace(last) || characters.contains(last) {
            result = result.dropLast()
        }
        return trimmed(result)
    }

    static func words(_ text: some StringProtocol) -> [Substring] {
        Substring(text).split(whereSeparator: isSpace)
    }

    static func startsWithLowercaseLetter(_ text: some StringProtocol) -> Bool {
        guard let first = text.first else { return false }
        return first.isLetter && first.isLowercase
    }

    static func startsWithUppercaseLetter(_ text: some StringProtocol) -> Bool {
        guard let first = text.first else { return false }
        return first.isLetter && first.isUppercase
    }

    /// A word written like part of a name: capital first letter, then letters, hyphens or apostrophes
    /// (`Møller-Nielsen`), or an initial (`P.`).
    static func isNameWord(_ word: some StringProtocol) -> Bool {
        guard let first = word.first, first.isLetter, first.isUppercase else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    /// Ends like a finished sentence or a label.
    static func endsWithSentencePunctuation(_ text: some StringProtocol) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":" || last == ";"
    }

    /// `(` opened and not closed: the line goes on on the next one.
    static func hasUnclosedParenthesis(_ text: some StringProtocol) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")", depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// Words that never end a heading or an entry: when a line ends with one, the next line continues it.
    static let connectingWords: Set<String> = [
        "og", "eller", "samt", "i", "af", "for", "til", "med", "på", "fra", "ved", "under", "om", "mellem",
        "hos", "efter", "inden", "over", "uden", "mod", "en", "et", "den", "det", "de", "at", "som", "der",
        "vedr.", "ift.", "jf.", "bl.a.", "herunder", "–", "-", "&",
    ]

    static func endsWithConnectingWord(_ text: some StringProtocol) -> Bool {
        guard let last = words(text).last else { return false }
        if last.hasSuffix(",") { return true }
        return connectingWords.contains(last.lowercased())
    }

    static func containsDigit(_ text: some StringProtocol) -> Bool {
        text.contains(where: { $0.isASCII && $0.isNumber })
    }

    /// Digits replaced by `#`: lines that differ only by a page number compare equal.
    static func digitsMasked(_ text: some StringProtocol) -> String {
        String(folded(text).map { $0.isNumber ? "#" : $0 })
    }
}

extension StringProtocol {
    /// Whether the text contains `needle`, compared byte for byte. The parser's text is composed (NFC), so
    /// this says the same as Foundation's `contains(_:)`, natively and much faster on Linux.
    func includes(_ needle: String) -> Bool {
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
