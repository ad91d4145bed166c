/// Reads an item heading that may be wrapped over several lines: the title on one line and the time slot
/// or presenter on the next, a presenter's surname alone on the next line, a bracket closed a line later.
enum ItemHeadingReader {
    struct Read {
        var heading: ItemHeading
        /// The heading's first line: the number's line, or the title's line above a number alone.
        var firstLine: Int
        var lastLine: Int
    }

    /// Reads the heading whose number (or unnumbered title) is on line `index`.
    static func read(_ lines: [DocumentLine], at index: Int, start: NumberedHeadingStart?) -> Read {
        var text = start?.rest ?? lines[index].text
        var first = index
        var last = index
        if text.isEmpty {
            // `Pkt. 16` / `Temadrøftelse om ...`; or `Fremlæggelse af oversigt ...` / `Sag nr. 25` with a
            // section heading or a field below the number. A PDF may print the number of Word's automatic
            // numbering before text that belongs to the item above (`7.` / the end of a list / `Eventuelt
            // (kl. 9.55-10.15)`): a title with a time slot or a presenter a few lines on is the title.
            if let marked = titleWithSlotOrPresenter(after: index, in: lines) {
                let start = startOfWrappedTitle(endingAt: marked, after: index, in: lines)
                text = lines[start...marked].filter { !$0.isBlank }.map(\.text).joined(separator: " ")
                last = marked
            } else if let next = nextTextLine(after: index, in: lines), isTitleShaped(lines[next], evenIfAPartHeading: true) {
                text = lines[next].text
                last = next
            } else if let previous = previousTextLine(before: index, in: lines),
                      isTitleShaped(lines[previous], evenIfAPartHeading: true) {
                text = lines[previous].text
                first = previous
            }
        }
        var joined = 0
        while joined < 3, let next = nextTextLine(after: last, in: lines) {
            let candidate = lines[next]
            guard isPossibleContinuation(candidate) else { break }
            guard continues(ItemHeadingText.parse(text), text: text, with: candidate.text) else { break }
            text += " " + candidate.text
            last = next
            joined += 1
        }
        var heading = ItemHeadingText.parse(text)
        heading.number = start?.number
        heading.isClosed = start?.isClosed ?? false
        return Read(heading: heading, firstLine: first, lastLine: last)
    }

    /// Within the next lines before a section heading or another number: a title-shaped line whose heading
    /// has a time slot or a presenter.
    private static func titleWithSlotOrPresenter(after index: Int, in lines: [DocumentLine]) -> Int? {
        var seen = 0
        var next = index + 1
        while next < lines.count, seen < 12 {
            defer { next += 1 }
            let line = lines[next]
            if line.isBlank { continue }
            seen += 1
            if SectionHeadingRecognizer.recognize(line) != nil || NumberedHeadingRecognizer.recognize(line.text) != nil {
                return nil
            }
            guard isTitleShaped(line, evenIfAPartHeading: true) else { continue }
            let heading = ItemHeadingText.parse(line.text)
            if heading.hasTimeSlot || heading.hasPresenterMarker, !heading.title.isEmpty { return next }
        }
        return nil
    }

    /// The first line of a title wrapped onto the line with its time slot: lines above that stop in the middle
    /// of the title (`Kort orientering om besparelser i` / `Region Midtjylland (kl. 12.50)`).
    private static func startOfWrappedTitle(endingAt marked: Int, after number: Int, in lines: [DocumentLine]) -> Int {
        var start = marked
        for _ in 0..<3 {
            guard let previous = previousTextLine(before: start, in: lines), previous > number else { break }
            let above = lines[previous], below = lines[start]
            guard isTitleShaped(above), !TextShape.endsWithSentencePunctuation(above.text),
                  TextShape.endsWithConnectingWord(above.text) || TextShape.startsWithLowercaseLetter(below.text)
                    || below.text.hasPrefix("(") else { break }
            start = previous
        }
        return start
    }

    private static func nextTextLine(after index: Int, in lines: [DocumentLine]) -> Int? {
        var next = index + 1
        while next < lines.count, lines[next].isBlank, next - index <= 2 { next += 1 }
        return next < lines.count && !lines[next].isBlank ? next : nil
    }

    private static func previousTextLine(before index: Int, in lines: [DocumentLine]) -> Int? {
        var previous = index - 1
        while previous >= 0, lines[previous].isBlank, index - previous <= 2 { previous -= 1 }
        return previous >= 0 && !lines[previous].isBlank ? previous : nil
    }

    /// A line that can be an item's title: not a section heading, a field (`Kompetence: X`), a bullet or a
    /// sentence.
    private static func isTitleShaped(_ line: DocumentLine, evenIfAPartHeading: Bool = false) -> Bool {
        let isPart = UnnumberedPartRecognizer.recognize(line) != nil
        guard isPart && evenIfAPartHeading || isPossibleContinuation(line), !line.text.includes(": "),
              let first = line.text.first, first.isLetter || first == "\"" else { return false }
        let wordCount = TextShape.wordCount(line.text)
        return wordCount <= 25 && !(wordCount > 8 && line.text.hasSuffix("."))
    }

    private static func isPossibleContinuation(_ line: DocumentLine) -> Bool {
        !line.isBullet && !line.isTableRow && !line.isLetterhead
            && SectionHeadingRecognizer.recognize(line) == nil
            && NumberedHeadingRecognizer.recognize(line.text) == nil
            && UnnumberedPartRecognizer.recognize(line) == nil
            && LetterheadBlocks.label(of: line.text) == nil
    }

    private static func continues(_ heading: ItemHeading, text: String, with next: String) -> Bool {
        let nextWords = TextShape.words(next)
        if TextShape.hasUnclosedParenthesis(text) { return true }
        if heading.hasPresenterMarker, heading.presenter == nil {
            // `(kl. 13.25) v.` and the name on the next line.
            return nextWords.count <= 8 && !TextShape.endsWithSentencePunctuation(next)
        }
        if heading.presenter != nil {
            // `v/ Kathrine` and `Hald` on the next line; `v/ Lauge` and `Clemmensen og Mette Andreassen`.
            return (1...5).contains(nextWords.count) && nextWords.allSatisfy({ TextShape.isNameWord($0) || $0 == "og" })
                && TextShape.isNameWord(nextWords[0]) && !TextShape.containsDigit(next)
        }
        let nextStartsPresenter = startsWithPresenterMarker(next)
        if heading.hasTimeSlot { return nextStartsPresenter }
        if nextStartsPresenter { return true }
        if next.hasPrefix("("), !DanishDates.times(in: next).isEmpty { return true }
        guard !TextShape.endsWithSentencePunctuation(text) || text.hasSuffix("kl.") else { return false }
        let nextHeading = ItemHeadingText.parse(next)
        if (nextHeading.hasTimeSlot || nextHeading.hasPresenterMarker) && nextWords.count <= 30 { return true }
        if TextShape.endsWithConnectingWord(text), nextWords.count <= 20 { return true }
        if TextShape.startsWithLowercaseLetter(next), nextWords.count <= 10, !TextShape.lowercasedHasPrefix(next, "at ") {
            return true
        }
        return false
    }

    static func startsWithPresenterMarker(_ text: String) -> Bool {
        // Without lower-casing the whole line: a line lower-cased to `v.` starts with it.
        TextShape.lowercasedHasPrefix(text, "v/") || TextShape.lowercasedHasPrefix(text, "v. ")
            || TextShape.lowercasedHasPrefix(text, "v.") && TextShape.lowercased(text) == "v."
    }
}
