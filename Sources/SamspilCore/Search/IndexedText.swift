/// What a text contributes to the search index, in the two forms the two databases need: the words
/// as written (normalised), which PostgreSQL's built-in `danish` configuration stems itself, and their
/// Snowball stems, which SQLite's FTS5 indexes as they are. Both hold the same terms in the same order,
/// so the same query finds the same items on both.
///
/// The words come first, in the order of the text and without stop words, so that a phrase matches
/// only words that stand together; the derived terms (the parts of hyphenated words, expanded
/// compounds such as "sundhedsplan" from "sundheds- og hospitalsplan") follow after them.
public struct IndexedText: Equatable, Sendable {
    /// Which of the two forms of the terms a text keeps: each database indexes one of them, and a million
    /// items pass through here on a rebuild.
    public struct Kept: OptionSet, Equatable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The words as written, for PostgreSQL.
        public static let forms = Kept(rawValue: 1)
        /// Their stems, for SQLite.
        public static let stems = Kept(rawValue: 2)
        public static let both: Kept = [.forms, .stems]
    }

    /// Terms as UTF-8, separated by spaces: the databases take the terms as one text.
    struct Terms: Equatable, Sendable {
        /// Lower-case words with "aa" read as "å" and no inner separators: what `to_tsvector('danish', …)`
        /// reads, one word per term, without splitting any.
        var forms: [UInt8] = []
        /// The Snowball stem of each form (numbers as they are).
        var stems: [UInt8] = []

        var isEmpty: Bool { forms.isEmpty && stems.isEmpty }

        mutating func append(text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>, keeping kept: Kept) {
            // Most words are letters only: their form is their text, and their stem a prefix of it.
            let isForm = SearchTerm.isForm(text)
            if kept.contains(.forms) {
                if !forms.isEmpty { forms.append(0x20) }
                if isForm { forms += text } else { SearchTerm.appendForm(of: text, to: &forms) }
            }
            if kept.contains(.stems) {
                if !stems.isEmpty { stems.append(0x20) }
                if isForm { stems += stem } else { SearchTerm.appendLettersAndDigits(of: stem, to: &stems) }
            }
        }

        mutating func append(_ other: Terms) {
            Self.append(other.forms, to: &forms)
            Self.append(other.stems, to: &stems)
        }

        private static func append(_ terms: [UInt8], to result: inout [UInt8]) {
            guard !terms.isEmpty else { return }
            if !result.isEmpty { result.append(0x20) }
            result += terms
        }
    }

    /// The words of the text, and the derived terms.
    private var words = Terms()
    private var derived = Terms()
    private let kept: Kept

    public init(keeping kept: Kept = .both) {
        self.kept = kept
    }

    /// The terms of `text`; of one form only if `kept` says so (the other's properties are then empty).
    public init(_ text: String, keeping kept: Kept = .both) {
        self = DanishTokeniser.scan(text, into: IndexedText(keeping: kept))
    }

    public var isEmpty: Bool { words.isEmpty && derived.isEmpty }

    public mutating func append(_ other: IndexedText) {
        words.append(other.words)
        derived.append(other.derived)
    }

    /// The forms of the words (without the derived terms).
    public var forms: [String] { Self.split(words.forms) }
    /// The stems of the words, one for each form.
    public var stems: [String] { Self.split(words.stems) }
    /// The text PostgreSQL indexes.
    public var formText: String { Self.joined(words.forms, derived.forms) }
    /// The text FTS5 indexes.
    public var stemText: String { Self.joined(words.stems, derived.stems) }
    /// Every stem FTS5 indexes: the words' and the derived terms'.
    public var allStems: [String] { Self.split(words.stems) + Self.split(derived.stems) }

    private static func joined(_ first: [UInt8], _ second: [UInt8]) -> String {
        guard !second.isEmpty else { return String(decoding: first, as: UTF8.self) }
        guard !first.isEmpty else { return String(decoding: second, as: UTF8.self) }
        return String(decoding: first + [0x20] + second, as: UTF8.self)
    }

    private static func split(_ terms: [UInt8]) -> [String] {
        terms.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension IndexedText: DanishTokeniser.TokenSink {
    mutating func take(text: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>,
                       kind: DanishTokeniser.Token.Kind, position: Int, utf8Range: Range<Int>) {
        switch kind {
        case .word, .number: words.append(text: text, stem: stem, keeping: kept)
        case .hyphenPart, .expandedCompound: derived.append(text: text, stem: stem, keeping: kept)
        }
    }
}

/// One searchable word: as written (normalised) and stemmed, both of letters and digits only, so that
/// neither database's tokeniser splits it ("telekol-projekt" is "telekolprojekt", the case number
/// "21/04711" is "2104711"; a query is read the same way, so they meet).
public struct SearchTerm: Hashable, Sendable {
    public let form: String
    public let stem: String

    public init(_ token: DanishTokeniser.Token) {
        var form: [UInt8] = [], stem: [UInt8] = []
        Self.appendForm(of: token.text.utf8, to: &form)
        Self.appendLettersAndDigits(of: token.stem.utf8, to: &stem)
        self.form = String(decoding: form, as: UTF8.self)
        self.stem = String(decoding: stem, as: UTF8.self)
        usesPrefix = self.stem.count >= 4
    }

    /// Whether an indexed stem counts as this term: the same stem, or for a word of four letters or more
    /// a longer one that starts with it, so "telemedicin" finds "telemedicinsk" (which Snowball stems
    /// apart) while "kol" stays KOL and does not find "kollega".
    public func matches(stem other: String, prefix: Bool) -> Bool {
        matches(stem: other.utf8, prefix: prefix)
    }

    /// `matches(stem:prefix:)` for a stem's UTF-8 bytes.
    func matches(stem other: some Collection<UInt8>, prefix: Bool) -> Bool {
        prefix && usesPrefix ? other.starts(with: stem.utf8) : other.elementsEqual(stem.utf8)
    }

    /// Whether the term stands for the longer stems that start with it (see `matches`).
    public let usesPrefix: Bool

    /// Appends the form of a token's lower-case text: "aa" read as "å", letters and digits only.
    static func appendForm(of text: some Collection<UInt8>, to form: inout [UInt8]) {
        DanishTokeniser.appendReadingAaAsÅ(text, to: &form) { $0 >= 0x80 || isASCIILetterOrDigit($0) }
    }

    /// Appends the letters and digits of a stem: non-ASCII bytes are parts of letters (the tokeniser
    /// makes words of letters and digits only; what is left are hyphens and a number's separators).
    static func appendLettersAndDigits(of stem: some Collection<UInt8>, to result: inout [UInt8]) {
        for byte in stem where byte >= 0x80 || isASCIILetterOrDigit(byte) { result.append(byte) }
    }

    /// Whether a token's lower-case UTF-8 text is its form already: letters and digits only, no "aa".
    static func isForm(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousA = false
        for byte in text {
            guard byte >= 0x80 || isASCIILetterOrDigit(byte), !(byte == 0x61 && previousA) else { return false }
            previousA = byte == 0x61
        }
        return true
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}
