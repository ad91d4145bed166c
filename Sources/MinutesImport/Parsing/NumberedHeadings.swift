/// The start of a numbered agenda heading: `5. Implementering ...`, `Punkt 3: ...`, `Pkt. 49 ...`,
/// `Ad 3. ...`, `Sag nr. 24`, `Lukket: 12. ...`.
struct NumberedHeadingStart: Equatable, Sendable {
    let number: Int
    /// The text after the number.
    let rest: String
    /// Introduced by `Punkt`, `Pkt.` or `Sag nr.`: the way meeting systems print items, never a plain list.
    let hasPunktPrefix: Bool
    /// Marked `Lukket` (a closed item: its text is not public).
    let isClosed: Bool
    /// `3) Titel`: how some agendas number their items, and how enumerations in a case are numbered.
    var hasParenthesis = false
}

enum NumberedHeadingRecognizer {
    /// Words before the number of an item.
    private static let numberPrefixes = PhraseList(["ad punkt", "ad pkt.", "ad pkt", "ad.", "ad", "punkt", "pkt.", "pkt",
                                                    "sag nr.", "sag nr"])

    /// `bareNumberAllowed`: on a Markdown heading, `### 3 Title` without the full stop is a numbered heading too.
    static func recognize(_ text: String, bareNumberAllowed: Bool = false) -> NumberedHeadingStart? {
        // Cheap first: a number, or one of the words that can come before it.
        if let initial = SimpleText.firstCharacter(text) {
            guard SimpleText.isNumber(initial) || "LlPpAaSs(".unicodeScalars.contains(where: { $0.value == initial }) else {
                return nil
            }
        } else {
            guard let initial = text.first, initial.isNumber || "LlPpAaSs(".contains(initial) else { return nil }
        }
        var rest = Substring(text)
        var isClosed = stripClosedMarker(&rest)
        var hasPunktPrefix = false
        var hasParenthesis = false

        // The prefixes the line starts with (all shorter than the 12 characters looked at), in list order.
        let prefixes = numberPrefixes.lowercasedPrefixes(of: rest) ?? {
            let lowered = TextShape.lowercased(TextShape.prefix(rest, 12))
            return numberPrefixes.phrases.filter { lowered.hasPrefix($0) }
        }()
        for prefix in prefixes {
            let afterPrefix = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
            // `Ad 3.`, `Ad pkt. 3`, `Punkt 3:` - the prefix and then the number.
            let next = rest.dropFirst(prefix.count).first
            let separated = next == " " || next?.isNumber == true || prefix.hasSuffix(".")
            if separated, afterPrefix.first?.isNumber == true {
                rest = afterPrefix
                hasPunktPrefix = true
                break
            }
        }

        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits), number >= 1 else { return nil }
        rest = rest.dropFirst(digits.count)

        if hasPunktPrefix {
            // `Punkt 3: Titel`, `Pkt. 3. Titel`, `Punkt 3 - Titel`, `Punkt 3 Titel`; not `Sag nr. 24/1234`.
            guard rest.first.map({ !$0.isNumber && $0 != "/" }) ?? true else { return nil }
            rest = rest.drop(while: { [":", ".", "-", "–", " "].contains($0) })
        } else if rest.first == "." {
            // `5. Titel`, `5.Titel`, `5.` alone - but not `5.1 Underpunkt` or `7.965.504 kr.`
            rest = rest.dropFirst()
            guard rest.first.map({ !$0.isNumber }) ?? true else { return nil }
            rest = rest.drop(while: { $0 == " " })
        } else if rest.first == ")", rest.dropFirst().first == " " {
            hasParenthesis = true
            rest = rest.dropFirst().drop(while: { $0 == " " })
        } else if bareNumberAllowed, rest.first == " " {
            rest = rest.drop(while: { $0 == " " })
        } else {
            return nil
        }
        if stripClosedMarker(&rest) { isClosed = true }

        let title = TextShape.trimmed(rest)
        // `Pkt. 16` alone on a line: the title is on the line next to it.
        if title.isEmpty, !hasParenthesis {
            return NumberedHeadingStart(number: number, rest: "", hasPunktPrefix: hasPunktPrefix, isClosed: isClosed)
        }
        guard let first = title.first else { return nil }
        // A title, or a time slot before it (`1. 13.00-13.15 Velkomst`).
        let startsWithTime = first.isNumber && !DanishDates.times(in: title.prefix(13)).isEmpty
        guard first.isLetter || "\"'’“«(".contains(first) || startsWithTime else { return nil }
        // `18. juni 2021 ...` is a date, not item 18.
        if let firstWord = TextShape.words(title).first, DanishDates.isMonthName(firstWord) { return nil }
        return NumberedHeadingStart(number: number, rest: title, hasPunktPrefix: hasPunktPrefix, isClosed: isClosed,
                                    hasParenthesis: hasParenthesis)
    }

    /// Removes `Lukket:`, `Lukket punkt:`, `(Lukket)` at the start; returns whether there was one.
    private static func stripClosedMarker(_ text: inout Substring) -> Bool {
        guard let first = text.first, first == "L" || first == "l" || first == "(" else { return false }
        let lowered = TextShape.lowercased(TextShape.prefix(text, 16))
        for marker in ["lukket punkt:", "lukket punkt -", "lukket:", "(lukket)", "lukket -", "lukket –"]
        where lowered.hasPrefix(marker) {
            text = text.dropFirst(marker.count).drop(while: { $0 == " " })
            return true
        }
        if lowered.hasPrefix("lukket punkt "), text.dropFirst("lukket punkt ".count).first?.isNumber == true {
            // `Lukket punkt 12: ...` - keep `punkt 12` for the number.
            text = text.dropFirst("lukket ".count)
            return true
        }
        return false
    }
}
