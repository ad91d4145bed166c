import SamspilCore

/// Where the agenda items are: which numbered lines are item headings, and which are numbered lists,
/// table rows, a table of contents or a sub-list of briefings that only look like them.
///
/// Every line of the form `N. Title` (or `Punkt N:`) is a candidate. A candidate looks more like an item
/// heading the more an item heading's marks it carries (Markdown heading or bold, `Punkt`, a time slot, a
/// presenter, section headings after it) and less when it is one line of a run of numbered lines with
/// nothing between them (a table of contents, a list). The agenda is then the chain of candidates in
/// document order whose numbers go up, preferably one at a time, that scores best: a restart at 1 inside an
/// item cannot be part of it, a table of contents loses to the items it lists, and a gap in the numbers is
/// accepted only for a candidate that clearly is a heading. A candidate whose number follows the numbered line
/// right above it, when that line is not in the chain and no section heading stands between them, continues
/// that list rather than the agenda.
struct AgendaOutline: Sendable {
    struct Entry: Sendable {
        var heading: ItemHeading
        /// The heading's first line.
        var line: Int
        /// The heading's last line (a wrapped heading spans several).
        var lastHeadingLine: Int
        /// The item's text: from after the heading to the next entry.
        var body: Range<Int>
        var unnumberedKind: UnnumberedPartKind?
        /// A case number printed on the line above the heading (`Sagnr.: 1-01-72-30-17` / `2. Titel`).
        var caseNumberAbove: String?
        /// A time slot alone on the line above the heading (`Kl. 10.00-10.30` / `3. Titel`).
        var timeSlotAbove: (start: TimeOfDay, end: TimeOfDay?)?
    }

    /// The lines before the first item: title, date, attendance, attachments.
    var headerEnd: Int
    var entries: [Entry]

    /// `headings`: the section heading of each line (nil for other lines).
    static func find(in lines: [DocumentLine], headings: [SectionHeading?]) -> AgendaOutline {
        let candidates = Candidate.all(in: lines, headings: headings)
        // For each candidate: does a section heading stand between it and the numbered line above it?
        let separated = candidates.indices.map { index -> Bool in
            guard index > 0 else { return false }
            let after = candidates[index - 1].lastLine + 1
            return headings[after..<max(candidates[index].line, after)].contains { $0 != nil }
        }
        let chain = bestChain(of: candidates, separatedFromPrevious: separated)
        var entries = chain.map { candidate in
            Entry(heading: candidate.heading, line: candidate.line, lastHeadingLine: candidate.lastLine,
                  body: 0..<0, unnumberedKind: nil)
        }
        for index in entries.indices { takeRepeatedHeading(into: &entries[index], lines: lines) }
        entries += unnumberedParts(in: lines, headings: headings, around: entries)
        entries.sort { $0.line < $1.line }
        for index in entries.indices {
            var bodyEnd = index + 1 < entries.count ? entries[index + 1].line : lines.count
            if index + 1 < entries.count {
                // Detail lines printed above the next heading belong to it, in either order.
                let ownLines = entries[index].lastHeadingLine
                for _ in 0..<2 {
                    if entries[index + 1].caseNumberAbove == nil, let above = caseNumberLine(before: bodyEnd, in: lines),
                       above.line > ownLines {
                        entries[index + 1].caseNumberAbove = above.value
                        bodyEnd = above.line
                    } else if entries[index + 1].timeSlotAbove == nil, let above = timeSlotLine(before: bodyEnd, in: lines),
                              above.line > ownLines {
                        entries[index + 1].timeSlotAbove = (above.start, above.end)
                        bodyEnd = above.line
                    }
                }
            }
            let bodyStart = min(entries[index].lastHeadingLine + 1, bodyEnd)
            entries[index].body = bodyStart..<bodyEnd
        }
        if let first = entries.first, let above = caseNumberLine(before: first.line, in: lines) {
            entries[0].caseNumberAbove = above.value
        }
        if let first = entries.first, let above = timeSlotLine(before: first.line, in: lines) {
            entries[0].timeSlotAbove = (above.start, above.end)
        }
        return AgendaOutline(headerEnd: entries.first?.line ?? lines.count, entries: entries)
    }

    // MARK: Candidates

    struct Candidate {
        let line: Int
        let lastLine: Int
        let heading: ItemHeading
        let number: Int
        let score: Double

        static func all(in lines: [DocumentLine], headings: [SectionHeading?]) -> [Candidate] {
            var starts: [(line: Int, start: NumberedHeadingStart)] = []
            for (index, line) in lines.enumerated()
            where !line.isBlank && !line.isBullet && !line.isTableRow && !line.isLetterhead {
                if let start = NumberedHeadingRecognizer.recognize(line.text, bareNumberAllowed: line.isEmphasised) {
                    starts.append((index, start))
                }
            }
            let startLines = Set(starts.map(\.line))
            // Section headings counted up to each line, so that "is there one between here and there" is cheap.
            var sectionHeadingsBefore = [0]
            sectionHeadingsBefore.reserveCapacity(lines.count + 1)
            for heading in headings {
                let isHeading = heading != nil
                sectionHeadingsBefore.append(sectionHeadingsBefore[sectionHeadingsBefore.count - 1] + (isHeading ? 1 : 0))
            }
            return starts.enumerated().map { position, entry in
                let read = ItemHeadingReader.read(lines, at: entry.line, start: entry.start)
                let heading = read.heading, lastLine = read.lastLine
                // The next candidate that could follow this one in the agenda (a higher number), looked for as
                // far as a section heading would count (400 lines).
                let horizon = lastLine + 1 + 400
                let successor = starts[(position + 1)...].lazy.prefix(while: { $0.line < horizon })
                    .first(where: { $0.start.number > entry.start.number })?.line
                let sectionEnd = min(successor ?? lines.count, horizon)
                let sectionFollows = sectionEnd > lastLine + 1
                    && sectionHeadingsBefore[sectionEnd] > sectionHeadingsBefore[lastLine + 1]
                let score = Self.score(heading: heading, start: entry.start, line: lines[entry.line],
                                       lastLine: lastLine, sectionFollows: sectionFollows, lines: lines,
                                       startLines: startLines)
                return Candidate(line: read.firstLine, lastLine: lastLine, heading: heading,
                                 number: entry.start.number, score: score)
            }
        }

        private static func score(heading: ItemHeading, start: NumberedHeadingStart, line: DocumentLine,
                                  lastLine: Int, sectionFollows: Bool, lines: [DocumentLine],
                                  startLines: Set<Int>) -> Double {
            var score = 1.0
            if line.isEmphasised { score += 2 }
            if start.hasPunktPrefix { score += 2 }
            if heading.hasTimeSlot { score += 2 }
            if heading.presenter != nil || heading.hasPresenterMarker { score += 2 }
            if start.isClosed { score += 1 }
            // `1)` numbers enumerations far more often than agendas.
            if start.hasParenthesis { score -= 3 }
            if sectionFollows { score += 3 }
            // Followed at once by another numbered line: a list or a table of contents.
            if let next = lines[(lastLine + 1)...].firstIndex(where: { !$0.isBlank }), startLines.contains(next) {
                score -= 2
            }
            if TextShape.startsWithLowercaseLetter(heading.title) { score -= 2 }
            if TextShape.wordCount(heading.title) > 30, !heading.hasTimeSlot, heading.presenter == nil { score -= 2 }
            // `Godkendelse af dagsorden ........ 3`: a table of contents line with its page number.
            if heading.title.includes("....") { score -= 3 }
            return score
        }
    }

    // MARK: The chain

    /// The best-scoring chain of candidates with rising numbers, by dynamic programming over the
    /// candidates in document order.
    /// `separatedFromPrevious[i]`: a section heading stands between candidate `i` and candidate `i - 1`, so
    /// that `i` cannot be the next entry of a list `i - 1` belongs to.
    static func bestChain(of candidates: [Candidate], separatedFromPrevious: [Bool]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        var best = [Double](repeating: 0, count: candidates.count)
        var previous = [Int?](repeating: nil, count: candidates.count)
        var bestEndingAt: [Int: (score: Double, index: Int)] = [:]  // number -> best chain ending with it so far
        let largestGap = 20

        for (index, candidate) in candidates.enumerated() {
            // A chain may start anywhere; starting above 1 costs a little (municipal numbering that runs on
            // through the year starts at 49, but a stray numbered line should not start the agenda).
            var chainScore = candidate.number == 1 ? 0.0 : -1.0
            var chainPrevious: Int?
            for step in 1...largestGap where candidate.number - step >= 1 {
                guard let before = bestEndingAt[candidate.number - step],
                      candidates[before.index].lastLine < candidate.line else { continue }
                var value = before.score - gapPenalty(missing: step - 1)
                // The numbered line just above is one less but not this chain's item: this line continues
                // that list (a sub-list or an appendix that restarted at 1), not the agenda.
                if index > 0, candidates[index - 1].number == candidate.number - 1, before.index != index - 1,
                   !separatedFromPrevious[index] {
                    value -= listContinuationPenalty
                }
                if value > chainScore {
                    chainScore = value
                    chainPrevious = before.index
                }
            }
            best[index] = candidate.score + chainScore
            previous[index] = chainPrevious
            if best[index] > bestEndingAt[candidate.number]?.score ?? -.infinity {
                bestEndingAt[candidate.number] = (best[index], index)
            }
        }

        guard let end = best.indices.max(by: { best[$0] < best[$1] }), best[end] > 0 else { return [] }
        var chain: [Candidate] = []
        var cursor: Int? = end
        while let index = cursor {
            chain.append(candidates[index])
            cursor = previous[index]
        }
        return chain.reversed()
    }

    private static let listContinuationPenalty = 3.0

    private static func gapPenalty(missing: Int) -> Double {
        missing == 0 ? 0 : 2 + Double(missing)
    }

    /// The last line with text before `index`, when it is only a case number (`Sagnr.: 1-01-72-30-17`).
    private static func caseNumberLine(before index: Int, in lines: [DocumentLine]) -> (line: Int, value: String)? {
        guard let line = lines[..<index].lastIndex(where: { !$0.isBlank }),
              TextShape.wordCount(lines[line].text) <= 3,
              let found = CaseNumbers.find(in: lines[line].text), found.range.lowerBound == 0 else { return nil }
        return (line, found.value)
    }

    /// The last line with text before `index`, when it is only a time slot (`Kl. 10.00-10.30`, `13.00 - 13.30`).
    private static func timeSlotLine(before index: Int, in lines: [DocumentLine])
        -> (line: Int, start: TimeOfDay, end: TimeOfDay?)? {
        guard let line = lines[..<index].lastIndex(where: { !$0.isBlank }) else { return nil }
        let text = lines[line].text
        let times = DanishDates.times(in: text)
        guard let start = times.first, times.count <= 2,
              text.allSatisfy({ $0.isNumber || " .:-–—()".contains($0) || "klKL".contains($0) }) else { return nil }
        return (line, start, times.dropFirst().first)
    }

    /// Web pages and some exports print an item's heading twice (a link, then the heading). The copy right
    /// above the heading belongs to the heading, not to the end of the item before.
    private static func takeRepeatedHeading(into entry: inout Entry, lines: [DocumentLine]) {
        guard let number = entry.heading.number,
              let above = lines[..<entry.line].lastIndex(where: { !$0.isBlank }),
              let start = NumberedHeadingRecognizer.recognize(lines[above].text), start.number == number else { return }
        let title = TextShape.folded(ItemHeadingText.parse(start.rest).title)
        let own = TextShape.folded(entry.heading.title)
        guard !title.isEmpty, title == own || own.hasPrefix(title) || title.hasPrefix(own) else { return }
        entry.line = above
    }

    // MARK: Unnumbered parts

    /// Breaks, briefings and dividers after the first item. A briefings part or divider counts only when
    /// it has a time slot, or is followed directly by a section heading or an item heading (so that a
    /// "Skriftlig orientering" subheading in an item's text does not cut the item).
    private static func unnumberedParts(in lines: [DocumentLine], headings: [SectionHeading?],
                                        around entries: [Entry]) -> [Entry] {
        guard let first = entries.first else { return [] }
        let headingLines = Set(entries.flatMap { Array($0.line...$0.lastHeadingLine) })
        let entryLines = Set(entries.map(\.line))
        var parts: [Entry] = []
        for index in (first.lastHeadingLine + 1)..<lines.count where !headingLines.contains(index) {
            guard let kind = UnnumberedPartRecognizer.recognize(lines[index]) else { continue }
            // `... punkter til` / `eventuelt.`: the end of a sentence, not a heading.
            if let above = lines[..<index].lastIndex(where: { !$0.isBlank }),
               TextShape.endsWithConnectingWord(lines[above].text) || !TextShape.startsWithUppercaseLetter(lines[index].text) {
                continue
            }
            let heading = ItemHeadingText.parse(lines[index].text)
            if kind == .group, !heading.hasTimeSlot {
                guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { continue }
                let startsSection = headings[next] != nil
                guard startsSection || entryLines.contains(next) else { continue }
            }
            var cleaned = heading
            cleaned.title = TextShape.trimmingTrailing(heading.title, .colon)
            parts.append(Entry(heading: cleaned, line: index, lastHeadingLine: index, body: 0..<0, unnumberedKind: kind))
        }
        return parts
    }
}
