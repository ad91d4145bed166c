/// The inline Markdown of a block (`**strong**`, `*emphasis*`, `` `code` ``, `[text](address)`) as runs of
/// plain text for a document, where the page shows it as markup. Markers without a partner stay text;
/// `_` is always text, since file names and addresses are full of it.
struct InlineText: Equatable {
    struct Run: Equatable {
        var text: String
        var isBold = false
        var isItalic = false
    }

    let runs: [Run]

    init(_ markdown: String) {
        var runs: [Run] = []
        var current = Run(text: "")
        var bold = false
        var italic = false
        let characters = Array(Self.resolvingLinks(markdown))
        var index = 0

        // Where the last markers are: a marker opens only when a partner follows, found in constant time.
        let lastStar = characters.lastIndex(of: "*") ?? -1
        let lastDoubleStar = characters.indices.dropLast().last { characters[$0] == "*" && characters[$0 + 1] == "*" } ?? -1
        func flush() {
            if !current.text.isEmpty { runs.append(current) }
            current = Run(text: "", isBold: bold, isItalic: italic)
        }

        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "*", next == "*", bold || lastDoubleStar >= index + 2 {
                flush(); bold.toggle(); current.isBold = bold
                index += 2
            } else if character == "*", italic || (next.map { !$0.isWhitespace } ?? false) && lastStar > index {
                flush(); italic.toggle(); current.isItalic = italic
                index += 1
            } else if character == "`" {
                index += 1
            } else {
                current.text.append(character)
                index += 1
            }
        }
        flush()
        self.runs = runs
    }

    var plainText: String { runs.map(\.text).joined() }

    /// `[tekst](https://…)` -> `tekst (https://…)`: paper has no links, so the address is printed.
    static func resolvingLinks(_ text: String) -> String {
        guard text.contains("](") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["),
              let close = rest[open...].firstIndex(of: "]"),
              rest[close...].dropFirst().first == "(",
              let end = rest[close...].firstIndex(of: ")") {
            let label = rest[rest.index(after: open)..<close]
            let address = rest[rest.index(close, offsetBy: 2)..<end]
            result += rest[..<open]
            result += address.isEmpty || address == "#" || label == address ? String(label) : "\(label) (\(address))"
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
