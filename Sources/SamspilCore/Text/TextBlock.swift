import Foundation

/// The blocks of a section's text, for the page and for exported documents alike: the plain text of
/// imported minutes, and the Markdown secretaries write.
///
/// Imported minutes break lines anywhere, so a line joins the paragraph above it unless it is plainly
/// something else; blocks separated by blank lines are paragraphs and lines that start with a bullet are a
/// list. On top of that come `#` headings, ordered lists and `>` quotes. Inline Markdown stays in the
/// text of each block for the renderer. Reading takes time linear in the text.
public enum TextBlock: Equatable, Sendable {
    case paragraph(String)
    /// A bulleted list.
    case list([String])
    case orderedList(start: Int, items: [String])
    /// `level` is the number of `#`s the text used.
    case heading(level: Int, text: String)
    indirect case quote([TextBlock])

    public static let bulletMarkers: Set<Character> = ["•", "·", "-", "–", "*", "▪", "◦", "\u{F0B7}"]

    public static func blocks(of text: String) -> [TextBlock] {
        // `isNewline` also splits the "\r\n" a browser form sends, which Swift reads as one Character.
        BlockReader.blocks(of: text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline))
    }
}

extension TextBlock {
    /// One line, read for what it starts with.
    struct Line {
        enum Kind {
            case blank, text
            case bullet(String)
            case ordered(number: Int, String)
            case heading(level: Int, String)
            case quote(Substring)
        }

        let text: String
        /// An indented line continues the list item above it.
        let isIndented: Bool
        let kind: Kind

        init(_ raw: Substring, readsQuotes: Bool) {
            text = raw.trimmingCharacters(in: .whitespaces)
            isIndented = raw.first?.isWhitespace == true
            kind = Self.kind(of: text, readsQuotes: readsQuotes)
        }

        private static func kind(of line: String, readsQuotes: Bool) -> Kind {
            guard let first = line.first else { return .blank }
            let rest = line.dropFirst()
            if bulletMarkers.contains(first), rest.first?.isWhitespace == true {
                return .bullet(rest.trimmingCharacters(in: .whitespaces))
            }
            if first == ">", readsQuotes {
                return .quote(rest.first == " " ? rest.dropFirst() : rest)
            }
            if first == "#" {
                let marks = line.prefix(while: { $0 == "#" })
                let title = line.dropFirst(marks.count)
                guard marks.count <= 6, title.first?.isWhitespace == true else { return .text }
                let closed = title.trimmingCharacters(in: .whitespaces)
                // "## Title ##": the closing #s are not part of the title.
                var end = closed.endIndex
                while end > closed.startIndex, closed[closed.index(before: end)] == "#" { end = closed.index(before: end) }
                let open = closed[..<end]
                let heading = open.isEmpty || open.last?.isWhitespace == true
                    ? open.trimmingCharacters(in: .whitespaces) : closed
                return heading.isEmpty ? .text : .heading(level: marks.count, heading)
            }
            let digits = line.prefix(while: \.isWholeNumber)
            let afterDigits = line.dropFirst(digits.count)
            guard (1...9).contains(digits.count), let number = Int(digits), afterDigits.first == "." || afterDigits.first == ")",
                  afterDigits.dropFirst().first?.isWhitespace == true else { return .text }
            let item = afterDigits.dropFirst().trimmingCharacters(in: .whitespaces)
            // Danish writes dates as "1. oktober": a line that starts with one is text, not a list.
            let firstWord = item.prefix(while: \.isLetter).lowercased()
            return months.contains(firstWord) ? .text : .ordered(number: number, item)
        }

        private static let months: Set<String> = [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
        ]
    }

    /// Puts lines together into blocks, one line at a time.
    struct BlockReader {
        /// A `>` deeper than this is text, so no input nests the page (or this reader) without bound.
        static let maxQuoteDepth = 3

        /// A list being read; items grow in place, so a long list takes linear time.
        private struct OpenList {
            /// nil for a bulleted list.
            let start: Int?
            var items: [String]

            var block: TextBlock { start.map { .orderedList(start: $0, items: items) } ?? .list(items) }
        }

        private let depth: Int
        private var blocks: [TextBlock] = []
        private var paragraph: [String] = []
        private var list: OpenList?
        private var quote: [Substring] = []

        static func blocks(of lines: [Substring], depth: Int = 0) -> [TextBlock] {
            var reader = BlockReader(depth: depth)
            lines.forEach { reader.read($0) }
            reader.closeQuote()
            reader.closeParagraphAndList()
            return reader.blocks
        }

        private init(depth: Int) { self.depth = depth }

        private mutating func read(_ raw: Substring) {
            let line = Line(raw, readsQuotes: depth < Self.maxQuoteDepth)
            if case let .quote(inner) = line.kind {
                closeParagraphAndList()
                quote.append(inner)
                return
            }
            closeQuote()
            switch line.kind {
            case .blank, .quote:
                closeParagraphAndList()
            case let .heading(level, text):
                closeParagraphAndList()
                blocks.append(.heading(level: level, text: text))
            case let .bullet(item):
                addItem(item, start: nil)
            // A page break can put "1. oktober" at the start of a line, so only a list that starts at 1 may
            // interrupt a paragraph (as in CommonMark); "16. april" stays in its sentence.
            case let .ordered(number, item) where paragraph.isEmpty || number == 1:
                addItem(item, start: number)
            case .ordered, .text:
                if line.isIndented, let last = list?.items.indices.last {
                    list?.items[last] += " " + line.text
                } else {
                    closeList()
                    paragraph.append(line.text)
                }
            }
        }

        private mutating func addItem(_ item: String, start: Int?) {
            closeParagraph()
            // Bullets after numbered items, or the other way round, are a list of their own.
            if let open = list, (open.start == nil) != (start == nil) { closeList() }
            if list == nil { list = OpenList(start: start, items: []) }
            list?.items.append(item)
        }

        private mutating func closeParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }

        private mutating func closeList() {
            if let list { blocks.append(list.block) }
            list = nil
        }

        private mutating func closeParagraphAndList() {
            closeParagraph()
            closeList()
        }

        private mutating func closeQuote() {
            guard !quote.isEmpty else { return }
            blocks.append(.quote(Self.blocks(of: quote, depth: depth + 1)))
            quote = []
        }
    }
}
