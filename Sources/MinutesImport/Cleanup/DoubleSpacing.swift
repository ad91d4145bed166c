/// Text copied out of some PDFs and Word documents has a blank line after every line. Those blank lines say
/// nothing; only a run of two or more still marks a paragraph break. In normally spaced text, and always in
/// Markdown (where a paragraph is one line and blank lines separate them), a blank line is a paragraph break.
/// Either way runs of blank lines become one.
enum DoubleSpacing {
    static func collapse(_ lines: [DocumentLine], blankLinesSeparateParagraphs: Bool = false) -> [DocumentLine] {
        let doubleSpaced = !blankLinesSeparateParagraphs && isDoubleSpaced(lines)
        var result: [DocumentLine] = []
        result.reserveCapacity(lines.count)
        var blankRun = 0
        for line in lines {
            if line.isBlank {
                blankRun += 1
                continue
            }
            let keepBreak = doubleSpaced ? blankRun >= 2 : blankRun >= 1
            if keepBreak, !result.isEmpty { result.append(DocumentLine(text: "")) }
            blankRun = 0
            result.append(line)
        }
        return result
    }

    /// Most lines with text are followed by exactly one blank line.
    static func isDoubleSpaced(_ lines: [DocumentLine]) -> Bool {
        var textLines = 0, followedBySingleBlank = 0
        for index in lines.indices where !lines[index].isBlank {
            textLines += 1
            if index + 2 < lines.count, lines[index + 1].isBlank, !lines[index + 2].isBlank {
                followedBySingleBlank += 1
            }
        }
        return textLines >= 6 && Double(followedBySingleBlank) >= 0.6 * Double(textLines)
    }
}
