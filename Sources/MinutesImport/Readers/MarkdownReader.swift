/// Reads Markdown (as converted from Word by pandoc, Word's own export or an online converter) into lines,
/// keeping what the markup says about structure (heading level, a wholly bold line, a bullet, a table row)
/// and dropping the markup itself: emphasis, links, escapes, HTML tags and entities.
enum MarkdownReader {
    static func read(_ text: String) -> [DocumentLine] {
        var lines: [DocumentLine] = []
        var pageBreakPending = false
        for raw in splitLines(text) {
            if raw.isPageBreak { pageBreakPending = true }
            guard var line = readLine(raw.text) else {
                // A setext underline (`===`, `---`) makes the line above a heading.
                if isSetextUnderline(raw.text), let last = lines.indices.last, !lines[last].isBlank,
                   lines[last].headingLevel == nil {
                    lines[last].headingLevel = raw.text.contains("=") ? 1 : 2
                }
                continue
            }
            if pageBreakPending, !line.isBlank {
                line.startsPage = true
                pageBreakPending = false
            }
            lines.append(line)
        }
        return lines
    }

    private struct RawLine {
        var text: Substring
        var isPageBreak: Bool
    }

    private static func splitLines(_ text: String) -> [RawLine] {
        guard let breaks = LineBreaks.find(in: text) else { return splitLinesByCharacter(text) }
        var result: [RawLine] = []
        result.reserveCapacity(breaks.count + 1)
        var lineStart = text.startIndex
        var pageBreak = false
        for lineBreak in breaks {
            result.append(RawLine(text: text[lineStart..<lineBreak.start], isPageBreak: pageBreak))
            pageBreak = lineBreak.isFormFeed
            lineStart = lineBreak.end
        }
        if lineStart < text.endIndex { result.append(RawLine(text: text[lineStart...], isPageBreak: pageBreak)) }
        return result
    }

    /// `splitLines` walking characters: for text without contiguous UTF-8 storage.
    private static func splitLinesByCharacter(_ text: String) -> [RawLine] {
        var result: [RawLine] = []
        var lineStart = text.startIndex
        var index = text.startIndex
        var pageBreak = false
        while index < text.endIndex {
            let character = text[index]
            if character.isNewline {
                result.append(RawLine(text: text[lineStart..<index], isPageBreak: pageBreak))
                pageBreak = character == "\u{0C}"
                index = text.index(after: index)
                lineStart = index
            } else {
                index = text.index(after: index)
            }
        }
        if lineStart < text.endIndex { result.append(RawLine(text: text[lineStart...], isPageBreak: pageBreak)) }
        return result
    }

    /// nil for a line that is only markup (a table rule, a horizontal rule, a setext underline).
    static func readLine(_ raw: Substring) -> DocumentLine? {
        var body = Substring(TextShape.trimmed(raw))
        if body.isEmpty { return DocumentLine(text: "") }
        if isRule(body) || isSetextUnderline(body) { return nil }

        var headingLevel: Int?
        let hashes = body.prefix(while: { $0 == "#" }).count
        if (1...6).contains(hashes), body.dropFirst(hashes).first.map({ $0 == " " }) ?? true {
            headingLevel = hashes
            body = Substring(TextShape.trimmingTrailing(body.dropFirst(hashes), ["#"]))
        }
        while body.first == ">" { body = Substring(TextShape.trimmed(body.dropFirst())) }

        var isBullet = false
        if let first = body.first, "-*+".contains(first), body.dropFirst().first == " " {
            isBullet = true
            body = Substring(TextShape.trimmed(body.dropFirst(2)))
        }

        var isTableRow = false
        if body.first == "|" {
            isTableRow = true
            let cells = body.split(separator: "|").map { TextShape.trimmed($0) }.filter { !$0.isEmpty }
            body = Substring(cells.joined(separator: tableCellSeparator))
        }

        let isBold = isWhollyEmphasised(body)
        let inline = stripInline(body)
        let (text, bulletAfterMarkup) = CharacterCleanup.clean(inline)
        return DocumentLine(text: text, headingLevel: headingLevel, isBold: isBold,
                            isBullet: isBullet || bulletAfterMarkup, isTableRow: isTableRow)
    }

    /// `---`, `***`, `___`, and the `|---|:--:|` line under a table header.
    private static func isRule(_ body: Substring) -> Bool {
        guard let first = body.first, "-*_|:".contains(first), body.utf8.count <= 400,
              SimpleText.hasOnlySpacesAnd(body, "-*_|:") ?? true else { return false }
        let marks = body.filter { !TextShape.isSpace($0) }
        guard marks.count >= 3 else { return false }
        if marks.allSatisfy({ $0 == "-" }) || marks.allSatisfy({ $0 == "*" }) || marks.allSatisfy({ $0 == "_" }) {
            return true
        }
        return marks.contains("-") && marks.allSatisfy { "|-:".contains($0) }
    }

    private static func isSetextUnderline(_ raw: Substring) -> Bool {
        guard let first = raw.first(where: { !TextShape.isSpace($0) }), first == "=" || first == "-",
              raw.utf8.count <= 400, SimpleText.hasOnlySpacesAnd(raw, "=-") ?? true else { return false }
        let marks = raw.filter { !TextShape.isSpace($0) }
        return marks.count >= 3 && (marks.allSatisfy { $0 == "=" } || marks.allSatisfy { $0 == "-" })
    }

    /// `**...**` or `__...__` around the whole line.
    private static func isWhollyEmphasised(_ body: Substring) -> Bool {
        // The count last: it walks the whole line.
        for marker in ["**", "__"] where body.hasPrefix(marker) && body.hasSuffix(marker) && body.count > 4 {
            return true
        }
        return false
    }

    /// Emphasis markers, links and images, inline code ticks, backslash escapes, HTML tags and entities.
    static func stripInline(_ body: Substring) -> String {
        // Most lines have no markup at all.
        let hasMarkup = body.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "!"),
                 UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "&"):
                return true
            default:
                return false
            }
        }
        guard hasMarkup else { return String(body) }
        if let stripped = stripEmphasis(body) { return stripped }
        let characters = Array(body)
        var output = ""
        output.reserveCapacity(characters.count)
        // Made at the first `[` or `<`: where they close.
        var brackets: ClosingBrackets?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                // An escaped punctuation character is that character; a backslash before anything else stays.
                if index + 1 < characters.count, isASCIIPunctuation(characters[index + 1]) {
                    output.append(characters[index + 1])
                    index += 2
                } else {
                    index += 1
                }
                continue
            case "*", "`":
                index += 1
                continue
            case "_":
                // `_` marks emphasis only at a word boundary; inside a word (an e-mail address) it is a letter.
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                let atBoundary = !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
                if atBoundary { index += 1; continue }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                index += 1
                continue
            case "[":
                if brackets == nil { brackets = ClosingBrackets(characters) }
                if let brackets, let (label, next) = link(in: characters, at: index, brackets: brackets) {
                    output += stripInline(Substring(label))
                    index = next
                    continue
                }
            case "<":
                if brackets == nil { brackets = ClosingBrackets(characters) }
                if let end = brackets?.first(">", from: index),
                   index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "/" {
                    let inside = String(characters[(index + 1)..<end])
                    // An autolink keeps its address; a tag disappears (a line break tag becomes a space).
                    if inside.hasPrefix("http") || inside.contains("@") {
                        output += inside.replacingOccurrences(of: "mailto:", with: "")
                    } else if inside.lowercased().hasPrefix("br") {
                        output.append(" ")
                    }
                    index = end + 1
                    continue
                }
            case "&":
                if let (decoded, next) = entity(in: characters, at: index) {
                    output.append(decoded)
                    index = next
                    continue
                }
            default:
                break
            }
            output.append(character)
            index += 1
        }
        return output
    }

    /// `stripInline` byte by byte, for simple text (see `SimpleText`) whose only markup is emphasis and code
    /// ticks (no `\\`, `[`, `<` or `&`; `!` is then only a character).
    private static func stripEmphasis(_ body: Substring) -> String? {
        SimpleText.withBytes(body) { bytes -> String? in
            guard SimpleText.isSimple(bytes),
                  !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "<")
                                            || $0 == UInt8(ascii: "&") }) else { return nil }
            func isWordCharacter(_ value: UInt32) -> Bool { SimpleText.isLetter(value) || SimpleText.isNumber(value) }
            // The text between the markers is copied as it is; only ASCII bytes can be markers.
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                var isMarker = byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`")
                if byte == UInt8(ascii: "_") {
                    // Emphasis only at a word boundary; inside a word (an e-mail address) it is a letter.
                    let before = index > 0 ? SimpleText.scalar(endingAt: index, in: bytes) : 0x20
                    let after = index + 1 < bytes.count ? SimpleText.scalar(at: index + 1, in: bytes) : 0x20
                    isMarker = !isWordCharacter(before) || !isWordCharacter(after)
                }
                guard isMarker else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `[label](target)` or `[label][ref]`: the label and the index after the link.
    private static func link(in characters: [Character], at start: Int, brackets: ClosingBrackets) -> (String, Int)? {
        // The `]` that closes this `[`, counting the brackets in between.
        guard let index = brackets.closing(at: start) else { return nil }
        let label = String(characters[(start + 1)..<index])
        let next = index + 1
        guard next < characters.count, characters[next] == "(" || characters[next] == "[" else { return nil }
        let closing: Character = characters[next] == "(" ? ")" : "]"
        guard let end = brackets.first(closing, from: next) else { return nil }
        return (label, end + 1)
    }

    /// Where the brackets of a line close, found in one pass over it: a long line with many `[` or `<` that never
    /// close is not scanned to its end once for each of them.
    private struct ClosingBrackets {
        /// For each `[`, the `]` that closes it (the first at which as many `]` as `[` follow it); -1 for none.
        private var closingBracket: [Int]
        /// For each place, the first `>`, `)` and `]` there or after it; -1 for none.
        private var nextAngle: [Int], nextParenthesis: [Int], nextBracket: [Int]

        init(_ characters: [Character]) {
            closingBracket = Array(repeating: -1, count: characters.count)
            var open: [Int] = []
            for (index, character) in characters.enumerated() {
                if character == "[" {
                    open.append(index)
                } else if character == "]", let start = open.popLast() {
                    closingBracket[start] = index
                }
            }
            nextAngle = Array(repeating: -1, count: characters.count + 1)
            nextParenthesis = nextAngle
            nextBracket = nextAngle
            for index in characters.indices.reversed() {
                let character = characters[index]
                nextAngle[index] = character == ">" ? index : nextAngle[index + 1]
                nextParenthesis[index] = character == ")" ? index : nextParenthesis[index + 1]
                nextBracket[index] = character == "]" ? index : nextBracket[index + 1]
            }
        }

        func closing(at start: Int) -> Int? {
            closingBracket[start] < 0 ? nil : closingBracket[start]
        }

        /// `characters[start...].firstIndex(of: character)` for `>`, `)` and `]`.
        func first(_ character: Character, from start: Int) -> Int? {
            let found = character == ">" ? nextAngle[start] : character == ")" ? nextParenthesis[start] : nextBracket[start]
            return found < 0 ? nil : found
        }
    }

    private static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "aelig": "æ", "oslash": "ø", "aring": "å", "AElig": "Æ", "Oslash": "Ø", "Aring": "Å", "eacute": "é",
        "hellip": "…", "bull": "•", "shy": "\u{AD}",
    ]

    private static func entity(in characters: [Character], at start: Int) -> (Character, Int)? {
        guard let end = characters[start...].prefix(10).firstIndex(of: ";") else { return nil }
        let name = String(characters[(start + 1)..<end])
        if let character = entities[name] { return (character, end + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return (Character(scalar), end + 1) }
        }
        return nil
    }

    private static func isASCIIPunctuation(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }
}
