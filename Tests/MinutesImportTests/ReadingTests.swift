import Foundation
import SamspilCore
import Testing
@testable import MinutesImport

/// Bytes to text: encodings, and the markup of the two text formats.
@Suite struct EncodingTests {
    private func decoded(_ bytes: [UInt8]) -> String? {
        try? TextDecoding.decode(Data(bytes)).get()
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array("Møde".utf8)) == "Møde")
    }

    @Test func windows1252TextIsDetectedAndConverted() {
        // "Mødeleder – • æøå" in Windows-1252: ø = F8, en dash = 96, bullet = 95.
        let bytes: [UInt8] = [0x4D, 0xF8, 0x64, 0x65, 0x20, 0x96, 0x20, 0x95, 0x20, 0xE6, 0xF8, 0xE5]
        #expect(decoded(bytes) == "Møde – • æøå")
    }

    @Test func latin1DanishLettersAreRead() {
        #expect(decoded([0x53, 0x4B, 0xC6, 0x52, 0x20, 0xD8, 0x20, 0xC5]) == "SKÆR Ø Å")
    }

    @Test func utf8WithOneBrokenByteStaysUTF8() {
        let bytes = Array("Mødet i år: æøå æøå".utf8) + [0xFF] + Array(" slut".utf8)
        let text = decoded(bytes)
        #expect(text?.hasPrefix("Mødet i år: æøå æøå") == true)
    }

    @Test func utf16WithByteOrderMarkIsRead() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Referat æøå".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(decoded(bytes) == "Referat æøå")
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        var bytes: [UInt8] = []
        for unit in "Referat af mødet".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(decoded(bytes) == "Referat af mødet")
    }

    @Test func binaryGarbageIsNotText() {
        let garbage: [UInt8] = (0..<512).map { UInt8(($0 * 37 + 11) % 256) }
        #expect(TextDecoding.decode(Data(garbage)) == .failure(.binary(looksLike: nil)))
    }

    @Test func knownBinaryFormatIsNamedBySignature() {
        #expect(TextDecoding.decode(Data(Array("%PDF-1.7\n".utf8) + [0, 1, 2])) == .failure(.binary(looksLike: "PDF")))
        #expect(TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) == .failure(.binary(looksLike: "DOCX/ZIP")))
    }

    @Test func emptyAndBlankFilesAreEmpty() {
        #expect(TextDecoding.decode(Data()) == .failure(.empty))
        #expect(TextDecoding.decode(Data(" \n\t\r\n".utf8)) == .failure(.empty))
    }

    @Test func utf8ReadAsWindows1252OnceIsRepaired() {
        let mojibake = "MÃ¸de i styregruppen. FÃ¦lles mÃ¥l. Ã†ndring."
        #expect(decoded(Array(mojibake.utf8)) == "Møde i styregruppen. Fælles mål. Ændring.")
    }
}

@Suite struct PlainTextReaderTests {
    @Test func privateUseAreaSymbolBulletIsABullet() {
        let line = PlainTextReader.read("\u{F0B7} At klyngestyregruppen godkender dagsordenen")[0]
        #expect(line.isBullet)
        #expect(line.text == "At klyngestyregruppen godkender dagsordenen")
    }

    @Test(arguments: ["• Bilag 2 Notat", "– Bilag 2 Notat", "- Bilag 2 Notat", "▪ Bilag 2 Notat", "o Bilag 2 Notat"])
    func bulletMarkersAreStripped(raw: String) {
        let line = PlainTextReader.read(raw)[0]
        #expect(line.isBullet)
        #expect(line.text == "Bilag 2 Notat")
    }

    @Test func numberedLineIsNotABullet() {
        #expect(!PlainTextReader.read("2. Godkendelse af dagsorden")[0].isBullet)
    }

    @Test func noBreakSpacesSoftHyphensAndTrailingSpacesAreNormalised() {
        let line = PlainTextReader.read("Møde\u{00A0}i  sund\u{00AD}heds\u{200B}klyngen   \t")[0]
        #expect(line.text == "Møde i sundhedsklyngen")
    }

    @Test func privateUseCharacterInsideALineIsDropped() {
        #expect(PlainTextReader.read("Status \u{F0E0} videre")[0].text == "Status videre")
    }

    @Test func tabSeparatedCellsMakeATableRow() {
        let row = PlainTextReader.read("1.\tRegion Midtjylland\t9.138,7\t8.645,2")[0]
        #expect(row.isTableRow)
        #expect(row.text == "1. | Region Midtjylland | 9.138,7 | 8.645,2")
        #expect(!PlainTextReader.read("1.\tVelkomst")[0].isTableRow)
    }

    @Test func cellsSeparatedByBarsMakeATableRow() {
        #expect(PlainTextReader.read("1. | Randersklyngen | 1.555,4")[0].isTableRow)
    }

    @Test func decomposedLettersAreComposed() {
        #expect(MinutesParser.composed("Se\u{0301}verine Møller").unicodeScalars.count == "Séverine Møller".unicodeScalars.count)
        #expect(MinutesParser.composed("Mødet") == "Mødet")
    }

    @Test func formFeedStartsAPage() {
        let lines = PlainTextReader.read("slut på side 1\n\u{0C}Referat side 2\nmere")
        #expect(lines.first { $0.text == "Referat side 2" }?.startsPage == true)
        #expect(lines.first { $0.text == "mere" }?.startsPage == false)
    }

    @Test func windowsAndOldMacLineEndsSplitLines() {
        #expect(PlainTextReader.read("a\r\nb\rc\nd").map(\.text) == ["a", "b", "c", "d"])
    }
}

@Suite struct MarkdownReaderTests {
    private func line(_ markdown: String) -> DocumentLine? {
        MarkdownReader.readLine(Substring(markdown))
    }

    @Test func headingLevelAndBoldAreKeptAsFactsAndTheMarkupGoes() {
        let heading = line("#### **Indstilling**")
        #expect(heading?.text == "Indstilling")
        #expect(heading?.headingLevel == 4)
        #expect(heading?.isBold == true)
    }

    @Test func linksKeepTheirLabel() {
        #expect(line("[katrine.gimm@midt.rm.dk](mailto:katrine.gimm@midt.rm.dk)")?.text == "katrine.gimm@midt.rm.dk")
        #expect(line("fra [Økonomiportalen, 2.4 Økonomi-model](#)")?.text == "fra Økonomiportalen, 2.4 Økonomi-model")
    }

    @Test func escapesEmphasisHtmlAndEntitiesAreRemoved() {
        #expect(line("49\\. Budget *2023* &amp; <b>drift</b>")?.text == "49. Budget 2023 & drift")
        #expect(line("### *Kommunerne*")?.text == "Kommunerne")
    }

    @Test func underscoreInsideAWordIsKept() {
        #expect(line("Skriv til ellen_h@silkeborg.dk om _dette_")?.text == "Skriv til ellen_h@silkeborg.dk om dette")
    }

    @Test func bulletsAndTableRowsAreRecognised() {
        #expect(line("- **herunder gensidig orientering**")?.isBullet == true)
        #expect(line("- **herunder gensidig orientering**")?.text == "herunder gensidig orientering")
        let row = line("| 1 | Godkendelse | kl. 10 |")
        #expect(row?.isTableRow == true)
        #expect(row?.text == "1 | Godkendelse | kl. 10")
    }

    @Test func rulesAndTableUnderlinesAreNotLines() {
        #expect(line("---") == nil)
        #expect(line("|---|:---:|") == nil)
    }

    @Test func setextUnderlineMakesTheLineAboveAHeading() {
        let lines = MarkdownReader.read("Referat\n=======\ntekst")
        #expect(lines.map(\.text) == ["Referat", "tekst"])
        #expect(lines[0].headingLevel == 1)
    }

    @Test func hardLineBreakSpacesAreTrimmed() {
        #expect(MarkdownReader.read("Mødeleder: Thomas  \nReferent: Ellen")[0].text == "Mødeleder: Thomas")
    }
}
