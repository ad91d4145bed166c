import Foundation

/// Contact details in free text: e-mail addresses and Danish phone numbers. Minutes carry them for the
/// minute takers ("Katrine Gimm, tlf. 7844 1416, katrine.gimm@midt.rm.dk") and for whom to ask
/// ("Kommunale henvendelser rettes til Vibeke Just Andersen viand@viborg.dk"), and the public view
/// shows them to no one (DOMAIN.md: contact details are for signed-in users).
///
/// Every person counts as non-public. Samspil keeps no list of people or mailboxes whose details may be
/// published (a press office, a secretariat's shared address), and guessing one from the text would
/// publish a private address the first time the guess is wrong; so the public view removes every address
/// and number it finds, and members and secretaries of the body read the text as written.
///
/// What counts as a phone number is kept narrow, so that the numbers minutes are full of stay: case
/// numbers (1-52-100-22-09), amounts (9.138,7), years and year ranges (2019 2023), dates (18062021).
/// - With a label (`tlf.`, `tlf:`, `telefon`, `tel.`, `mobil`, `mob.`): eight digits, grouped or not.
/// - With a country code (`+45`, `0045`, `(+45)`): eight digits, grouped or not.
/// - Without either: only in the two ways Danes write a number, `12 34 56 78` and `1234 5678`, and not
///   two years side by side.
/// CPR numbers are another rule's business.
public enum ContactDetails {
    /// What the public reads where an address or number was.
    public static let marker = "[kontaktoplysning fjernet]"

    /// The text with every e-mail address and phone number replaced by `marker`; text without any comes
    /// back unchanged. Markdown links to an address keep their text (redacted in turn if it is the address).
    public static func redacted(in text: String) -> String {
        // Cheap exit for the many texts with nothing that could be a contact detail, and only the rules
        // that could match: the regular expressions cost far more than the page or the search index that
        // shows the text.
        let signs = Signs(of: text)
        guard !signs.isEmpty else { return text }
        var result = text
        for rule in rules where signs.contains(rule.sign) {
            result = rule.apply(to: result)
        }
        return result
    }

    /// What a text shows of contact details, from one pass over its bytes: every address (and so every
    /// mailto: link) has an "@", every phone number eight digits with at most one separator (space,
    /// no-break space, dot, hyphen) between two.
    struct Signs: OptionSet {
        let rawValue: UInt8
        static let address = Signs(rawValue: 1)
        static let number = Signs(rawValue: 2)

        init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        init(of text: String) {
            var text = text
            self = text.withUTF8(Self.init(of:))
        }

        /// Over the bytes rather than `String.UTF8View`: every text of a rebuild of the index passes here.
        private init(of text: UnsafeBufferPointer<UInt8>) {
            rawValue = 0
            var digits = 0
            var separatorPending = false
            var previous: UInt8 = 0
            for byte in text {
                // Outside a run of digits only a digit or an "@" changes anything: most bytes at a glance.
                if digits == 0, byte != UInt8(ascii: "@"), byte &- UInt8(ascii: "0") >= 10 { continue }
                switch byte {
                case UInt8(ascii: "@"):
                    insert(.address)
                    digits = 0
                    separatorPending = false
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    if digits == 8 { insert(.number) }
                    separatorPending = false
                case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), 0xC2:
                    // One separator may stand between two digits; 0xC2 starts a no-break space (C2 A0).
                    if separatorPending { digits = 0 }
                    separatorPending = digits > 0
                case 0xA0 where previous == 0xC2:
                    break
                default:
                    digits = 0
                    separatorPending = false
                }
                if rawValue == 3 { return }
                previous = byte
            }
        }
    }

    /// Whether the text holds an address or number that `redacted(in:)` would remove.
    public static func occur(in text: String) -> Bool {
        redacted(in: text) != text
    }

    /// One pattern and what a match becomes.
    private struct Rule: @unchecked Sendable {
        // NSRegularExpression is immutable once made and documented as safe to share between threads.
        let expression: NSRegularExpression
        /// What a text must show for the pattern to match.
        let sign: Signs
        /// The match's replacement, from the match's capture groups (index 0 is the whole match).
        let replacement: @Sendable ([String?]) -> String

        init(_ sign: Signs, _ pattern: String, replacement: @escaping @Sendable ([String?]) -> String) {
            self.sign = sign
            do {
                expression = try NSRegularExpression(pattern: pattern, options: [])
            } catch {
                // The patterns are constants of this file: a bad one is a programming error caught by any test.
                preconditionFailure("ContactDetails pattern does not compile: \(pattern): \(error)")
            }
            self.replacement = replacement
        }

        func apply(to text: String) -> String {
            let whole = NSRange(text.startIndex..., in: text)
            var result = text
            // From the end, so that earlier ranges stay valid while later ones are replaced.
            for match in expression.matches(in: text, range: whole).reversed() {
                guard let range = Range(match.range, in: result) else { continue }
                let groups = (0..<match.numberOfRanges).map { index in
                    Range(match.range(at: index), in: text).map { String(text[$0]) }
                }
                result.replaceSubrange(range, with: replacement(groups))
            }
            return result
        }
    }

    /// Eight digits, each pair or four optionally apart by one space, no-break space, dot or hyphen.
    private static let eightDigits = "[0-9](?:[ \\u00A0.-]?[0-9]){7}(?![0-9])"
    private static let countryCode = "\\(?(?:\\+|00)45\\)?[ \\u00A0-]?"
    /// Not inside a longer run of digits or a number with decimals.
    private static let notAfterDigits = "(?<![0-9.,])(?<![0-9][ \\u00A0])"
    private static let notBeforeDigits = "(?![ \\u00A0]?[0-9]|[.,][0-9])"

    private static let rules: [Rule] = [
        // [Katrine Gimm](mailto:katrine.gimm@midt.rm.dk): the link goes, its text stays.
        Rule(.address, "\\[([^\\]\\n]*)\\]\\(\\s*mailto:[^)\\s]*\\s*\\)") { $0[1] ?? marker },
        // Addresses, with or without mailto:. The domain ends in letters, so a full stop after it stays.
        Rule(.address, "(?:mailto:)?[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}") { _ in marker },
        // tlf. 7844 1416, Tlf.: 21 24 64 11, telefon 78441416, mobil +45 2124 6411: the label stays.
        Rule(.number, "(?i)\\b((?:tlf|telefon|tel|mobil|mob)(?:nr)?\\.?(?:[ \\u00A0]?nr\\.?)?[ \\u00A0]*:?[ \\u00A0]*)(?:\(countryCode))?\(eightDigits)") {
            ($0[1] ?? "") + marker
        },
        // +45 78 44 14 16, 0045 78441416, (+45) 7844 1416.
        Rule(.number, "(?<![0-9])\(countryCode)\(eightDigits)") { _ in marker },
        // 12 34 56 78.
        Rule(.number, "\(notAfterDigits)[0-9]{2}[ \\u00A0][0-9]{2}[ \\u00A0][0-9]{2}[ \\u00A0][0-9]{2}\(notBeforeDigits)") { _ in marker },
        // 1234 5678, but not two years side by side (a period written "2019 2023" in a table).
        Rule(.number, "\(notAfterDigits)([0-9]{4})[ \\u00A0]([0-9]{4})\(notBeforeDigits)") { groups in
            let halves = [groups[1], groups[2]].compactMap { $0.flatMap(Int.init) }
            return halves.count == 2 && halves.allSatisfy((1900...2099).contains) ? (groups[0] ?? "") : marker
        },
    ]
}

extension Meeting {
    /// The meeting with contact details removed from its free text: place, chair and minute takers.
    public var withoutContactDetails: Meeting {
        var meeting = self
        meeting.location = location.map(ContactDetails.redacted(in:))
        meeting.chair = chair.map(ContactDetails.redacted(in:))
        meeting.minuteTakers = minuteTakers.map(ContactDetails.redacted(in:))
        return meeting
    }
}

extension AgendaItem {
    /// The item with contact details removed from its title, presenter and sections.
    public var withoutContactDetails: AgendaItem {
        var item = self
        item.title = ContactDetails.redacted(in: title)
        item.presenter = presenter.map(ContactDetails.redacted(in:))
        item.sections = sections.map { section in
            ItemSection(kind: section.kind, heading: section.heading.map(ContactDetails.redacted(in:)),
                        text: ContactDetails.redacted(in: section.text))
        }
        return item
    }
}
