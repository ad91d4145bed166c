import Foundation
import SamspilCore

/// One person in an attendance list, in the forms minutes write them:
/// `Thomas Balle Kristensen, hospitalsdirektør (medformand)`, `Claus Nielsen, lægefaglig direktør, HE Midt`,
/// `Centerleder Mette Kjølby, CKF – kl. 14.00` (title first, as in older minutes),
/// `Anita Jensen, beskæftigelseschef (virtuel deltagelse til og med punkt 3)`.
enum PersonEntry {
    /// Endings of Danish job titles: `hospitalsdirektør`, `sundhedschef`, `praksiskoordinator`.
    static let titleEndings = [
        "direktør", "chef", "leder", "konsulent", "koordinator", "læge", "sygeplejerske", "formand", "formænd",
        "medlem", "sekretær", "medarbejder", "professor", "borgmester", "rådmand", "assistent", "rådgiver",
        "specialist", "fuldmægtig", "terapeut", "jordemoder", "psykolog", "planlægger", "analytiker", "økonom",
        "repræsentant", "ansvarlig", "udvikler", "docent", "forsker", "sagsbehandler", "tovholder", "ph.d.",
        "sundhedsplejerske", "praktiserende", "formandskab", "kontorchef", "afdelingschef", "ergoterapeut",
    ]

    private static let titleEndingList = PhraseList(titleEndings)

    static func parse(_ text: String, organisation: String?) -> ParsedMinutes.Person? {
        var (rest, notes) = splittingNotes(text)
        rest = TextShape.trimmingTrailing(rest, [",", ";", "-", "–"])
        var parts = TextShape.components(rest, separatedBy: tableCellSeparator).flatMap { TextShape.components($0, separatedBy: ",") }
            .map { TextShape.trimmed($0) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        // `Trine Birk Andersen (A), Formand`: a bracket after the name (a party, initials) is a note.
        let (firstPart, firstNotes) = splittingNotes(parts[0])
        parts[0] = firstPart
        notes = firstNotes + notes
        guard let first = parts.first, !first.isEmpty else { return nil }

        var name: String
        var title: String?
        var extra: [String]
        if let (leadingTitle, trailingName) = titleFirst(first) {
            name = trailingName
            title = leadingTitle
            extra = Array(parts.dropFirst())
        } else if let (leadingOrganisation, trailingName) = organisationFirst(first) {
            // `PLO-m Susanne Krog`
            name = trailingName
            title = parts.count > 1 ? parts[1] : nil
            extra = [leadingOrganisation] + parts.dropFirst(2)
        } else {
            name = first
            title = parts.count > 1 ? parts[1] : nil
            extra = Array(parts.dropFirst(2))
            // `Jane Gregersen, PLO Midt`, `Erik Sand, HE Vest, Region Midtjylland`: after the name comes where
            // the person is from, not a title.
            if let second = title, isOrganisationNotTitle(second) {
                title = nil
                extra = Array(parts.dropFirst())
            }
        }
        name = TextShape.trimmingTrailing(name, ["."])
        guard isPlausibleName(name) else { return nil }
        let ownOrganisation = extra.isEmpty ? nil : extra.joined(separator: ", ")
        return ParsedMinutes.Person(name: name, title: title, organisation: ownOrganisation ?? organisation,
                                    note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// Capitalised, without a job-title word, and shaped like an organisation (`PLO Midt`, `HE Vest`,
    /// `Aarhus Universitet`).
    private static func isOrganisationNotTitle(_ text: String) -> Bool {
        let words = TextShape.words(text)
        guard TextShape.startsWithUppercaseLetter(text), !words.contains(where: isTitleWord),
              !words.contains(where: { TextShape.startsWithLowercaseLetter($0) }) else { return false }
        return AttendanceList.isOrganisationHeading(text)
    }

    /// A line that is clearly a person (`Praksiskoordinator Poul Oluf Olesen`, `Jens Hansen, direktør`,
    /// `Flemming Storgaard, Ikast-Brande Kommune`), for lists without a label.
    static func looksLikePerson(_ text: String) -> Bool {
        let beforeComma = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
        if let titled = titleFirst(beforeComma), isPlausibleName(titled.name) { return true }
        guard TextShape.contains(text, ","), let person = parse(text, organisation: nil) else { return false }
        let nameWords = TextShape.words(person.name)
        guard (2...5).contains(nameWords.count), nameWords.allSatisfy(TextShape.isNameWord),
              !nameWords.contains(where: AttendanceList.isInstitutionWord) else { return false }
        if let title = person.title { return TextShape.startsWithLowercaseLetter(title) || isTitleWord(title) }
        return person.organisation != nil
    }

    /// `Ole Busck, Henrik Pedersen, Lise Dahlgaard og Thomas Bak`: several people on one line, names only.
    static func nameList(_ text: String) -> [String]? {
        // Names only: every word but `og` capitalised, and more than one name.
        let words = TextShape.words(text)
        guard words.count >= 4, TextShape.contains(text, ",") || words.contains("og"),
              words.allSatisfy({ $0 == "og" || !TextShape.startsWithLowercaseLetter($0) }) else { return nil }
        let (rest, _) = splittingNotes(text)
        let parts = TextShape.components(TextShape.trimmingTrailing(rest, [".", ","]), separatedBy: ",")
            .flatMap { TextShape.components($0, separatedBy: " og ") }
            .map { TextShape.trimmed($0) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        for part in parts {
            let words = TextShape.words(part)
            guard (2...4).contains(words.count), words.allSatisfy(TextShape.isNameWord),
                  !words.contains(where: AttendanceList.isInstitutionWord),
                  !words.contains(where: { $0.count >= 2 && $0.allSatisfy { $0.isUppercase } }) else { return nil }
        }
        return parts
    }

    /// A name: one to six words, the first a capitalised name word, no digits or e-mail.
    static func isPlausibleName(_ name: String) -> Bool {
        let words = TextShape.words(name)
        guard (1...6).contains(words.count), let first = words.first, TextShape.isNameWord(first) else { return false }
        return !TextShape.containsDigit(name) && !TextShape.contains(name, "@")
    }

    /// Whether a word reads as (part of) a job title.
    static func isTitleWord(_ word: some StringProtocol) -> Bool {
        let lowered = TextShape.lowercased(word)
        return titleEndingList.containsSuffix(of: lowered)
    }

    /// `PLO-m Susanne Krog`, `KL Anne Holm`: an organisation's short name before the person's name.
    static func organisationFirst(_ text: String) -> (organisation: String, name: String)? {
        let words = TextShape.words(text)
        guard (3...5).contains(words.count), isAbbreviation(words[0]) else { return nil }
        let nameWords = words.dropFirst()
        guard nameWords.allSatisfy(TextShape.isNameWord), !nameWords.contains(where: AttendanceList.isInstitutionWord),
              !nameWords.contains(where: isAbbreviation) else { return nil }
        return (String(words[0]), nameWords.joined(separator: " "))
    }

    /// `PLO`, `HE`, `PLO-m`, `KOSU`: capitals (a lower-case suffix after a hyphen allowed), two to five letters.
    static func isAbbreviation(_ word: some StringProtocol) -> Bool {
        let head = String(word).prefix(while: { $0 != "-" })
        return (2...5).contains(head.count) && head.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    /// `Lægefaglig direktør Christian Møller-Nielsen` -> (`Lægefaglig direktør`, `Christian Møller-Nielsen`).
    /// A title is a few words, never a sentence (`Der var afbud fra ... deltog for Erik Sand.`).
    static func titleFirst(_ text: String) -> (title: String, name: String)? {
        let words = TextShape.words(text)
        guard words.count >= 2, !text.includes(". ") else { return nil }
        for split in 1..<min(words.count, 5) {
            let titleWords = words[..<split], nameWords = words[split...]
            guard nameWords.allSatisfy(TextShape.isNameWord) else { continue }
            let hasTitleWord = titleWords.contains(where: isTitleWord)
            let hasLowercase = titleWords.contains(where: { TextShape.startsWithLowercaseLetter($0) })
            guard hasTitleWord || (hasLowercase && nameWords.count >= 2) else { continue }
            return (titleWords.joined(separator: " "), nameWords.joined(separator: " "))
        }
        return nil
    }

    /// The dashes a note follows, with the dash itself.
    private static let noteDashes: [(separator: String, mark: Character)] = [(" – ", "–"), (" - ", "-"), (" — ", "—")]

    /// Notes in trailing brackets and after a dash: `(virtuel deltagelse)`, `– kl. 14.00`, `(punkt 4)`.
    static func splittingNotes(_ text: String) -> (rest: String, notes: [String]) {
        var rest = TextShape.trimmed(text)
        var notes: [String] = []
        while rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let inside = TextShape.trimmed(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            if !inside.isEmpty { notes.insert(inside, at: 0) }
            rest = TextShape.trimmed(rest[..<open])
        }
        for (dash, mark) in noteDashes where TextShape.contains(rest, character: mark) {
            guard let range = TextShape.lastRange(of: dash, in: rest) else { continue }
            let after = TextShape.trimmed(rest[range.upperBound...])
            let folded = TextShape.folded(after)
            if folded.hasPrefix("kl") || folded.hasPrefix("fra kl") || folded.hasPrefix("til kl")
                || folded.hasPrefix("punkt") || folded.hasPrefix("pkt") || folded.includes("deltagelse")
                || folded.hasPrefix("afbud") {
                notes.insert(after, at: 0)
                rest = TextShape.trimmed(rest[..<range.lowerBound])
            }
            break
        }
        return (rest, notes)
    }
}
