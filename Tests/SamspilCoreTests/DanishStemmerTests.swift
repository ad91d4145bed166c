import Foundation
import SamspilCore
import Testing

@Suite("Danish stemmer")
struct DanishStemmerTests {
    /// The Snowball project's reference vocabulary (SnowballDanish/voc.txt) and the stem of each word
    /// (output.txt), line by line. BSD licence: SnowballDanish/COPYING.
    static func referenceLines(_ name: String) throws -> [Substring] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt",
                                                 subdirectory: "SnowballDanish"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
    }

    @Test func everyWordOfTheSnowballVocabularyGetsItsReferenceStem() throws {
        let words = try Self.referenceLines("voc")
        let stems = try Self.referenceLines("output")
        #expect(words.count == 23_832)
        try #require(words.count == stems.count)

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, expected) in zip(words, stems) {
            let stem = DanishStemmer.stem(String(word))
            if stem != expected {
                mismatchCount += 1
                if mismatches.count < 20 { mismatches.append("\(word) -> \(stem), expected \(expected)") }
            }
        }
        #expect(mismatchCount == 0, "\(mismatchCount) mismatches, first: \(mismatches.joined(separator: "; "))")
    }

    @Test func telemedicineInItsFormsSharesAStemOrItsBeginning() {
        // Snowball removes inflection, not derivation: the adjective's two forms share a stem, and the
        // noun's stem is where it begins (Snowball has no "-sk" rule; the reference data above is the
        // arbiter). Search therefore matches stems by prefix to find all three.
        #expect(DanishStemmer.stem("telemedicinsk") == DanishStemmer.stem("telemedicinske"))
        #expect(DanishStemmer.stem("telemedicin") == "telemedicin")
        #expect(DanishStemmer.stem("telemedicinske").hasPrefix(DanishStemmer.stem("telemedicin")))
        #expect(DanishStemmer.stem("telemedicinen") == DanishStemmer.stem("telemedicin"))
    }

    @Test func eachStepOfTheAlgorithm() {
        // Main suffix: the longest that lies in R1.
        #expect(DanishStemmer.stem("undersøgelsen") == "undersøg")  // "-en", then "-els" in step 3
        #expect(DanishStemmer.stem("hospitalerne") == "hospital")   // "-erne"
        // A final "s" goes only after a valid s-ending: "t" is one, "u" is not.
        #expect(DanishStemmer.stem("patients") == "patient")
        #expect(DanishStemmer.stem("århus") == "århus")
        // Consonant pair: "gt" loses its "t".
        #expect(DanishStemmer.stem("nødvendigt") == "nødvend")
        // "igst" loses "st"; "løst" becomes "løs".
        #expect(DanishStemmer.stem("vigtigst") == "vigt")
        #expect(DanishStemmer.stem("forløst") == "forløs")
        // Undouble: a double consonant at the end of R1 loses one letter.
        #expect(DanishStemmer.stem("tilskuddet") == "tilskud")
    }

    @Test func shortWordsAndNonLettersAreLeftAlone() {
        #expect(DanishStemmer.stem("") == "")
        #expect(DanishStemmer.stem("er") == "er")
        #expect(DanishStemmer.stem("kol") == "kol")
        #expect(DanishStemmer.stem("2021") == "2021")
        #expect(DanishStemmer.stem("1-52-100-22-09") == "1-52-100-22-09")
    }
}
