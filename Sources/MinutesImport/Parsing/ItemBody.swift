import SamspilCore

/// The text of one agenda item split into its sections.
struct ItemBody: Equatable, Sendable {
    var sections: [ParsedMinutes.Section] = []
    /// Sections that began with a heading (the rest is text before the first heading).
    var headedSectionCount = 0
    var caseNumber: String?
    /// A time slot on a line of its own under the heading (`Kl. 10.00-10.30`).
    var start: TimeOfDay?
    var end: TimeOfDay?
    /// `Oplægsholder: Anne Holm` under the heading.
    var presenter: String?
}

enum ItemBodyParser {
    /// Sections start at section headings, in whatever order they come (municipal systems print the decision
    /// first). Text before the first heading is the case description when it reads as one (the 2015 layout
    /// puts it straight under the item heading), otherwise a sub-title kept as `other`.
    ///
    /// `headings` are the lines' section headings when the caller has recognised them already (indexed
    /// like `lines`).
    static func parse(_ lines: ArraySlice<DocumentLine>, headings: ArraySlice<SectionHeading?>? = nil) -> ItemBody {
        var body = ItemBody()
        var preamble: [DocumentLine] = []
        var preambleHasText = false
        var sections: [(heading: SectionHeading, lines: [DocumentLine])] = []

        for index in lines.indices {
            let line = lines[index]
            if line.isLetterhead {
                if body.caseNumber == nil, let found = CaseNumbers.find(in: line.text) { body.caseNumber = found.value }
                continue
            }
            let recognised = headings.map { $0[index] } ?? SectionHeadingRecognizer.recognize(line)
            let previous = index > lines.startIndex ? lines[lines.index(before: index)] : nil
            if let heading = recognised,
               !continuesRecommendation(heading, after: sections.last),
               !continuesSentence(line, after: previous) {
                let inline = heading.inlineText.map { [DocumentLine(text: $0)] } ?? []
                sections.append((heading, inline))
                continue
            }
            if sections.isEmpty {
                if !preambleHasText, takeHeadingDetail(line, into: &body) { continue }
                preamble.append(line)
                preambleHasText = preambleHasText || !line.isBlank
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }

        if preambleHasText {
            let kind: SectionKind = readsAsProse(preamble) ? .description : .other
            body.sections.append(.init(kind: kind, heading: nil, text: SectionText.render(preamble)))
        }
        for section in sections {
            body.sections.append(.init(kind: section.heading.kind, heading: section.heading.heading,
                                       text: SectionText.render(section.lines)))
        }
        body.headedSectionCount = sections.count
        return body
    }

    /// `Indstilling` / `Direktørkredsen indstiller,` / `- at ...`: who recommends is the first line of the
    /// recommendation already open, not a second recommendation; and `X indstiller` inside a decision is part
    /// of the decision.
    private static func continuesRecommendation(_ heading: SectionHeading,
                                                after open: (heading: SectionHeading, lines: [DocumentLine])?) -> Bool {
        guard heading.kind == .recommendation, let open else { return false }
        let named = TextShape.folded(heading.heading).includes(" indstiller")
        // `Udvalget indstiller til byrådet, at ...` in a decision is what was decided.
        if named, open.heading.kind == .decision { return true }
        guard open.heading.kind == .recommendation else { return false }
        return !open.lines.contains { !$0.isBlank } && TextShape.folded(heading.heading).includes("indstille")
            && TextShape.folded(heading.heading) != TextShape.folded(open.heading.heading)
    }

    /// `... når der er indgået ny` / `aftale.`: a heading word in lower case on the line after a sentence
    /// that has not ended is the end of that sentence, wrapped, as a printed page wraps it.
    private static func continuesSentence(_ line: DocumentLine, after previous: DocumentLine?) -> Bool {
        guard let previous, !previous.isBlank, let first = line.text.first, first.isLowercase,
              let last = previous.text.last else { return false }
        return last.isLetter || last == ","
    }

    /// A case number, an open/closed marker or a time slot on its own line right under the heading.
    private static func takeHeadingDetail(_ line: DocumentLine, into body: inout ItemBody) -> Bool {
        guard !line.isBlank else { return false }
        let wordCount = TextShape.wordCount(line.text)
        // `Sagsnr.: 22/123`, `Sagsnr. 249050 Sundheds- og Omsorgsudvalget Åbent punkt`.
        if body.caseNumber == nil, wordCount <= 10, let found = CaseNumbers.find(in: line.text),
           found.range.lowerBound == 0 {
            body.caseNumber = found.value
            return true
        }
        let folded = TextShape.folded(line.text)
        if body.presenter == nil, let presenter = presenterField(line.text) {
            body.presenter = presenter
            return true
        }
        // `Åbent`, `Åbent punkt`: whether the item is public, printed under every heading by meeting systems.
        if ["åbent", "åben", "åbent punkt", "åben sag", "lukket", "lukket punkt", "lukket sag"].contains(folded) {
            return true
        }
        if body.start == nil, wordCount <= 6,
           folded.hasPrefix("kl") || folded.hasPrefix("tidspunkt") || folded.hasPrefix("tid:") {
            let slot = ItemHeadingText.timeSlot(in: Array(line.text))
            let times = DanishDates.times(in: line.text)
            if let start = slot?.start ?? times.first {
                body.start = start
                body.end = slot?.end ?? times.dropFirst().first
                return true
            }
        }
        return false
    }

    /// `Oplægsholder: Anne Holm`, `Ansvarlig: Thomas`, `Præsenteres af: Mette Andreassen`.
    private static func presenterField(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = TextShape.folded(text[..<colon])
        let labels = ["oplægsholder", "oplægsholdere", "oplæg ved", "oplæg v", "ansvarlig", "præsenteres af",
                      "præsentation ved", "fremlægges af", "fremlægges ved", "tovholder", "ved", "v"]
        guard labels.contains(label) else { return nil }
        let value = TextShape.trimmed(text[text.index(after: colon)...])
        return value.isEmpty || TextShape.wordCount(value) > 10 ? nil : value
    }

    /// Prose rather than a sub-title: several lines, a sentence, or more than a handful of words.
    static func readsAsProse(_ lines: [DocumentLine]) -> Bool {
        let textLines = lines.filter { !$0.isBlank }
        if textLines.count >= 2 { return true }
        guard let only = textLines.first else { return false }
        return TextShape.wordCount(only.text) >= 8 || TextShape.endsWithSentencePunctuation(only.text)
            || only.text.includes(". ")
    }
}

/// Turns a section's lines back into readable text: wrapped lines of a paragraph joined, bullets as
/// `- ` lines, paragraphs separated by a blank line.
enum SectionText {
    static func render(_ lines: [DocumentLine]) -> String {
        var paragraphs: [[String]] = []
        var paragraph: [String] = []
        for line in lines {
            if line.isBlank {
                if !paragraph.isEmpty { paragraphs.append(paragraph) }
                paragraph = []
                continue
            }
            if line.isBullet {
                paragraph.append("- " + line.text)
            } else if continuesLastLine(of: paragraph, with: line) {
                // Appended in place: a long paragraph is not copied once per line.
                paragraph[paragraph.count - 1] += " "
                paragraph[paragraph.count - 1] += line.text
            } else {
                paragraph.append(line.text)
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        return paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    private static func continuesLastLine(of paragraph: [String], with line: DocumentLine) -> Bool {
        guard let last = paragraph.last else { return false }
        return continuesLine(last, with: line)
    }

    /// A line continues the sentence of the line before (it was wrapped) when it starts in lower case, or
    /// when the line before is as long as a wrapped line and stops in mid-sentence.
    private static func continuesLine(_ previous: String, with line: DocumentLine) -> Bool {
        guard !line.isEmphasised, !line.isTableRow, !endsWith(previous, ":", 0x3A),
              !TextShape.lowercasedHasPrefix(line.text, "at ") else { return false }
        if TextShape.startsWithLowercaseLetter(line.text) { return true }
        return TextShape.hasAtLeast(previous, characters: wrappedLineLength)
            && !TextShape.endsWithSentencePunctuation(previous)
            && !endsWith(previous, ")", 0x29) && !endsWith(previous, "\"", 0x22)
    }

    /// `text.hasSuffix(suffix)` for a one-character ASCII suffix (given also as its byte), without looking at
    /// more than the end of a long paragraph.
    private static func endsWith(_ text: String, _ suffix: String, _ byte: UInt32) -> Bool {
        if let last = SimpleText.lastCharacter(text) { return last == byte }
        return text.hasSuffix(suffix)
    }

    /// Text wrapped by a PDF or a fixed-width export runs to 70-100 characters a line.
    private static let wrappedLineLength = 60
}
