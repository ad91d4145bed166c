/// A short piece of a text around the words a query matched, with those words marked: what a search
/// result shows under its title. Made here from the text itself rather than by either database, so
/// that both show the same snippet and it always quotes what the reader may see.
public struct SearchSnippet: Equatable, Sendable {
    public enum Piece: Equatable, Sendable {
        case text(String)
        case match(String)
    }

    public let pieces: [Piece]
    /// Whether the text goes on before or after the piece shown.
    public let isCutAtStart: Bool
    public let isCutAtEnd: Bool

    /// The number of words shown.
    public static let defaultWords = 28

    /// The window of `words` words of `text` that holds the most of the query's different terms (then the
    /// most matches, then the earliest); nil when no word of the text matches.
    public init?(_ text: String, query: SearchQuery, words: Int = SearchSnippet.defaultWords) {
        let scanned = DanishTokeniser.scan(text, keepingStopWords: true, into: MatchedWords(query: query))
        let matched = scanned.matched
        guard matched.contains(where: { $0 != nil }) else { return nil }

        var best = (start: 0, distinct: -1, count: -1)
        for start in matched.indices where matched[start] != nil {
            let window = matched[start..<min(start + words, matched.count)].compactMap { $0 }
            let distinct = Set(window).count
            if distinct > best.distinct || (distinct == best.distinct && window.count > best.count) {
                best = (start, distinct, window.count)
            }
        }
        // A few words of context before the first match.
        let first = max(0, best.start - 3)
        let last = min(first + words, matched.count) - 1

        let utf8 = Array(text.utf8)
        func slice(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
        var pieces: [Piece] = []
        var cursor = scanned.ranges[first].lowerBound
        for index in first...last where matched[index] != nil {
            let range = scanned.ranges[index]
            if range.lowerBound > cursor { pieces.append(.text(Self.oneLine(slice(cursor..<range.lowerBound)))) }
            pieces.append(.match(slice(range)))
            cursor = range.upperBound
        }
        let end = scanned.ranges[last].upperBound
        if end > cursor { pieces.append(.text(Self.oneLine(slice(cursor..<end)))) }
        self.pieces = pieces
        isCutAtStart = first > 0
        isCutAtEnd = last < matched.count - 1
    }

    /// The words and numbers of a text, where they stand, and the query term each matches, if any: read
    /// from the tokeniser's bytes, as a results page does for every result.
    private struct MatchedWords: DanishTokeniser.TokenSink {
        let terms: [(term: SearchTerm, prefix: Bool)]
        var ranges: [Range<Int>] = []
        var matched: [Int?] = []
        private var stem: [UInt8] = []

        init(query: SearchQuery) {
            terms = query.terms
        }

        mutating func take(text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>,
                           kind: DanishTokeniser.Token.Kind, position: Int, utf8Range: Range<Int>) {
            guard kind == .word || kind == .number else { return }
            self.stem.removeAll(keepingCapacity: true)
            SearchTerm.appendLettersAndDigits(of: stem, to: &self.stem)
            matched.append(terms.firstIndex { $0.term.matches(stem: self.stem, prefix: $0.prefix) })
            ranges.append(utf8Range)
        }
    }

    /// The snippet as plain text with the matches in `open`…`close`, for the command line.
    public func marked(open: String, close: String) -> String {
        (isCutAtStart ? "… " : "") + pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .match(let text): open + text + close
            }
        }.joined() + (isCutAtEnd ? " …" : "")
    }

    /// Line breaks and runs of spaces read as one space in a snippet.
    private static func oneLine(_ text: String) -> String {
        // Byte by byte when the only whitespace can be ASCII's: Unicode's other spaces all start with one
        // of these lead bytes (and so do a few other signs, which take the slower way).
        if !text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE1 || $0 == 0xE2 || $0 == 0xE3 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var lastWasSpace = false
            for byte in text.utf8 {
                let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                if isSpace, lastWasSpace { continue }
                bytes.append(isSpace ? 0x20 : byte)
                lastWasSpace = isSpace
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard text.contains(where: \.isWhitespace) else { return text }
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }
}
