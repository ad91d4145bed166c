import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Word document (.docx, Office Open XML) into plain text shaped like minutes copied out of Word,
/// so that the text parser reads both the same way.
///
/// - One line per paragraph, a blank line between paragraphs; a line break inside a paragraph (`w:br`,
///   `w:cr`) is a newline, a tab a tab.
/// - Word's automatic numbering is not in the text: the number is computed from numbering.xml and printed
///   before the paragraph as Word prints it ("5. ", "a) "); a bullet becomes "• ".
/// - A table row is one line, its cells joined by " | ".
/// - A page break, or a section break that starts a new page, is a form feed on a line of its own.
/// - Headings are plain lines: the parser knows headings by their words, not by their style.
/// - Left out: deleted text of tracked changes (inserted text stays), field instructions (their results
///   stay), hidden text, text boxes, footnotes, and the page headers and footers, which are page furniture.
enum DocxReader {
    /// No set of minutes comes near this; it keeps a zip bomb from filling the memory.
    static let partSizeLimit: UInt64 = 256 << 20

    static func text(
        from data: Data, temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) throws(DocumentReadError) -> String {
        let package = try DocxPackage(data: data, temporaryDirectory: temporaryDirectory)
        let documentName = try package.mainDocumentName()
        // A relationship naming a part that is not there is a mistake of the tool that wrote the file;
        // the usual name is worth a try before giving up.
        var found = try package.part(named: documentName)
        if found == nil { found = try package.part(named: "word/document.xml") }
        guard let document = found else { throw .missingDocumentPart(documentName) }
        let relationships = try package.relationships(of: document.name)
        return try text(
            document: document,
            styles: package.part(named: relationships.target(ofType: "styles") ?? "word/styles.xml"),
            numbering: package.part(named: relationships.target(ofType: "numbering") ?? "word/numbering.xml"))
    }

    /// The text of parts already unpacked.
    static func text(document: DocxPart, styles: DocxPart?, numbering: DocxPart?) throws(DocumentReadError) -> String {
        let styleSheet = try DocxStyles(part: styles)
        let definitions = try DocxListDefinitions(part: numbering, styles: styleSheet)
        let body = DocxBodyReader(styles: styleSheet, lists: DocxListCounter(definitions: definitions))
        try DocxXML.parse(document, into: body)
        return body.finishedText()
    }

    /// The same for XML given as strings: the seam the tests use for hand-written documents.
    static func text(documentXML: String, stylesXML: String? = nil, numberingXML: String? = nil)
        throws(DocumentReadError) -> String
    {
        try text(
            document: DocxPart(name: "word/document.xml", data: Data(documentXML.utf8)),
            styles: stylesXML.map { DocxPart(name: "word/styles.xml", data: Data($0.utf8)) },
            numbering: numberingXML.map { DocxPart(name: "word/numbering.xml", data: Data($0.utf8)) })
    }
}

/// One unpacked part of the package, with its name for error messages.
struct DocxPart {
    let name: String
    let data: Data
}

// MARK: - The package

/// The zip container of a .docx, and the relationships (Open Packaging Conventions) that name its parts.
struct DocxPackage {
    /// Old binary .doc files and password-protected .docx files are OLE compound files.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let zipSignature: [UInt8] = [0x50, 0x4B]  // "PK"

    private let archive: Archive

    /// The zip is read from a file, not with `Archive(data:)`: ZIPFoundation's in-memory reader stops the
    /// process when a damaged zip points past its end (its MemoryFile reads a negative range), where the
    /// file reader just gets a short read and reports an error. The file is unlinked as soon as it is
    /// open; the open handle keeps it readable until the archive is released.
    init(data: Data, temporaryDirectory: URL) throws(DocumentReadError) {
        if data.starts(with: Self.compoundFileSignature) { throw .legacyWordFormat }
        guard data.starts(with: Self.zipSignature) else { throw .notZipArchive(byteCount: data.count) }
        let workspace = try ReaderWorkspace(in: temporaryDirectory)
        defer { workspace.remove() }
        let file = try workspace.write(data, as: "document.zip")
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw .damagedZipArchive(error)
        }
    }

    /// The part the package's relationships name as its main document; word/document.xml when they don't.
    func mainDocumentName() throws(DocumentReadError) -> String {
        let root = try relationships(file: "_rels/.rels", base: "")
        return root.target(ofType: "officeDocument") ?? "word/document.xml"
    }

    /// The relationships of one part: word/document.xml's are in word/_rels/document.xml.rels.
    func relationships(of part: String) throws(DocumentReadError) -> DocxRelationships {
        let folder = DocxPath.folder(of: part)
        let name = String(part.split(separator: "/").last ?? "")
        let file = folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
        return try relationships(file: file, base: folder)
    }

    private func relationships(file: String, base: String) throws(DocumentReadError) -> DocxRelationships {
        guard let part = try part(named: file) else { return DocxRelationships(base: base) }
        let reader = DocxRelationships(base: base)
        // Broken relationships are not fatal: the parts have their usual names in nearly every document.
        do throws(DocumentReadError) { try DocxXML.parse(part, into: reader) } catch {}
        return reader
    }

    /// A part unpacked, or nil when the package has no such part.
    func part(named part: String) throws(DocumentReadError) -> DocxPart? {
        guard let entry = entry(named: part) else { return nil }
        let limit = DocxReader.partSizeLimit
        guard entry.uncompressedSize <= limit else { throw .partTooLarge(part, limit: limit) }
        struct OverLimit: Error {}
        var contents = Data()
        contents.reserveCapacity(Int(min(entry.uncompressedSize, 16 << 20)))
        do {
            // The size in the zip's directory can lie; count what really comes out.
            _ = try archive.extract(entry) { chunk in
                contents.append(chunk)
                if UInt64(contents.count) > limit { throw OverLimit() }
            }
        } catch is OverLimit {
            throw .partTooLarge(part, limit: limit)
        } catch {
            throw .malformedPart(part, "kan ikke pakkes ud (\(error))")
        }
        return DocxPart(name: part, data: contents)
    }

    /// Part names are case-insensitive in a package; zip tools sometimes change the case or add a slash.
    private func entry(named part: String) -> Entry? {
        if let entry = archive[part] { return entry }
        let wanted = part.lowercased()
        return archive.first { entry in
            var path = entry.path.lowercased()
            if path.hasPrefix("/") { path.removeFirst() }
            return path == wanted
        }
    }
}

/// Part names inside a package: folders joined with "/", no leading slash.
enum DocxPath {
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// A relationship's target resolved against the folder of the part that names it.
    static func resolve(_ target: String, base: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}

/// The relationships of one part, read from its .rels file.
final class DocxRelationships: DocxXMLHandler {
    private let base: String
    private var targets: [(type: String, target: String)] = []

    init(base: String) { self.base = base }

    /// The part that a relationship of this type points to; the type is the last word of its URI
    /// ("styles", "numbering", "officeDocument"), which is the same in transitional and strict documents.
    func target(ofType type: String) -> String? {
        targets.first { $0.type == type }?.target
    }

    func start(_ name: DocxName, _ attributes: DocxAttributes) {
        guard name.local == "Relationship", attributes["TargetMode"] != "External",
            let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        let kind = String(type.split(separator: "/").last ?? "")
        targets.append((kind, DocxPath.resolve(target, base: base)))
    }

    func end(_ name: DocxName) {}
    func characters(_ text: String) {}
}

// MARK: - XML

/// An element name in one of the vocabularies a Word document mixes.
struct DocxName: Equatable {
    enum Vocabulary { case word, markupCompatibility, other }

    let vocabulary: Vocabulary
    let local: String

    /// WordprocessingML's element `local` (`p`, `r`, `t`, ...).
    func isWord(_ local: String) -> Bool { vocabulary == .word && self.local == local }

    private static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  // strict Office Open XML
    ]
    private static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    init(local: String, namespace: String?) {
        self.local = local
        switch namespace {
        case let namespace? where Self.wordNamespaces.contains(namespace): vocabulary = .word
        case Self.markupCompatibilityNamespace?: vocabulary = .markupCompatibility
        default: vocabulary = .other
        }
    }
}

/// An element's attributes by local name: the parser reports them with whatever prefix the file used.
struct DocxAttributes {
    private let attributes: [String: String]

    init(_ attributes: [String: String]) { self.attributes = attributes }

    subscript(local: String) -> String? {
        if let value = attributes[local] { return value }
        let suffix = ":" + local
        return attributes.first { $0.key.hasSuffix(suffix) }?.value
    }

    /// An on/off property (`<w:vanish/>`, `<w:pageBreakBefore w:val="false"/>`): on unless it says off.
    var isOn: Bool {
        guard let value = self["val"] else { return true }
        return !["0", "false", "off"].contains(value)
    }

    var integerValue: Int? { self["val"].flatMap { Int($0) } }

    /// A list number (w:start, w:startOverride), kept where counting on from it cannot overflow; Word
    /// itself allows at most 32767.
    var listNumber: Int? { integerValue.map { min(max($0, 0), 1_000_000) } }

    /// A list level (w:ilvl): Word has nine, 0 to 8.
    static func listLevel(_ value: String?) -> Int? {
        value.flatMap { Int($0) }.map { min(max($0, 0), 8) }
    }
}

/// What the readers of the different parts do with the parser's events.
protocol DocxXMLHandler: AnyObject {
    func start(_ name: DocxName, _ attributes: DocxAttributes)
    func end(_ name: DocxName)
    func characters(_ text: String)
}

enum DocxXML {
    static func parse(_ part: DocxPart, into handler: some DocxXMLHandler) throws(DocumentReadError) {
        try checkEncoding(of: part)
        let parser = XMLParser(data: part.data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let delegate = DocxXMLDelegate(handler: handler)
        parser.delegate = delegate
        let parsed = withExtendedLifetime(delegate) { parser.parse() }
        // On Linux, parse() returns true for a document that ends too early (a part cut off in the zip);
        // the error is only in parserError.
        guard parsed, parser.parserError == nil else {
            throw .malformedPart(
                part.name, "er ikke gyldig XML (fejl på linje \(parser.lineNumber), kolonne \(parser.columnNumber))")
        }
    }
}

extension DocxXML {
    private static let utf16ByteOrderMarks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF]]

    /// On Linux, XMLParser stops the whole process when an element or attribute name is not valid UTF-8
    /// (swift-corelibs-foundation issue 5534), so one flipped byte in a damaged file would take the server
    /// down. The parts of a package are UTF-8 or UTF-16 (which the parser converts itself), so anything
    /// else is refused before it reaches the parser.
    fileprivate static func checkEncoding(of part: DocxPart) throws(DocumentReadError) {
        if utf16ByteOrderMarks.contains(where: { part.data.starts(with: $0) }) { return }
        guard String(validating: part.data, as: UTF8.self) != nil else {
            throw .malformedPart(part.name, "er ikke gyldig UTF-8-tekst")
        }
    }
}

/// Foundation's XMLParser wants an NSObject delegate; this one hands the events on with resolved names.
private final class DocxXMLDelegate: NSObject, XMLParserDelegate {
    private let handler: any DocxXMLHandler

    init(handler: any DocxXMLHandler) { self.handler = handler }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        handler.start(DocxName(local: elementName, namespace: namespaceURI), DocxAttributes(attributeDict))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        handler.end(DocxName(local: elementName, namespace: namespaceURI))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.characters(string)
    }
}

// MARK: - Styles

/// The paragraph styles of styles.xml, as far as numbering goes: a style can number its paragraphs
/// (Word's numbered headings, "List Bullet"), directly or through the style it is based on.
struct DocxStyles {
    struct Style {
        var basedOn: String?
        var numberingID: String?
        var level: Int?
    }

    fileprivate(set) var styles: [String: Style] = [:]
    fileprivate(set) var defaultParagraphStyle: String?

    init() {}

    init(part: DocxPart?) throws(DocumentReadError) {
        guard let part else { return }
        let reader = DocxStylesReader()
        try DocxXML.parse(part, into: reader)
        self = reader.styles
    }

    /// The list a style numbers its paragraphs with, and at which level, following `basedOn`.
    func numbering(ofStyle id: String) -> (numberingID: String?, level: Int?) {
        var numberingID: String?
        var level: Int?
        var current: String? = id
        var visited: Set<String> = []
        while let styleID = current, visited.insert(styleID).inserted, let style = styles[styleID] {
            numberingID = numberingID ?? style.numberingID
            level = level ?? style.level
            current = style.basedOn
        }
        return (numberingID, level)
    }
}

private final class DocxStylesReader: DocxXMLHandler {
    var styles = DocxStyles()
    private var currentID: String?
    private var current = DocxStyles.Style()
    private var inNumberingProperties = false
    private var skipping = 0

    func start(_ name: DocxName, _ attributes: DocxAttributes) {
        if skipping > 0 || name.local.hasSuffix("Change") {  // earlier versions kept by tracked changes
            skipping += 1
            return
        }
        guard name.vocabulary == .word else { return }
        switch name.local {
        case "style":
            currentID = attributes["styleId"]
            current = DocxStyles.Style()
            if attributes["type"] == "paragraph", attributes["default"].map({ ["1", "true", "on"].contains($0) }) == true {
                styles.defaultParagraphStyle = currentID
            }
        case "basedOn": current.basedOn = attributes["val"]
        case "numPr": inNumberingProperties = true
        case "numId" where inNumberingProperties: current.numberingID = attributes["val"]
        case "ilvl" where inNumberingProperties: current.level = DocxAttributes.listLevel(attributes["val"])
        default: break
        }
    }

    func end(_ name: DocxName) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard name.vocabulary == .word else { return }
        switch name.local {
        case "style":
            if let id = currentID { styles.styles[id] = current }
            currentID = nil
        case "numPr": inNumberingProperties = false
        default: break
        }
    }

    func characters(_ text: String) {}
}

// MARK: - Numbering definitions

/// One level of a list: how its number looks (numFmt, lvlText) and where it starts.
struct DocxListLevel {
    var start = 0  // the standard's default; Word always writes w:start
    var format = "decimal"
    var text: String?
    var styleID: String?
    /// w:isLgl: the numbers of the levels above print as decimals ("1.1" under "I.").
    var isLegal = false
    /// w:lvlRestart: restart after a level at most this deep (1-based) numbers; 0 never.
    var restartAfter: Int?
}

/// numbering.xml: abstract lists (w:abstractNum) and the list instances (w:num) paragraphs point to.
struct DocxListDefinitions {
    struct AbstractList {
        var levels: [Int: DocxListLevel] = [:]
        /// w:numStyleLink: the definition lives with the list of a numbering style.
        var styleLink: String?
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: DocxListLevel] = [:]
    }

    /// An instance with the definition it uses, overrides applied.
    struct ResolvedList {
        let abstractID: String
        let levels: [Int: DocxListLevel]
        let startOverrides: [Int: Int]
    }

    fileprivate(set) var abstracts: [String: AbstractList] = [:]
    fileprivate(set) var instances: [String: Instance] = [:]
    fileprivate(set) var styles = DocxStyles()

    init() {}

    init(part: DocxPart?, styles: DocxStyles) throws(DocumentReadError) {
        if let part {
            let reader = DocxNumberingReader()
            try DocxXML.parse(part, into: reader)
            self = reader.definitions
        }
        self.styles = styles
    }

    func resolve(_ numberingID: String) -> ResolvedList? {
        guard let instance = instances[numberingID] else { return nil }
        var abstractID = instance.abstractID
        guard var abstract = abstracts[abstractID] else { return nil }
        // A list defined by a numbering style points there; a few hops at most, and never in a circle.
        var hops = 0
        while abstract.levels.isEmpty, let link = abstract.styleLink, hops < 4,
            let linkedID = styles.numbering(ofStyle: link).numberingID, let linked = instances[linkedID],
            let target = abstracts[linked.abstractID]
        {
            abstractID = linked.abstractID
            abstract = target
            hops += 1
        }
        let levels = abstract.levels.merging(instance.levelOverrides) { _, override in override }
        return ResolvedList(abstractID: abstractID, levels: levels, startOverrides: instance.startOverrides)
    }

    /// The level of a list that a paragraph style is tied to (w:lvl/w:pStyle), for numbered headings.
    func level(of list: ResolvedList, linkedTo styleID: String) -> Int? {
        list.levels.first { $0.value.styleID == styleID }?.key
    }
}

private final class DocxNumberingReader: DocxXMLHandler {
    var definitions = DocxListDefinitions()
    private var abstractID: String?
    private var abstract = DocxListDefinitions.AbstractList()
    private var numberingID: String?
    private var instance = DocxListDefinitions.Instance(abstractID: "")
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level = DocxListLevel()

    func start(_ name: DocxName, _ attributes: DocxAttributes) {
        // Word 2010's custom formats sit in mc:AlternateContent; the standard format in its mc:Fallback
        // comes last and wins, which is what this reader can print.
        guard name.vocabulary == .word else { return }
        switch name.local {
        case "abstractNum":
            abstractID = attributes["abstractNumId"]
            abstract = DocxListDefinitions.AbstractList()
        case "num":
            numberingID = attributes["numId"]
            instance = DocxListDefinitions.Instance(abstractID: "")
        case "abstractNumId" where numberingID != nil: instance.abstractID = attributes["val"] ?? ""
        case "numStyleLink" where abstractID != nil: abstract.styleLink = attributes["val"]
        case "lvlOverride": overrideLevel = DocxAttributes.listLevel(attributes["ilvl"])
        case "startOverride":
            if let index = overrideLevel, let value = attributes.listNumber { instance.startOverrides[index] = value }
        case "lvl":
            levelIndex = DocxAttributes.listLevel(attributes["ilvl"])
            level = DocxListLevel()
        case "start" where levelIndex != nil: level.start = attributes.listNumber ?? 0
        case "numFmt" where levelIndex != nil: level.format = attributes["val"] ?? "decimal"
        case "lvlText" where levelIndex != nil: level.text = attributes["val"] ?? ""
        case "pStyle" where levelIndex != nil: level.styleID = attributes["val"]
        case "isLgl" where levelIndex != nil: level.isLegal = attributes.isOn
        case "lvlRestart" where levelIndex != nil: level.restartAfter = attributes.integerValue
        default: break
        }
    }

    func end(_ name: DocxName) {
        guard name.vocabulary == .word else { return }
        switch name.local {
        case "lvl":
            guard let index = levelIndex else { return }
            if let overridden = overrideLevel, numberingID != nil {
                instance.levelOverrides[overridden] = level
                // A level redefined in an override starts over at its own start value.
                if instance.startOverrides[overridden] == nil { instance.startOverrides[overridden] = level.start }
            } else if abstractID != nil {
                abstract.levels[index] = level
            }
            levelIndex = nil
        case "lvlOverride": overrideLevel = nil
        case "abstractNum":
            if let id = abstractID { definitions.abstracts[id] = abstract }
            abstractID = nil
        case "num":
            if let id = numberingID { definitions.instances[id] = instance }
            numberingID = nil
        default: break
        }
    }

    func characters(_ text: String) {}
}

// MARK: - Counting

/// Counts list paragraphs as Word does and prints their numbers.
///
/// Word keeps one count per abstract list, shared by every list instance (w:num) that uses it: a second
/// instance continues the first. An instance with a w:startOverride restarts the count the first time it
/// is used at that level; that is how Word's "Restart at 1" is stored. Numbering a level restarts the
/// levels below it.
struct DocxListCounter {
    let definitions: DocxListDefinitions
    private var counts: [String: [Int: Int]] = [:]  // abstract list -> level -> last number printed
    private var instancesUsed: Set<String> = []  // "numId/level" seen, for startOverride

    init(definitions: DocxListDefinitions) { self.definitions = definitions }

    /// The number (or bullet) printed before the next paragraph of the list, "5." or "a)" or "•";
    /// nil when the list is not defined or prints nothing at that level.
    mutating func label(numberingID: String, level: Int) -> String? {
        guard let list = definitions.resolve(numberingID), let definition = list.levels[level] else { return nil }
        var levelCounts = counts[list.abstractID, default: [:]]
        let firstUse = instancesUsed.insert("\(numberingID)/\(level)").inserted
        let number: Int
        if firstUse, let restart = list.startOverrides[level] {
            number = restart
        } else if let last = levelCounts[level] {
            number = last + 1
        } else {
            number = definition.start
        }
        levelCounts[level] = number
        for deeper in levelCounts.keys where deeper > level {
            let restartAfter = list.levels[deeper]?.restartAfter ?? Int.max
            if level < restartAfter { levelCounts[deeper] = nil }
        }
        counts[list.abstractID] = levelCounts
        if definition.format == "bullet" { return "•" }
        let label = DocxListLabel.render(level: level, counts: levelCounts, levels: list.levels)
        return label.allSatisfy(\.isWhitespace) ? nil : label
    }

    func level(of numberingID: String, linkedTo styleID: String) -> Int? {
        definitions.resolve(numberingID).flatMap { definitions.level(of: $0, linkedTo: styleID) }
    }
}

/// A list level's text (w:lvlText, "%1.%2)") with the numbers filled in.
enum DocxListLabel {
    static func render(level: Int, counts: [Int: Int], levels: [Int: DocxListLevel]) -> String {
        let definition = levels[level] ?? DocxListLevel()
        let template = definition.text ?? "%\(level + 1)."
        var result = ""
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let next = characters.next() else {
                result.append(character)
                break
            }
            guard let digit = next.wholeNumberValue, (1...9).contains(digit) else {
                result.append(character)
                result.append(next)
                continue
            }
            let referenced = digit - 1
            let number = counts[referenced] ?? levels[referenced]?.start ?? 1
            let format = definition.isLegal && referenced < level ? "decimal" : levels[referenced]?.format ?? "decimal"
            result += formatted(number, as: format)
        }
        return result
    }

    static func formatted(_ number: Int, as format: String) -> String {
        switch format {
        case "decimalZero": return number >= 0 && number < 10 ? "0\(number)" : String(number)
        case "lowerLetter": return letters(number) ?? String(number)
        case "upperLetter": return letters(number)?.uppercased() ?? String(number)
        case "lowerRoman": return roman(number)?.lowercased() ?? String(number)
        case "upperRoman": return roman(number) ?? String(number)
        case "decimalEnclosedParen": return "(\(number))"
        case "none": return ""
        case "bullet": return "•"
        default: return String(number)  // decimal, and formats nobody uses in Danish minutes
        }
    }

    /// Word's letters run a...z, then aa, bb, ... zz, then aaa; it stops at 780 (30 letters).
    private static func letters(_ number: Int) -> String? {
        guard (1...780).contains(number) else { return nil }
        let letter = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8((number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String? {
        guard (1...3999).contains(number) else { return nil }
        let symbols: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var remaining = number
        var result = ""
        for (value, symbol) in symbols {
            while remaining >= value {
                result += symbol
                remaining -= value
            }
        }
        return result
    }
}

// MARK: - The body

/// Walks word/document.xml and writes its text (see `DocxReader`).
final class DocxBodyReader: DocxXMLHandler {
    private struct Paragraph {
        var text = ""
        var styleID: String?
        var numberingID: String?
        var level: Int?
        var pageBreakBefore = false
        var endsSection = false
    }

    private struct Run {
        var hidden = false
        var inProperties = false
    }

    private struct Table {
        var cells: [String] = []
        var cellParagraphs: [String] = []
    }

    private let styles: DocxStyles
    private var lists: DocxListCounter
    private var output = DocxTextOutput()
    private var paragraphs: [Paragraph] = []  // the open paragraph is last
    private var run: Run?
    private var tables: [Table] = []
    private var inParagraphProperties = false
    private var inNumberingProperties = false
    private var inText = false
    private var inSectionProperties = false
    private var sectionStart: String?  // w:type of the section properties being read
    /// Depth inside a subtree whose text is not printed.
    private var skipping = 0

    init(styles: DocxStyles, lists: DocxListCounter) {
        self.styles = styles
        self.lists = lists
    }

    func finishedText() -> String { output.text() }

    /// Subtrees whose text Word does not print (or prints elsewhere, or twice).
    private static func isSkipped(_ name: DocxName) -> Bool {
        switch name.vocabulary {
        case .markupCompatibility:
            return name.local == "Fallback"  // the same content again, for older readers
        case .word:
            switch name.local {
            case "del", "moveFrom", "delText", "delInstrText":  // tracked deletions
                return true
            case "instrText", "fldData":  // field codes: the result is printed, not the instruction
                return true
            case "txbxContent", "sdtPr", "rt":  // text boxes, content-control settings, ruby guides
                return true
            default:
                return name.local.hasSuffix("Change")  // the formatting before a tracked change
            }
        case .other:
            return false
        }
    }

    func start(_ name: DocxName, _ attributes: DocxAttributes) {
        if skipping > 0 || Self.isSkipped(name) {
            skipping += 1
            return
        }
        guard name.vocabulary == .word else { return }
        if run != nil {
            startInRun(name, attributes)
        } else if inParagraphProperties {
            startInParagraphProperties(name, attributes)
        } else {
            startStructure(name, attributes)
        }
    }

    private func startStructure(_ name: DocxName, _ attributes: DocxAttributes) {
        switch name.local {
        case "p": paragraphs.append(Paragraph())
        case "pPr" where !paragraphs.isEmpty: inParagraphProperties = true
        case "r" where !paragraphs.isEmpty: run = Run()
        case "sectPr":  // the body's last section
            inSectionProperties = true
            sectionStart = nil
        case "type" where inSectionProperties: sectionStart = attributes["val"]
        case "tbl": tables.append(Table())
        case "tc":
            if let table = tables.indices.last { tables[table].cellParagraphs = [] }
        default: break
        }
    }

    private func startInParagraphProperties(_ name: DocxName, _ attributes: DocxAttributes) {
        guard let last = paragraphs.indices.last else { return }
        switch name.local {
        case "pStyle": paragraphs[last].styleID = attributes["val"]
        case "numPr": inNumberingProperties = true
        case "numId" where inNumberingProperties: paragraphs[last].numberingID = attributes["val"]
        case "ilvl" where inNumberingProperties: paragraphs[last].level = DocxAttributes.listLevel(attributes["val"])
        case "pageBreakBefore": paragraphs[last].pageBreakBefore = attributes.isOn
        case "sectPr":
            inSectionProperties = true
            sectionStart = nil
            paragraphs[last].endsSection = true
        case "type" where inSectionProperties: sectionStart = attributes["val"]
        default: break
        }
    }

    private func startInRun(_ name: DocxName, _ attributes: DocxAttributes) {
        if name.local == "rPr" { run?.inProperties = true }
        if run?.inProperties == true {
            if name.local == "vanish" { run?.hidden = attributes.isOn }
            return
        }
        switch name.local {
        case "t": inText = true
        case "tab", "ptab": append("\t")
        case "br": append(attributes["type"] == "page" ? DocxTextOutput.pageBreak : "\n")
        case "cr": append("\n")
        case "noBreakHyphen": append("-")
        case "sym":
            // A character from a symbol font (Symbol's bullet is F0B7); the parser knows what they mean.
            if let code = attributes["char"].flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code) {
                append(String(Character(scalar)))
            }
        default: break
        }
    }

    func end(_ name: DocxName) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard name.vocabulary == .word else { return }
        switch name.local {
        case "t": inText = false
        case "rPr" where run != nil: run?.inProperties = false
        case "r": run = nil
        case "numPr": inNumberingProperties = false
        case "pPr" where run == nil: inParagraphProperties = false
        case "sectPr":
            inSectionProperties = false
            output.sectionRead(startsOnNewPage: sectionStart != "continuous")
        case "p": finishParagraph()
        case "tc": finishCell()
        case "tr": finishRow()
        case "tbl": _ = tables.popLast()
        default: break
        }
    }

    func characters(_ text: String) {
        guard inText, skipping == 0 else { return }
        append(text)
    }

    private func append(_ text: String) {
        guard run?.hidden != true, let last = paragraphs.indices.last else { return }
        paragraphs[last].text += text
    }

    private func finishParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        inParagraphProperties = false
        inNumberingProperties = false
        let label = numberLabel(of: paragraph).map { $0 + " " } ?? ""
        if paragraph.pageBreakBefore { pageBreak() }
        let pieces = paragraph.text.split(separator: DocxTextOutput.pageBreakCharacter, omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { pageBreak() }
            let body = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            // An empty numbered paragraph still takes its number (counted above) but prints nothing useful.
            if !body.isEmpty { emit(index == 0 ? label + body : body) }
        }
        if paragraph.endsSection, tables.isEmpty { output.sectionEnded() }
    }

    private func numberLabel(of paragraph: Paragraph) -> String? {
        let styleID = paragraph.styleID ?? styles.defaultParagraphStyle
        let fromStyle = styleID.map { styles.numbering(ofStyle: $0) }
        guard let numberingID = paragraph.numberingID ?? fromStyle?.numberingID, numberingID != "0" else {
            return nil
        }
        let level =
            paragraph.level ?? fromStyle?.level
            ?? styleID.flatMap { lists.level(of: numberingID, linkedTo: $0) } ?? 0
        return lists.label(numberingID: numberingID, level: level)
    }

    /// A paragraph's text goes to the table cell it is in, or to the output.
    private func emit(_ text: String) {
        if let table = tables.indices.last {
            tables[table].cellParagraphs.append(text)
        } else {
            output.paragraph(text)
        }
    }

    private func pageBreak() {
        // A page break inside a table cell does not split the row.
        if tables.isEmpty { output.pageBreak() }
    }

    private func finishCell() {
        guard let table = tables.indices.last else { return }
        let text = tables[table].cellParagraphs.joined(separator: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        tables[table].cells.append(text)
        tables[table].cellParagraphs = []
    }

    private func finishRow() {
        guard let table = tables.indices.last else { return }
        let cells = tables[table].cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        tables[table].cells = []
        guard !cells.isEmpty else { return }
        let row = cells.joined(separator: DocxTextOutput.cellSeparator)
        // A row of a table nested in a cell is part of that cell's text.
        if tables.count > 1 {
            tables[table - 1].cellParagraphs.append(row)
        } else {
            output.paragraph(row)
        }
    }
}

/// The text as it is written: paragraphs separated by blank lines, page breaks as form feeds.
struct DocxTextOutput {
    static let pageBreakCharacter: Character = "\u{0C}"
    static let pageBreak = "\u{0C}"
    static let cellSeparator = " | "

    private var blocks: [String] = []
    /// The break after a section, whose kind the next section's properties decide (w:type: a continuous
    /// section starts on the same page).
    private var pendingSectionBreak: Int?

    mutating func paragraph(_ text: String) {
        blocks.append(text)
    }

    mutating func pageBreak() {
        guard let last = blocks.last, last != Self.pageBreak else { return }
        blocks.append(Self.pageBreak)
    }

    mutating func sectionEnded() {
        // A page break just before stays a page break, whatever kind of section follows.
        guard let last = blocks.last, last != Self.pageBreak else {
            pendingSectionBreak = nil
            return
        }
        blocks.append(Self.pageBreak)
        pendingSectionBreak = blocks.count - 1
    }

    mutating func sectionRead(startsOnNewPage: Bool) {
        if let index = pendingSectionBreak, !startsOnNewPage { blocks[index] = "" }
        pendingSectionBreak = nil
    }

    func text() -> String {
        var kept: [String] = []
        for block in blocks where !block.isEmpty {
            if block == Self.pageBreak, kept.last == Self.pageBreak || kept.isEmpty { continue }
            kept.append(block)
        }
        while kept.last == Self.pageBreak { kept.removeLast() }
        return kept.isEmpty ? "" : kept.joined(separator: "\n\n") + "\n"
    }
}
