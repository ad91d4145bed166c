/// The cleanup every document goes through after reading, in an order where each step helps the next:
/// page numbers go first so that they no longer split hyphenated words or paragraphs.
enum DocumentCleanup {
    /// `markdown`: blank lines separate paragraphs there, so they are never taken for double spacing.
    static func clean(_ lines: [DocumentLine], markdown: Bool = false) -> [DocumentLine] {
        var lines = PageNoise.remove(from: lines)
        lines = LineEndHyphenation.join(lines)
        lines = DoubleSpacing.collapse(lines, blankLinesSeparateParagraphs: markdown)
        lines = LetterheadBlocks.mark(lines)
        return lines
    }
}
