import Foundation
/// Attendance printed in the first items instead of the header: regional meeting systems put `Mødeleder`,
/// `Deltagere` and `Afbud` under item 1 (`Godkendelse af dagsorden`), or make item 1 `Mødedeltagere` with
/// the list as its text and `Der var afbud fra A, B og C.` as its decision.
enum AttendanceInItems {
    struct Found {
        var lists: [HeaderLabel: [String]] = [:]
        var chair: String?
    }

    /// Looks in the first two numbered items' lines.
    static func find(in items: [ArraySlice<DocumentLine>], titles: [String]) -> Found {
        var found = Found()
        for lines in items.prefix(2) { collectLabelledLists(in: lines, into: &found) }
        if found.lists.isEmpty {
            for (lines, title) in zip(items.prefix(2), titles) where isAttendanceItem(title) {
                collectParticipantsItem(lines, into: &found)
            }
        }
        return found
    }

    /// `Deltagere:` / people / `Afbud:` / people, ending at a section heading or a line that is not a person.
    private static func collectLabelledLists(in lines: ArraySlice<DocumentLine>, into found: inout Found) {
        var mode: HeaderLabel?
        for line in lines where !line.isBlank {
            if let (label, value) = HeaderLabel.split(line.text),
               label.isAttendanceList || label == .chair, !line.isBullet || value.isEmpty {
                if label == .chair {
                    if found.chair == nil { found.chair = MeetingHeaderParser.names(in: value).first }
                    mode = nil
                } else {
                    mode = label
                    if !value.isEmpty { found.lists[label, default: []].append(value) }
                }
                continue
            }
            guard let list = mode else { continue }
            if SectionHeadingRecognizer.recognize(line) != nil {
                mode = nil
            } else if PersonEntry.looksLikePerson(line.text) || PersonEntry.nameList(line.text) != nil
                        || AttendanceList.isOrganisationHeading(line.text) || isBareName(line.text) {
                found.lists[list, default: []].append(line.text)
            } else {
                mode = nil
            }
        }
    }

    /// Item 1 `Mødedeltagere`: its people are the participants, `afbud fra ...` in its text the apologies.
    private static func collectParticipantsItem(_ lines: ArraySlice<DocumentLine>, into found: inout Found) {
        for line in lines where !line.isBlank {
            if PersonEntry.looksLikePerson(line.text) || AttendanceList.isOrganisationHeading(line.text)
                && !line.isEmphasised && SectionHeadingRecognizer.recognize(line) == nil {
                found.lists[.present, default: []].append(line.text)
            }
            found.lists[.absent, default: []] += apologies(in: line.text)
        }
        if found.lists[.absent]?.isEmpty == true { found.lists[.absent] = nil }
        // Organisation headings alone are no list of people.
        if let present = found.lists[.present], present.allSatisfy(AttendanceList.isOrganisationHeading) {
            found.lists[.present] = nil
        }
    }

    static func isAttendanceItem(_ title: String) -> Bool {
        let folded = TextShape.folded(title)
        return ["deltager", "fremmøde", "til stede", "tilstede"].contains { folded.includes($0) }
    }

    /// `Der var afbud fra Kate Bøgh, Mette Andreassen og Tina Ebler.` -> the three names.
    static func apologies(in text: String) -> [String] {
        guard let range = text.range(of: "afbud fra ", options: .caseInsensitive) else { return [] }
        var names: [String] = []
        let rest = text[range.upperBound...]
        // The sentence ends at a full stop after a word of more than one letter (`P.` is an initial).
        var end = rest.endIndex
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index] == ".", index > rest.startIndex {
                let word = rest[..<index].split(separator: " ").last ?? ""
                if word.count > 1 { end = index; break }
            }
            index = rest.index(after: index)
        }
        for part in rest[..<end].components(separatedBy: ",").flatMap({ $0.components(separatedBy: " og ") }) {
            let name = TextShape.trimmed(part)
            let words = TextShape.words(name)
            if (1...5).contains(words.count), words.allSatisfy(TextShape.isNameWord) { names.append(name) }
        }
        return names
    }

    private static func isBareName(_ text: String) -> Bool {
        let words = TextShape.words(text)
        return (2...5).contains(words.count) && words.allSatisfy(TextShape.isNameWord)
    }
}
