import Foundation
import SamspilCore
@testable import MinutesImport

/// Small helpers that let a test state a shape of minutes as a snippet of text.
enum Snippet {
    /// Parses a snippet of plain text (or Markdown) the way a file would be parsed.
    static func parse(_ text: String, markdown: Bool = false) -> ParsedMinutes {
        MinutesParser().parse(text: text, format: markdown ? .markdown : .text)
    }

    /// The cleaned lines of a snippet of plain text.
    static func lines(_ text: String) -> [DocumentLine] {
        DocumentCleanup.clean(PlainTextReader.read(text))
    }

    /// The texts of the cleaned lines, blank lines left out.
    static func texts(_ text: String) -> [String] {
        lines(text).filter { !$0.isBlank }.map(\.text)
    }

    /// The numbered items of a parse, as (number, title).
    static func numberedItems(_ minutes: ParsedMinutes) -> [ParsedMinutes.Item] {
        minutes.items.filter { $0.number != nil }
    }

    static func item(_ number: Int, in minutes: ParsedMinutes) -> ParsedMinutes.Item? {
        minutes.items.first { $0.number == number }
    }

    static func kinds(_ item: ParsedMinutes.Item?) -> [SectionKind] {
        item?.sections.filter { !$0.text.isEmpty }.map(\.kind) ?? []
    }

    static func time(_ text: String) -> TimeOfDay? { TimeOfDay(text) }

    static func day(_ iso: String) -> CalendarDay? { CalendarDay(iso: iso) }
}
