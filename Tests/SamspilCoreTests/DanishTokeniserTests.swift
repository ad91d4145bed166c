import SamspilCore
import Testing

@Suite("Danish tokeniser")
struct DanishTokeniserTests {
    typealias Token = DanishTokeniser.Token

    func texts(_ text: String) -> [String] { DanishTokeniser.tokens(text).map(\.text) }
    func stems(_ text: String) -> [String] { DanishTokeniser.tokens(text).map(\.stem) }
    /// The stem a one-word query searches for.
    func queryStem(_ word: String) -> String? { DanishTokeniser.tokens(word).first?.stem }

    @Test func splitsOnAnythingButLettersAndDigitsAndLowerCases() {
        #expect(texts("Indstilling: At (KOL)/Telemedicin godkendes!") == ["indstilling", "kol", "telemedicin", "godkendes"])
        #expect(texts("ÆBLER, Øre og Ål") == ["æbler", "øre", "ål"])
        #expect(texts("  \n\t ") == [])
        #expect(texts("") == [])
    }

    @Test func wordsAreStemmedWithSnowball() {
        #expect(stems("Undersøgelsen af hospitalerne") == ["undersøg", "hospital"])
        #expect(queryStem("Telemedicinske") == queryStem("telemedicinsk"))
    }

    @Test func theOldSpellingAaMeetsÅ() {
        #expect(queryStem("Aarhus") == queryStem("Århus"))
        #expect(queryStem("Aabenraa") == queryStem("Åbenrå"))
        #expect(queryStem("Faaborg") == queryStem("Fåborg"))
        // The text stays as written; only the stem reads "aa" as "å".
        #expect(texts("Aarhus") == ["aarhus"])
        #expect(DanishTokeniser.readingAaAsÅ("aabenraa") == "åbenrå")
        // "paa" is "på", a stop word.
        #expect(texts("paa mødet") == ["mødet"])
    }

    @Test func hyphenatedCompoundListSharesItsLastPart() {
        let tokens = DanishTokeniser.tokens("Sundheds- og hospitalsplanen")
        let stems = Set(tokens.map(\.stem))
        for query in ["hospitalsplan", "sundhedsplan", "sundhedsplanen", "Hospitalsplanen", "sundhed"] {
            #expect(stems.contains(queryStem(query)!), "\(query)")
        }
        let expanded = tokens.filter { $0.kind == .expandedCompound }
        #expect(expanded.contains { $0.text == "sundhedsplanen" })
        #expect(expanded.allSatisfy { $0.position == 0 && $0.text.hasPrefix("sundheds") })
        #expect(tokens.filter { $0.kind != .expandedCompound }.map(\.text) == ["sundheds", "hospitalsplanen"])
    }

    @Test func aSuspendedCompoundNeedsAConjunctionAndAChainSharesToo() {
        #expect(Set(stems("sundheds-, social- og hospitalsplan")).isSuperset(of: ["sundhedsplan", "socialplan"]))
        #expect(Set(stems("sundheds- eller hospitalsplan")).contains("sundhedsplan"))
        #expect(Set(stems("sundheds- & hospitalsplan")).contains("sundhedsplan"))
        #expect(Set(stems("sundheds- og/eller hospitalsplan")).contains("sundhedsplan"))
        // Compounds joined with a linking "s" or "e", and without.
        #expect(Set(stems("børne- og ungeområdet")).contains(queryStem("børneområdet")!))
        #expect(Set(stems("social- og sundhedsudvalget")).contains(queryStem("socialudvalget")!))
        #expect(Set(stems("kommunal- og regionalplan")).contains(queryStem("kommunalplan")!))
        #expect(DanishTokeniser.tokens("sundheds- og hospitalsplan").filter { $0.kind == .expandedCompound }.map(\.text)
            == ["sundhedspitalsplan", "sundhedsplan"])
        // No conjunction, or a full stop in between: nothing is joined.
        #expect(!stems("sundheds- hospitalsplan").contains("sundhedsplan"))
        #expect(!stems("sundheds-. Og hospitalsplan").contains("sundhedsplan"))
        #expect(!stems("sundheds- og 2021").contains { $0.hasPrefix("sundheds") && $0 != "sundhed" })
    }

    @Test func hyphenatedWordsGiveTheWholeAndTheParts() {
        let covid = DanishTokeniser.tokens("Covid-19")
        #expect(covid.map(\.text) == ["covid-19", "covid", "19"])
        #expect(covid.map(\.kind) == [.word, .hyphenPart, .hyphenPart])
        #expect(covid.map(\.position) == [0, 0, 1])

        let project = DanishTokeniser.tokens("TeleKOL-projektet i Region")
        #expect(project.map(\.text) == ["telekol-projektet", "telekol", "projektet", "region"])
        #expect(project.map(\.position) == [0, 0, 1, 3])
        // The whole is inflected at its end: "TeleKOL-projekt" and "TeleKOL-projektet" meet.
        #expect(project[0].stem == "telekol-projek")
        #expect(project[0].stem == queryStem("TeleKOL-projekt"))
        #expect(project[2].stem == queryStem("projekt"))
        // Other hyphens join too; a dash between spaces separates.
        #expect(texts("e\u{2011}sundhed") == ["e-sundhed", "e", "sundhed"])
        #expect(texts("KOL – telemedicin") == ["kol", "telemedicin"])
    }

    @Test func caseNumbersStayWhole() {
        for number in ["1-52-100-22-09", "2021", "10.25", "1.000.000", "2,5", "21/04711", "10:25", "2021-22"] {
            let tokens = DanishTokeniser.tokens("sag \(number).")
            #expect(tokens.map(\.text) == ["sag", number], "\(number)")
            #expect(tokens.last?.kind == .number)
            #expect(tokens.last?.stem == number)
        }
        // A full stop or comma after a number is not part of it.
        #expect(texts("kl. 10.25, punkt 3.") == ["kl", "10.25", "punkt", "3"])
        // Letters and digits in one word: kept, not stemmed.
        #expect(stems("H1N1 og 5G") == ["h1n1", "5g"])
    }

    @Test func stopWordsAreLeftOutButKeepTheirPlace() {
        let tokens = DanishTokeniser.tokens("Regionen og kommunerne har drøftet det")
        #expect(tokens.map(\.text) == ["regionen", "kommunerne", "drøftet"])
        #expect(tokens.map(\.position) == [0, 2, 4])
        let all = DanishTokeniser.tokens("Regionen og kommunerne", keepingStopWords: true)
        #expect(all.map(\.text) == ["regionen", "og", "kommunerne"])

        #expect(DanishTokeniser.stopWords.count == 94)
        #expect(DanishTokeniser.isStopWord("og"))
        #expect(DanishTokeniser.isStopWord("Også"))
        #expect(DanishTokeniser.isStopWord("paa"))
        #expect(!DanishTokeniser.isStopWord("sundhed"))
    }

    /// The tokeniser finds stop words in a table of its own (`PackedWords`): it leaves out every one of
    /// them, in any case, and keeps the words that differ from one by a letter.
    @Test func theTokeniserLeavesOutEveryStopWordAndNoOtherWord() {
        for word in DanishTokeniser.stopWords {
            #expect(DanishTokeniser.tokens(word).isEmpty, "\(word)")
            #expect(DanishTokeniser.tokens(word.uppercased()).isEmpty, "\(word)")
            #expect(DanishTokeniser.tokens(word + "x").count == 1, "\(word)x")
            #expect(DanishTokeniser.tokens(String(word.dropLast())).count == (DanishTokeniser.isStopWord(String(word.dropLast())) || word.count == 1 ? 0 : 1), "\(word)")
        }
    }

    @Test func anApostropheEndingBelongsToTheWord() {
        let text = "EU's og KL's udspil om pc'en"
        let tokens = DanishTokeniser.tokens(text)
        #expect(tokens.map(\.text) == ["eu", "kl", "udspil", "pc"])
        #expect(String(text[tokens[0].range(in: text)]) == "EU's")
        #expect(texts("'KOL' og ’telemedicin’") == ["kol", "telemedicin"])
    }

    @Test func rangesPointIntoTheText() {
        let text = "Status på Sundheds- og hospitalsplanen for Region Midtjylland, sag 1-52-100-22-09."
        for token in DanishTokeniser.tokens(text) {
            let written = String(text[token.range(in: text)])
            switch token.kind {
            case .word, .number, .hyphenPart: #expect(written.lowercased() == token.text)
            case .expandedCompound: #expect(written == "Sundheds- og hospitalsplanen")
            }
        }
        let æ = DanishTokeniser.tokens("Økonomi: æ")
        #expect(æ.map(\.utf8Range) == [0..<8, 10..<12])
    }

    @Test func softHyphensLigaturesAndCombiningMarksAreInvisible() {
        #expect(texts("hospi\u{AD}tals\u{AD}plan") == ["hospitalsplan"])
        #expect(texts("\u{FB02}ere \u{FB01}nansieringer") == ["flere", "finansieringer"])
        #expect(texts("A\u{30A}rhus") == ["århus"])
        #expect(queryStem("A\u{30A}rhus") == queryStem("Aarhus"))
    }

    @Test func telemedicineInAnyFormIsFoundThroughItsStem() {
        // Snowball gives "telemedicinsk" for the adjective in both forms and "telemedicin" for the noun,
        // so the noun's stem is a prefix of the adjective's: a prefix match on stems finds all three.
        let noun = queryStem("telemedicin")!
        for text in ["Telemedicin til KOL", "telemedicinsk udstyr", "telemedicinske løsninger"] {
            #expect(stems(text).contains { $0.hasPrefix(noun) }, "\(text)")
        }
        #expect(queryStem("telemedicinsk") == queryStem("telemedicinske"))
    }

    @Test func anyTextIsTokenisedWithoutTrapping() {
        // Random texts from an alphabet rich in the characters the rules look at, with ranges that hold.
        let alphabet = "aAeæøåÅÆØ19 -‑‐.,/:'’&\u{AD}\u{30A}\n\té😀ﬁ×".map(String.init) + ["og ", "eller ", "sundheds- "]
        var generator = SplitMix64(seed: 6)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += alphabet.randomElement(using: &generator)!
            }
            for token in DanishTokeniser.tokens(text, keepingStopWords: true) {
                #expect(token.utf8Range.upperBound <= text.utf8.count, "\(text.debugDescription)")
                #expect(!token.text.isEmpty && !token.stem.isEmpty, "\(text.debugDescription)")
                _ = token.range(in: text)
            }
        }
    }
}

/// A small deterministic random number generator for the fuzz test.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
