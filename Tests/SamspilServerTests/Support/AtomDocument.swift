import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Atom feed as Foundation's XML parser reads it: a feed that is not well-formed XML throws.
struct AtomDocument {
    struct Entry {
        var id = ""
        var title = ""
        var updated = ""
        var published = ""
        var link = ""
        var summary = ""
    }

    var id = ""
    var title = ""
    var updated = ""
    var selfLink = ""
    var hasAuthor = false
    var entries: [Entry] = []

    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    init(_ xml: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw ParseError(description: "the feed is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        guard reader.rootIsAtomFeed else { throw ParseError(description: "the root is not an Atom <feed>") }
        self = reader.document
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var document = AtomDocument(empty: ())
        var rootIsAtomFeed = false
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if path.isEmpty { rootIsAtomFeed = name == "feed" && attributes["xmlns"] == "http://www.w3.org/2005/Atom" }
            path.append(name)
            text = ""
            switch (path.dropLast().last, name) {
            case ("feed", "entry"): document.entries.append(Entry())
            case ("feed", "author"): document.hasAuthor = true
            case ("feed", "link") where attributes["rel"] == "self": document.selfLink = attributes["href"] ?? ""
            case ("entry", "link"): document.entries[document.entries.count - 1].link = attributes["href"] ?? ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            let last = document.entries.count - 1
            switch (path.last, name) {
            case ("feed", "id"): document.id = text
            case ("feed", "title"): document.title = text
            case ("feed", "updated"): document.updated = text
            case ("entry", "id"): document.entries[last].id = text
            case ("entry", "title"): document.entries[last].title = text
            case ("entry", "updated"): document.entries[last].updated = text
            case ("entry", "published"): document.entries[last].published = text
            case ("entry", "summary"): document.entries[last].summary = text
            default: break
            }
            text = ""
        }
    }

    private init(empty: Void) {}
}
