import Foundation
import SamspilCore
import Testing

@Suite("Indicators, their CSV and the distribution helper")
struct IndicatorTests {
    static let clusters = ["Midtklyngen", "Randersklyngen", "Vestklyngen", "Aarhusklyngen", "Horsensklyngen"]

    @Test func periodsAreReadAsSecretariesWriteThem() throws {
        let first = try #require(IndicatorPeriod(year: 2024, quarter: 1))
        for text in ["2024-K1", "2024 K1", "2024-Q1", "K1 2024", "q1-2024", "2024/K1"] {
            #expect(IndicatorPeriod(text) == first, "\(text)")
        }
        #expect(IndicatorPeriod("2024-03")?.description == "2024-03")
        #expect(IndicatorPeriod("2024")?.description == "2024")
        for text in ["2024-K5", "24-K1", "2024-13", "første kvartal", ""] {
            #expect(IndicatorPeriod(text) == nil, "\(text)")
        }
        #expect(try #require(IndicatorPeriod("2023-K4")) < first)
    }

    @Test func numbersInDanishAndEnglishSpreadsheets() {
        #expect(Double(danish: "338") == 338)
        #expect(Double(danish: "1.234,5") == 1234.5)
        #expect(Double(danish: "1 234,5") == 1234.5)
        #expect(Double(danish: "12.500") == 12500)
        #expect(Double(danish: "0,75") == 0.75)
        #expect(Double(danish: "12.5") == 12.5)
        #expect(Double(danish: "-3") == -3)
        for text in ["", "tolv", "1,2,3", "12 kr."] { #expect(Double(danish: text) == nil, "\(text)") }
    }

    /// Good rows are kept; each bad one is reported with its line number and why.
    @Test func aFileWithGoodAndBadRows() {
        let csv = """
        \u{FEFF}Periode;Klynge;Henvisninger
        2024-K1;Midtklyngen;61
        2024-K1;Randersklyngen;1.204,0
        2024-K1;Nordklyngen;12
        2024-K5;Vestklyngen;40
        2024-K1;Vestklyngen;mange
        2024-K1;Aarhusklyngen
        2024-K1;midtklyngen;70

        "2024-K2";"Horsensklyngen";"55"
        """
        let result = IndicatorCSV.read(csv, groups: Self.clusters)
        #expect(result.values == [
            IndicatorValue(period: IndicatorPeriod(year: 2024, quarter: 1)!, group: "Midtklyngen", value: 61),
            IndicatorValue(period: IndicatorPeriod(year: 2024, quarter: 1)!, group: "Randersklyngen", value: 1204),
            IndicatorValue(period: IndicatorPeriod(year: 2024, quarter: 2)!, group: "Horsensklyngen", value: 55),
        ])
        #expect(result.rejected.map(\.line) == [4, 5, 6, 7, 8])
        #expect(result.rejected[0].reason.contains("Nordklyngen"))
        #expect(result.rejected[1].reason.contains("2024-K5"))
        #expect(result.rejected[2].reason.contains("ikke et tal"))
        #expect(result.rejected[3].reason.contains("tre felter"))
        #expect(result.rejected[4].reason.contains("linje 2"), "the same period and group twice")
    }

    @Test func commasAndNoHeaderWork() {
        let result = IndicatorCSV.read("2023-K4,Vestklyngen,12.5\n2024,Aarhusklyngen,800\n")
        #expect(result.rejected.isEmpty)
        #expect(result.values.map(\.value) == [12.5, 800])
    }

    @Test(arguments: [
        (1_000_000, [1, 1, 1]),
        (1, [1, 1, 1, 1, 1]),
        (100, [3, 3, 3]),
        (7_654_321, [98_345, 60_823, 91_712, 24_058, 37_040]),
        (0, [5, 7]),
        (-100, [1, 2]),
        (5, [0, 1, 0]),
    ])
    func theDistributionAddsUpToTheTotalExactly(total: Int, weights: [Int]) throws {
        let parts = try Distribution.split(total, by: weights.enumerated().map { ("\($0)", $1) })
        #expect(parts.reduce(0) { $0 + $1.amount } == total)
        let sum = weights.reduce(0, +)
        for (part, weight) in zip(parts, weights) {
            let share = Double(total) * Double(weight) / Double(sum)
            #expect(abs(Double(part.amount) - share) < 1, "each part is within one unit of its exact share")
        }
    }

    @Test func theDistributionOfOneMillionAcrossThreeEqualParts() throws {
        let parts = try Distribution.split(1_000_000, by: [("Silkeborg", 1), ("Skive", 1), ("Viborg", 1)])
        #expect(parts.map(\.amount) == [333_334, 333_333, 333_333])
        #expect(throws: Distribution.Problem.noWeights) { try Distribution.split(10, by: [("Tom", 0)]) }
        #expect(throws: Distribution.Problem.negative("Skive")) { try Distribution.split(10, by: [("Skive", -1)]) }
    }
}
