import Foundation
import SamspilCore
import Testing
@testable import MinutesImport

/// Joining broken words, joining attendance entries, matching names across attendance lists and finding where
/// Markdown brackets close take linear time now (`LineEndHyphenation.FollowingLines`, `AttendanceList.OpenEntry`,
/// `AttendanceReading.NameIndex`, `MarkdownReader.ClosingBrackets`). These tests compare them with the algorithms
/// as they were, on random input.
@Suite struct LinearTimeTests {
    @Test func hyphenatedWordsAreJoinedAsBefore() {
        var random = SeededRandom(seed: 21)
        let pieces = ["sund-", "hedsvæsenet", "hedsvæsenet er godt", "og omsorgschef", "Sundheds-", "", "ab-", "x-",
                      "Det er godt", "eller", "aftalen", "1-", "e\u{301}-", "-", "a", "mere tekst her"]
        for _ in 0..<3_000 {
            let lines = (0..<random.next(upTo: 10)).map { _ in
                DocumentLine(text: pieces[random.next(upTo: pieces.count)], isBullet: random.next(upTo: 8) == 0)
            }
            #expect(LineEndHyphenation.join(lines) == ReferenceJoining.hyphenation(lines), "\(lines.map(\.text))")
        }
    }

    @Test func attendanceEntriesAreJoinedAsBefore() {
        var random = SeededRandom(seed: 22)
        let pieces = ["Anne Holm,", "direktør", "Jens Hansen, direktør for", "sundhed", "(virtuel", "deltagelse)", "Kommune",
                      "Skive", "Bo Lind, HE Midt,", "og", "kl. 14)", "Region", "Ole Busck", ")", "(", "Mette Kjølby, CKF –",
                      "a\u{600}", "\u{301}(", "sundhedschef ved", "x,"]
        for _ in 0..<3_000 {
            let lines = (0..<random.next(upTo: 9)).map { _ in pieces[random.next(upTo: pieces.count)] }
            #expect(AttendanceList.joinedEntries(lines) == ReferenceJoining.entries(lines), "\(lines)")
        }
    }

    @Test func markdownLinksAndTagsAreStrippedAsBefore() {
        var random = SeededRandom(seed: 24)
        let pieces = ["[", "]", "(", ")", "<", ">", "<b>", "</i>", "<br>", "[Økonomi](#)", "[a](mailto:x@y.dk)", "<https://x.dk>",
                      "![billede](b.png)", "[ref][1]", "tekst", " ", "ø", "!", "*", "`", "/", "x"]
        for _ in 0..<3_000 {
            let line = (0..<random.next(upTo: 14)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            // Only links, images, tags and emphasis: what the reference above handles.
            #expect(MarkdownReader.stripInline(Substring(line)) == ReferenceJoining.stripInline(Substring(line)), "\(line)")
        }
    }

    @Test func attendanceListsAreMatchedAsBefore() {
        var random = SeededRandom(seed: 23)
        let people = ["Anne Holm", "Anne Marie Holm", "anne holm", "Bo Lind", "Bo Lind (afbud)", "Jens Hansen, direktør (afbud)",
                      "Jens Peter Hansen, direktør", "Mette Kjølby, CKF", "Christian Holm (C), Næstformand - afbud",
                      "Ole Busck", "Ole Busck, afbud", "Karen Sand, sundhedschef", "Lise", "Lise Dahlgaard"]
        let labels: [HeaderLabel] = [.present, .invited, .absent, .guests]
        for _ in 0..<1_500 {
            var lists: [HeaderLabel: [String]] = [:]
            for label in labels where random.next(upTo: 3) > 0 {
                lists[label] = (0..<random.next(upTo: 6)).map { _ in people[random.next(upTo: people.count)] }
            }
            var header = MeetingHeader(), expected = MeetingHeader()
            AttendanceReading.read(lists: lists, into: &header)
            ReferenceJoining.read(lists: lists, into: &expected)
            #expect(header == expected, "\(lists)")
        }
    }
}

/// The algorithms as they were before they were made linear.
private enum ReferenceJoining {
    /// `MarkdownReader.stripInline`, scanning for the closing bracket from every `[` and `<`.
    static func stripInline(_ body: Substring) -> String {
        let characters = Array(body)
        var output = ""
        var index = 0
        func link(at start: Int) -> (String, Int)? {
            var depth = 0
            var index = start
            while index < characters.count {
                if characters[index] == "[" { depth += 1 }
                if characters[index] == "]" {
                    depth -= 1
                    if depth == 0 { break }
                }
                index += 1
            }
            guard index < characters.count else { return nil }
            let label = String(characters[(start + 1)..<index])
            let next = index + 1
            guard next < characters.count, characters[next] == "(" || characters[next] == "[" else { return nil }
            let closing: Character = characters[next] == "(" ? ")" : "]"
            guard let end = characters[next...].firstIndex(of: closing) else { return nil }
            return (label, end + 1)
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*", "`":
                index += 1
                continue
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                index += 1
                continue
            case "[":
                if let (label, next) = link(at: index) {
                    output += stripInline(Substring(label))
                    index = next
                    continue
                }
            case "<":
                if let end = characters[index...].firstIndex(of: ">"),
                   index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "/" {
                    let inside = String(characters[(index + 1)..<end])
                    if inside.hasPrefix("http") || inside.contains("@") {
                        output += inside.replacingOccurrences(of: "mailto:", with: "")
                    } else if inside.lowercased().hasPrefix("br") {
                        output.append(" ")
                    }
                    index = end + 1
                    continue
                }
            default:
                break
            }
            output.append(character)
            index += 1
        }
        return output
    }

    static func hyphenation(_ lines: [DocumentLine]) -> [DocumentLine] {
        let conjunctions: Set<String> = ["og", "eller", "samt", "som", "til", "&", "and", "or"]
        var lines = lines
        var index = 0
        func joinNext() -> Bool {
            let text = lines[index].text
            guard text.hasSuffix("-"), text.count >= 3, let beforeHyphen = text.dropLast().last,
                  beforeHyphen.isLetter else { return false }
            var next = index + 1
            if next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count, !lines[next].isBullet,
                  let firstWord = TextShape.words(lines[next].text).first, let first = firstWord.first else { return false }
            if conjunctions.contains(firstWord.lowercased()) {
                lines[index].text = text + " " + lines[next].text
                lines.removeSubrange((index + 1)...next)
                return true
            }
            guard first.isLetter, first.isLowercase else { return false }
            lines[index].text = String(text.dropLast()) + firstWord
            let remainder = TextShape.trimmed(lines[next].text.dropFirst(firstWord.count))
            if remainder.isEmpty {
                lines.removeSubrange((index + 1)...next)
            } else {
                lines[next].text = remainder
                if next > index + 1 { lines.remove(at: index + 1) }
            }
            return true
        }
        while index < lines.count {
            if joinNext() { continue }
            index += 1
        }
        return lines
    }

    static func entries(_ lines: [String]) -> [String] {
        let bareInstitutionWords: Set<String> = ["kommune", "region", "universitet", "hospital", "sygehus"]
        func continues(_ entry: String, with line: String) -> Bool {
            if TextShape.hasUnclosedParenthesis(entry) { return true }
            if TextShape.startsWithLowercaseLetter(line) { return true }
            if entry.contains(","), TextShape.endsWithConnectingWord(entry) { return true }
            let words = TextShape.words(line)
            return words.count == 1 && entry.contains(",") && bareInstitutionWords.contains(words[0].lowercased())
        }
        var entries: [String] = []
        for line in lines where !line.isEmpty {
            if let last = entries.last, continues(last, with: line) {
                entries[entries.count - 1] = last + " " + line
            } else {
                entries.append(line)
            }
        }
        return entries
    }

    static func read(lists: [HeaderLabel: [String]], into header: inout MeetingHeader) {
        let invited = AttendanceList.people(in: lists[.invited] ?? [])
        var present = AttendanceList.people(in: lists[.present] ?? [])
        var absent = AttendanceList.people(in: lists[.absent] ?? [])
        let guests = AttendanceList.people(in: lists[.guests] ?? [])
        let sameName = AttendanceReading.sameName
        func isMarkedAbsent(_ person: ParsedMinutes.Person) -> Bool {
            [person.note, person.title].contains { field in
                guard let field else { return false }
                return TextShape.words(TextShape.folded(field)).contains { $0.hasPrefix("afbud") || $0.hasSuffix("afbud") }
            }
        }
        let markedAbsent = (invited + present).filter(isMarkedAbsent)
        absent += markedAbsent.filter { person in !absent.contains(where: { sameName($0.name, person.name) }) }
        if lists[.invited] != nil {
            header.attendance.invited = invited
            present += invited.filter { person in !absent.contains(where: { sameName($0.name, person.name) }) }
            header.unmatchedAbsentees = absent
                .filter { person in !invited.contains(where: { sameName($0.name, person.name) }) }
                .map(\.name)
        } else if present.contains(where: { person in absent.contains(where: { sameName($0.name, person.name) }) }) {
            header.attendance.invited = present
            present = present.filter { person in !absent.contains(where: { sameName($0.name, person.name) }) }
        }
        header.attendance.present = present.filter { person in !markedAbsent.contains(where: { sameName($0.name, person.name) }) }
        header.attendance.absent = absent.map { person in
            guard let known = (invited + present).first(where: { sameName($0.name, person.name) }) else { return person }
            var completed = person
            completed.title = person.title ?? known.title
            completed.organisation = person.organisation ?? known.organisation
            return completed
        }
        header.attendance.guests = guests
    }
}
