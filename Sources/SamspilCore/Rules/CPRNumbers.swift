/// A Danish civil registration number (CPR-nummer) found in a text. It holds where the number is and
/// a masked form, never the number itself: whatever shows a hit (a page, a log, an error message) can
/// only show the masked form, "010190-****".
public struct CPRNumber: Hashable, Sendable {
    /// Where the number is in the text it was found in.
    public let range: Range<String.Index>
    /// The line of the text it is on, from 1: where to look in a long document.
    public let line: Int
    /// The birth date and a masked serial number: "010190-****", whatever separator the text used.
    public let masked: String
}

/// Finds CPR numbers in texts that are about to become public (DOMAIN.md: a CPR number must never be
/// published).
///
/// A CPR number is ten digits, `ddmmyy` and a serial number `xxxx`, written
/// - `ddmmyy-xxxx`, with a hyphen or any dash that word processors put in its place (non-breaking
///   hyphen, figure dash, en dash, minus sign), because a text pasted from Word or a PDF has those;
/// - `ddmmyy xxxx`, with a space or a non-breaking space, as some people write it;
/// - `ddmmyyxxxx`, the digits run together, as in registers and spreadsheets.
///
/// It is a CPR number only when
/// - it stands alone: no letter or digit right before or after it, so a 12-digit number, an account
///   number or "ABC0101901234" do not count (a phone number has 8 digits and never does);
/// - `ddmmyy` is a date that exists, in the century the seventh digit gives (the CPR office's rule): 0-3
///   the 1900s; 4 and 9 the 2000s up to yy 36, the 1900s after; 5-8 the 2000s up to yy 57, the 1800s
///   after. So 29 February counts only in a leap year: 290200-4123 is a CPR number (2000), 290200-1123
///   is not (1900).
///
/// The modulus 11 check is not made: numbers issued since 2007 need not satisfy it.
/// The rule leans towards finding too much: a journal number that happens to look like a CPR number
/// stops a publication until it is written differently, which is a small price against publishing a
/// person's CPR number.
public enum CPRNumbers {
    /// Every CPR number in `text`, in order.
    public static func find(in text: String) -> [CPRNumber] {
        // Characters, not bytes: a letter with a combining accent right before the digits is one
        // character, and is a letter.
        let characters = Array(text)
        guard characters.count >= 10 else { return [] }
        let indices = Array(text.indices) + [text.endIndex]
        var found: [CPRNumber] = []
        var line = 1
        var lineCountedTo = 0
        var position = 0
        while position + 10 <= characters.count {
            guard let match = match(in: characters, at: position) else {
                position += 1
                continue
            }
            line += characters[lineCountedTo..<position].count(where: \.isNewline)
            lineCountedTo = position
            let birth = String(characters[position..<(position + 6)])
            found.append(CPRNumber(range: indices[position]..<indices[match], line: line, masked: birth + "-****"))
            position = match
        }
        return found
    }

    /// `text` with every CPR number in it masked ("010190-****"): safe to show.
    public static func masking(_ text: String) -> String {
        var masked = text
        for number in find(in: text).reversed() {
            masked.replaceSubrange(number.range, with: number.masked)
        }
        return masked
    }

    /// A short stretch of `text` around `number`, to show where it is: whole words, on one line, with
    /// `number` and any other CPR number in reach masked. "… forbruget for 010190-**** i 2021 …".
    public static func excerpt(around number: CPRNumber, in text: String, wordsEachSide: Int = 5) -> String {
        guard number.range.upperBound <= text.endIndex else { return number.masked }
        let (near, cutBefore) = window(text[..<number.range.lowerBound], fromEnd: true)
        let (next, cutAfter) = window(text[number.range.upperBound...], fromEnd: false)
        let before = masking(near)
        let after = masking(next)
        // A word glued to the number ("CPR:010190-1234") is shown whole and not counted.
        let wordsBefore = before.split(whereSeparator: \.isWhitespace)
        let gluedBefore = before.last.map { !$0.isWhitespace } ?? false
        let firstShown = max(0, wordsBefore.count - wordsEachSide - (gluedBefore ? 1 : 0))
        let leading = wordsBefore.isEmpty ? Substring() : before[wordsBefore[firstShown].startIndex...]
        let wordsAfter = after.split(whereSeparator: \.isWhitespace)
        let gluedAfter = after.first.map { !$0.isWhitespace } ?? false
        let lastShown = min(wordsAfter.count, wordsEachSide + (gluedAfter ? 1 : 0)) - 1
        let trailing = lastShown < 0 ? Substring() : after[..<wordsAfter[lastShown].endIndex]
        let shown = (leading + number.masked + trailing).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (firstShown > 0 || cutBefore ? "… " : "") + shown + (lastShown + 1 < wordsAfter.count || cutAfter ? " …" : "")
    }

    // MARK: -

    /// How far an excerpt looks on each side: enough for its words, and it keeps masking a long text's
    /// excerpts from reading the whole text for each of them.
    private static let excerptReach = 300

    /// The end (or the start) of `text` within reach of a number, cut at a blank so that no word, and so no
    /// hyphenated CPR number, is cut in two and left unmasked.
    private static func window(_ text: Substring, fromEnd: Bool) -> (text: String, cut: Bool) {
        if fromEnd {
            guard let start = text.index(text.endIndex, offsetBy: -excerptReach, limitedBy: text.startIndex),
                  start > text.startIndex else { return (String(text), false) }
            let cut = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            return (String(text[cut...]), true)
        }
        guard let end = text.index(text.startIndex, offsetBy: excerptReach, limitedBy: text.endIndex),
              end < text.endIndex else { return (String(text), false) }
        let cut = text[..<end].lastIndex(where: \.isWhitespace) ?? text.startIndex
        return (String(text[..<cut]), true)
    }

    /// Hyphens and the dashes and spaces that take their place.
    private static let separators: Set<Character> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", " ", "\u{00A0}", "\u{202F}",
    ]

    /// The end of a CPR number starting at `start`, or nil when none starts there.
    private static func match(in characters: [Character], at start: Int) -> Int? {
        if start > 0, isWordCharacter(characters[start - 1]) { return nil }
        var digits: [Int] = []
        var position = start
        while position < characters.count, digits.count < 10 {
            let character = characters[position]
            if let digit = asciiDigit(character) {
                digits.append(digit)
            } else if digits.count == 6, position == start + 6, separators.contains(character) {
                // One separator, after the birth date only.
            } else {
                return nil
            }
            position += 1
        }
        guard digits.count == 10 else { return nil }
        if position < characters.count, isWordCharacter(characters[position]) { return nil }
        guard isBirthDate(digits) else { return nil }
        return position
    }

    private static func asciiDigit(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, ascii >= 0x30, ascii <= 0x39 else { return nil }
        return Int(ascii - 0x30)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Whether the first six digits are a date that exists in the century the seventh digit gives.
    private static func isBirthDate(_ digits: [Int]) -> Bool {
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        let year = digits[4] * 10 + digits[5]
        guard (1...12).contains(month), day >= 1 else { return false }
        let fullYear = century(year: year, seventhDigit: digits[6]) + year
        return day <= daysIn(month: month, year: fullYear)
    }

    /// The CPR office's rule for the century of a birth year.
    private static func century(year: Int, seventhDigit: Int) -> Int {
        switch seventhDigit {
        case 0...3: 1900
        case 4, 9: year <= 36 ? 2000 : 1900
        default: year <= 57 ? 2000 : 1800
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
