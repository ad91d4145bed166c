import SamspilCore

/// Text in, structure out: reads the lines of one document (plain text or Markdown), cleans them, finds the
/// agenda, and reads the header, the items and their sections.
struct MinutesTextParser: Sendable {
    func parse(text: String, format: ParsedMinutes.Source.Format) -> ParsedMinutes {
        let read = format == .markdown ? MarkdownReader.read(text) : PlainTextReader.read(text)
        return parse(lines: DocumentCleanup.clean(read, markdown: format == .markdown))
    }

    func parse(lines: [DocumentLine]) -> ParsedMinutes {
        // Which lines are section headings is asked again and again: decide it once.
        let headings = lines.map(SectionHeadingRecognizer.recognize)
        let outline = AgendaOutline.find(in: lines, headings: headings)
        var header = MeetingHeaderParser.parse(lines[..<outline.headerEnd])

        var items: [ParsedMinutes.Item] = []
        var bodies: [ItemBody] = []
        for entry in outline.entries {
            let body = ItemBodyParser.parse(lines[entry.body], headings: headings[entry.body])
            // A divider (`Beslutningspunkter` before a group of items) has nothing of its own.
            if entry.unnumberedKind == .group, body.sections.isEmpty, !entry.heading.hasTimeSlot { continue }
            let heading = entry.heading
            let start = heading.start ?? body.start ?? entry.timeSlotAbove?.start
            let end = heading.start != nil ? heading.end : body.start != nil ? body.end : entry.timeSlotAbove?.end
            items.append(ParsedMinutes.Item(
                number: heading.number, title: heading.title, presenter: heading.presenter ?? body.presenter,
                start: start, end: end,
                caseNumber: heading.caseNumber ?? body.caseNumber ?? entry.caseNumberAbove, sections: body.sections))
            bodies.append(body)
        }

        // Minutes without a single section heading: the text under each item is what was said and decided.
        let noHeadings = !bodies.isEmpty && bodies.allSatisfy { $0.headedSectionCount == 0 }
        if noHeadings, !Self.isAgendaOnly(lines[..<outline.headerEnd]) {
            for index in items.indices {
                items[index].sections = items[index].sections.map { section in
                    section.kind == .description ? .init(kind: .decision, heading: nil, text: section.text) : section
                }
            }
        }

        // Attendance under the first items, when the header has none.
        if !header.hasAttendance {
            let numbered = outline.entries.filter { $0.heading.number != nil }
            let found = AttendanceInItems.find(in: numbered.map { lines[$0.body] }, titles: numbered.map(\.heading.title))
            if !found.lists.isEmpty { AttendanceReading.read(lists: found.lists, into: &header) }
            if header.meeting.chair == nil { header.meeting.chair = found.chair }
        }

        // Municipal layouts print the date only in `Beslutning i <udvalg> den <dato>`.
        var dateFromDecisions = false
        if header.meeting.date == nil, let date = Self.dateOfDecisions(in: items) {
            header.meeting.date = date
            dateFromDecisions = true
        }
        let warnings = ParseWarnings.collect(header: header, items: items, bodies: bodies,
                                             dateFromDecisions: dateFromDecisions)
        return ParsedMinutes(meeting: header.meeting, attendance: header.attendance,
                             attachments: header.attachments, items: items, warnings: warnings)
    }

    /// A header that calls the document an agenda (`Dagsorden`) and never minutes (`Referat`).
    static func isAgendaOnly(_ header: ArraySlice<DocumentLine>) -> Bool {
        let folded = header.map { TextShape.folded($0.text) }
        return folded.contains { $0.includes("dagsorden") } && !folded.contains { $0.includes("referat") }
    }

    /// The date all `Beslutning i ... den <dato>` headings agree on.
    static func dateOfDecisions(in items: [ParsedMinutes.Item]) -> CalendarDay? {
        let dates = items.flatMap(\.sections)
            .filter { $0.kind == .decision }
            .compactMap { $0.heading.flatMap { DanishDates.dates(in: $0).first?.day } }
        guard let first = dates.first, dates.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
