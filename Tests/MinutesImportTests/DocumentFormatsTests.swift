import Foundation
import SamspilCore
import SamspilDemo
import Testing
@testable import MinutesImport

/// The Word and PDF versions of the three real minutes (see Documents/README.md) parse to the same
/// structure as the text they were made from: the same items, titles, sections, presenters, times, date
/// and attendance, by the comparison of `score_parse.py --strict`.
@Suite struct DocumentFormatsTests {
    static let cases: [(document: String, expected: String)] = [
        ("midtklyngen-2015.docx", "midtklyngen-2015.txt"),
        ("midtklyngen-2015.pdf", "midtklyngen-2015.txt"),
        ("midtklyngen-2021-06-18.docx", "midtklyngen-2021-06-18.txt"),
        ("midtklyngen-2021-06-18.pdf", "midtklyngen-2021-06-18.txt"),
        ("midtklyngen-2022-09-16.docx", "midtklyngen-2022-09-16.md"),
        ("midtklyngen-2022-09-16.pdf", "midtklyngen-2022-09-16.md"),
    ]

    @Test(arguments: cases)
    func wordAndPDFParseToTheStructureOfTheirText(document: String, expected: String) throws {
        let url = try #require(Bundle.module.url(forResource: document, withExtension: nil, subdirectory: "Documents"))
        let minutes = try MinutesParser().parse(fileAt: url)
        #expect(minutes.source?.format == (document.hasSuffix(".pdf") ? .pdf : .docx))

        let predicted = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(minutes)) as? [String: Any])
        let expectedURL = try #require(Bundle.module.url(forResource: expected + ".expected", withExtension: "json",
                                                         subdirectory: "Expected"))
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        let score = ParseScore(predicted: predicted, gold: gold)
        #expect(score.holdsStrictly, "\(document): \(score)")
        #expect(score.itemF1 == 1 && score.titles == 1 && score.sectionF1 == 1, "\(document): \(score)")

        // And the same items as the text itself, one by one.
        let text = try MinutesParser().parse(fileAt: try #require(DemoMinutes.documents.first { $0.fileName == expected }).url)
        #expect(minutes.items.compactMap(\.number) == text.items.compactMap(\.number))
        #expect(minutes.items.map { $0.sections.map(\.kind) } == text.items.map { $0.sections.map(\.kind) })
        #expect(minutes.meeting.date == text.meeting.date)
    }

    @Test func aScannedPDFIsRefusedWithAdviceToRunOCR() throws {
        let url = try #require(Bundle.module.url(forResource: "scanned-page.pdf", withExtension: nil, subdirectory: "Documents"))
        #expect {
            try MinutesParser().parse(fileAt: url)
        } throws: { error in
            guard let error = error as? MinutesImportError, case .document(let reading) = error.reason else { return false }
            return reading.kind == .scannedPDF && error.description.hasPrefix("scanned-page.pdf: ")
        }
    }

    @Test func aWordFileWithoutItsDocumentPartIsRefused() throws {
        let url = try #require(Bundle.module.url(forResource: "missing-document-part.docx", withExtension: nil, subdirectory: "Documents"))
        #expect {
            try MinutesParser().parse(fileAt: url)
        } throws: { error in
            guard let error = error as? MinutesImportError, case .document(let reading) = error.reason else { return false }
            return reading.kind == .missingDocumentPart
        }
    }
}
