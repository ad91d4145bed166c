import Foundation
import SamspilCore
import SamspilDemo
import Testing
@testable import MinutesImport

/// The three real sets of minutes against their expected structure, with the comparison of
/// `score_parse.py --strict`.
@Suite struct FixtureTests {
    static let fileNames = DemoMinutes.documents.map(\.fileName)

    @Test(arguments: fileNames)
    func fixtureParsesToItsExpectedStructure(fileName: String) throws {
        let document = try #require(DemoMinutes.documents.first { $0.fileName == fileName })
        let minutes = try MinutesParser().parse(fileAt: document.url)

        let encoder = JSONEncoder()
        let predicted = try #require(try JSONSerialization.jsonObject(with: encoder.encode(minutes)) as? [String: Any])
        let expectedURL = try #require(Bundle.module.url(forResource: fileName + ".expected", withExtension: "json",
                                                         subdirectory: "Expected"))
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])

        let score = ParseScore(predicted: predicted, gold: gold)
        #expect(score.holdsStrictly, "\(fileName): \(score)")
        #expect(score.itemF1 == 1 && score.titles == 1 && score.sectionF1 == 1, "\(fileName): \(score)")
    }

    @Test func fixtureSourceNamesTheFileItsFormatAndItsHash() throws {
        for document in DemoMinutes.documents {
            let minutes = try MinutesParser().parse(fileAt: document.url)
            let source = try #require(minutes.source)
            #expect(source.fileName == document.fileName)
            #expect(source.format == (document.fileName.hasSuffix(".md") ? .markdown : .text))
            #expect(source.sha256.count == 64 && source.sha256.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    @Test func the2015MinutesWarnThatTheirDateCannotBeRead() throws {
        let document = try #require(DemoMinutes.documents.first { $0.fileName == "midtklyngen-2015.txt" })
        let minutes = try MinutesParser().parse(fileAt: document.url)
        #expect(minutes.meeting.date == nil)
        #expect(minutes.warnings.contains { $0.hasPrefix("Mødedatoen kunne ikke læses") })
    }

    @Test func theScoreComparisonMatchesDifflib() {
        // Values difflib.SequenceMatcher(None, a, b).ratio() gives.
        #expect(abs(ParseScore.ratio("abcd", "bcde") - 0.75) < 1e-9)
        #expect(abs(ParseScore.ratio("lukket salg af grund", "salg af grund") - 26.0 / 33.0) < 1e-9)
        #expect(ParseScore.normalised("**Status på ’Type 2’ – x**") == "status på type 2 x")
    }
}
