/// A letterhead printed in the middle of the text: when a case document is pasted into the minutes, its
/// header (case worker, direct phone, date, case number) comes along. Those lines are marked, not deleted:
/// they are not part of any section's text, but an item may take its case number from them.
enum LetterheadBlocks {
    /// Labels a letterhead line starts with.
    private static let labels: [String] = [
        "sagsbehandler", "sagsansvarlig", "kontaktperson", "sagsnr", "sags nr", "sagsnummer", "journalnr",
        "journal nr", "journalnummer", "j.nr", "j. nr", "jnr", "dok.nr", "dok. nr", "dokumentnr", "dokument nr",
        "sagnr", "direkte telefon", "direkte tlf", "direkte", "telefon", "tlf", "mobil", "e-mail", "email", "mail",
        "dato", "afdeling", "web", "www", "cvr", "ean", "init", "ref",
    ]
    /// Labels only a letterhead has; the header of the minutes also has a date and a phone number.
    private static let distinctiveLabels: [String] = [
        "sagsbehandler", "sagsansvarlig", "kontaktperson", "sagsnr", "sags nr", "sagsnummer", "journalnr",
        "journal nr", "journalnummer", "j.nr", "j. nr", "jnr", "dok.nr", "dok. nr", "dokumentnr", "dokument nr",
        "direkte telefon", "direkte tlf", "cvr", "ean",
    ]

    private static let labelInitials = Set(labels.compactMap(\.first))
    private static let labelList = PhraseList(labels)

    static func mark(_ lines: [DocumentLine]) -> [DocumentLine] {
        var lines = lines
        var index = 0
        while index < lines.count {
            guard label(of: lines[index].text) != nil else { index += 1; continue }
            var end = index
            var distinctive = 0
            while end < lines.count, let found = label(of: lines[end].text) {
                if distinctiveLabels.contains(found) { distinctive += 1 }
                end += 1
            }
            if end - index >= 2, distinctive >= 1 {
                for marked in index..<end { lines[marked].isLetterhead = true }
            }
            index = max(end, index + 1)
        }
        return lines
    }

    /// The letterhead label a line starts with, when it is followed by a value.
    static func label(of text: String) -> String? {
        if let first = SimpleText.firstCharacter(text) {
            // Every label starts with an ASCII letter.
            let lowered = SimpleText.lowercased(first)
            guard SimpleText.isLetter(first), lowered < 0x80,
                  labelInitials.contains(Character(Unicode.Scalar(UInt8(lowered)))) else { return nil }
        } else {
            guard let first = text.first, first.isLetter, labelInitials.contains(Character(first.lowercased())) else {
                return nil
            }
        }
        // Labels are short: compare the start of the line first, fold the line only on a match. (Every label is
        // shorter than the 18 characters looked at.)
        let startsWithLabel = labelList.lowercasedPrefixes(of: text).map { !$0.isEmpty }
            ?? labelList.containsPrefix(of: TextShape.lowercased(TextShape.prefix(text, 18)))
        guard startsWithLabel else { return nil }
        let folded = TextShape.folded(TextShape.prefix(text, 120))
        for label in labels where folded.hasPrefix(label) {
            let rest = folded.dropFirst(label.count)
            guard let next = rest.first else { return nil }
            // `Sagsnr.: 12`, `Tlf. 1234`, `Dato: ...`, but not `Datoen for ...` or `Telefonen ...`.
            if next == ":" || next == "." || next == " " {
                let value = rest.drop(while: { $0 == ":" || $0 == "." || $0 == " " })
                if !value.isEmpty, value.count < 80 { return label }
            }
        }
        return nil
    }
}
