import Foundation
import SamspilCore

/// A section heading inside an agenda item: `Indstilling`, `Beskrivelse af sagen:`, `#### **REFERAT**`,
/// or a heading with its text on the same line (`Referat: Dagsorden godkendt.`).
struct SectionHeading: Equatable, Sendable {
    let kind: SectionKind
    /// The heading as written, without a trailing colon or full stop.
    let heading: String
    /// Text that followed the heading on the same line.
    let inlineText: String?
}

/// Recognises section headings by their words, in the many spellings minutes use for the same thing.
enum SectionHeadingRecognizer {
    /// Whole headings (folded, without trailing punctuation) and the kind of section they open.
    private static let phrases: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        for phrase in [
            "indstilling", "indstillinger", "indstilling til beslutning", "forslag til beslutning",
            "forslag til indstilling", "det indstilles", "indstilles", "beslutningspunkter", "indstilling og beslutning",
            "beslutningsforslag",
        ] { table[phrase] = .recommendation }
        for phrase in [
            "sagsfremstilling", "sagsfremstillingen", "beskrivelse af sagen", "kort beskrivelse af sagen",
            "sagsbeskrivelse", "beskrivelse", "baggrund", "baggrund for sagen", "sagens baggrund", "sagens indhold",
            "resume", "resumé", "sagsforløb", "redegørelse", "sagen", "tidligere beslutninger", "tidligere beslutning",
            "tidligere behandling", "sagsresume", "sagsresumé", "beslutningstema", "sagens kerne", "problemstilling",
            "formål", "formål med punktet",
        ] { table[phrase] = .description }
        // Fields municipal meeting systems print between the sections: not part of the case text.
        for phrase in [
            "beslutningskompetence", "kompetence", "økonomiske konsekvenser", "bevillingsmæssige konsekvenser",
            "personalemæssige konsekvenser", "lovgrundlag", "retsgrundlag", "lovgivning",
        ] { table[phrase] = .other }
        for phrase in [
            "bilag", "bilag til punktet", "bilag til sagen", "vedhæftede bilag", "vedlagte bilag", "bilagsliste",
            "bilagsfortegnelse", "relaterede bilag", "bilag vedlagt",
        ] { table[phrase] = .attachments }
        for phrase in [
            "beslutning", "beslutninger", "referat", "referat og beslutning", "beslutning og referat",
            "beslutning/referat", "referat/beslutning", "beslutningsreferat", "konklusion", "konklusioner",
            "afgørelse", "referat af drøftelse", "referat af drøftelsen", "drøftelse og beslutning", "drøftelse",
            "drøftelser", "opsummering", "aftale", "aftaler", "referat og opfølgning", "konklusion og opfølgning",
        ] { table[phrase] = .decision }
        return table
    }()

    static func recognize(_ line: DocumentLine) -> SectionHeading? {
        guard !line.isBullet, !line.isTableRow, !line.isLetterhead, TextShape.startsWithLetter(line.text) else { return nil }
        let text = line.text
        // Whole-line headings are short; a long line can only be a heading with its text after a colon,
        // or a recommendation introduced by who makes it.
        if text.utf8.count <= maximumHeadingLength {
            let bare = TextShape.trimmingTrailing(text, headingEndPunctuation)
            if bare.utf8.count <= maximumPhraseLength, let kind = kind(ofPhrase: TextShape.folded(bare)) {
                return SectionHeading(kind: kind, heading: bare, inlineText: nil)
            }
            if isCommitteeDecisionHeading(bare) {
                return SectionHeading(kind: .decision, heading: bare, inlineText: nil)
            }
        }
        if let indstilles = impersonalRecommendation(text) { return indstilles }
        if let indstiller = namedRecommendation(text) { return indstiller }
        // `Referat: Dagsorden godkendt.` - the heading, a colon, and the section's first text.
        if let colon = firstColon(in: text) {
            let label = TextShape.trimmed(text[..<colon])
            // The label first: the rest of a long line is copied only for a heading.
            guard label.utf8.count <= maximumPhraseLength || isCommitteeDecisionHeading(label) else { return nil }
            let rest = TextShape.trimmed(text[text.index(after: colon)...])
            if !rest.isEmpty,
               let kind = kind(ofPhrase: TextShape.folded(label)) ?? (isCommitteeDecisionHeading(label) ? .decision : nil) {
                return SectionHeading(kind: kind, heading: label, inlineText: rest)
            }
        }
        return nil
    }

    /// The first `:` among the first `maximumHeadingLength` bytes.
    private static func firstColon(in text: String) -> String.Index? {
        let utf8 = text.utf8
        if let offset = SimpleText.firstOffset(of: UInt8(ascii: ":"), in: text, limit: maximumHeadingLength) {
            return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        return utf8.prefix(maximumHeadingLength).firstIndex(of: UInt8(ascii: ":"))
    }

    /// What may follow a whole-line heading: `Indstilling:`, `Beslutning.`, `Sagsfremstilling -`.
    private static let headingEndPunctuation: TrailingCharacters = [":", ".", ",", ";", "-", "–"]

    /// In UTF-8 bytes: longer than the longest heading (`Beslutning i <udvalg> den <dato>`).
    private static let maximumHeadingLength = 160
    /// In UTF-8 bytes: longer than the longest heading phrase of the table (`Kort beskrivelse af sagen`) or a
    /// genitive form (`Sekretariatsledelsens indstilling`).
    private static let maximumPhraseLength = 56

    /// Whether a folded text is a section heading phrase (running headers never remove those).
    static func isHeadingPhrase(_ folded: String) -> Bool {
        kind(ofPhrase: TextShape.trimmingTrailing(folded, [":", ".", ","])) != nil
    }

    private static func kind(ofPhrase folded: String) -> SectionKind? {
        if let kind = phrases[folded] { return kind }
        // Both forms below have at most five words.
        if let count = SimpleText.wordCount(folded), count > 5 { return nil }
        // Folded simple text has no whitespace but single spaces: its words are what `split` gives.
        let words = SimpleText.words(Substring(folded)) ?? folded.split(separator: " ")
        guard let first = words.first, words.count <= 14 else { return nil }
        // `Udvalgets beslutning`, `Direktionens indstilling`: a genitive and the heading word.
        if words.count == 2, first.hasSuffix("s"), let kind = phrases[String(words[1])],
           kind == .decision || kind == .recommendation {
            return kind
        }
        // `Indstilling fra direktionen`, `Bilag til punkt 3`.
        if words.count <= 5, ["fra", "til"].contains(words.dropFirst().first ?? ""),
           let kind = phrases[String(first)], kind != .description {
            return kind
        }
        return nil
    }

    /// `Beslutning i Social- og Sundhedsudvalget den 3. marts 2020`, `Beslutning i Økonomiudvalget`: the
    /// heading municipal meeting systems print for a committee's decision. The committee has a capital or the
    /// heading a date; `Beslutning i sagen blev udsat` is a sentence.
    ///
    /// Also `Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1` and
    /// `Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16`: the committee's treatment of the item.
    static func isCommitteeDecisionHeading(_ text: String) -> Bool {
        guard startsWithDecisionOrTreatment(text)
                || TextShape.containsBytes(text, ", p")
                    && (TextShape.containsBytes(text, ", pkt") || TextShape.containsBytes(text, ", punkt")) else { return false }
        let words = TextShape.words(text)
        guard words.count >= 3, words.count <= 18 else { return false }
        let hasDate = !DanishDates.dates(in: text).isEmpty
        if ["beslutning", "beslutninger", "behandling"].contains(TextShape.lowercased(words[0])),
           ["i", "fra", "på", "af"].contains(TextShape.lowercased(words[1])) {
            return hasDate || (TextShape.lowercased(words[0]) != "behandling" && TextShape.startsWithUppercaseLetter(words[2])
                               && !text.includes(". ") && words.count <= 8)
        }
        // `<Udvalg>, <dato>, pkt. <n>`
        let parts = text.components(separatedBy: ", ")
        if parts.count == 3, hasDate, TextShape.startsWithUppercaseLetter(parts[0]),
           let last = parts.last?.lowercased(), last.hasPrefix("pkt.") || last.hasPrefix("punkt") {
            return true
        }
        return false
    }

    /// `text.prefix(12).lowercased()` starts with `beslutning` or `behandling`.
    private static func startsWithDecisionOrTreatment(_ text: String) -> Bool {
        if let decision = SimpleText.lowercasedHasPrefix(text, "beslutning"),
           let treatment = SimpleText.lowercasedHasPrefix(text, "behandling") {
            return decision || treatment
        }
        let start = TextShape.lowercased(TextShape.prefix(text, 12))
        return start.hasPrefix("beslutning") || start.hasPrefix("behandling")
    }

    /// `Administrationen indstiller,`, `Direktionen indstiller, at ...`, `Centerchefen for Sundhed og Ældre
    /// indstiller,`, `Administrationen indstiller overfor udvalget for ...:`: the recommendation introduced by
    /// who makes it, as regional and municipal systems print it instead of an `Indstilling` heading.
    private static func namedRecommendation(_ text: String) -> SectionHeading? {
        // Cheap first: ` indstiller` anywhere in the line.
        guard TextShape.containsBytes(text, " indstiller"), let first = text.first, first.isUppercase,
              TextShape.containsBytes(TextShape.prefix(text, maximumHeadingLength), " indstiller"),
              let range = text.prefix(maximumHeadingLength).range(of: " indstiller") else { return nil }
        let subject = text[..<range.lowerBound]
        let subjectWords = TextShape.words(subject)
        guard (1...8).contains(subjectWords.count), !subject.contains("."), !subject.contains(",") else { return nil }
        let after = text[range.upperBound...]
        // The heading ends at the first comma or colon (`... indstiller overfor udvalget:`) or at `at`.
        var headingEnd = range.upperBound
        var rest = Substring(after)
        if let stop = after.firstIndex(where: { $0 == "," || $0 == ":" }) {
            let between = TextShape.words(after[..<stop])
            guard between.isEmpty || ["overfor", "over", "til", "for"].contains(TextShape.lowercased(between[0])) else { return nil }
            headingEnd = stop
            rest = after[after.index(after: stop)...]
        } else if after.isEmpty {
            rest = ""
        } else if TextShape.lowercasedHasPrefix(TextShape.trimmed(after), "at ") {
            rest = after
        } else {
            return nil
        }
        let inline = TextShape.trimmed(rest)
        return SectionHeading(kind: .recommendation, heading: TextShape.trimmed(text[..<headingEnd]),
                              inlineText: inline.isEmpty ? nil : inline)
    }

    /// `Det indstilles, at ...`: the recommendation in the impersonal form, with its text on the same line.
    private static func impersonalRecommendation(_ text: String) -> SectionHeading? {
        // `lowercasedHasPrefix(text, "det")`: cheap, and true of every text whose start folds to `det indstilles`.
        guard text.first == "D" || text.first == "d", TextShape.lowercasedHasPrefix(text, "det"),
              TextShape.folded(text.prefix(20)).hasPrefix("det indstilles") else {
            return nil
        }
        let heading = String(text.prefix("det indstilles".count))
        var rest = Substring(text.dropFirst(heading.count))
        while let first = rest.first, first == "," || first == ":" || first.isWhitespace { rest = rest.dropFirst() }
        let inline = TextShape.trimmed(rest)
        return SectionHeading(kind: .recommendation, heading: heading, inlineText: inline.isEmpty ? nil : inline)
    }
}
