import Foundation
import Testing
@testable import MinutesImport

/// `SimpleText` answers byte by byte what the `Character`-based code answers. These tests check the facts that
/// rests on for every simple scalar, and compare the fast paths with the general code (kept here as
/// `Reference`) on random text, simple and not.
@Suite struct SimpleTextTests {
    static let simpleScalars: [Unicode.Scalar] = (0...0x20AC).compactMap(Unicode.Scalar.init)
        .filter { SimpleText.isSimpleScalar($0.value) }

    @Test func noTwoSimpleScalarsFormOneCharacter() {
        #expect(Self.simpleScalars.count == 215)
        var merged: [String] = []
        for first in Self.simpleScalars {
            for second in Self.simpleScalars {
                var scalars = String.UnicodeScalarView()
                scalars.append(first)
                scalars.append(second)
                if String(scalars).count != 2 { merged.append(String(scalars)) }
            }
        }
        #expect(merged.isEmpty)
    }

    @Test func tablesAgreeWithCharacterProperties() {
        for scalar in Self.simpleScalars {
            let value = scalar.value, character = Character(scalar)
            #expect(String(character).lowercased().unicodeScalars.map(\.value) == [SimpleText.lowercased(value)])
            #expect(character.isLetter == SimpleText.isLetter(value))
            #expect((character.isLetter && character.isUppercase) == SimpleText.isUppercaseLetter(value))
            #expect((character.isLetter && character.isLowercase) == SimpleText.isLowercaseLetter(value))
            #expect(character.isNumber == SimpleText.isNumber(value))
            #expect(character.isWhitespace == SimpleText.isSpace(value))
            #expect(!character.isNewline)
            let bytes = Array(String(character).utf8)
            #expect(bytes.withUnsafeBufferPointer { SimpleText.scalarLength($0, at: 0) } == bytes.count)
        }
    }

    @Test func byteDecodingAgreesWithScalarValues() {
        for scalar in (0...0x2FFF).compactMap(Unicode.Scalar.init) {
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { SimpleText.scalarLength($0, at: 0) }
            #expect((length == bytes.count) == SimpleText.isSimpleScalar(scalar.value))
            #expect(length == 0 || length == bytes.count)
            if length > 0 {
                #expect(bytes.withUnsafeBufferPointer { SimpleText.scalar(at: 0, in: $0) } == scalar.value)
            }
        }
    }

    @Test(arguments: ["\u{AD}", "\u{301}", "\u{F0B7}", "\u{2028}", "\t", "\u{200B}", "\u{37E}", "\u{85}", "\u{7F}",
                      "\u{212A}", "👍"])
    func otherScalarsAreNotSimple(text: String) {
        #expect(!SimpleText.isSimple(text))
    }

    @Test func textShapeSaysWhatTheCharacterCodeSays() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            let text = RandomText.make(&random)
            let substring = Substring(text)
            #expect(TextShape.folded(text) == Reference.folded(text), "\(text.debugDescription)")
            #expect(TextShape.trimmed(text) == Reference.trimmed(text), "\(text.debugDescription)")
            #expect(TextShape.trimmingTrailing(text, [":", ".", ",", ";", "-", "–"])
                    == Reference.trimmingTrailing(text, [":", ".", ",", ";", "-", "–"]), "\(text.debugDescription)")
            #expect(TextShape.trimmingTrailing(text, [";", "\u{37E}"]) == Reference.trimmingTrailing(text, [";", "\u{37E}"]))
            #expect(TextShape.words(text) == Reference.words(text), "\(text.debugDescription)")
            #expect(TextShape.wordCount(text) == Reference.words(text).count)
            #expect(TextShape.lowercased(text) == text.lowercased())
            #expect(TextShape.lowercased(substring) == substring.lowercased())
            for prefix: StaticString in ["at ", "det", "v.", "beslutning"] {
                #expect(TextShape.lowercasedHasPrefix(text, prefix) == text.lowercased().hasPrefix(prefix.description))
                if let decided = SimpleText.lowercasedHasPrefix(text, prefix) {
                    #expect(decided == text.prefix(12).lowercased().hasPrefix(prefix.description), "\(text.debugDescription)")
                }
            }
            #expect(TextShape.startsWithLetter(text) == (text.first?.isLetter ?? false))
            #expect(TextShape.startsWithLowercaseLetter(text) == Reference.startsWithLowercaseLetter(text))
            #expect(TextShape.startsWithUppercaseLetter(text) == Reference.startsWithUppercaseLetter(text))
            #expect(TextShape.isNameWord(text) == Reference.isNameWord(text), "\(text.debugDescription)")
            #expect(TextShape.endsWithSentencePunctuation(text) == Reference.endsWithSentencePunctuation(text))
            #expect(TextShape.hasUnclosedParenthesis(text) == Reference.hasUnclosedParenthesis(text))
            #expect(TextShape.endsWithConnectingWord(text) == Reference.endsWithConnectingWord(text))
            #expect(TextShape.containsDigit(text) == text.contains(where: { $0.isASCII && $0.isNumber }))
            #expect(TextShape.digitsMasked(text) == String(Reference.folded(text).map { $0.isNumber ? "#" : $0 }))
            #expect(TextShape.firstWord(text) == text.prefix(while: { $0 != " " }))
            #expect(TextShape.string(Array(text)) == text)
            for count in [0, 3, 12, 60] {
                #expect(TextShape.prefix(text, count) == text.prefix(count))
                #expect(TextShape.hasAtLeast(text, characters: count) == (text.count >= count))
            }
            if let collapsed = SimpleText.collapsingSpaces(text) {
                #expect(collapsed == Reference.words(text).joined(separator: " "))
            }
            #expect(CharacterCleanup.clean(text) == Reference.clean(text), "\(text.debugDescription)")
            for needle in [",", "@", ";", " og ", " - ", " | ", "kl", "ø"] {
                #expect(TextShape.contains(text, needle) == text.contains(needle))
                #expect(TextShape.components(text, separatedBy: needle) == text.components(separatedBy: needle))
                #expect(TextShape.lastRange(of: needle, in: text) == text.range(of: needle, options: .backwards))
                #expect(text.includes(needle) == Reference.includes(text, needle))
            }
            for character: Character in ["-", "–", "—", "(", "é", "\u{37E}"] {
                #expect(TextShape.contains(text, character: character) == text.contains(character))
            }
        }
    }

    @Test func phraseListSaysWhatItsPhrasesSay() {
        let list = PhraseList(["kommune", "råd", "ad pkt", "ad", "pkt.", "sag nr"])
        var random = SeededRandom(seed: 11)
        for _ in 0..<3_000 {
            let text = RandomText.make(&random)
            let lowered = text.lowercased()
            #expect(list.firstPrefix(of: text) == list.phrases.first { text.hasPrefix($0) })
            #expect(list.containsSuffix(of: text) == list.phrases.contains { text.hasSuffix($0) })
            #expect(list.containsOccurrence(in: text) == list.phrases.contains { text.contains($0) })
            if let prefixes = list.lowercasedPrefixes(of: text) {
                #expect(prefixes == list.phrases.filter { text.prefix(12).lowercased().hasPrefix($0) })
            }
            if let contained = list.containsLowercased(text) {
                #expect(contained == list.phrases.contains(lowered))
            }
        }
    }

    @Test func trailingCharactersAnswerAsASetOfCharacters() {
        let literal: TrailingCharacters = [":", ";", "–", "\u{37E}"]
        let set: Set<Character> = [":", ";", "–", "\u{37E}"]
        let ascii: TrailingCharacters = [";", "."]
        let asciiSet: Set<Character> = [";", "."]
        for character: Character in [":", ";", "\u{37E}", "–", "—", ".", "a", "é", "e\u{301}", "\r\n", " "] {
            #expect(literal.contains(character) == set.contains(character))
            #expect(ascii.contains(character) == asciiSet.contains(character))
        }
        for scalar in SimpleTextTests.simpleScalars {
            #expect(literal.contains(simpleScalar: scalar.value) == set.contains(Character(scalar)))
            #expect(ascii.contains(simpleScalar: scalar.value) == asciiSet.contains(Character(scalar)))
        }
    }

    @Test func lineBreaksAreTheNewlineCharacters() {
        var random = SeededRandom(seed: 3)
        let pieces = ["a", "æ", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\u{301}",
                      "\u{301}", "é"]
        for _ in 0..<2_000 {
            let text = (0..<random.next(upTo: 14)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            let breaks = LineBreaks.find(in: text) ?? []
            var expected: [(Substring, Bool)] = []
            var lineStart = text.startIndex
            for index in text.indices where text[index].isNewline {
                expected.append((text[lineStart..<index], text[index] == "\u{0C}"))
                lineStart = text.index(after: index)
            }
            #expect(breaks.count == expected.count)
            var start = text.startIndex
            for (lineBreak, (line, isFormFeed)) in zip(breaks, expected) {
                #expect(text[start..<lineBreak.start] == line)
                #expect(lineBreak.isFormFeed == isFormFeed)
                start = lineBreak.end
            }
        }
    }
}

/// Random text from pieces the parser meets: Danish words and letters, punctuation, spaces of several kinds,
/// and now and then something that is not simple (combining marks, controls, a Private Use Area bullet,
/// U+037E, a prepended Arabic number sign, emoji).
private enum RandomText {
    static let simplePieces = [
        "a", "B", "æ", "Ø", "å", "é", "É", "ß", "ª", "º", "µ", "²", "½", "×", "÷", " ", "  ", "\u{A0}", "-", "–", "—",
        "’", "…", "•", "€", ".", ",", ":", ";", "(", ")", "!", "?", "\"", "'", "1", "9", "/", "#", "|", "*", "_",
        "og", "Kl.", "kl", "Punkt", "pkt.", "Ad", "sag nr.", "Beslutning", "AFBUD", "Sagsnr.", " indstiller", "udvalg",
        "Kommune", "RÅD", "sundhedschef", "v/", "at ", "Det", " - ", " | ", "@", "for,", "• ", "o ", "·", "§ ",
    ]
    static let otherPieces = [
        "\t", "\r\n", "\u{301}", "e\u{301}", "\u{AD}", "\u{200B}", "\u{F0B7}", "\u{37E}", "\u{600}", "\u{2028}",
        "\u{212A}", "İ", "👍", "🇩🇰", "\u{85}", "\u{2003}", "▪ ", "◦",
    ]

    static func make(_ random: inout SeededRandom) -> String {
        (0..<random.next(upTo: 12)).map { _ in
            random.next(upTo: 10) == 0 ? otherPieces[random.next(upTo: otherPieces.count)]
                : simplePieces[random.next(upTo: simplePieces.count)]
        }.joined()
    }
}

/// A small deterministic generator (SplitMix64), so that a failure can be repeated.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}

/// The `Character`-based code the fast paths replace, as it was.
private enum Reference {
    static func folded(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if TextShape.isSpace(character) {
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
        guard let first = text.firstIndex(where: { !TextShape.isSpace($0) }),
              let last = text.lastIndex(where: { !TextShape.isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    static func trimmingTrailing(_ text: some StringProtocol, _ characters: Set<Character>) -> String {
        var result = Substring(text)
        while let last = result.last, TextShape.isSpace(last) || characters.contains(last) { result = result.dropLast() }
        return trimmed(result)
    }

    static func words(_ text: some StringProtocol) -> [Substring] {
        Substring(text).split(whereSeparator: TextShape.isSpace)
    }

    static func startsWithLowercaseLetter(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLetter && first.isLowercase
    }

    static func startsWithUppercaseLetter(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLetter && first.isUppercase
    }

    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter, first.isUppercase else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    static func endsWithSentencePunctuation(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":" || last == ";"
    }

    static func hasUnclosedParenthesis(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")", depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    static func endsWithConnectingWord(_ text: String) -> Bool {
        guard let last = words(text).last else { return false }
        if last.hasSuffix(",") { return true }
        return TextShape.connectingWords.contains(last.lowercased())
    }

    static func includes(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8), bytes = Array(text.utf8)
        guard !pattern.isEmpty else { return true }
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }

    /// `CharacterCleanup.clean` scalar by scalar.
    static func clean(_ raw: String) -> (text: String, isBullet: Bool) {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var sawPrivateUseBullet = false
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            let isSpace = value == 0x20 || value == 0x09 || value == 0xA0 || (0x2000...0x200A).contains(value)
                || value == 0x202F || value == 0x205F || value == 0x3000
            if isSpace || (value >= 0x80 && scalar.properties.isWhitespace) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            let isInvisible = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD
                || (0x200B...0x200F).contains(value) || value == 0x2060 || value == 0xFEFF || value == 0xFFFD
                || (0x202A...0x202E).contains(value)
            if isInvisible { continue }
            if (0xE000...0xF8FF).contains(value) {
                if scalars.isEmpty { sawPrivateUseBullet = true } else { pendingSpace = true }
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        let text = String(scalars)
        if sawPrivateUseBullet { return (text, true) }
        return strip(text)
    }

    /// `BulletMarkers.strip`.
    static func strip(_ text: String) -> (text: String, isBullet: Bool) {
        let symbols: Set<Character> = [
            "•", "·", "◦", "▪", "▫", "■", "□", "●", "○", "►", "▶", "▸", "➢", "➤", "→", "✓", "✔", "❖", "◆", "◊",
        ]
        let symbolsBeforeSpace: Set<Character> = ["-", "–", "—", "*", "+", "o", "§"]
        guard let first = text.first else { return (text, false) }
        var rest = Substring(text)
        if symbols.contains(first) {
            rest = rest.dropFirst()
        } else if symbolsBeforeSpace.contains(first), text.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else {
            return (text, false)
        }
        return (trimmed(rest), true)
    }
}
