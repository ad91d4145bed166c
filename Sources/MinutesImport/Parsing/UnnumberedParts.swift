/// Parts of an agenda without a number: a break (`Pause kl. 14.05-14.10`), the oral and written briefings
/// (`Mundtlige orienteringspunkter (kl. 15.00)`, `Skriftlige orienteringspunkter`), an unnumbered
/// `Eventuelt`, and dividers between groups of items (`Beslutningspunkter`, `Orienteringspunkter`).
enum UnnumberedPartKind: Equatable, Sendable {
    case pause
    /// Briefings or a divider: a part when it has a time slot or sections of its own, a divider otherwise.
    case group
}

enum UnnumberedPartRecognizer {
    private static let pauseWords: Set<String> = ["pause", "frokost", "frokostpause", "kaffepause", "kaffe", "pauser"]
    private static let groupQualifiers: Set<String> = [
        "mundtlig", "mundtlige", "skriftlig", "skriftlige", "gensidig", "gensidige", "øvrige", "korte", "kort",
        "åbne", "lukkede", "fælles",
    ]
    private static let groupNouns: Set<String> = [
        "orientering", "orienteringer", "orienteringspunkter", "orienteringssager", "meddelelser",
        "beslutningspunkter", "beslutningssager", "drøftelsespunkter", "drøftelsessager", "temapunkter",
        "punkter", "sager",
    ]

    /// Every word these parts start with.
    private static let firstWords: Set<String> = pauseWords.union(groupQualifiers).union(groupNouns).union(["eventuelt", "evt"])
    private static let firstWordList = PhraseList(firstWords.sorted())

    static func recognize(_ line: DocumentLine) -> UnnumberedPartKind? {
        guard !line.isBullet, !line.isTableRow, !line.isLetterhead, line.text.utf8.count <= 120,
              TextShape.startsWithLetter(line.text) else { return nil }
        // Cheap first: the first word must be one these parts start with.
        let firstWord = TextShape.firstWord(line.text)
        // Simple text: its trailing `:` and `.` off, lower-cased, compared byte by byte.
        let trimmed = SimpleText.trimmedRange(firstWord, trailing: .colonAndFullStop)
        let isFirstWord = trimmed.flatMap { firstWordList.containsLowercased(SimpleText.slice(firstWord, $0)) }
            ?? firstWords.contains(TextShape.trimmingTrailing(TextShape.lowercased(firstWord), .colonAndFullStop))
        guard isFirstWord else { return nil }
        var heading = ItemHeadingText.parse(line.text)
        heading.title = TextShape.trimmingTrailing(heading.title, .colonAndFullStop)
        let words = TextShape.words(TextShape.folded(heading.title)).map(String.init)
        guard let leading = words.first else { return nil }
        if pauseWords.contains(leading), words.count <= 6 { return .pause }
        // `Eventuelt` without a number after numbered items.
        if words == ["eventuelt"] || words == ["evt."] || words == ["evt"] { return .group }

        // `Mundtlige orienteringspunkter`, `Sager til orientering`, `Punkter til beslutning`.
        var rest = words[...]
        if let qualifier = rest.first, groupQualifiers.contains(qualifier) { rest = rest.dropFirst() }
        guard let noun = rest.first, groupNouns.contains(noun) else { return nil }
        rest = rest.dropFirst()
        if noun == "punkter" || noun == "sager" {
            guard rest.count == 2, rest.first == "til",
                  ["orientering", "beslutning", "drøftelse", "efterretning"].contains(rest.last ?? "") else { return nil }
            return .group
        }
        return rest.isEmpty ? .group : nil
    }
}
