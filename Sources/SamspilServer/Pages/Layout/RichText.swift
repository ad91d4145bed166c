import Plot

/// Renders the plain text of a section as the minutes wrote it: blocks separated by blank lines become
/// paragraphs, lines that start with a bullet become a list, and lines broken by the page are joined.
/// Text is always escaped: no markup from a document reaches the page.
enum RichText {
    static let bulletMarkers: Set<Character> = ["•", "·", "-", "–", "*", "▪", "◦", "\u{F0B7}"]

    static func render(_ text: String) -> Node<HTML.BodyContext> {
        .group(blocks(of: text).map(node))
    }

    enum Block: Equatable {
        case paragraph(String)
        case list([String])
    }

    static func blocks(of text: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if !list.isEmpty { blocks.append(.list(list)) }
            paragraph = []
            list = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if let first = line.first, bulletMarkers.contains(first), line.count > 1,
                      line.dropFirst().first?.isWhitespace == true {
                if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
                list.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
            } else if !list.isEmpty, paragraph.isEmpty, rawLine.first?.isWhitespace == true, let last = list.popLast() {
                // An indented line continues the bullet above it.
                list.append(last + " " + line)
            } else {
                if !list.isEmpty { blocks.append(.list(list)); list = [] }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func node(_ block: Block) -> Node<HTML.BodyContext> {
        switch block {
        case let .paragraph(text): .p(.text(text))
        case let .list(items): .ul(.forEach(items) { .li(.text($0)) })
        }
    }
}
