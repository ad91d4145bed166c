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
        guard let first = body.first, "-*_|:".contains(first), body.utf8.count <= 400 else { return false }
        let marks = body.filter { !TextShape.isSpace($0) }
        guard marks.count >= 3 else { return false }
        if marks.allSatisfy({ $0 == "-" }) || marks.allSatisfy({ $0 == "*" }) || marks.allSatisfy({ $0 == "_" }) {
            return true
        }
        return marks.contains("-") && marks.allSatisfy { "|-:".contains($0) }
    }

    private static func isSetextUnderline(_ raw: Substring) -> Bool {
        guard let first = raw.first(where: { !TextShape.isSpace($0) }), first == "=" || first == "-",
              raw.utf8.count <= 400 else { return false }
        let marks = raw.filter { !TextShape.isSpace($0) }
        return marks.count >= 3 && (marks.allSatisfy { $0 == "=" } || marks.allSatisfy { $0 == "-" })
    }

    /// `**...**` or `__...__` around the whole line.
    private static func isWhollyEmphasised(_ body: Substring) -> Bool {
        for marker in ["**", "__"] where body.count > 4 && body.hasPrefix(marker) && body.hasSuffix(marker) {
            return true
        }
        return false
    }

    /// Emphasis markers, links and images, inline code ticks, backslash escapes, HTML tags and entities.
    static func stripInline(_ body: Substring) -> String {
        // Most lines have no markup at all.
        let markup: Set<UInt8> = [UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"),
                                  UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "&")]
        guard body.utf8.contains(where: markup.contains) else { return String(body) }
        let characters = Array(body)
        var output = ""
        output.reserveCapacity(characters.count)
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
                if let (label, next) = link(in: characters, at: index) {
                    output += stripInline(Substring(label))
                    index = next
                    continue
                }
            case "<":
                if let end = characters[index...].firstIndex(of: ">"),
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

    /// `[label](target)` or `[label][ref]`: the label and the index after the link.
    private static func link(in characters: [Character], at start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < characters.count else { return nil }
        let label = String(characters[(start + 1)..<index])
        let next = index + 1
        guard next < characters.count, characters[next] == "(" || characters[next] == "[" else { return nil }
        let closing: Character = characters[next] == "(" ? ")" : "]"
        guard let end = characters[next...].firstIndex(of: closing) else { return nil }
        return (label, end + 1)
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
