/// What a text contributes to the search index, in the two forms the two databases need: the words
/// as written (normalised), which PostgreSQL's built-in `danish` configuration stems itself, and their
/// Snowball stems, which SQLite's FTS5 indexes as they are. Both hold the same terms in the same order,
/// so the same query finds the same items on both.
///
/// The words come first, in the order of the text and without stop words, so that a phrase matches
/// only words that stand together; the derived terms (the parts of hyphenated words, expanded
/// compounds such as "sundhedsplan" from "sundheds- og hospitalsplan") follow after them.
public struct IndexedText: Equatable, Sendable {
    /// Lower-case words with "aa" read as "å" and no inner separators: what `to_tsvector('danish', …)`
    /// reads, one word per term, without splitting any.
    public private(set) var forms: [String] = []
    /// The Snowball stem of each form (numbers as they are).
    public private(set) var stems: [String] = []
    private var derivedForms: [String] = []
    private var derivedStems: [String] = []

    public init() {}

    public init(_ text: String) {
        append(text)
    }

    public var isEmpty: Bool { forms.isEmpty && derivedForms.isEmpty }

    public mutating func append(_ text: String) {
        for token in DanishTokeniser.tokens(text) {
            let term = SearchTerm(token)
            switch token.kind {
            case .word, .number:
                forms.append(term.form)
                stems.append(term.stem)
            case .hyphenPart, .expandedCompound:
                derivedForms.append(term.form)
                derivedStems.append(term.stem)
            }
        }
    }

    public mutating func append(_ other: IndexedText) {
        forms += other.forms
        stems += other.stems
        derivedForms += other.derivedForms
        derivedStems += other.derivedStems
    }

    /// The text PostgreSQL indexes.
    public var formText: String { (forms + derivedForms).joined(separator: " ") }
    /// The text FTS5 indexes.
    public var stemText: String { allStems.joined(separator: " ") }
    /// Every stem FTS5 indexes: the words' and the derived terms'.
    public var allStems: [String] { stems + derivedStems }
}

/// One searchable word: as written (normalised) and stemmed, both of letters and digits only, so that
/// neither database's tokeniser splits it ("telekol-projekt" is "telekolprojekt", the case number
/// "21/04711" is "2104711"; a query is read the same way, so they meet).
public struct SearchTerm: Hashable, Sendable {
    public let form: String
    public let stem: String

    public init(_ token: DanishTokeniser.Token) {
        form = Self.lettersAndDigits(DanishTokeniser.readingAaAsÅ(token.text))
        stem = Self.stem(of: token)
    }

    /// The stem of a token as a term has it, without making its form: what matching needs.
    public static func stem(of token: DanishTokeniser.Token) -> String {
        lettersAndDigits(token.stem)
    }

    /// Whether an indexed stem counts as this term: the same stem, or for a word of four letters or more
    /// a longer one that starts with it, so "telemedicin" finds "telemedicinsk" (which Snowball stems
    /// apart) while "kol" stays KOL and does not find "kollega".
    public func matches(stem other: String, prefix: Bool) -> Bool {
        other == stem || (prefix && usesPrefix && other.hasPrefix(stem))
    }

    public var usesPrefix: Bool { stem.count >= 4 }

    private static func lettersAndDigits(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x80 && !Self.isASCIILetterOrDigit($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x80 || Self.isASCIILetterOrDigit(UInt8($0.value)) }))
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}
