/// Reads plain text (as exported or copied from Word and PDF) into lines.
enum PlainTextReader {
    static func read(_ text: String) -> [DocumentLine] {
        guard let breaks = LineBreaks.find(in: text) else { return readByCharacter(text) }
        var lines: [DocumentLine] = []
        lines.reserveCapacity(breaks.count + 1)
        var pageBreakPending = false
        var lineStart = text.startIndex
        for lineBreak in breaks {
            let current = text[lineStart..<lineBreak.start]
            lines.append(makeLine(current, startsPage: pageBreakPending))
            if !current.isEmpty { pageBreakPending = false }
            // A form feed is a page break: the next line with text starts a page.
            if lineBreak.isFormFeed { pageBreakPending = true }
            lineStart = lineBreak.end
        }
        if lineStart < text.endIndex {
            lines.append(makeLine(text[lineStart...], startsPage: pageBreakPending))
        }
        return lines
    }

    /// `read` walking characters: for text without contiguous UTF-8 storage.
    private static func readByCharacter(_ text: String) -> [DocumentLine] {
        var lines: [DocumentLine] = []
        lines.reserveCapacity(text.utf8.count / 40)
        var current = Substring()
        var lineStart = text.startIndex
        var pageBreakPending = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNewline {
                current = text[lineStart..<index]
                lines.append(makeLine(current, startsPage: pageBreakPending))
                if !current.isEmpty { pageBreakPending = false }
                // A form feed is a page break: the next line with text starts a page.
                if character == "\u{0C}" { pageBreakPending = true }
                index = text.index(after: index)
                lineStart = index
                continue
            }
            index = text.index(after: index)
        }
        if lineStart < text.endIndex {
            lines.append(makeLine(text[lineStart...], startsPage: pageBreakPending))
        }
        return lines
    }

    static func makeLine(_ raw: Substring, startsPage: Bool) -> DocumentLine {
        // Cells separated by tabs (Word's text export) or by ` | ` (a table written out as text).
        let isTableRow = cellSeparatingTabRuns(in: raw) >= 2 || TextShape.containsBytes(raw, " | ")
        let (text, isBullet) = isTableRow ? CharacterCleanup.clean(withCellSeparators(raw)) : CharacterCleanup.clean(raw)
        return DocumentLine(text: text, isBullet: isBullet, isTableRow: isTableRow,
                            startsPage: startsPage && !text.isEmpty)
    }

    /// Tab runs between text: one after a list number or bullet is Word's list indent; two or more mean
    /// the line was a row of a table.
    private static func cellSeparatingTabRuns(in raw: Substring) -> Int {
        guard SimpleText.withBytes(raw, { $0.contains(0x09) }) ?? raw.utf8.contains(0x09) else { return 0 }
        var runs = 0
        var inRun = false
        var text = ""
        for character in raw {
            if character == "\t" {
                // The run after a leading list number or bullet (`1.\t`, `•\t`) is the list's indent.
                if !text.isEmpty, !inRun, !(runs == 0 && isListMarker(text)) { runs += 1 }
                inRun = true
            } else {
                if !TextShape.isSpace(character) { text.append(character) }
                inRun = false
            }
        }
        // A trailing run separates nothing.
        if inRun, runs > 0 { runs -= 1 }
        return runs
    }

    /// `1.`, `12)`, `a)`, `•`: what Word puts before the tab of a list item.
    private static func isListMarker(_ text: String) -> Bool {
        guard text.count <= 4, let last = text.last else { return false }
        if text.count == 1 { return !last.isLetter && !last.isNumber }
        return (last == "." || last == ")") && text.dropLast().allSatisfy { $0.isNumber || $0.isLetter }
    }

    private static func withCellSeparators(_ raw: Substring) -> String {
        let cells = raw.split(separator: "\t", omittingEmptySubsequences: true)
            .map { TextShape.trimmed($0) }
            .filter { !$0.isEmpty }
        return cells.joined(separator: tableCellSeparator)
    }
}
