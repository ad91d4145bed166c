/// A fixed list of words or phrases (labels, title endings, institution stems), compiled once into UTF-8 bytes so
/// that a text is compared with all of them byte by byte (see `SimpleText`) rather than phrase by phrase with
/// Unicode-aware `hasPrefix`/`hasSuffix`/`contains`. A text that is not simple is compared the general way.
struct PhraseList: Sendable {
    let phrases: [String]
    private let bytes: [[UInt8]]

    /// `phrases` must be simple text (see `SimpleText`).
    init(_ phrases: [String]) {
        precondition(phrases.allSatisfy { !$0.isEmpty && SimpleText.isSimple($0) }, "phrases must be simple text")
        self.phrases = phrases
        bytes = phrases.map { Array($0.utf8) }
    }

    /// The first phrase (in list order) that `text` starts with: `phrases.first { text.hasPrefix($0) }`.
    func firstPrefix(of text: some StringProtocol) -> String? {
        let found = SimpleText.withBytes(text) { text -> Int?? in
            guard SimpleText.isSimple(text) else { return nil }
            return .some(bytes.firstIndex { phrase in
                phrase.count <= text.count && phrase.indices.allSatisfy { text[$0] == phrase[$0] }
            })
        }
        if let found { return found.map { phrases[$0] } }
        return phrases.first { text.hasPrefix($0) }
    }

    /// Whether `text` starts with one of the phrases.
    func containsPrefix(of text: some StringProtocol) -> Bool {
        firstPrefix(of: text) != nil
    }

    /// The phrases, in list order, that the lower-cased text starts with (as `SimpleText.lowercasedHasPrefix`
    /// decides it, which says the same as `text.prefix(n).lowercased().hasPrefix(phrase)` for any `n` at least
    /// the phrase's length). nil when the text's start is not simple enough to decide. The phrases must be lower
    /// case.
    func lowercasedPrefixes(of text: some StringProtocol) -> [String]? {
        SimpleText.withBytes(text) { text -> [String]? in
            var found: [String] = []
            for (index, phrase) in bytes.enumerated() {
                guard let isPrefix = phrase.withUnsafeBufferPointer({ SimpleText.lowercasedHasPrefix(text, $0) }) else {
                    return nil
                }
                if isPrefix { found.append(phrases[index]) }
            }
            return found
        }
    }

    /// Whether the lower-cased text is one of the phrases (`phrases.contains(text.lowercased())`), for simple
    /// text. The phrases must be lower case.
    func containsLowercased(_ text: some StringProtocol) -> Bool? {
        SimpleText.withBytes(text) { text -> Bool? in
            guard SimpleText.isSimple(text) else { return nil }
            return bytes.contains { phrase in
                phrase.count == text.count && phrase.indices.allSatisfy { SimpleText.loweredByte(text, at: $0) == phrase[$0] }
            }
        }
    }

    /// Whether `text` ends with one of the phrases: `phrases.contains { text.hasSuffix($0) }`.
    func containsSuffix(of text: some StringProtocol) -> Bool {
        let found = SimpleText.withBytes(text) { text -> Bool? in
            guard SimpleText.isSimple(text) else { return nil }
            return bytes.contains { phrase in
                let offset = text.count - phrase.count
                return offset >= 0 && phrase.indices.allSatisfy { text[offset + $0] == phrase[$0] }
            }
        }
        return found ?? phrases.contains { text.hasSuffix($0) }
    }

    /// Whether one of the phrases occurs in `text`: `phrases.contains { text.contains($0) }` as Foundation
    /// answers it.
    func containsOccurrence(in text: String) -> Bool {
        let found = SimpleText.withBytes(text) { text -> Bool? in
            guard SimpleText.isSimple(text) else { return nil }
            return bytes.contains { phrase in
                phrase.withUnsafeBufferPointer { SimpleText.firstOffset(of: $0, in: text) != nil }
            }
        }
        return found ?? phrases.contains { text.contains($0) }
    }
}
