import Foundation
import Testing

@testable import MinutesImport

// The Word and PDF readers, on the documents made from the fixtures (Documents/, see its README) and on
// hand-written WordprocessingML for the rules those documents do not show.

// MARK: - Test data

/// The committed test documents.
enum ReaderTestDocuments {
    static func data(_ fileName: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: fileName, withExtension: nil, subdirectory: "Documents"),
            "\(fileName) is missing from the test bundle's Documents resources")
        return try Data(contentsOf: url)
    }

    static func docxText(_ fileName: String) throws -> String {
        try DocxReader.text(from: data(fileName))
    }

    static func pdfText(_ fileName: String) throws -> String {
        try PdfReader.text(from: data(fileName))
    }
}

/// One set of minutes: its documents and its agenda items as the expected JSON lists them.
struct FixtureDocument: CustomTestStringConvertible, Sendable {
    let name: String
    let items: [(number: Int, title: String)]

    var docx: String { name + ".docx" }
    var pdf: String { name + ".pdf" }
    var testDescription: String { name }

    static let all = [minutes2015, minutes2021, minutes2022]

    static let minutes2015 = FixtureDocument(name: "midtklyngen-2015", items: [
        (1, "Velkomst og præsentation"),
        (2, "Godkendelse af dagsordenen"),
        (3, "Godkendelse af referat fra sidste møde 26. november 2014"),
        (4, "Kort orientering om de kommende besparelser i Region Midtjylland"),
        (5, "Implementering af sundhedsaftalen"),
        (6, "Inddragelse af brugerrepræsentanter i klyngestyregruppen"),
        (7, "Opfølgning på temamøde i Midtklyngen"),
        (8, "Resultat af forbrugsvariationsprojektet ift. den aktivitetsbestemte medfinansiering"),
        (9, "Drøftelse af den fremtidige organisering af mobillaborantordningen"),
        (10, "Samarbejde om tværsektoriel forskning"),
        (11, "Nedsættelse af en tværsektoriel arbejdsgruppe med det formål at sætte et øget fokus på de socialt "
            + "udsatte livsvilkår og helbred i Region Midtjylland"),
        (12, "Eventuelt"),
    ])

    static let minutes2021 = FixtureDocument(name: "midtklyngen-2021-06-18", items: [
        (1, "Godkendelse af dagsorden"),
        (2, "Kommissorium for Midtklyngens sundhedssamarbejde"),
        (3, "Temadrøftelse – Lighed i Sundhed"),
        (4, "Status på projekt ’Type 2 diabetes – et samarbejdet i Midtklyngen"),
        (5, "Kort runde om budget for 2022"),
        (6, "Punkter til kommende klyngestyregruppemøder"),
        (7, "Eventuelt"),
        (8, "Skriftlig orientering"),
    ])

    /// Its agenda headings are numbered through their paragraph style, not paragraph by paragraph.
    static let minutes2022 = FixtureDocument(name: "midtklyngen-2022-09-16", items: [
        (1, "Velkomst og godkendelse af dagsorden"),
        (2, "Status på Sundhedsklynger"),
        (3, "Revision af kommissorium for Midtklyngens sundhedssamarbejde"),
        (4, "Bemandingssituationen, herunder hvordan covid-19 forventes at påvirke sundhedsvæsenet i "
            + "efteråret/vinteren."),
        (5, "Budget 2023 – Afledte forventede konsekvenser for samarbejdet"),
        (6, "Punkter til kommende klyngestyregruppemøder"),
        (7, "Eventuelt"),
    ])
}

fileprivate extension String {
    var documentLines: [Substring] { split(separator: "\n", omittingEmptySubsequences: false) }

    /// Whitespace runs (line ends and form feeds too) as one space: for text that wraps where a page did.
    var whitespaceSqueezed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// The index of the first line, at or after `start`, that begins with `prefix`.
    func indexOfLine(startingWith prefix: String, after start: Int = 0) -> Int? {
        let all = documentLines
        guard start < all.count else { return nil }
        return all[start...].firstIndex { $0.hasPrefix(prefix) }
    }
}

/// Hand-written WordprocessingML, wrapped in the namespaces Word writes.
enum HandWrittenWordML {
    static let namespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#
        + #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#
        + #"xmlns:v="urn:schemas-microsoft-com:vml""#

    static func document(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>"#
            + body + "</w:body></w:document>"
    }

    static func numbering(_ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><w:numbering \#(namespaces)>\#(content)</w:numbering>"#
    }

    static func styles(_ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><w:styles \#(namespaces)>\#(content)</w:styles>"#
    }

    static func paragraph(_ text: String, list: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if let list {
            properties += #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(list)"/></w:numPr>"#
        }
        return "<w:p><w:pPr>\(properties)</w:pPr>\(run(text))</w:p>"
    }

    static func run(_ text: String) -> String {
        #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    /// An abstract list; each level is (numFmt, lvlText, start).
    static func abstractList(_ id: Int, _ levels: [(format: String, text: String, start: Int)]) -> String {
        var xml = #"<w:abstractNum w:abstractNumId="\#(id)">"#
        for (index, level) in levels.enumerated() {
            xml += #"<w:lvl w:ilvl="\#(index)"><w:start w:val="\#(level.start)"/>"#
                + #"<w:numFmt w:val="\#(level.format)"/><w:lvlText w:val="\#(level.text)"/></w:lvl>"#
        }
        return xml + "</w:abstractNum>"
    }

    static func list(_ id: Int, abstract: Int, restartAt: Int? = nil) -> String {
        let override = restartAt.map {
            #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#($0)"/></w:lvlOverride>"#
        } ?? ""
        return #"<w:num w:numId="\#(id)"><w:abstractNumId w:val="\#(abstract)"/>\#(override)</w:num>"#
    }

    static func text(_ body: String, numbering: String? = nil, styles: String? = nil) throws -> String {
        try DocxReader.text(
            documentXML: document(body), stylesXML: styles.map(Self.styles),
            numberingXML: numbering.map(Self.numbering))
    }
}

// MARK: - Word documents made from the fixtures

@Suite struct WordDocumentTests {
    @Test(arguments: FixtureDocument.all)
    func agendaItemsCarryTheirAutomaticNumbersInOrder(_ minutes: FixtureDocument) throws {
        let text = try ReaderTestDocuments.docxText(minutes.docx)
        var position = 0
        for (number, title) in minutes.items {
            let index = try #require(
                text.indexOfLine(startingWith: "\(number). \(title)", after: position),
                "no line \"\(number). \(title)…\" after line \(position) of \(minutes.docx)")
            position = index + 1
        }
    }

    @Test func subListsRestartAtOneWhileTheAgendaNumberingRunsOn() throws {
        let text = try ReaderTestDocuments.docxText(FixtureDocument.minutes2015.docx)
        var position = try #require(text.indexOfLine(startingWith: "11. Nedsættelse af en tværsektoriel"))
        for line in [
            "1. Kort orientering om opstart af task force projekt KOL v. Lis Kaastrup",
            "2. Kort orientering om status på Call Center projektet i hospitalsvisitationen v. Larry Kristiansen",
            "5. Kort orientering om status på implementering af FMK v. Kristoffer Stegeager",
            "1. Bilag 9 Skriftlig status på Midtklyngens projekt",
            "3. Bilag 11 Skriftlig orientering om opstart af lab om tryghed",
            "12. Eventuelt (15.20)",
        ] {
            position = try #require(text.indexOfLine(startingWith: line, after: position), "\(line)") + 1
        }
    }

    @Test func headingsStayPlainLines() throws {
        let lines = try ReaderTestDocuments.docxText(FixtureDocument.minutes2021.docx).documentLines
        for heading in ["Referat KLYNGESTYREGRUPPEMØDE MIDTKLYNGEN", "Indstilling", "Beskrivelse af sagen", "Referat"] {
            #expect(lines.contains(Substring(heading)), "\(heading)")
        }
    }

    @Test func tableRowsAreOneLineWithCellsJoinedByBars() throws {
        let rotation = try ReaderTestDocuments.docxText(FixtureDocument.minutes2021.docx).documentLines
        #expect(rotation.contains(
            "Klyngestyregruppen | Voksentema-gruppen for somatik | Voksentema-gruppen for psykiatri | "
                + "Temagruppen for børn, unge og familie"))
        #expect(rotation.contains(
            "2021-2022 | HE Midt og Silkeborg Kommune | HE Midt og Skive Kommune | Psykiatrien og Skive Kommune | "
                + "HE Midt og Viborg Kommune"))
        let budget = try ReaderTestDocuments.docxText(FixtureDocument.minutes2022.docx).documentLines
        #expect(budget.contains("Midtklyngen | 1.629,6 | 1.541,6 | 3.171,3"))
    }

    @Test func bulletsArePrintedAsBulletMarks() throws {
        let text2021 = try ReaderTestDocuments.docxText(FixtureDocument.minutes2021.docx).documentLines
        #expect(text2021.contains("• FORSLAG Kommissorium for Midtklyngens sundhedssamarbejde (punkt 2)"))
        let text2022 = try ReaderTestDocuments.docxText(FixtureDocument.minutes2022.docx).documentLines
        #expect(text2022.contains("• At Klyngestyregruppen godkender dagsordenen"))
    }

    @Test(arguments: FixtureDocument.all)
    func pageHeaderAndFooterAreLeftOut(_ minutes: FixtureDocument) throws {
        let text = try ReaderTestDocuments.docxText(minutes.docx)
        #expect(!text.contains("Midtklyngens sundhedssamarbejde · Klyngestyregruppen"))
        #expect(!text.contains("Side 1 af"))
        #expect(!text.contains("NUMPAGES"))
    }

    @Test func aPageBreakIsAFormFeedOnALineOfItsOwn() throws {
        let text = try ReaderTestDocuments.docxText(FixtureDocument.minutes2021.docx)
        #expect(text.contains("Oplæg – Status på projekt Type 2 Diabetes\n\n\u{0C}\n\nReferat\n\n1. Godkendelse"))
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndLineBreaksAreNewlines() throws {
        let text2021 = try ReaderTestDocuments.docxText(FixtureDocument.minutes2021.docx)
        #expect(text2021.contains(
            "Tidspunkt: 18. juni 2021 kl. 08:30-12:00\n\nForm: Fysisk møde med mulighed for virtuel deltagelse\n\n"))
        let text2022 = try ReaderTestDocuments.docxText(FixtureDocument.minutes2022.docx)
        #expect(text2022.contains(
            "Inviterede: Hospitalsenhed Midt\nThomas Balle Kristensen, hospitalsdirektør (medformand)\n"))
    }
}

// MARK: - Word markup the fixture documents do not show

@Suite struct WordMarkupTests {
    @Test func lettersAndRomanNumeralsArePrintedAsWordPrintsThem() throws {
        let numbering = HandWrittenWordML.abstractList(1, [("upperRoman", "%1.", 1), ("lowerLetter", "%2)", 1)])
            + HandWrittenWordML.list(7, abstract: 1)
        let text = try HandWrittenWordML.text(
            HandWrittenWordML.paragraph("Indledning", list: 7) + HandWrittenWordML.paragraph("Baggrund", list: 7, level: 1)
                + HandWrittenWordML.paragraph("Økonomi", list: 7, level: 1) + HandWrittenWordML.paragraph("Beslutning", list: 7)
                + HandWrittenWordML.paragraph("Opfølgning", list: 7, level: 1),
            numbering: numbering)
        #expect(text == "I. Indledning\n\na) Baggrund\n\nb) Økonomi\n\nII. Beslutning\n\na) Opfølgning\n")
        #expect(DocxListLabel.formatted(27, as: "lowerLetter") == "aa")
        #expect(DocxListLabel.formatted(28, as: "upperLetter") == "BB")
        #expect(DocxListLabel.formatted(1994, as: "upperRoman") == "MCMXCIV")
        #expect(DocxListLabel.formatted(4, as: "lowerRoman") == "iv")
        #expect(DocxListLabel.formatted(7, as: "decimalZero") == "07")
    }

    @Test func aLevelTextCanJoinTheNumbersOfTheLevelsAbove() throws {
        let numbering = HandWrittenWordML.abstractList(1, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)])
            + HandWrittenWordML.list(1, abstract: 1)
        let text = try HandWrittenWordML.text(
            HandWrittenWordML.paragraph("A", list: 1) + HandWrittenWordML.paragraph("B", list: 1, level: 1)
                + HandWrittenWordML.paragraph("C", list: 1, level: 1) + HandWrittenWordML.paragraph("D", list: 1)
                + HandWrittenWordML.paragraph("E", list: 1, level: 1),
            numbering: numbering)
        #expect(text == "1. A\n\n1.1. B\n\n1.2. C\n\n2. D\n\n2.1. E\n")
    }

    @Test func aListStartsAtItsStartValueAndRestartsOnlyWithAStartOverride() throws {
        // Three list instances of one abstract list: the second continues the first, as in Word; the
        // third restarts at 1 ("Restart at 1" is a startOverride).
        let numbering = HandWrittenWordML.abstractList(4, [("decimal", "%1.", 49)])
            + HandWrittenWordML.list(1, abstract: 4) + HandWrittenWordML.list(2, abstract: 4) + HandWrittenWordML.list(3, abstract: 4, restartAt: 1)
        let text = try HandWrittenWordML.text(
            HandWrittenWordML.paragraph("Godkendelse af dagsorden", list: 1) + HandWrittenWordML.paragraph("Budget", list: 1)
                + HandWrittenWordML.paragraph("Orientering", list: 2) + HandWrittenWordML.paragraph("Første bilag", list: 3)
                + HandWrittenWordML.paragraph("Andet bilag", list: 3),
            numbering: numbering)
        #expect(text == "49. Godkendelse af dagsorden\n\n50. Budget\n\n51. Orientering\n\n"
            + "1. Første bilag\n\n2. Andet bilag\n")
    }

    @Test func aBulletListLevelPrintsABulletMark() throws {
        let numbering = HandWrittenWordML.abstractList(2, [("bullet", "\u{F0B7}", 1)]) + HandWrittenWordML.list(5, abstract: 2)
        let text = try HandWrittenWordML.text(HandWrittenWordML.paragraph("At godkende dagsordenen", list: 5), numbering: numbering)
        #expect(text == "• At godkende dagsordenen\n")
    }

    @Test func aParagraphStyleCanCarryTheNumbering() throws {
        // Word's numbered headings: the style names the list, the list's level names the style.
        let numbering = #"<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>"#
            + #"<w:numFmt w:val="decimal"/><w:lvlText w:val="Punkt %1:"/></w:lvl>"#
            + #"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Sub"/>"#
            + #"<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>"# + HandWrittenWordML.list(9, abstract: 3)
        let styles = #"<w:style w:type="paragraph" w:styleId="Overskrift2"><w:pPr><w:numPr>"#
            + #"<w:numId w:val="9"/></w:numPr></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Punkt"><w:basedOn w:val="Overskrift2"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Overskrift2"/></w:style>"#
        let text = try HandWrittenWordML.text(
            HandWrittenWordML.paragraph("Velkomst", style: "Punkt") + HandWrittenWordML.paragraph("Indledning", style: "Sub")
                + HandWrittenWordML.paragraph("Budget", style: "Punkt"),
            numbering: numbering, styles: styles)
        #expect(text == "Punkt 1: Velkomst\n\na. Indledning\n\nPunkt 2: Budget\n")
    }

    @Test func aNumberedTableRowKeepsItsNumberInsideTheRow() throws {
        let numbering = HandWrittenWordML.abstractList(1, [("decimal", "%1.", 1)]) + HandWrittenWordML.list(1, abstract: 1)
        func row(_ first: String, _ second: String) -> String {
            "<w:tr><w:tc>\(HandWrittenWordML.paragraph(first, list: 1))</w:tc><w:tc>\(HandWrittenWordML.paragraph(second))"
                + "<w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
        }
        let table = #"<w:tbl><w:tblPr><w:tblStyle w:val="Tabel"/></w:tblPr>"#
            + row("Godkendelse af dagsorden", "Formandskabet") + row("Eventuelt", "Alle") + "</w:tbl>"
        let text = try HandWrittenWordML.text(table, numbering: numbering)
        #expect(text == "1. Godkendelse af dagsorden | Formandskabet\n\n2. Eventuelt | Alle\n")
    }

    @Test func deletedTextFieldCodesAndHiddenTextAreLeftOutAndInsertedTextKept() throws {
        let body = "<w:p>" + HandWrittenWordML.run("Mødet ")
            + #"<w:del w:id="1" w:author="A"><w:r><w:delText>aflyses</w:delText></w:r></w:del>"#
            + #"<w:ins w:id="2" w:author="A">\#(HandWrittenWordML.run("holdes"))</w:ins>"#
            + HandWrittenWordML.run(" kl. ")
            + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TIME \@ "HH.mm" </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>\#(HandWrittenWordML.run("10.00"))"#
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
            + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult note</w:t></w:r>"#
            + "</w:p>"
        #expect(try HandWrittenWordML.text(body) == "Mødet holdes kl. 10.00\n")
    }

    @Test func tabsAndLineBreaksInsideAParagraphAreKept() throws {
        let body = "<w:p>" + HandWrittenWordML.run("Tidspunkt:") + "<w:r><w:tab/></w:r>" + HandWrittenWordML.run("18. juni 2021")
            + "<w:r><w:br/></w:r>" + HandWrittenWordML.run("Sted:") + "<w:r><w:tab/><w:t>Viborg</w:t></w:r></w:p>"
        #expect(try HandWrittenWordML.text(body) == "Tidspunkt:\t18. juni 2021\nSted:\tViborg\n")
    }

    @Test func textBoxesAndAlternateContentAreNotRepeated() throws {
        let box = #"<w:txbxContent><w:p>\#(HandWrittenWordML.run("Sagsbehandler: Anne Hansen"))</w:p></w:txbxContent>"#
        let body = "<w:p>" + HandWrittenWordML.run("Referat")
            + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>\(box)</wps:txbx>"
            + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>\(box)</v:textbox></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
        #expect(try HandWrittenWordML.text(body) == "Referat\n")
    }

    @Test func aSectionBreakStartsANewPageUnlessTheNextSectionIsContinuous() throws {
        func section(_ type: String?) -> String {
            "<w:sectPr>" + (type.map { #"<w:type w:val="\#($0)"/>"# } ?? "") + "</w:sectPr>"
        }
        // A section's w:type says how that section starts, so the break after section 1 is decided by
        // section 2's properties (continuous) and the break after section 2 by the body's last (next page).
        let body = "<w:p><w:pPr>\(section(nil))</w:pPr>\(HandWrittenWordML.run("Første"))</w:p>"
            + "<w:p><w:pPr>\(section("continuous"))</w:pPr>\(HandWrittenWordML.run("Anden"))</w:p>"
            + HandWrittenWordML.paragraph("Tredje") + section(nil)
        #expect(try HandWrittenWordML.text(body) == "Første\n\nAnden\n\n\u{0C}\n\nTredje\n")
    }

    @Test func aPageBreakInsideAParagraphSplitsIt() throws {
        let body = "<w:p>" + HandWrittenWordML.run("Før") + #"<w:r><w:br w:type="page"/></w:r>"# + HandWrittenWordML.run("Efter")
            + "</w:p>"
        #expect(try HandWrittenWordML.text(body) == "Før\n\n\u{0C}\n\nEfter\n")
    }

    @Test func aNameThatIsNotUTF8IsReportedAsDamagedInsteadOfStoppingTheProcess() {
        // Foundation's XMLParser on Linux traps on such a name; the reader must refuse it first.
        let data = Data(#"<w:document \#(HandWrittenWordML.namespaces)><w:body><w:p"#.utf8) + Data([0xFF])
            + Data("/></w:body></w:document>".utf8)
        let error = #expect(throws: DocumentReadError.self) {
            try DocxReader.text(document: DocxPart(name: "word/document.xml", data: data), styles: nil, numbering: nil)
        }
        #expect(error?.kind == .malformedDocument)
        #expect(error?.message.contains("UTF-8") == true)
    }

    @Test func malformedXMLIsReportedAsADamagedDocument() {
        #expect {
            try DocxReader.text(documentXML: "<w:document><w:body><w:p>")
        } throws: { error in
            let error = error as? DocumentReadError
            return error?.kind == .malformedDocument && error?.message.contains("word/document.xml") == true
        }
    }
}

// MARK: - Files that are not Word documents

@Suite struct WordFileErrorTests {
    @Test func aFileThatIsNotAZipIsRefusedAsNotAWordDocument() {
        let error = #expect(throws: DocumentReadError.self) {
            try DocxReader.text(from: Data("Referat af mødet\n".utf8))
        }
        #expect(error?.kind == .notZipArchive)
        #expect(error?.message.contains("ikke en zip-fil") == true)
        #expect(error?.message.contains("gem det som Word-dokument (.docx)") == true)
    }

    @Test func aDamagedZipIsRefusedAsNotAWordDocument() {
        let error = #expect(throws: DocumentReadError.self) {
            try DocxReader.text(from: Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)))
        }
        #expect(error?.kind == .notZipArchive)
    }

    @Test func aZipWhoseDirectoryPointsPastItsEndIsRefusedInsteadOfStoppingTheProcess() throws {
        // ZIPFoundation's in-memory reader traps on this; the reader reads the zip from a file instead.
        var bytes = [UInt8](try ReaderTestDocuments.data(FixtureDocument.minutes2021.docx))
        let endRecord = try #require(
            stride(from: bytes.count - 22, through: 0, by: -1).first { bytes[$0..<$0 + 4] == [0x50, 0x4B, 0x05, 0x06] })
        let directory = bytes[endRecord + 16..<endRecord + 20].reversed().reduce(0) { $0 << 8 | Int($1) }
        // Every entry's local header offset far beyond the end of the file.
        var entry = directory
        while entry + 46 <= bytes.count, bytes[entry..<entry + 4] == [0x50, 0x4B, 0x01, 0x02] {
            bytes.replaceSubrange(entry + 42..<entry + 46, with: [0x00, 0x00, 0xFF, 0x7F])
            func field(_ offset: Int) -> Int { Int(bytes[entry + offset]) | Int(bytes[entry + offset + 1]) << 8 }
            entry += 46 + field(28) + field(30) + field(32)  // name, extra field, comment
        }
        let error = #expect(throws: DocumentReadError.self) { try DocxReader.text(from: Data(bytes)) }
        #expect(error?.kind == .malformedDocument || error?.kind == .missingDocumentPart)
    }

    @Test func anOldWordDocumentIsRefusedWithAdviceToSaveItAsDocx() {
        let oleHeader: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let error = #expect(throws: DocumentReadError.self) {
            try DocxReader.text(from: Data(oleHeader + Array(repeating: 0, count: 504)))
        }
        #expect(error?.kind == .legacyWordFormat)
        #expect(error?.message.contains(".doc") == true)
    }

    @Test func aZipWithoutTheDocumentPartIsRefused() throws {
        let data = try ReaderTestDocuments.data("missing-document-part.docx")
        let error = #expect(throws: DocumentReadError.self) { try DocxReader.text(from: data) }
        #expect(error?.kind == .missingDocumentPart)
        #expect(error?.message.contains("mangler word/document.xml") == true)
    }
}

// MARK: - PDF

@Suite struct PdfReaderTests {
    @Test(arguments: FixtureDocument.all)
    func theTextContainsEveryAgendaItemTitle(_ minutes: FixtureDocument) throws {
        let text = try ReaderTestDocuments.pdfText(minutes.pdf).whitespaceSqueezed
        for (_, title) in minutes.items {
            #expect(text.contains(title.whitespaceSqueezed), "\(minutes.pdf) lacks \"\(title)\"")
        }
    }

    @Test func listNumbersStayOnTheLineOfTheirText() throws {
        let text = try ReaderTestDocuments.pdfText(FixtureDocument.minutes2021.pdf)
        let first = try #require(text.indexOfLine(startingWith: "1. Godkendelse af dagsorden v/ formandskabet"))
        #expect(text.indexOfLine(startingWith: "8. Skriftlig orientering", after: first) != nil)
    }

    @Test func pagesEndWithFormFeeds() throws {
        let text = try ReaderTestDocuments.pdfText(FixtureDocument.minutes2021.pdf)
        #expect(text.filter { $0 == "\u{0C}" }.count >= 10)
    }

    @Test func aScannedPdfIsRefusedAsNeedingOCR() throws {
        let data = try ReaderTestDocuments.data("scanned-page.pdf")
        let error = #expect(throws: DocumentReadError.self) { try PdfReader.text(from: data) }
        #expect(error?.kind == .scannedPDF)
        #expect(error?.message.contains("scannet") == true)
        #expect(error?.message.contains("OCR") == true)
    }

    @Test func aMissingPdftotextGivesTheCommandThatInstallsIt() throws {
        let data = try ReaderTestDocuments.data(FixtureDocument.minutes2021.pdf)
        let error = #expect(throws: DocumentReadError.self) {
            try PdfReader.text(from: data, pdftotext: "/nonexistent/bin/pdftotext")
        }
        #expect(error?.kind == .pdftotextMissing)
        #expect(error?.message.hasPrefix("PDF-filer læses med pdftotext, som ikke er installeret") == true)
        #expect(error?.message.hasSuffix("Installer det med: apt-get install poppler-utils") == true)
    }

    @Test func aFileThatIsNotAPdfIsRefused() {
        let error = #expect(throws: DocumentReadError.self) {
            try PdfReader.text(from: Data("Referat af mødet\n".utf8))
        }
        #expect(error?.kind == .notPDF)
    }

    @Test func aDamagedPdfIsRefusedWithWhatPdftotextSaid() throws {
        // The first 3 KB of a real PDF, as a download that broke off.
        let data = try ReaderTestDocuments.data(FixtureDocument.minutes2021.pdf).prefix(3000)
        let error = #expect(throws: DocumentReadError.self) { try PdfReader.text(from: Data(data)) }
        #expect(error?.kind == .unreadablePDF)
        #expect(error?.message.contains("Syntax Error") == true)
    }

    @Test func aPdftotextThatHangsIsStopped() throws {
        let folder = try ReaderTestFolder()
        let program = folder.url.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let data = try ReaderTestDocuments.data(FixtureDocument.minutes2021.pdf)

        let clock = ContinuousClock()
        let started = clock.now
        let error = #expect(throws: DocumentReadError.self) {
            try PdfReader.text(from: data, pdftotext: program.path, timeout: .milliseconds(500))
        }
        #expect(error?.kind == .timedOut)
        #expect(clock.now - started < .seconds(10))
    }

    @Test func theTemporaryCopiesAreRemovedWhetherReadingSucceedsOrFails() throws {
        let folder = try ReaderTestFolder()
        let good = try ReaderTestDocuments.data(FixtureDocument.minutes2021.pdf)
        _ = try PdfReader.text(from: good, temporaryDirectory: folder.url)
        #expect(throws: DocumentReadError.self) {
            try PdfReader.text(from: Data(good.prefix(3000)), temporaryDirectory: folder.url)
        }
        let scanned = try ReaderTestDocuments.data("scanned-page.pdf")
        #expect(throws: DocumentReadError.self) {
            try PdfReader.text(from: scanned, temporaryDirectory: folder.url)
        }
        _ = try DocxReader.text(
            from: ReaderTestDocuments.data(FixtureDocument.minutes2021.docx), temporaryDirectory: folder.url)
        #expect(throws: DocumentReadError.self) {
            try DocxReader.text(
                from: ReaderTestDocuments.data("missing-document-part.docx"), temporaryDirectory: folder.url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}

/// A folder of the test's own, removed when the test is done with it.
final class ReaderTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("document-reader-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
