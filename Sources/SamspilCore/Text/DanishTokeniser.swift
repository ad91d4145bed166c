import Foundation // only for NFC of the rare word written with combining marks

/// Splits Danish text into searchable tokens, each with its Snowball stem (see `DanishStemmer`).
///
/// Index every token of a text; for a query, use the tokens of kind `.word` and `.number` (the derived
/// kinds are there so that documents are found, not to narrow a query).
///
/// The rules:
/// - Words are runs of letters and digits; anything else separates them. Lower-cased (Æ Ø Å included);
///   a soft hyphen inside a word is dropped, a ligature ("ﬁ", from PDFs) spelt out, and letters written
///   with combining marks composed (NFC).
/// - **aa.** The old spelling "aa" is matched as "å": the *stem* of a word is that of the word with every
///   "aa" replaced by "å", so "Aarhus" and "Århus", "paa" and "på" meet. The `text` stays as written.
///   This misreads the rare compound that joins an "a" to an "a" ("ekstraarbejde" is indexed as
///   "ekstrårbejde"), but a query is tokenised the same way, so such a word still finds itself.
/// - **Hyphenated words** ("TeleKOL-projekt", "covid-19") give the whole word and each part
///   (`.hyphenPart`), so a search for "projekt", "covid" or "covid-19" finds them. The whole is inflected
///   at its end: its stem is the parts as written with the last part stemmed, so "TeleKOL-projekt" and
///   "TeleKOL-projektet" share "telekol-projek" (Snowball: "projekt" -> "projek").
/// - **Numbers** are single tokens, never stemmed: digits joined by "-", ".", ",", "/" or ":" stay
///   together ("1-52-100-22-09", "10.25", "1.000.000", "21/04711").
/// - **Suspended compounds**: in "sundheds- og hospitalsplan" the first word stands for
///   "sundhedsplan". Where a word ends in a hyphen and is followed, through "og", "eller", "samt", "&",
///   "og/eller" or commas, by a compound, the word is emitted as itself ("sundheds") and also as
///   `.expandedCompound` tokens that join it to the compound's last part. Without a dictionary the
///   tokeniser cannot know where that last part begins, so it joins candidates: the endings of the
///   compound (at least three letters, with a vowel, after at least three letters) that follow a linking
///   "s" or "e", the usual seams of Danish compounds ("hospitals|plan", "unge|området"; here
///   "sundhedsplan" and the non-word "sundhedspitalsplan"), or, when there is no such seam, every
///   ending ("regional|plan"). The wrong candidates are non-words that nobody searches for; the right one
///   makes "sundhedsplan" find the text, and "hospitalsplan" finds it as it is. Chains work too:
///   "sundheds-, social- og hospitalsplan".
/// - **Genitive and endings after an apostrophe** ("EU's", "KL's", "pc'en") belong to the word and are
///   dropped from it: "eu", "kl", "pc".
/// - **Stop words** (the Snowball Danish list, `stopWords`) are left out unless asked for; they still
///   take a position, so phrase distances stay true.
///
/// Positions count the words of the text: the whole of a hyphenated word shares the position of its first
/// part, the parts follow one another, and an expanded compound shares the position of the word it
/// expands.
public enum DanishTokeniser {
    public struct Token: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// A word as written (also the whole of a hyphenated word).
            case word
            /// A number or case number: digits, possibly joined by "-", ".", ",", "/" or ":".
            case number
            /// One part of a hyphenated word, emitted besides the whole.
            case hyphenPart
            /// A suspended compound's first word joined to a candidate last part ("sundhedsplan").
            case expandedCompound
        }

        /// The lower-cased form as written (hyphens as "-"; no soft hyphens, no apostrophe ending).
        public let text: String
        /// What search matches on: the Snowball stem of `text` with "aa" read as "å"; numbers as written.
        public let stem: String
        public let kind: Kind
        /// The word's number in the text, from 0.
        public let position: Int
        /// Where the token stands in the text, in UTF-8 bytes (for snippets; see `range(in:)`).
        public let utf8Range: Range<Int>

        public init(text: String, stem: String, kind: Kind, position: Int, utf8Range: Range<Int>) {
            self.text = text
            self.stem = stem
            self.kind = kind
            self.position = position
            self.utf8Range = utf8Range
        }

        /// The token's range in the text it was taken from.
        public func range(in source: String) -> Range<String.Index> {
            let utf8 = source.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
            return lower..<utf8.index(lower, offsetBy: utf8Range.count)
        }

        public var description: String { "\(text)→\(stem)@\(position)" }
    }

    /// The tokens of `text`, in order of position.
    public static func tokens(_ text: String, keepingStopWords: Bool = false) -> [Token] {
        scan(text, keepingStopWords: keepingStopWords, into: TokenList()).tokens
    }

    /// Hands the tokens of `text` to `sink` in order of position, as bytes: a caller that keeps no
    /// strings of them (the search index, snippets) makes none.
    static func scan<Sink: TokenSink>(_ text: String, keepingStopWords: Bool = false, into sink: Sink) -> Sink {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, keepingStopWords: keepingStopWords, sink: sink)
            scanner.run()
            return scanner.sink
        }
    }

    /// What receives a text's tokens from the scanner. The bytes are valid only during the call.
    protocol TokenSink {
        /// `text` is the token lower-cased as written; `stem` its stem (see `Token`).
        mutating func take(text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>,
                           kind: Token.Kind, position: Int, utf8Range: Range<Int>)
    }

    /// The tokens as values.
    struct TokenList: TokenSink {
        var tokens: [Token] = []

        mutating func take(text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>,
                           kind: Token.Kind, position: Int, utf8Range: Range<Int>) {
            // Many stems are the whole word: one string for both.
            let stemIsText = stem.elementsEqual(text)
            let text = String(decoding: text, as: UTF8.self)
            tokens.append(Token(text: text, stem: stemIsText ? text : String(decoding: stem, as: UTF8.self),
                                kind: kind, position: position, utf8Range: utf8Range))
        }
    }

    /// Whether `word` is one of the Danish stop words (any case; "aa" read as "å").
    public static func isStopWord(_ word: String) -> Bool {
        stopWords.contains(readingAaAsÅ(word.lowercased()))
    }

    /// `word` with every "aa" replaced by "å" (the old spelling), as the stems are made.
    public static func readingAaAsÅ(_ word: String) -> String {
        guard hasAa(word.utf8) else { return word }
        var bytes: [UInt8] = []
        appendReadingAaAsÅ(word.utf8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the UTF-8 `word` has an "aa".
    static func hasAa(_ word: some Sequence<UInt8>) -> Bool {
        var previousA = false
        for byte in word {
            if byte == 0x61, previousA { return true }
            previousA = byte == 0x61
        }
        return false
    }

    /// Appends the UTF-8 `word` to `result` with every "aa" replaced by "å", and of the other bytes only
    /// those `keeping` takes (a byte left out separates two a's).
    static func appendReadingAaAsÅ(_ word: some Collection<UInt8>, to result: inout [UInt8],
                                   keeping: (UInt8) -> Bool = { _ in true }) {
        var previousA = false
        for byte in word {
            if byte == 0x61, previousA {
                result[result.count - 1] = 0xC3
                result.append(0xA5)
                previousA = false
                continue
            }
            let kept = keeping(byte)
            if kept { result.append(byte) }
            previousA = kept && byte == 0x61
        }
    }

    /// The Snowball project's Danish stop words.
    public static let stopWords: Set<String> = [
        "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af",
        "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham",
        "hun", "nu", "over", "da", "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor",
        "eller", "hvad", "skal", "selv", "her", "alle", "vil", "blev", "kunne", "ind", "når", "være",
        "dog", "noget", "ville", "jo", "deres", "efter", "ned", "skulle", "denne", "end", "dette", "mit",
        "også", "under", "have", "dig", "anden", "hende", "mine", "alt", "meget", "sit", "sine", "vor",
        "mod", "disse", "hvis", "din", "nogle", "hos", "blive", "mange", "ad", "bliver", "hendes",
        "været", "thi", "jer", "sådan",
    ]

    /// The stop words' UTF-8 bytes packed into one integer each (see `packed`): the tokeniser looks up
    /// every short word, and an integer costs less to find than a string.
    static let packedStopWords = PackedWords(stopWords.compactMap { packed($0.utf8) })

    /// A small set of packed words, found by one multiplication and a probe or two: the tokeniser asks
    /// it about every short word, and `Set`'s seeded hashing costs more than the rest of the lookup.
    struct PackedWords: Sendable {
        /// Open addressing, twice as many slots as words at least; 0 is an empty slot (no word packs to 0).
        private let slots: [UInt64]
        private let shift: UInt64

        init(_ words: [UInt64]) {
            var bits: UInt64 = 4
            while 1 << bits < 2 * words.count { bits += 1 }
            shift = 64 - bits
            var slots = [UInt64](repeating: 0, count: 1 << bits)
            for word in words {
                var slot = Self.slot(of: word, shift: shift)
                while slots[slot] != 0, slots[slot] != word { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = word
            }
            self.slots = slots
        }

        static let none = PackedWords([])

        func contains(_ word: UInt64) -> Bool {
            var slot = Self.slot(of: word, shift: shift)
            while slots[slot] != 0 {
                if slots[slot] == word { return true }
                slot = (slot + 1) & (slots.count - 1)
            }
            return false
        }

        /// Fibonacci hashing: the high bits of the word times 2⁶⁴ divided by the golden ratio.
        private static func slot(of word: UInt64, shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
    }

    /// The bytes of a word of at most eight bytes as one integer (UTF-8 has no zero byte inside a word,
    /// so two words never pack alike); nil for a longer word, which is no stop word.
    static func packed(_ word: some Collection<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        return word.reduce(0) { $0 << 8 | UInt64($1) }
    }
}

// MARK: - The scanner

extension DanishTokeniser {
    /// One run of letters and digits (with digits joined by ".", ",", "/", ":").
    struct Atom {
        var start: Int
        /// The end of the word proper, before an apostrophe ending.
        var textEnd: Int
        /// The end including an apostrophe ending ("EU's").
        var end: Int
        var hasLetter = false
        var hasDigit = false
    }

    /// Atoms joined by hyphens, as written without spaces: "TeleKOL-projekt", "1-52-100-22-09".
    struct Group {
        var atoms: Range<Int>
        /// Set when the group ends in a hyphen that joins it to nothing ("sundheds-"): the end of the
        /// hyphen.
        var danglingHyphenEnd: Int?
    }

    struct Scanner<Sink: TokenSink> {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The stop words to leave out (packed, see `DanishTokeniser.packed`): none when they are kept.
        let stopWords: PackedWords
        var sink: Sink
        var atoms: [Atom] = []
        var groups: [Group] = []
        /// The word at hand, lower-cased as written.
        var text: [UInt8] = []
        /// The word at hand with "aa" read as "å": its stem is a prefix of it.
        var key: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, keepingStopWords: Bool, sink: Sink) {
            self.bytes = bytes
            stopWords = keepingStopWords ? .none : DanishTokeniser.packedStopWords
            self.sink = sink
        }

        mutating func run() {
            // About one word in seven bytes of Danish prose.
            atoms.reserveCapacity(bytes.count / 7 + 1)
            groups.reserveCapacity(bytes.count / 7 + 1)
            scan()
            var position = 0
            for g in groups.indices {
                emit(group: g, position: &position)
            }
        }

        // MARK: Characters

        enum Class { case letter, digit, softHyphen, other }

        /// The class of the scalar at `i` and its length in bytes.
        @inline(__always)
        func classify(_ i: Int) -> (Class, Int) {
            let c = bytes[i]
            if c < 0x80 {
                switch c {
                case 0x30...0x39: return (.digit, 1)
                case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
                default: return (.other, 1)
                }
            }
            if c == 0xC3, i + 1 < bytes.count {
                let d = bytes[i + 1]
                return (d == 0x97 || d == 0xB7 ? .other : .letter, 2) // × ÷
            }
            let (scalar, length) = decode(i)
            if scalar == "\u{AD}" { return (.softHyphen, length) }
            let properties = scalar.properties
            if properties.isAlphabetic { return (.letter, length) }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                return (.letter, length)
            default:
                return (.other, length)
            }
        }

        @inline(__always)
        func isWordCharacter(_ i: Int) -> Bool {
            let (cls, _) = classify(i)
            return cls == .letter || cls == .digit
        }

        /// The scalar at `i` (the text is valid UTF-8) and its length.
        func decode(_ i: Int) -> (Unicode.Scalar, Int) {
            let c = UInt32(bytes[i])
            let length = DanishStemmer.scalarLength(bytes[i])
            guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
            var value: UInt32
            switch length {
            case 1: value = c
            case 2: value = c & 0x1F
            case 3: value = c & 0x0F
            default: value = c & 0x07
            }
            for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        /// "-", U+2010 hyphen, U+2011 non-breaking hyphen.
        @inline(__always)
        func hyphenLength(at i: Int) -> Int? {
            if bytes[i] == 0x2D { return 1 }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
               bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91 { return 3 }
            return nil
        }

        /// "'" or U+2019.
        @inline(__always)
        func apostropheLength(at i: Int) -> Int? {
            if bytes[i] == 0x27 { return 1 }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
            return nil
        }

        @inline(__always)
        func isASCIIDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] &- 0x30 < 10 }

        // MARK: Scanning

        mutating func scan() {
            var i = 0
            let n = bytes.count
            while i < n {
                let (cls, length) = classify(i)
                guard cls == .letter || cls == .digit else { i += length; continue }
                let first = atoms.count
                var dangling: Int?
                while true {
                    atoms.append(scanAtom(&i))
                    guard i < n, let hyphen = hyphenLength(at: i) else { break }
                    if i + hyphen < n, isWordCharacter(i + hyphen) {
                        i += hyphen
                        continue
                    }
                    dangling = i + hyphen
                    i += hyphen
                    break
                }
                groups.append(Group(atoms: first..<atoms.count, danglingHyphenEnd: dangling))
            }
        }

        /// The atom starting at `i` (a letter or digit); leaves `i` after it.
        func scanAtom(_ i: inout Int) -> Atom {
            let n = bytes.count
            var atom = Atom(start: i, textEnd: i, end: i)
            while i < n {
                let (cls, length) = classify(i)
                switch cls {
                case .letter:
                    atom.hasLetter = true
                    i += length
                case .digit:
                    atom.hasDigit = true
                    i += length
                case .softHyphen where i + length < n && isWordCharacter(i + length):
                    i += length
                case .other where isASCIIDigit(i - 1) && isASCIIDigit(i + 1)
                    && (bytes[i] == 0x2E || bytes[i] == 0x2C || bytes[i] == 0x2F || bytes[i] == 0x3A):
                    i += 1 // . , / : between digits
                default:
                    atom.textEnd = i
                    atom.end = i
                    if let apostrophe = apostropheLength(at: i), i + apostrophe < n,
                       classify(i + apostrophe).0 == .letter {
                        var j = i + apostrophe
                        while j < n, case let (c, l) = classify(j), c == .letter || c == .digit { j += l }
                        atom.end = j
                        i = j
                    }
                    return atom
                }
            }
            atom.textEnd = i
            atom.end = i
            return atom
        }

        // MARK: Emitting

        mutating func emit(group g: Int, position: inout Int) {
            let group = groups[g]
            let parts = group.atoms
            if parts.count == 1 {
                let atom = atoms[parts.lowerBound]
                if let compound = suspendedCompound(at: g) {
                    let word = lowercased(atom.start, atom.textEnd)
                    appendWord(atom, kind: .word, position: position)
                    for head in candidateHeads(lowercased(compound.start, compound.textEnd)) {
                        let text = word + head
                        take(text: text, stem: stemmed(text), kind: .expandedCompound,
                             position: position, utf8Range: atom.start..<compound.end)
                    }
                } else {
                    appendWord(atom, kind: atom.hasLetter ? .word : .number, position: position)
                }
                position += 1
                return
            }
            let first = atoms[parts.lowerBound], last = atoms[parts.upperBound - 1]
            if !parts.contains(where: { atoms[$0].hasLetter }) {
                // A case number: one token, as written.
                lowercase(first.start, last.textEnd, normalisingHyphens: true)
                text.withUnsafeBufferPointer { text in
                    sink.take(text: text, stem: text, kind: .number, position: position, utf8Range: first.start..<last.end)
                }
                position += 1
                return
            }
            // The whole, inflected at its end, then each part.
            let texts = parts.map { lowercased(atoms[$0].start, atoms[$0].textEnd) }
            let lastStem = last.hasLetter && !last.hasDigit ? stemmed(texts[texts.count - 1]) : texts[texts.count - 1]
            let head = texts.dropLast().joined(separator: "-") + "-"
            take(text: head + texts[texts.count - 1], stem: DanishTokeniser.readingAaAsÅ(head) + lastStem,
                 kind: .word, position: position, utf8Range: first.start..<last.end)
            for index in parts {
                appendWord(atoms[index], kind: .hyphenPart, position: position)
                position += 1
            }
        }

        /// Hands on the token of one atom, unless it is a stop word that is not wanted. The hot path: no
        /// strings, most words taken from the text as they stand, the stem measured in place (see
        /// `DanishStemmer.stemmedLength`).
        mutating func appendWord(_ atom: Atom, kind: Token.Kind, position: Int) {
            var hasAa = false
            if isLowercase(atom.start, atom.textEnd, hasAa: &hasAa) {
                take(word: UnsafeBufferPointer(rebasing: bytes[atom.start..<atom.textEnd]), hasAa: hasAa,
                     of: atom, kind: kind, position: position)
            } else {
                lowercase(atom.start, atom.textEnd)
                let word = text
                word.withUnsafeBufferPointer {
                    take(word: $0, hasAa: DanishTokeniser.hasAa($0), of: atom, kind: kind, position: position)
                }
            }
        }

        /// Whether the text from `start` to `end` is as `lowercase` would make it: lower-case ASCII and
        /// Latin-1 letters and digits, as most words of Danish prose are. If so, `hasAa` says whether it
        /// has an "aa".
        @inline(__always)
        func isLowercase(_ start: Int, _ end: Int, hasAa: inout Bool) -> Bool {
            var i = start
            while i < end {
                let c = bytes[i]
                if c < 0x80 {
                    if c &- 0x41 < 26 { return false } // A-Z
                    if c == 0x61, i > start, bytes[i - 1] == 0x61 { hasAa = true }
                    i += 1
                } else if c == 0xC3, i + 1 < end, bytes[i + 1] > 0x9E || bytes[i + 1] == 0x97 {
                    i += 2 // ß-ÿ (and ×, which is no letter)
                } else {
                    return false
                }
            }
            return true
        }

        /// Hands on a lower-case word.
        mutating func take(word text: UnsafeBufferPointer<UInt8>, hasAa: Bool, of atom: Atom, kind: Token.Kind, position: Int) {
            let range = atom.start..<atom.end
            guard atom.hasLetter else {
                sink.take(text: text, stem: text, kind: kind, position: position, utf8Range: range)
                return
            }
            // The stem is a prefix of the word with "aa" read as "å": of the word itself, mostly.
            func take(key: UnsafeBufferPointer<UInt8>) {
                if let packed = DanishTokeniser.packed(key), stopWords.contains(packed) { return }
                // Fewer than 4 bytes: R1 is empty and "igst" cannot match, so nothing changes.
                let length = atom.hasDigit || key.count < 4 ? key.count : DanishStemmer.stemmedLength(key)
                sink.take(text: text, stem: UnsafeBufferPointer(rebasing: key[..<length]), kind: kind,
                          position: position, utf8Range: range)
            }
            guard hasAa else { return take(key: text) }
            key.removeAll(keepingCapacity: true)
            DanishTokeniser.appendReadingAaAsÅ(text, to: &key)
            key.withUnsafeBufferPointer { take(key: $0) }
        }

        /// Hands on a token made as strings (the rarer hyphenated words and compounds).
        mutating func take(text: String, stem: String, kind: Token.Kind, position: Int, utf8Range: Range<Int>) {
            var text = text, stem = stem
            text.withUTF8 { text in
                stem.withUTF8 { stem in
                    sink.take(text: text, stem: stem, kind: kind, position: position, utf8Range: utf8Range)
                }
            }
        }

        /// The stem of a lower-case word, "aa" read as "å".
        func stemmed(_ text: String) -> String {
            DanishStemmer.stem(DanishTokeniser.readingAaAsÅ(text))
        }

        /// The text from `start` to `end` as `lowercase` makes it.
        mutating func lowercased(_ start: Int, _ end: Int) -> String {
            lowercase(start, end)
            return String(decoding: text, as: UTF8.self)
        }

        /// Puts the text from `start` to `end` into `text`: lower-cased, without soft hyphens, composed
        /// (NFC) when it has combining marks; hyphens as "-" if asked.
        mutating func lowercase(_ start: Int, _ end: Int, normalisingHyphens: Bool = false) {
            text.removeAll(keepingCapacity: true)
            var hasMark = false
            var i = start
            while i < end {
                // Runs of ASCII that lower-casing leaves as they are (most of a Danish word) at once.
                var run = i
                while run < end, bytes[run] < 0x80, bytes[run] &- 0x41 >= 26 { run += 1 }
                if run > i {
                    text += UnsafeBufferPointer(rebasing: bytes[i..<run])
                    i = run
                    continue
                }
                let c = bytes[i]
                if c < 0x80 {
                    text.append(c | 0x20) // A-Z
                    i += 1
                } else if c == 0xC3, i + 1 < end {
                    let d = bytes[i + 1]
                    text.append(0xC3)
                    text.append(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d) // À-Þ -> à-þ
                    i += 2
                } else {
                    let (scalar, length) = decode(i)
                    i += length
                    if scalar == "\u{AD}" { continue }
                    if normalisingHyphens, scalar == "\u{2010}" || scalar == "\u{2011}" {
                        text.append(0x2D)
                        continue
                    }
                    if let letters = Self.ligature(scalar) {
                        text.append(contentsOf: letters.utf8)
                        continue
                    }
                    switch scalar.properties.generalCategory {
                    case .nonspacingMark, .spacingMark, .enclosingMark: hasMark = true
                    default: break
                    }
                    text.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
            }
            if hasMark {
                text = Array(String(decoding: text, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
            }
        }

        /// The letters of a typographic ligature, as text taken out of PDFs often has them ("ﬂere").
        static func ligature(_ scalar: Unicode.Scalar) -> String? {
            switch scalar.value {
            case 0xFB00: "ff"
            case 0xFB01: "fi"
            case 0xFB02: "fl"
            case 0xFB03: "ffi"
            case 0xFB04: "ffl"
            case 0xFB05, 0xFB06: "st"
            default: nil
            }
        }

        // MARK: Suspended compounds

        /// For a group that is one word ending in a dangling hyphen ("sundheds-") and is followed through
        /// "og", "eller", "samt", "&" or commas (and other such words: "sundheds-, social- og") by a
        /// compound: that compound.
        func suspendedCompound(at g: Int) -> Atom? {
            guard let hyphenEnd = groups[g].danglingHyphenEnd, groups[g].atoms.count == 1,
                  atoms[groups[g].atoms.lowerBound].hasLetter else { return nil }
            var previousEnd = hyphenEnd
            var joined = false
            var j = g + 1
            while j < groups.count {
                let group = groups[j]
                let atom = atoms[group.atoms.lowerBound]
                // Only spaces, commas and "&" between the words.
                for k in previousEnd..<atom.start {
                    switch bytes[k] {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x2F: continue // space, comma, "/" (og/eller)
                    case 0x26: joined = true
                    case 0xC2 where k + 1 < atom.start && bytes[k + 1] == 0xA0: continue // no-break space
                    case 0xA0 where k > previousEnd && bytes[k - 1] == 0xC2: continue
                    default: return nil
                    }
                }
                guard group.atoms.count == 1 else { return nil }
                if group.danglingHyphenEnd == nil, isConjunction(atom) {
                    joined = true
                    previousEnd = atom.end
                } else if let end = group.danglingHyphenEnd {
                    guard atom.hasLetter else { return nil }
                    previousEnd = end
                } else {
                    guard joined, atom.hasLetter, !atom.hasDigit else { return nil }
                    return atom
                }
                j += 1
            }
            return nil
        }

        func isConjunction(_ atom: Atom) -> Bool {
            let length = atom.textEnd - atom.start
            guard length == 2 || length == 4 || length == 5, atom.end == atom.textEnd else { return false }
            func `is`(_ word: StaticString) -> Bool {
                guard word.utf8CodeUnitCount == length else { return false }
                for k in 0..<length where bytes[atom.start + k] | 0x20 != word.utf8Start[k] { return false }
                return true
            }
            return `is`("og") || `is`("eller") || `is`("samt")
        }

        /// The endings of a compound that may be its last part: at least three letters with a vowel, after
        /// at least three letters. Those after a linking "s" or "e" (hospitals|plan, unge|området) if there
        /// are any, else all.
        func candidateHeads(_ compound: String) -> [String] {
            let scalars = Array(compound.unicodeScalars)
            guard scalars.count >= 6 else { return [] }
            let starts = 3...(scalars.count - 3)
            let vowels = "aeiouyæøå".unicodeScalars
            let plausible = starts.filter { start in scalars[start...].contains { vowels.contains($0) } }
            let linked = plausible.filter { scalars[$0 - 1] == "s" || scalars[$0 - 1] == "e" }
            return (linked.isEmpty ? plausible : linked).map { start in
                var head = String.UnicodeScalarView()
                head.append(contentsOf: scalars[start...])
                return String(head)
            }
        }
    }
}
