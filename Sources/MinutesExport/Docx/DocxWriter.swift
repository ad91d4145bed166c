import Foundation
import SamspilCore
import ZIPFoundation

/// Writes a meeting's agenda or minutes as a Word document (Office Open XML), zipped with ZIPFoundation.
///
/// The document uses Word's own heading styles (Title, Heading 1-3), so the navigation pane shows the
/// outline: the header lists, then each item with its sections. Items are numbered by Word's numbering,
/// starting from the meeting's first number (numbers may run on through the year); the footer prints
/// "Side X af Y", and a draft carries UDKAST at the top and in the page header.
public enum DocxWriter {
    public static func data(for document: MeetingDocument, created: Date = Date()) throws(DocumentExportError) -> Data {
        let outline = DocumentOutline(document)
        let body = DocxBody(outline: outline, document: document)
        var parts: [(name: String, xml: String)] = [
            ("[Content_Types].xml", DocxPackageParts.contentTypes(hasHeader: document.isDraft)),
            ("_rels/.rels", DocxPackageParts.packageRelationships),
            ("docProps/core.xml", DocxPackageParts.coreProperties(title: document.title, created: created)),
            ("docProps/app.xml", DocxPackageParts.appProperties),
            ("word/_rels/document.xml.rels", DocxPackageParts.documentRelationships(hasHeader: document.isDraft)),
            ("word/document.xml", body.documentXML(hasHeader: document.isDraft)),
            ("word/styles.xml", DocxStyleSheet.xml),
            ("word/numbering.xml", body.numbering.xml),
            ("word/settings.xml", DocxPackageParts.settings),
            ("word/footer1.xml", DocxPackageParts.footer),
        ]
        if document.isDraft { parts.append(("word/header1.xml", DocxPackageParts.draftHeader(title: document.title))) }
        return try zip(parts, modified: created)
    }

    /// Every entry carries the document's date, so the same meeting gives the same bytes.
    private static func zip(_ parts: [(name: String, xml: String)], modified: Date) throws(DocumentExportError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: modified, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw DocumentExportError.packaging("the zip archive has no data") }
            return data
        } catch let error as DocumentExportError {
            throw error
        } catch {
            throw .packaging(String(describing: error))
        }
    }
}

/// The body of word/document.xml and the numbering its lists need.
struct DocxBody {
    private(set) var numbering = DocxNumbering()
    private var paragraphs: [String] = []

    init(outline: DocumentOutline, document: MeetingDocument) {
        let numbers = document.content.items.compactMap(\.number)
        // Word numbers a list on by itself; numbers with a gap (an imported agenda) are written as text.
        let wordNumbers = zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let itemList = wordNumbers ? numbers.first.map { numbering.addItemList(startingAt: $0) } : nil

        for block in outline.blocks {
            switch block {
            case .draftMark:
                paragraphs.append(Self.paragraph(style: "Draft", runs: [.init(text: "UDKAST")]))
            case let .title(text):
                paragraphs.append(Self.paragraph(style: "Title", runs: [.init(text: text)]))
            case let .subtitle(text):
                paragraphs.append(Self.paragraph(style: "Subtitle", runs: [.init(text: text)]))
            case let .field(label, value):
                paragraphs.append(Self.paragraph(style: nil, runs: [.init(text: "\(label):", isBold: true), .init(text: " \(value)")]))
            case let .listHeading(text), let .agendaHeading(text):
                paragraphs.append(Self.paragraph(style: "Heading1", runs: [.init(text: text)]))
            case let .organisation(text):
                paragraphs.append(Self.paragraph(style: "Organisation", runs: [.init(text: text)]))
            case let .entry(text):
                paragraphs.append(Self.paragraph(style: "Entry", runs: [.init(text: text)]))
            case let .attachment(text):
                paragraphs.append(Self.paragraph(style: "ListParagraph", numbering: numbering.bulletList, runs: [.init(text: text)]))
            case let .item(number, heading):
                if number != nil, let itemList {
                    paragraphs.append(Self.paragraph(style: "Heading2", numbering: itemList, runs: [.init(text: heading)]))
                } else {
                    let text = number.map { "\($0). \(heading)" } ?? heading
                    paragraphs.append(Self.paragraph(style: "Heading2", runs: [.init(text: text)]))
                }
            case let .sectionHeading(text):
                paragraphs.append(Self.paragraph(style: "Heading3", runs: [.init(text: text)]))
            case let .text(block):
                append(block, quoted: false)
            }
        }
    }

    private mutating func append(_ block: TextBlock, quoted: Bool) {
        let style = quoted ? "Quote" : nil
        switch block {
        case let .paragraph(text):
            paragraphs.append(Self.paragraph(style: style, runs: InlineText(text).runs))
        case let .list(items):
            let list = numbering.bulletList
            paragraphs += items.map { Self.paragraph(style: "ListParagraph", numbering: list, runs: InlineText($0).runs) }
        case let .orderedList(start, items):
            let list = numbering.addOrderedList(startingAt: start)
            paragraphs += items.map { Self.paragraph(style: "ListParagraph", numbering: list, runs: InlineText($0).runs) }
        case let .heading(_, text):
            paragraphs.append(Self.paragraph(style: "Subheading", runs: InlineText(text).runs))
        case let .quote(blocks):
            blocks.forEach { append($0, quoted: true) }
        }
    }

    func documentXML(hasHeader: Bool) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(DocxNamespace.main)" xmlns:r="\(DocxNamespace.relationships)"><w:body>\
        \(paragraphs.joined())\
        <w:sectPr>\
        \(hasHeader ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : "")\
        <w:footerReference w:type="default" r:id="rIdFooter"/>\
        <w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>\
        </w:sectPr></w:body></w:document>
        """
    }

    /// `klynge-samarbejdet` with Word's non-breaking hyphen, so that a line never ends at it: a reader
    /// (and Samspil's importer) takes a hyphen at the end of a line for a word split in two.
    static func textWithoutBreaksAtHyphens(_ text: String) -> String {
        XMLText.escaped(text).replacingOccurrences(
            of: "(?<=[\\p{L}\\p{N}])-(?=[\\p{L}\\p{N}])",
            with: "</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">", options: .regularExpression)
    }

    static func paragraph(style: String?, numbering: DocxNumbering.Reference? = nil, runs: [InlineText.Run]) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numbering { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        let runXML = runs.map { run -> String in
            var format = ""
            if run.isBold { format += "<w:b/>" }
            if run.isItalic { format += "<w:i/>" }
            let runProperties = format.isEmpty ? "" : "<w:rPr>\(format)</w:rPr>"
            return "<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(textWithoutBreaksAtHyphens(run.text))</w:t></w:r>"
        }.joined()
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runXML + "</w:p>"
    }
}

enum DocxNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

/// What went wrong writing a document, in words for the person who asked for it.
public enum DocumentExportError: Error, Equatable, CustomStringConvertible {
    case packaging(String)
    /// No program to print PDF with: what to install.
    case printerMissing(String)
    case printingFailed(String)

    public var description: String {
        switch self {
        case let .packaging(detail): "Word-dokumentet kunne ikke pakkes: \(detail)"
        case let .printerMissing(advice): "PDF kan ikke laves på denne maskine: \(advice)"
        case let .printingFailed(detail): "PDF-udskriften mislykkedes: \(detail)"
        }
    }
}
