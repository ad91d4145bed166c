import SamspilCore
import Testing

/// What the index holds of a text and how a query meets it, without a database: a query term matches an
/// indexed stem exactly as the FTS5 query (`"stem"*`) and the tsquery (`'form':*`) do.
@Suite("Search terms, queries and snippets")
struct SearchTextTests {
    /// Whether every word of `query` occurs in `text` as the index holds it.
    func finds(_ query: String, in text: String) -> Bool {
        let stems = IndexedText(text).stemText.split(separator: " ").map(String.init)
        return SearchQuery(query).terms.allSatisfy { term in stems.contains { term.term.matches(stem: $0, prefix: term.prefix) } }
    }

    @Test func telemedicineFindsItsInflectionsAndDerivations() {
        for text in ["telemedicinsk opfølgning", "de telemedicinske indsatser", "Telemedicin til KOL-patienter"] {
            #expect(finds("telemedicin", in: text), "\(text)")
        }
        #expect(!finds("telemedicin", in: "medicin til borgere"))
    }

    @Test func aSuspendedCompoundIsFoundByBothOfItsWholes() {
        let text = "Status på sundheds- og hospitalsplanen"
        #expect(finds("hospitalsplan", in: text))
        #expect(finds("sundhedsplan", in: text))
        #expect(!finds("psykiatriplan", in: text))
    }

    @Test func shortWordsAreNotPrefixes() {
        #expect(finds("KOL", in: "patienter med KOL"))
        #expect(!finds("kol", in: "en kollega fra Kolding"))
    }

    @Test func theOldSpellingAaMeetsÅ() {
        #expect(finds("Århus", in: "Aarhus Kommune"))
        #expect(finds("aarhus", in: "Århus Kommune"))
    }

    @Test func caseNumbersAndHyphenatedWordsStayWhole() {
        #expect(IndexedText("sag 21/04711").forms == ["sag", "2104711"])
        #expect(finds("21/04711", in: "Sagsnummer 21/04711"))
        #expect(finds("TeleKOL-projektet", in: "TeleKOL-projekt i Midtklyngen"))
        #expect(finds("projekt", in: "TeleKOL-projekt i Midtklyngen"))
    }

    @Test func wordsComeBeforeDerivedTermsAndStopWordsAreLeftOut() {
        let indexed = IndexedText("Sundheds- og hospitalsplan for regionen")
        #expect(indexed.forms == ["sundheds", "hospitalsplan", "regionen"])
        #expect(indexed.formText.hasPrefix("sundheds hospitalsplan regionen "))
        #expect(indexed.formText.contains("sundhedsplan"))
        #expect(indexed.stems.count == indexed.forms.count)
    }

    @Test func quotedWordsAreAPhrase() {
        let query = SearchQuery("telemedicin \"sundheds- og hospitalsplan\"")
        #expect(query.parts.count == 2)
        #expect(query.fts5 == "\"telemedicin\"* AND \"sund hospitalsplan\"")
        #expect(query.tsquery == "'telemedicin':* & ('sundheds' <-> 'hospitalsplan')")
        #expect(query.normalised == "telemedicin \"sundheds hospitalsplan\"")
        // An unclosed quote runs to the end; a quoted single word is a plain word.
        #expect(SearchQuery("\"kol").parts == SearchQuery("kol").parts)
    }

    @Test(arguments: [
        "010190-1234", "0101901234", "'; DROP TABLE meetings; --", "\"\"\"", "NEAR(a b)", "col:value", "a* OR b",
        "(((", "^start", "x & y | !z", "'quoted':*", "<-> <2>", "\u{0}", "💊 medicin", "",
    ])
    func noCharacterReachesTheQuerySyntax(input: String) {
        let query = SearchQuery(input)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzæøåäöüé0123456789 \"*'&:<->()ANDT")
        #expect(query.fts5.allSatisfy { allowed.contains($0) || $0.isLetter }, "\(query.fts5)")
        #expect(query.tsquery.allSatisfy { allowed.contains($0) || $0.isLetter }, "\(query.tsquery)")
        for case .word(let term) in query.parts {
            #expect(term.stem.allSatisfy { $0.isLetter || $0.isNumber })
        }
    }

    @Test func aCPRNumberIsOneSearchableNumber() {
        #expect(SearchQuery("010190-1234").fts5 == "\"0101901234\"*")
    }

    @Test func theSnippetShowsTheWindowWithTheMostTermsAndMarksThem() throws {
        let text = """
            Klyngestyregruppen drøftede økonomien. Der var enighed om budgettet for næste år og om at
            fortsætte arbejdet.

            Telemedicinsk hjemmemonitorering af borgere med KOL er nu i drift i alle fire kommuner, og
            evalueringen viser færre indlæggelser.
            """
        let snippet = try #require(SearchSnippet(text, query: SearchQuery("telemedicin KOL"), words: 12))
        #expect(snippet.pieces.contains(.match("Telemedicinsk")))
        #expect(snippet.pieces.contains(.match("KOL")))
        #expect(snippet.isCutAtStart && snippet.isCutAtEnd)
        #expect(snippet.marked(open: "[", close: "]").contains("[Telemedicinsk] hjemmemonitorering af borgere med [KOL]"))
        #expect(!snippet.marked(open: "[", close: "]").contains("\n"))
        #expect(SearchSnippet(text, query: SearchQuery("diabetes")) == nil)
        // Any run of whitespace, ASCII's or Unicode's, reads as one space.
        for spaced in ["Borgere med\n\nKOL\t\t i  drift", "Borgere med\u{00A0}\u{00A0}KOL\u{2003} i \r\ndrift"] {
            let snippet = try #require(SearchSnippet(spaced, query: SearchQuery("KOL")))
            #expect(snippet.marked(open: "[", close: "]") == "Borgere med [KOL] i drift", "\(spaced.debugDescription)")
        }
    }
}
