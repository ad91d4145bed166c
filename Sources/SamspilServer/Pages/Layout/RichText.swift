import Foundation
import Plot
import SamspilCore

/// Renders the text of a section: the blocks of `TextBlock` (paragraphs, lists, headings, quotes), with
/// the inline Markdown secretaries use: `**strong**`, `*emphasis*`, `` `code` ``, `[links](https://…)`
/// and bare http(s):// addresses.
///
/// Nothing in the text becomes markup it did not ask for: every character reaches the page escaped, links
/// go to web and mail addresses only, and every step takes time linear in the text, whatever it holds.
enum RichText {
    static func render(_ text: String) -> Node<HTML.BodyContext> {
        .group(blocks(of: text).map(node))
    }

    typealias Block = TextBlock

    static func blocks(of text: String) -> [Block] {
        TextBlock.blocks(of: text)
    }

    private static func node(_ block: Block) -> Node<HTML.BodyContext> {
        switch block {
        case let .paragraph(text): .p(inline(text))
        case let .list(items): .ul(.forEach(items) { .li(inline($0)) })
        case let .orderedList(start, items):
            .ol(.if(start != 1, .attribute(named: "start", value: String(start))), .forEach(items) { .li(inline($0)) })
        // The item is an h3 and its sections h4s, so the headings a secretary writes come below those.
        case let .heading(level, text): level == 1 ? .h5(inline(text)) : .h6(inline(text))
        case let .quote(blocks): .blockquote(.group(blocks.map(node)))
        }
    }

    private static func inline(_ text: String) -> Node<HTML.BodyContext> {
        var parser = InlineParser(text)
        return .group(parser.nodes())
    }

    /// Text exactly as written. Plot's `.text` escapes `<` and `>` but leaves what looks like an entity
    /// (`&lt;`) alone, so the reader would see `<` where the text says `&lt;`; an `&` in a text node of its
    /// own is always escaped to `&amp;`.
    fileprivate static func literal(_ text: String) -> Node<HTML.BodyContext> {
        let pieces = text.split(separator: "&", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return .text(text) }
        var nodes: [Node<HTML.BodyContext>] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { nodes.append(.text("&")) }
            if !piece.isEmpty { nodes.append(.text(String(piece))) }
        }
        return .group(nodes)
    }
}

// MARK: - Inline

extension RichText {
    /// Reads the inline Markdown of one block in one pass, the way CommonMark does: text, code spans and
    /// links become tokens as they are met, `*` and `_` runs are matched as emphasis afterwards with a stack
    /// (remembering, per kind of closer, how far down no opener fits, so no run is searched twice).
    fileprivate struct InlineParser {
        private enum Token {
            case text(String)
            case code(String)
            case run(Int)
            case autolink(href: String, text: String)
            case linkStart(href: String)
            case linkEnd
        }

        /// An `[` that may still become a link, with how many runs had been read before it.
        private struct Bracket {
            let token: Int
            let runsBefore: Int
        }

        private let chars: [Character]
        private var tokens: [Token] = []
        private var runs: [DelimiterRun] = []
        /// Runs whose emphasis is not yet resolved, in order.
        private var pendingRuns: [Int] = []
        private var brackets: [Bracket] = []
        private var backticks: BacktickRuns
        private var pendingText = ""

        init(_ text: String) {
            chars = Array(text)
            backticks = BacktickRuns(chars)
        }

        mutating func nodes() -> [Node<HTML.BodyContext>] {
            var index = 0
            while index < chars.count {
                index = read(at: index)
            }
            flushText()
            resolveEmphasis(from: 0)
            return build()
        }

        /// Reads what starts at `index` and returns where the next thing starts.
        private mutating func read(at index: Int) -> Int {
            let character = chars[index]
            switch character {
            case "\\" where index + 1 < chars.count && chars[index + 1].isASCII && chars[index + 1].isMarkdownPunctuation:
                pendingText.append(chars[index + 1])
                return index + 2
            case "`":
                return readCode(at: index)
            case "*", "_":
                return readRun(at: index)
            case "[":
                flushText()
                brackets.append(Bracket(token: tokens.count, runsBefore: pendingRuns.count))
                tokens.append(.text("["))
                return index + 1
            case "]":
                return readBracketEnd(at: index)
            case "h", "H":
                if let link = BareURL(chars, at: index) {
                    flushText()
                    tokens.append(.autolink(href: link.href, text: link.text))
                    return link.end
                }
                pendingText.append(character)
                return index + 1
            default:
                pendingText.append(character)
                return index + 1
            }
        }

        private mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            tokens.append(.text(pendingText))
            pendingText = ""
        }

        private mutating func readCode(at start: Int) -> Int {
            var end = start
            while end < chars.count, chars[end] == "`" { end += 1 }
            let length = end - start
            guard let closer = backticks.next(length: length, from: end) else {
                pendingText.append(String(repeating: "`", count: length))
                return end
            }
            var code = String(chars[end..<closer])
            // "`` `x` ``": one space on each side lets code start or end with a backtick.
            if code.count > 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                code = String(code.dropFirst().dropLast())
            }
            flushText()
            tokens.append(.code(code))
            return closer + length
        }

        private mutating func readRun(at start: Int) -> Int {
            let character = chars[start]
            var end = start
            while end < chars.count, chars[end] == character { end += 1 }
            let run = DelimiterRun(character: character, length: end - start,
                                   before: start > 0 ? chars[start - 1] : nil,
                                   after: end < chars.count ? chars[end] : nil)
            guard run.canOpen || run.canClose else {
                pendingText.append(String(repeating: character, count: run.length))
                return end
            }
            flushText()
            runs.append(run)
            pendingRuns.append(runs.count - 1)
            tokens.append(.run(runs.count - 1))
            return end
        }

        private mutating func readBracketEnd(at index: Int) -> Int {
            guard let opener = brackets.popLast(), let target = destination(after: index) else {
                pendingText.append("]")
                return index + 1
            }
            flushText()
            tokens[opener.token] = .linkStart(href: target.href)
            resolveEmphasis(from: opener.runsBefore)
            pendingRuns.removeSubrange(opener.runsBefore...)
            // No links inside a link: its bare URLs are text, and the brackets before it can no longer open one.
            for position in (opener.token + 1)..<tokens.count {
                if case let .autolink(_, text) = tokens[position] { tokens[position] = .text(text) }
            }
            brackets.removeAll()
            tokens.append(.linkEnd)
            return target.end
        }

        /// `(url)` right after the `]` at `index`, and where it ends; nil unless the URL may be linked.
        /// The URL stops at the first space or parenthesis, and every attempt starts after a `(` that the
        /// attempt before did not reach, so together they read each character once.
        private func destination(after index: Int) -> (href: String, end: Int)? {
            let start = index + 2
            guard start < chars.count, chars[index + 1] == "(" else { return nil }
            var end = start
            while end < chars.count, !chars[end].isWhitespace, chars[end] != "(", chars[end] != ")" { end += 1 }
            guard end < chars.count, chars[end] == ")", let href = LinkTarget.href(String(chars[start..<end])) else {
                return nil
            }
            return (href, end + 1)
        }

        /// Matches `*` and `_` runs from `bottom` on as emphasis (CommonMark's "process emphasis").
        private mutating func resolveEmphasis(from bottom: Int) {
            struct CloserKind: Hashable {
                let character: Character
                let lengthModulo3: Int
                let canOpen: Bool
            }
            var openers: [Int] = []
            // Per kind of closer: no opener before this run fits it (all were tried), so none is tried again.
            // Runs are numbered in reading order, so later openers, the failed closer among them, are above it.
            var floors: [CloserKind: Int] = [:]
            for closerIndex in pendingRuns[bottom...] {
                var closer = runs[closerIndex]
                let kind = CloserKind(character: closer.character, lengthModulo3: closer.length % 3, canOpen: closer.canOpen)
                while closer.canClose, closer.remaining > 0 {
                    let floor = floors[kind, default: 0]
                    var position = openers.count - 1
                    while position >= 0, openers[position] >= floor, !runs[openers[position]].fits(closer) { position -= 1 }
                    guard position >= 0, openers[position] >= floor else {
                        floors[kind] = closerIndex
                        break
                    }
                    let openerIndex = openers[position]
                    // Runs between the opener and the closer stay text.
                    openers.removeSubrange((position + 1)...)
                    let emphasis: DelimiterRun.Emphasis = runs[openerIndex].remaining >= 2 && closer.remaining >= 2 ? .strong : .em
                    runs[openerIndex].open(emphasis)
                    closer.close(emphasis)
                    if runs[openerIndex].remaining == 0 { openers.removeLast() }
                }
                runs[closerIndex] = closer
                if closer.canOpen, closer.remaining > 0 { openers.append(closerIndex) }
            }
        }

        private func build() -> [Node<HTML.BodyContext>] {
            var tree = InlineTree()
            for token in tokens {
                switch token {
                case let .text(text): tree.add(literal(text))
                case let .code(code): tree.add(.code(literal(code)))
                case let .autolink(href, text): tree.add(InlineTree.anchor(href: href, [literal(text)]))
                case let .linkStart(href): tree.open(.link(href: href))
                case .linkEnd: tree.close()
                case let .run(index):
                    let run = runs[index]
                    run.closes.forEach { _ in tree.close() }
                    if run.remaining > 0 { tree.add(literal(String(repeating: run.character, count: run.remaining))) }
                    run.opens.reversed().forEach { tree.open($0 == .strong ? .strong : .emphasis) }
                }
            }
            return tree.finished()
        }
    }

    /// A run of `*` or `_`: whether it may open or close emphasis by what stands on either side
    /// (CommonMark's flanking rules), and which emphasis it opened and closed.
    fileprivate struct DelimiterRun {
        enum Emphasis { case em, strong }

        let character: Character
        let length: Int
        let canOpen: Bool
        let canClose: Bool
        private(set) var remaining: Int
        /// In the order they were matched: innermost first.
        private(set) var opens: [Emphasis] = []
        private(set) var closes: [Emphasis] = []

        init(character: Character, length: Int, before: Character?, after: Character?) {
            let spaceBefore = before?.isWhitespace ?? true, spaceAfter = after?.isWhitespace ?? true
            let punctuationBefore = before?.isMarkdownPunctuation ?? false
            let punctuationAfter = after?.isMarkdownPunctuation ?? false
            let leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
            let rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
            self.character = character
            self.length = length
            remaining = length
            // An underscore inside a word (snake_case, file_names) is never emphasis.
            canOpen = character == "*" ? leftFlanking : leftFlanking && (!rightFlanking || punctuationBefore)
            canClose = character == "*" ? rightFlanking : rightFlanking && (!leftFlanking || punctuationAfter)
        }

        /// CommonMark's "rule of 3", which keeps `*a**b**c*` from pairing the wrong runs.
        func fits(_ closer: DelimiterRun) -> Bool {
            guard character == closer.character else { return false }
            let bothWays = canClose || closer.canOpen
            return !(bothWays && (length + closer.length) % 3 == 0 && !(length % 3 == 0 && closer.length % 3 == 0))
        }

        mutating func open(_ emphasis: Emphasis) {
            opens.append(emphasis)
            remaining -= emphasis == .strong ? 2 : 1
        }

        mutating func close(_ emphasis: Emphasis) {
            closes.append(emphasis)
            remaining -= emphasis == .strong ? 2 : 1
        }
    }

    /// Where each run of backticks starts, by length, to find a code span's closing run without searching
    /// the text again from every opening run.
    fileprivate struct BacktickRuns {
        private var startsByLength: [Int: [Int]] = [:]
        private var cursors: [Int: Int] = [:]

        init(_ chars: [Character]) {
            var index = 0
            while index < chars.count {
                guard chars[index] == "`" else { index += 1; continue }
                let start = index
                while index < chars.count, chars[index] == "`" { index += 1 }
                startsByLength[index - start, default: []].append(start)
            }
        }

        /// The start of the first run of exactly `length` backticks at or after `position`. Positions only
        /// grow from call to call, so each length's cursor only moves forward.
        mutating func next(length: Int, from position: Int) -> Int? {
            guard let starts = startsByLength[length] else { return nil }
            var cursor = cursors[length, default: 0]
            while cursor < starts.count, starts[cursor] < position { cursor += 1 }
            cursors[length] = cursor
            return cursor < starts.count ? starts[cursor] : nil
        }
    }

    /// A bare http(s):// address in running text, linked as it stands. It ends at a space or a bracket, and
    /// punctuation after it (a full stop, a closing parenthesis it did not open) is the sentence's.
    fileprivate struct BareURL {
        let text: String
        let href: String
        let end: Int

        private static let ends: Set<Character> = ["<", ">", "\"", "`", "[", "]", "“", "”", "«", "»"]
        private static let trailing: Set<Character> = [".", ",", ":", ";", "!", "?", "*", "_", "~", "'", "’", ")"]

        init?(_ chars: [Character], at start: Int) {
            if start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
            let prefix = String(chars[start..<min(start + 8, chars.count)]).lowercased()
            guard let scheme = ["https://", "http://"].first(where: prefix.hasPrefix) else { return nil }
            var end = start
            var unclosedParentheses = 0
            while end < chars.count, !chars[end].isWhitespace, !Self.ends.contains(chars[end]) {
                if chars[end] == "(" { unclosedParentheses += 1 }
                if chars[end] == ")" { unclosedParentheses -= 1 }
                end += 1
            }
            while end > start, Self.trailing.contains(chars[end - 1]) {
                if chars[end - 1] == ")" {
                    guard unclosedParentheses < 0 else { break }
                    unclosedParentheses += 1
                }
                end -= 1
            }
            guard end > start + scheme.count else { return nil }
            text = String(chars[start..<end])
            guard let href = LinkTarget.href(text) else { return nil }
            self.href = href
            self.end = end
        }
    }

    /// Collects inline nodes into nested elements as they open and close.
    fileprivate struct InlineTree {
        enum Element {
            case emphasis, strong
            case link(href: String)
        }

        /// Emphasis and links nested deeper than this are shown as their text, so no input nests the page
        /// (or Plot's recursive rendering) without bound.
        static let maxDepth = 16

        private struct Frame {
            /// nil for the root.
            let element: Element?
            var children: [Node<HTML.BodyContext>] = []
        }

        private var frames = [Frame(element: nil)]
        /// Elements opened deeper than `maxDepth` and not yet closed: their content goes to the deepest frame.
        private var flattened = 0

        static func anchor(href: String, _ children: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
            .a(.href(href), .rel("nofollow noopener"), .group(children.map { .component($0) }))
        }

        mutating func add(_ node: Node<HTML.BodyContext>) {
            frames[frames.count - 1].children.append(node)
        }

        mutating func open(_ element: Element) {
            if frames.count > Self.maxDepth { flattened += 1 } else { frames.append(Frame(element: element)) }
        }

        mutating func close() {
            if flattened > 0 { flattened -= 1; return }
            guard frames.count > 1, let frame = frames.popLast() else { return }
            switch frame.element {
            case .emphasis: add(.em(.group(frame.children)))
            case .strong: add(.strong(.group(frame.children)))
            case let .link(href): add(Self.anchor(href: href, frame.children))
            case nil: frame.children.forEach { add($0) }
            }
        }

        mutating func finished() -> [Node<HTML.BodyContext>] {
            flattened = 0
            while frames.count > 1 { close() }
            return frames[0].children
        }
    }

    /// The `href` of a link: web and mail addresses only, so no `javascript:` or `data:` URL reaches a page.
    fileprivate enum LinkTarget {
        private static let schemes = ["https:", "http:", "mailto:"]
        /// The characters a URL may hold as they are; anything else (quotes, `<`, `>`, spaces, letters
        /// outside ASCII) is percent-encoded.
        private static let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%")

        static func href(_ url: String) -> String? {
            let lowercased = url.lowercased()
            guard let scheme = schemes.first(where: lowercased.hasPrefix), url.count > scheme.count,
                  let encoded = url.addingPercentEncoding(withAllowedCharacters: allowed) else { return nil }
            // Plot writes attribute values as they are: `&` must be an entity so `&quot;` stays text.
            return encoded.replacingOccurrences(of: "&", with: "&amp;")
        }
    }
}

private extension Character {
    /// CommonMark counts both punctuation and symbols as punctuation.
    var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }
}
