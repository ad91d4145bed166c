import SamspilCore

/// An agenda item's heading taken apart: the title, the time slot and the presenter.
struct ItemHeading: Equatable, Sendable {
    var number: Int?
    var title: String
    var presenter: String?
    var start: TimeOfDay?
    var end: TimeOfDay?
    var caseNumber: String?
    var isClosed = false
    /// A presenter marker (`v/`) was found; the name may still be on the next line.
    var hasPresenterMarker = false
    var hasTimeSlot: Bool { start != nil }
}

/// Splits heading text into title, time slot (`(kl. 08:10-8.25)`, `(15.20)`, `kl. 9.45-9.55`) and presenter
/// (`v/ A og B`, `v. Tove Kristensen`, `V/Thomas`).
enum ItemHeadingText {
    static func parse(_ text: String) -> ItemHeading {
        var working = text
        var caseNumber: String?
        if let found = CaseNumbers.find(in: working) {
            caseNumber = found.value
            working = removing(found.range, from: working)
        }
        // The time slot may stand anywhere (`Titel (kl. 13.00) v. X`, `Titel v/ X (kl. 9)`, `Kl. 10.00: Titel`);
        // what is left is the title and the presenter.
        var characters = Array(working)
        let slot = timeSlot(in: characters)
        if let slot { characters.replaceSubrange(slot.range, with: [" "]) }

        var titlePart = characters[...]
        var presenter: String?
        let marker = presenterMarker(in: characters)
        if let marker {
            titlePart = characters[..<marker.lowerBound]
            var name = TextShape.string(characters[marker.upperBound...])
            // `(v/ Lauge Clemmensen)`: the bracket holds the presenter, and is no part of the title.
            if titlePart.last == "(" {
                titlePart = titlePart.dropLast()
                if let close = name.firstIndex(of: ")") { name = String(name[..<close]) }
            }
            let cleaned = TextShape.trimmingTrailing(name, ["-", "–", ",", ".", ":", ";", "(", ")"])
            presenter = cleaned.isEmpty ? nil : TextShape.trimmed(cleaned.drop(while: { $0 == "." || $0 == " " }))
        }
        // Whitespace collapsed: the words joined by single spaces.
        let titleText = TextShape.string(titlePart)
        let collapsed = SimpleText.collapsingSpaces(titleText) ?? TextShape.words(titleText).joined(separator: " ")
        let title = TextShape.trimmingTrailing(collapsed.drop(while: { ":-–".contains($0) || $0 == " " }),
                                               ["-", "–", ",", ":", ";", "/"])
        return ItemHeading(number: nil, title: title, presenter: presenter, start: slot?.start, end: slot?.end,
                           caseNumber: caseNumber, hasPresenterMarker: marker != nil)
    }

    struct Slot {
        let range: Range<Int>
        let start: TimeOfDay
        let end: TimeOfDay?
    }

    /// A parenthesised group holding only times (`(kl. 8:45-9:15-)`, `(15.20)`), or `kl.` followed by times.
    static func timeSlot(in c: [Character]) -> Slot? {
        // `13.00-13.15 Velkomst`: a bare time range before the title.
        if let first = c.first, first.isNumber {
            let end = c.firstIndex(where: { $0.isLetter }) ?? c.count
            let region = TextShape.string(c[..<end])
            let times = DanishDates.times(in: region)
            if let start = times.first, region.allSatisfy({ $0.isNumber || ".:-–— ".contains($0) }) {
                return Slot(range: 0..<end, start: start, end: times.dropFirst().first)
            }
        }
        var index = 0
        while index < c.count {
            if c[index] == "(", let close = c[index...].firstIndex(of: ")") {
                let inside = TextShape.string(c[(index + 1)..<close])
                let times = DanishDates.times(in: inside)
                if let start = times.first, isOnlyTimeWords(inside) {
                    return Slot(range: index..<(close + 1), start: start, end: times.dropFirst().first)
                }
            }
            index += 1
        }
        // `kl. 9.45-9.55` without brackets, `Pause kl. (10 min) 9.15-9.25`.
        let lowered = TextShape.lowercased(TextShape.string(c))
        guard lowered.includes("kl"), let kl = lowered.range(of: "kl.") ?? lowered.range(of: "kl "),
              lowered[..<kl.lowerBound].last.map({ !$0.isLetter }) ?? true else { return nil }
        let klStart = lowered.distance(from: lowered.startIndex, to: kl.lowerBound)
        var end = klStart + 3
        while end < c.count, c[end].isNumber || ".:-–—() ".contains(c[end])
                || (c[end].isLetter && isTimeWordAt(c, end)) {
            end += 1
        }
        let region = TextShape.string(c[klStart..<end])
        let times = DanishDates.times(in: region)
        if let start = times.first ?? DanishDates.wholeHourAfterKl(in: region) {
            while end > klStart, c[end - 1] == " " { end -= 1 }
            return Slot(range: klStart..<end, start: start, end: times.dropFirst().first)
        }
        return nil
    }

    /// Words a time slot may hold besides digits: `kl.`, `ca.`, `min`, `til`.
    private static let timeWords: Set<String> = ["kl", "ca", "min", "minutter", "mins", "til", "fra", "og", "time", "timer"]

    private static func isOnlyTimeWords(_ text: String) -> Bool {
        let letters = text.split(whereSeparator: { !$0.isLetter })
        return letters.allSatisfy { timeWords.contains(TextShape.lowercased($0)) }
    }

    private static func isTimeWordAt(_ c: [Character], _ index: Int) -> Bool {
        var start = index
        while start > 0, c[start - 1].isLetter { start -= 1 }
        var end = index
        while end < c.count, c[end].isLetter { end += 1 }
        return timeWords.contains(TextShape.lowercased(TextShape.string(c[start..<end])))
    }

    /// `v/`, `V/`, `v.` and, after a bracket, `V.`: where the presenter's name begins (also inside brackets:
    /// `(v/ Lauge Clemmensen)`).
    /// Returns the marker's range (including the space after it).
    static func presenterMarker(in c: [Character]) -> Range<Int>? {
        var index = 1
        while index + 1 < c.count {
            let before = c[index - 1]
            if before == " " || before == ")" || before == "(" {
                let letter = c[index], mark = c[index + 1]
                let afterMark = index + 2 < c.count ? c[index + 2] : " "
                let isMarker = (letter == "v" || letter == "V") && mark == "/"
                    || letter == "v" && mark == "." && afterMark == " "
                    || letter == "V" && mark == "." && afterMark == " " && before == ")"
                if isMarker {
                    var end = index + 2
                    while end < c.count, c[end] == " " { end += 1 }
                    return index..<end
                }
            }
            index += 1
        }
        // A marker that ends the line: `(kl. 13.25) v.`
        if c.count >= 2, c[c.count - 2] == "v" || c[c.count - 2] == "V", c.last == "/" || c.last == ".",
           c.count == 2 || c[c.count - 3] == " " || c[c.count - 3] == ")" {
            return (c.count - 2)..<c.count
        }
        return nil
    }

    private static func removing(_ range: Range<Int>, from text: String) -> String {
        var characters = Array(text)
        var lower = range.lowerBound, upper = range.upperBound
        // Take brackets around the mention with it: `(Sagsnr. 22/123)`.
        if lower > 0, characters[lower - 1] == "(", upper < characters.count, characters[upper] == ")" {
            lower -= 1
            upper += 1
        }
        characters.removeSubrange(lower..<upper)
        return TextShape.trimmed(TextShape.string(characters).replacingOccurrences(of: "  ", with: " "))
    }
}
