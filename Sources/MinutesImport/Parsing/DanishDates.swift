import SamspilCore

/// A date found in a text, with where it stands (character offsets) so that the caller can look around it.
struct FoundDate: Equatable, Sendable {
    let day: CalendarDay
    let range: Range<Int>
}

/// Dates and clock times as Danish minutes write them: `18. juni 2021`, `d. 16/9-2022`, `26.11.2014`,
/// `2021-06-18`, `kl. 08:30-12:00`, `8.25`.
enum DanishDates {
    /// Month names and their usual abbreviations, Danish and English.
    static let months: [String: Int] = [
        "januar": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "marts": 3, "mar": 3,
        "march": 3, "april": 4, "apr": 4, "maj": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7,
        "jul": 7, "july": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
        "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static func isMonthName(_ word: some StringProtocol) -> Bool {
        months[TextShape.trimmingTrailing(TextShape.lowercased(word), .fullStopAndComma)] != nil
    }

    /// Every date in the text, in order.
    static func dates(in text: String) -> [FoundDate] {
        // Every date starts at an ASCII digit: most lines have none.
        guard hasASCIIDigit(text) else { return [] }
        let characters = Array(text)
        var found: [FoundDate] = []
        var index = 0
        while index < characters.count {
            guard isASCIIDigit(characters[index]),
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else {
                index += 1
                continue
            }
            if let date = date(in: characters, at: index) {
                found.append(date)
                index = date.range.upperBound
            } else {
                index += 1
                while index < characters.count, characters[index].isNumber { index += 1 }
            }
        }
        return found
    }

    private static func date(in c: [Character], at start: Int) -> FoundDate? {
        var scanner = DigitScanner(characters: c, position: start)
        guard let first = scanner.number(maxDigits: 4) else { return nil }

        // ISO: 2021-06-18
        if first.digits == 4 {
            guard scanner.take("-"), let month = scanner.number(maxDigits: 2), scanner.take("-"),
                  let day = scanner.number(maxDigits: 2), !scanner.atDigit,
                  let date = CalendarDay(year: first.value, month: month.value, day: day.value) else { return nil }
            return FoundDate(day: date, range: start..<scanner.position)
        }
        let day = first.value

        // Month first, as some meeting systems print it: `Marts 3, 2016`.
        if first.digits <= 2, let monthFirst = monthBefore(start, in: c) {
            var after = scanner
            _ = after.take(",")
            after.skipSpaces()
            if let year = after.number(maxDigits: 4), year.digits == 4, !after.atDigit,
               let date = CalendarDay(year: year.value, month: monthFirst.month, day: day) {
                return FoundDate(day: date, range: monthFirst.start..<after.position)
            }
        }

        // Numeric: 18.06.2021, 18-06-2021, 18/6 2021, 18/6-2021, 18.06.21
        let afterDay = scanner.position
        if let separator = scanner.takeAny(of: [".", "-", "/"]), let month = scanner.number(maxDigits: 2) {
            if scanner.takeAny(of: [".", "-", "/", " "]) != nil, let year = scanner.number(maxDigits: 4),
               year.digits == 4 || year.digits == 2, !scanner.atDigit {
                let fullYear = year.digits == 2 ? 2000 + year.value : year.value
                // `1.555,4` and other numbers are not dates: the year must be plausible.
                if (1990...2100).contains(fullYear), let date = CalendarDay(year: fullYear, month: month.value, day: day) {
                    return FoundDate(day: date, range: start..<scanner.position)
                }
            }
            _ = separator
        }
        scanner.position = afterDay

        // Named month: 18. juni 2021, 18 juni 2021, 18. jun. 2021
        _ = scanner.take(".")
        scanner.skipSpaces()
        let word = scanner.letters()
        guard let month = months[TextShape.lowercased(word)] else { return nil }
        _ = scanner.take(".")
        scanner.skipSpaces()
        guard let year = scanner.number(maxDigits: 4), year.digits == 4, !scanner.atDigit,
              let date = CalendarDay(year: year.value, month: month, day: day) else { return nil }
        return FoundDate(day: date, range: start..<scanner.position)
    }

    /// The month name right before a number (`Marts 3`), and where it starts.
    private static func monthBefore(_ index: Int, in c: [Character]) -> (month: Int, start: Int)? {
        var end = index
        while end > 0, c[end - 1] == " " { end -= 1 }
        guard end < index else { return nil }
        var start = end
        while start > 0, c[start - 1].isLetter { start -= 1 }
        guard start < end, let month = months[TextShape.lowercased(String(c[start..<end]))] else { return nil }
        return (month, start)
    }

    /// Clock times in the text, in order: `8.25`, `08:10`, `13.00`. Dates (`26.11.2014`) and numbers with
    /// more digits (`1.555,4`) are not times.
    static func times(in text: some StringProtocol) -> [TimeOfDay] {
        // Every time starts at an ASCII digit: most lines have none.
        guard hasASCIIDigit(text) else { return [] }
        let c = Array(text)
        var times: [TimeOfDay] = []
        var index = 0
        while index < c.count {
            guard isASCIIDigit(c[index]),
                  index == 0 || !(c[index - 1].isNumber || c[index - 1] == "." || c[index - 1] == ","
                                  || c[index - 1].isLetter) else {
                index += 1
                continue
            }
            var scanner = DigitScanner(characters: c, position: index)
            if let hour = scanner.number(maxDigits: 2), scanner.takeAny(of: [".", ":"]) != nil,
               let minute = scanner.number(maxDigits: 2), minute.digits == 2,
               !scanner.atDigit || startsTime(c, at: scanner.position),
               !(scanner.peek == "." || scanner.peek == ",") || !scanner.digitFollowsPeek,
               let time = TimeOfDay(hour: hour.value, minute: minute.value) {
                // `08:0008:10`: two times glued together where a PDF lost the dash between them.
                times.append(time)
                index = scanner.position
                if scanner.atDigit { times += Self.times(in: String(c[index...])).prefix(1); break }
            } else {
                index += 1
                while index < c.count, c[index].isNumber { index += 1 }
            }
        }
        return times
    }

    /// `character.isASCII && character.isNumber`, without the Unicode property lookup.
    @inline(__always)
    static func isASCIIDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }

    /// A byte `0`-`9`: without one, no character is an ASCII digit.
    private static func hasASCIIDigit(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `8:10` or `08.10` starts at `index` (and is not followed by more digits).
    private static func startsTime(_ c: [Character], at index: Int) -> Bool {
        var scanner = DigitScanner(characters: c, position: index)
        guard let hour = scanner.number(maxDigits: 2), hour.value < 24, scanner.takeAny(of: [".", ":"]) != nil,
              let minute = scanner.number(maxDigits: 2), minute.digits == 2, minute.value < 60 else { return false }
        return !scanner.atDigit
    }

    /// `kl. 14` - a whole hour after `kl.`, as guests' notes and some time slots write it.
    static func wholeHourAfterKl(in text: some StringProtocol) -> TimeOfDay? {
        wholeHoursAfterKl(in: text)?.start
    }

    /// `kl. 14-16`, `kl 9 - 12`, `kl. 14`: whole hours after `kl.`.
    static func wholeHoursAfterKl(in text: some StringProtocol) -> (start: TimeOfDay, end: TimeOfDay?)? {
        let folded = TextShape.folded(text)
        guard let range = folded.range(of: "kl.") ?? folded.range(of: "kl ") else { return nil }
        var rest = folded[range.upperBound...].drop(while: { $0 == " " })
        func hour() -> TimeOfDay? {
            let digits = rest.prefix(while: { $0.isNumber })
            guard (1...2).contains(digits.count), let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard rest.first != "." && rest.first != ":" || rest.dropFirst().first?.isNumber != true else { return nil }
            return TimeOfDay(hour: value, minute: 0)
        }
        guard let start = hour() else { return nil }
        rest = rest.drop(while: { $0 == " " || $0 == "." })
        guard let dash = rest.first, "-–—".contains(dash) else { return (start, nil) }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        return (start, hour())
    }
}

/// Reads digits, separators and words from a character array.
private struct DigitScanner {
    let characters: [Character]
    var position: Int

    var atDigit: Bool { position < characters.count && characters[position].isNumber }
    var peek: Character? { position < characters.count ? characters[position] : nil }
    var digitFollowsPeek: Bool { position + 1 < characters.count && characters[position + 1].isNumber }

    mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0, digits = 0
        while position < characters.count, digits < maxDigits, DanishDates.isASCIIDigit(characters[position]),
              let digit = characters[position].wholeNumberValue {
            value = value * 10 + digit
            digits += 1
            position += 1
        }
        return digits > 0 ? (value, digits) : nil
    }

    mutating func take(_ character: Character) -> Bool {
        guard position < characters.count, characters[position] == character else { return false }
        position += 1
        return true
    }

    mutating func takeAny(of options: [Character]) -> Character? {
        guard position < characters.count, options.contains(characters[position]) else { return nil }
        position += 1
        return characters[position - 1]
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position] == " " { position += 1 }
    }

    mutating func letters() -> String {
        var word = ""
        while position < characters.count, characters[position].isLetter {
            word.append(characters[position])
            position += 1
        }
        return word
    }
}
