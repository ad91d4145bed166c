/// One line of a document as the parser sees it: the words without the markup that carried them, and the
/// few facts about that markup which say something about structure.
///
/// Both readers (plain text and Markdown) produce these, so everything after reading works the same for
/// every format.
struct DocumentLine: Equatable, Sendable {
    /// Cleaned text: no bullet marker, no Markdown syntax, single spaces, no spaces at the ends.
    var text: String
    /// The number of `#` of a Markdown heading.
    var headingLevel: Int? = nil
    /// The whole line was bold (`**...**`): Word headings often arrive like that.
    var isBold = false
    /// The line began with a bullet (•, –, -, U+F0B7 ...): a list entry, never a heading.
    var isBullet = false
    /// A row of a table (tab-separated cells or a Markdown `|` row): never an agenda item.
    var isTableRow = false
    /// The first line after a page break (form feed).
    var startsPage = false
    /// Part of a letterhead block (case worker, phone, case number) printed in the middle of the text.
    var isLetterhead = false

    init(text: String, headingLevel: Int? = nil, isBold: Bool = false, isBullet: Bool = false,
         isTableRow: Bool = false, startsPage: Bool = false) {
        self.text = text
        self.headingLevel = headingLevel
        self.isBold = isBold
        self.isBullet = isBullet
        self.isTableRow = isTableRow
        self.startsPage = startsPage
    }

    var isBlank: Bool { text.isEmpty }

    /// Markup that makes the line a heading in its own right.
    var isEmphasised: Bool { headingLevel != nil || isBold }

    /// A plain line of text: what the line-based tests build.
    static func plain(_ text: String) -> DocumentLine { DocumentLine(text: text) }
}

/// The cell separator the readers put where a table had a cell boundary (a tab, a Markdown `|`).
let tableCellSeparator = " | "
