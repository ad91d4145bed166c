import SamspilCore

/// Writes a meeting's agenda or minutes as one self-contained HTML page with a print style sheet: what a
/// member prints or reads on a tablet, and what Chromium prints to PDF. A4, page numbers in the margin,
/// UDKAST at the top of every page of a draft, no item split from its heading.
public enum PrintHTMLWriter {
    public static func html(for document: MeetingDocument) -> String {
        let outline = DocumentOutline(document)
        var body = ""
        var openList: String?
        func list(_ kind: String) {
            guard openList != kind else { return }
            closeList()
            body += "<ul class=\"\(kind)\">\n"
            openList = kind
        }
        func closeList() {
            if openList != nil { body += "</ul>\n"; openList = nil }
        }
        for block in outline.blocks {
            switch block {
            case .entry, .attachment: break
            default: closeList()
            }
            switch block {
            case .draftMark:
                body += "<p class=\"draft\">UDKAST</p>\n"
            case let .title(text):
                body += "<h1>\(e(text))</h1>\n"
            case let .subtitle(text):
                body += "<p class=\"subtitle\">\(e(text))</p>\n"
            case let .field(label, value):
                body += "<p class=\"field\"><b>\(e(label)):</b> \(e(value))</p>\n"
            case let .listHeading(text):
                body += "<h2 class=\"list\">\(e(text))</h2>\n"
            case let .organisation(text):
                body += "<p class=\"organisation\">\(e(text))</p>\n"
            case let .entry(text):
                list("people")
                body += "<li>\(keepingCompoundsWhole(e(text)))</li>\n"
            case let .attachment(text):
                // The bullet is text, not a list marker: a PDF's text layer then tells where each
                // attachment starts when a long title wraps.
                list("attachments")
                body += "<li>• \(keepingCompoundsWhole(e(text)))</li>\n"
            case let .agendaHeading(text):
                body += "<h2 class=\"agenda\">\(e(text))</h2>\n"
            case let .item(number, heading):
                body += "<h3>\(e(number.map { "\($0). \(heading)" } ?? heading))</h3>\n"
            case let .sectionHeading(text):
                body += "<h4>\(e(text))</h4>\n"
            case let .text(block):
                body += html(block)
            }
        }
        closeList()
        return """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(document.title))</title>
        <style>\(styleSheet(draft: document.isDraft))</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private static func html(_ block: TextBlock) -> String {
        switch block {
        case let .paragraph(text): "<p>\(inline(text))</p>\n"
        case let .list(items): "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case let .orderedList(start, items):
            "<ol start=\"\(start)\">\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ol>\n"
        case let .heading(_, text): "<h5>\(inline(text))</h5>\n"
        case let .quote(blocks): "<blockquote>\n" + blocks.map(html).joined() + "</blockquote>\n"
        }
    }

    private static func inline(_ markdown: String) -> String {
        InlineText(markdown).runs.map { run in
            var text = keepingCompoundsWhole(e(run.text))
            if run.isItalic { text = "<em>\(text)</em>" }
            if run.isBold { text = "<strong>\(text)</strong>" }
            return text
        }.joined()
    }

    private static func e(_ text: String) -> String { XMLText.escaped(text) }

    /// `klynge-samarbejdet` is not broken across lines at its hyphen: a reader of the printed page (and
    /// Samspil's importer) would take the hyphen at the end of a line for a word split in two.
    static func keepingCompoundsWhole(_ html: String) -> String {
        html.replacingOccurrences(of: "([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+)", with: "<span class=\"nowrap\">$1</span>",
                                  options: .regularExpression)
    }

    /// Page furniture is CSS paged media (margin boxes), which Chromium prints since version 131.
    private static func styleSheet(draft: Bool) -> String {
        """

        @page { size: A4; margin: 22mm 18mm 20mm 20mm;
          @bottom-center { content: "Side " counter(page) " af " counter(pages); font: 9pt Calibri, Carlito, Arial, sans-serif; color: #444; }
          \(draft ? "@top-right { content: \"UDKAST\"; font: bold 10pt Calibri, Carlito, Arial, sans-serif; color: #c00000; }" : "") }
        html { font: 11pt/1.4 Calibri, Carlito, "Liberation Sans", Arial, sans-serif; color: #111; }
        body { max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 20pt; color: #1f3a5f; margin: 0; }
        p.subtitle { font-size: 14pt; color: #1f3a5f; margin: 0 0 .8rem; }
        h2 { font-size: 14pt; color: #1f3a5f; margin: 1.2rem 0 .3rem; break-after: avoid; }
        h2.agenda { border-bottom: 1px solid #1f3a5f; padding-bottom: .2rem; margin-top: 1.6rem; }
        h3 { font-size: 13pt; color: #1f3a5f; margin: 1.2rem 0 .3rem; break-after: avoid; }
        h4 { font-size: 11pt; margin: .8rem 0 .2rem; break-after: avoid; }
        h5 { font-size: 11pt; font-style: italic; margin: .6rem 0 .2rem; break-after: avoid; }
        p { margin: 0 0 .5rem; orphans: 3; widows: 3; }
        p.field { margin: 0 0 .2rem; }
        p.organisation { font-weight: bold; margin: .5rem 0 0; break-after: avoid; }
        p.draft { color: #c00000; font-weight: bold; font-size: 14pt; margin: 0 0 .4rem; }
        ul.people { padding-left: 1.2rem; margin: 0 0 .3rem; }
        ul.attachments { list-style: none; padding-left: 1rem; margin: 0 0 .3rem; }
        ul.attachments li { padding-left: 1em; text-indent: -1em; }
        .nowrap { white-space: nowrap; }
        li { margin: 0 0 .15rem; }
        blockquote { margin: .4rem 1.5rem; font-style: italic; }
        @media print { body { max-width: none; margin: 0; padding: 0; } }

        """
    }
}
