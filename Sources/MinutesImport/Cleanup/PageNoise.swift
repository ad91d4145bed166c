/// What a document picks up from its life as pages: page numbers alone on a line, running headers and
/// footers (the document title, "Side 3 af 12") repeated at every page break in the middle of the text, and
/// the navigation links of a web page it was copied from.
enum PageNoise {
    static func remove(from lines: [DocumentLine]) -> [DocumentLine] {
        // Page boundaries: form feeds and page numbers. Both say "a page ended here".
        var boundaries: [Int] = []
        var kept: [DocumentLine] = []
        kept.reserveCapacity(lines.count)
        for line in lines {
            if isNavigation(line) { continue }
            if isPageNumber(line) {
                boundaries.append(kept.count)
                continue
            }
            if line.startsPage { boundaries.append(kept.count) }
            kept.append(line)
        }
        kept = removingRunningLines(kept, boundaries: boundaries)
        return removingRepeatedTitle(kept)
    }

    /// Links of a web page saved or copied as text (`Tilbage til toppen` under every item).
    static func isNavigation(_ line: DocumentLine) -> Bool {
        guard line.text.utf8.count <= 24, !line.text.isEmpty else { return false }
        return ["tilbage til toppen", "til toppen", "tilbage til top", "til top", "back to top", "gå til toppen",
         "fold alle ud", "luk alle punkter"].contains(TextShape.folded(line.text))
    }

    /// `9`, `- 9 -`, `Side 9`, `Side 9 af 12`, `9 af 12`, `9/12`, `Page 9 of 12`.
    static func isPageNumber(_ line: DocumentLine) -> Bool {
        guard line.text.utf8.count <= 24, !line.text.isEmpty else { return false }
        // A page number has a digit: cheap to rule out.
        if let hasNumber = SimpleText.containsNumber(line.text), !hasNumber { return false }
        var text = TextShape.folded(line.text)
        // "- 9 -" arrives as a bullet "9 -".
        if line.isBullet, text.hasSuffix("-") { text = TextShape.trimmed(text.dropLast()) }
        if text.hasPrefix("-"), text.hasSuffix("-") { text = TextShape.trimmed(text.dropFirst().dropLast()) }
        for prefix in ["side ", "page ", "s. "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let words = TextShape.words(text)
        func isNumber(_ word: Substring) -> Bool { (1...3).contains(word.count) && word.allSatisfy(\.isNumber) }
        switch words.count {
        case 1:
            let parts = words[0].split(separator: "/", omittingEmptySubsequences: false)
            return parts.count <= 2 && parts.allSatisfy(isNumber)
        case 3:
            return isNumber(words[0]) && ["af", "of", "/"].contains(words[1]) && isNumber(words[2])
        default:
            return false
        }
    }

    /// Lines that recur next to page boundaries are running headers or footers. The top of the document
    /// counts as the top of page 1, but what stands there stays: a running header repeats the title.
    private static func removingRunningLines(_ lines: [DocumentLine], boundaries found: [Int]) -> [DocumentLine] {
        // A page number and the form feed after it are one page break. (Text lines are counted up to each
        // line once: counting them between two breaks is then a subtraction, not a walk over the lines.)
        var textLinesBefore = [0]
        textLinesBefore.reserveCapacity(lines.count + 1)
        for line in lines { textLinesBefore.append(textLinesBefore[textLinesBefore.count - 1] + (line.isBlank ? 0 : 1)) }
        var boundaries: [Int] = []
        for boundary in found.sorted() {
            if let last = boundaries.last, textLinesBefore[boundary] - textLinesBefore[last] < 3 { continue }
            boundaries.append(boundary)
        }
        guard !boundaries.isEmpty else { return lines }
        let pageStarts = (boundaries.first == 0 ? [] : [0]) + boundaries
        var occurrences: [String: Set<Int>] = [:]  // masked text -> page breaks it sits at
        var nearBoundary: [Int: String] = [:]       // line index -> masked text, for lines after page 1's top
        for (pageNumber, boundary) in pageStarts.enumerated() {
            // The page's first lines (a header) and the last lines of the page before (a footer), each
            // only within its own page.
            let pageEnd = pageNumber + 1 < pageStarts.count ? pageStarts[pageNumber + 1] : lines.count
            let previousStart = pageNumber > 0 ? pageStarts[pageNumber - 1] : 0
            let header = textLineIndices(in: boundary..<pageEnd, from: .start, in: lines)
            let footer = textLineIndices(in: previousStart..<boundary, from: .end, in: lines)
            for (place, indices) in [("header", header), ("footer", footer)] {
                for index in indices {
                    let key = place + ":" + TextShape.digitsMasked(lines[index].text)
                    guard key.count <= 128, !lines[index].isBullet else { continue }
                    occurrences[key, default: []].insert(pageNumber)
                    if boundary > 0 { nearBoundary[index] = key }
                }
            }
        }
        let threshold = max(2, (pageStarts.count + 2) / 3)
        let running = Set(occurrences.filter { $0.value.count >= threshold }.keys)
            .filter { !SectionHeadingRecognizer.isHeadingPhrase(String($0.drop(while: { $0 != ":" }).dropFirst())) }
        guard !running.isEmpty else { return lines }
        return lines.enumerated().compactMap { index, line in
            if let key = nearBoundary[index], running.contains(key) { return nil }
            return line
        }
    }

    private enum Side { case start, end }

    /// Up to two lines with text at the start or the end of a range of lines.
    private static func textLineIndices(in range: Range<Int>, from side: Side, in lines: [DocumentLine]) -> [Int] {
        let indices = side == .start ? Array(range) : range.reversed()
        return Array(indices.lazy.filter { !lines[$0].isBlank }.prefix(2))
    }

    /// Without page breaks to go by, a running header still shows itself: it is one of the document's first
    /// lines (its title) and comes back again and again. The first occurrence stays: it is the title.
    private static func removingRepeatedTitle(_ lines: [DocumentLine]) -> [DocumentLine] {
        let openingLines = lines.lazy.filter { !$0.isBlank }.prefix(5)
        var candidates = Set<String>()
        for line in openingLines where !line.isBullet && TextShape.wordCount(line.text) >= 3 {
            let key = TextShape.digitsMasked(line.text)
            if !SectionHeadingRecognizer.isHeadingPhrase(key) { candidates.insert(key) }
        }
        guard !candidates.isEmpty else { return lines }
        // Only lines as long as a candidate can be one (digits masked keep the length).
        let lengths = Set(openingLines.map(\.text.utf8.count))
        var counts: [String: Int] = [:]
        for line in lines where !line.isBlank && lengths.contains(line.text.utf8.count) {
            let key = TextShape.digitsMasked(line.text)
            if candidates.contains(key) { counts[key, default: 0] += 1 }
        }
        let repeated = Set(counts.filter { $0.value >= 3 }.keys)
        guard !repeated.isEmpty else { return lines }
        var seen = Set<String>()
        return lines.filter { line in
            guard !line.isBlank, lengths.contains(line.text.utf8.count) else { return true }
            let key = TextShape.digitsMasked(line.text)
            guard repeated.contains(key) else { return true }
            return seen.insert(key).inserted
        }
    }
}
