import SamspilCore

/// The attendance lists of a header: lines of people, grouped under organisation headings, wrapped over
/// several lines, with contact blocks (name, phone, e-mail of the minute takers) mixed in that are not
/// attendance at all.
enum AttendanceList {
    /// Institution words that make a short line an organisation heading (`Skive Kommune`, `Almen praksis`,
    /// `Regionspsykiatrien`, `Hospitalsenhed Midt`).
    static let institutionStems = [
        "kommune", "region", "hospital", "sygehus", "psykiatri", "praksis", "universitet", "styrelse", "ministeri",
        "forvaltning", "center", "centre", "sekretariat", "enhed", "klinik", "afdeling", "institut", "råd",
        "udvalg", "organisation", "forening", "klynge", "lægevagt", "apotek", "direktion", "ledelse", "gruppe",
        "sundhed", "selskab", "fond", "borgerservice", "plo",
    ]
    /// A generic institution word alone on a line ends the entry above it (`..., Silkeborg` / `Kommune`).
    private static let bareInstitutionWords: Set<String> = ["kommune", "region", "universitet", "hospital", "sygehus"]

    /// The people of one list. `lines` are the list's lines in order, contact lines already removed.
    static func people(in lines: [String]) -> [ParsedMinutes.Person] {
        var people: [ParsedMinutes.Person] = []
        var organisation: String?
        // `Anna Holm, direktør; Bo Lind, sundhedschef`: several people on one line, separated by semicolons.
        let entries = joinedEntries(lines).flatMap { entry in
            TextShape.contains(entry, ";") ? entry.split(separator: ";").map { TextShape.trimmed($0) }.filter { !$0.isEmpty } : [entry]
        }
        for entry in entries {
            if isOrganisationHeading(entry) {
                organisation = TextShape.trimmingTrailing(entry, .colon)
                continue
            }
            if let names = PersonEntry.nameList(entry) {
                people += names.map { ParsedMinutes.Person(name: $0, organisation: organisation) }
            } else if let person = PersonEntry.parse(entry, organisation: organisation) {
                people.append(person)
            }
        }
        return people
    }

    /// Joins lines that continue an entry: an open bracket, a line ending with `,` or a word like `for`,
    /// a next line starting in lower case, or a bare `Kommune`.
    static func joinedEntries(_ lines: [String]) -> [String] {
        var entries: [String] = []
        var open: OpenEntry?
        for line in lines where !line.isEmpty {
            if open?.isContinued(by: line) == true {
                open?.append(line)
            } else {
                if let finished = open { entries.append(finished.text) }
                open = OpenEntry(line)
            }
        }
        if let open { entries.append(open.text) }
        return entries
    }

    /// The entry lines are being joined to, with what `isContinued(by:)` asks about it kept up to date as lines
    /// are appended: a long entry (a document without items is all header) is not scanned again for every line.
    private struct OpenEntry {
        private(set) var text: String
        /// `TextShape.parenthesisDepth(text)`: brackets opened and not closed.
        private var openParentheses: Int
        /// `TextShape.contains(text, ",")`.
        private var hasComma: Bool

        init(_ line: String) {
            text = line
            openParentheses = TextShape.parenthesisDepth(line)
            hasComma = TextShape.contains(line, ",")
        }

        func isContinued(by line: String) -> Bool {
            if openParentheses > 0 { return true }
            if TextShape.startsWithLowercaseLetter(line) { return true }
            if hasComma, TextShape.endsWithConnectingWord(text) { return true }
            // One word (counted without making the words), after a line with a comma.
            return TextShape.wordCount(line) == 1 && hasComma
                && bareInstitutionWords.contains(TextShape.lowercased(TextShape.words(line)[0]))
        }

        /// The space between changes neither the brackets nor the commas.
        mutating func append(_ line: String) {
            text += " "
            text += line
            openParentheses = TextShape.parenthesisDepth(line, from: openParentheses)
            hasComma = hasComma || TextShape.contains(line, ",")
        }
    }

    static func isOrganisationHeading(_ line: String) -> Bool {
        guard !TextShape.contains(line, ","), !TextShape.contains(line, "@"), !TextShape.containsDigit(line) else {
            return false
        }
        // `Kirsten Rask (A)`: a name with a note; the note does not make it an organisation.
        let text = PersonEntry.splittingNotes(line).rest
        let words = TextShape.words(text)
        guard (1...6).contains(words.count) else { return false }
        let folded = TextShape.folded(text)
        if ["udkast", "referat", "dagsorden"].contains(where: { folded.includes($0) }) { return false }
        if PersonEntry.titleFirst(text) != nil || PersonEntry.organisationFirst(text) != nil { return false }
        if text.hasSuffix(":") || words.count == 1 { return true }
        if words.contains(where: { isInstitutionWord($0) }) { return true }
        // An abbreviation (`HE Midt`, `RH Viborg`, `PLO`) names an organisation.
        if words.contains(where: PersonEntry.isAbbreviation) { return true }
        // Capitalised words only: a person without a title.
        return !words.allSatisfy(TextShape.isNameWord)
    }

    /// `Kommune`, `Hospitalsenhed`, `Regionspsykiatrien`, `Rådet`: a word built on an institution stem.
    static func isInstitutionWord(_ word: some StringProtocol) -> Bool {
        let lowered = TextShape.lowercased(word)
        // For some stem: `lowered` starts or ends with it, contains it (a stem of six letters or more), or ends
        // with its definite form (`-et`, `-en`).
        return InstitutionStems.all.containsPrefix(of: lowered) || InstitutionStems.all.containsSuffix(of: lowered)
            || InstitutionStems.long.containsOccurrence(in: lowered) || InstitutionStems.definite.containsSuffix(of: lowered)
    }

    /// `institutionStems` compiled for `isInstitutionWord`.
    private enum InstitutionStems {
        static let all = PhraseList(institutionStems)
        static let long = PhraseList(institutionStems.filter { $0.count >= 6 })
        static let definite = PhraseList(institutionStems.flatMap { [$0 + "et", $0 + "en"] })
    }

    // MARK: Contact blocks

    /// A phone line (`tlf. 7844 1416`, `Mobil: +45 ...`, `2124 6411`) or an e-mail address alone.
    static func isContactDetail(_ text: String) -> Bool {
        guard TextShape.contains(text, "@") || TextShape.containsDigit(text) else { return false }
        let folded = TextShape.folded(text)
        let words = TextShape.words(folded)
        if words.count <= 3, TextShape.contains(folded, "@"), !TextShape.contains(folded, ",") { return true }
        for prefix in ["tlf", "telefon", "mobil", "tel", "direkte", "e-mail", "email", "mail"] where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count).drop(while: { ".: ".contains($0) })
            if rest.contains("@") || (rest.first.map { $0.isNumber || $0 == "+" } ?? false) { return true }
        }
        let digits = folded.filter(\.isNumber).count
        return digits >= 8 && folded.allSatisfy { $0.isNumber || " +-()".contains($0) }
            && DanishDates.dates(in: folded).isEmpty
    }

    /// Lines that belong to contact blocks: the contact details and the bare name right above them.
    static func contactLines(in lines: [String]) -> Set<Int> {
        var contact = Set<Int>()
        for (index, line) in lines.enumerated() where isContactDetail(line) {
            contact.insert(index)
            var above = index - 1
            while above >= 0, lines[above].isEmpty { above -= 1 }
            guard above >= 0, !contact.contains(above) else { continue }
            let candidate = lines[above]
            let words = TextShape.words(candidate)
            if !TextShape.contains(candidate, ","), !TextShape.contains(candidate, ":"), (2...5).contains(words.count),
               words.allSatisfy(TextShape.isNameWord) {
                contact.insert(above)
            }
        }
        return contact
    }
}
