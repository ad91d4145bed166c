/// What a user typed into the search box, read as Danish: every word must occur (in any inflection, see
/// `SearchTerm.matches`), and words in double quotes must occur together, in that order, as written.
///
/// Anything that is not a word or a number is dropped, so no character a user types can reach a
/// database's query syntax: the renderings below hold only letters, digits and the syntax they add.
public struct SearchQuery: Equatable, Sendable {
    public enum Part: Equatable, Sendable {
        /// A word, matched in any inflection.
        case word(SearchTerm)
        /// Words in quotes: together and in order, each as written (its stem exactly).
        case phrase([SearchTerm])
    }

    public let parts: [Part]

    /// Enough for any real question; more only makes a query slower, never better.
    public static let maximumParts = 12

    public init(_ text: String) {
        var parts: [Part] = []
        // Odd pieces are inside quotes; an unclosed quote runs to the end.
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let terms = DanishTokeniser.tokens(String(piece))
                .filter { $0.kind == .word || $0.kind == .number }
                .map(SearchTerm.init)
                .filter { !$0.stem.isEmpty }
            if index % 2 == 1, terms.count > 1 {
                parts.append(.phrase(terms))
            } else {
                parts += terms.map(Part.word)
            }
        }
        var seen: Set<Part> = []
        self.parts = Array(parts.filter { seen.insert($0).inserted }.prefix(Self.maximumParts))
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// Every term, for highlighting.
    public var terms: [(term: SearchTerm, prefix: Bool)] {
        parts.flatMap { part -> [(SearchTerm, Bool)] in
            switch part {
            case .word(let term): [(term, true)]
            case .phrase(let terms): terms.map { ($0, false) }
            }
        }
    }

    /// The words as the user would read them again: `telemedicin "sundheds hospitalsplan"`.
    public var normalised: String {
        parts.map { part in
            switch part {
            case .word(let term): term.form
            case .phrase(let terms): "\"" + terms.map(\.form).joined(separator: " ") + "\""
            }
        }.joined(separator: " ")
    }

    /// An FTS5 query over indexed stems: `"telemedicin"* AND "kol" AND "sundhed hospitalsplan"`.
    public var fts5: String { fts5 { _ in nil } }

    /// The FTS5 query with each prefix word written out as the indexed stems it stands for, when
    /// `expansion` knows them: `("telemedicin" OR "telemedicinsk") AND "kol"`. FTS5 reads a prefix query
    /// by merging every matching stem's whole list of rows before it returns the first; an OR of terms it
    /// reads lazily, so the newest matches come at once however common the word.
    public func fts5(expansion: (SearchTerm) -> [String]?) -> String {
        parts.map { part in
            switch part {
            case .word(let term):
                guard term.usesPrefix else { return "\"\(term.stem)\"" }
                guard let stems = expansion(term) else { return "\"\(term.stem)\"*" }
                // No stem starts with it: the word itself, which then matches nothing.
                guard !stems.isEmpty else { return "\"\(term.stem)\"" }
                return "(" + stems.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
            case .phrase(let terms): return "\"" + terms.map(\.stem).joined(separator: " ") + "\""
            }
        }.joined(separator: " AND ")
    }

    /// The words whose stems `fts5(expansion:)` asks to write out.
    public var prefixTerms: [SearchTerm] {
        parts.compactMap { part in
            guard case .word(let term) = part, term.usesPrefix else { return nil }
            return term
        }
    }

    /// A PostgreSQL `to_tsquery('danish', …)` over the forms, which PostgreSQL stems as it stemmed the
    /// index: `'telemedicin':* & 'kol' & ('sundheds' <-> 'hospitalsplan')`.
    public var tsquery: String {
        parts.map { part in
            switch part {
            case .word(let term): "'\(term.form)'" + (term.usesPrefix ? ":*" : "")
            case .phrase(let terms): "(" + terms.map { "'\($0.form)'" }.joined(separator: " <-> ") + ")"
            }
        }.joined(separator: " & ")
    }
}

extension SearchQuery.Part: Hashable {}
