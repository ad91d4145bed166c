import SamspilCore

/// Turns the raw attendance lists (lines under `Mødedeltagere`, `Inviterede`, `Afbud`, `Gæster`) into the
/// attendance of the meeting, wherever in the document the lists were found.
enum AttendanceReading {
    /// Present = the participants' list; with an invitation list, the invited minus the apologies. A list
    /// headed "Deltagere" that also names the apologies is an invitation list in all but name.
    static func read(lists: [HeaderLabel: [String]], into header: inout MeetingHeader) {
        // Each name is folded into its key once; whether a list names a person is then a look-up in the list's
        // index, not a comparison with everyone on it.
        let invited = AttendanceList.people(in: lists[.invited] ?? []).map(Named.init)
        var present = AttendanceList.people(in: lists[.present] ?? []).map(Named.init)
        var absent = AttendanceList.people(in: lists[.absent] ?? []).map(Named.init)
        let guests = AttendanceList.people(in: lists[.guests] ?? [])

        // `Jens Hansen, direktør (afbud)` or `Christian Holm (C), Næstformand - afbud` in a participants' list.
        let markedAbsent = (invited + present).filter { isMarkedAbsent($0.person) }
        let markedAbsentIndex = NameIndex(markedAbsent)
        let apologies = NameIndex(absent)
        absent += markedAbsent.filter { !apologies.names($0) }
        let absentIndex = NameIndex(absent)

        if lists[.invited] != nil {
            header.attendance.invited = invited.map(\.person)
            present += invited.filter { !absentIndex.names($0) }
            let invitedIndex = NameIndex(invited)
            header.unmatchedAbsentees = absent.filter { !invitedIndex.names($0) }.map(\.person.name)
        } else if present.contains(where: absentIndex.names) {
            header.attendance.invited = present.map(\.person)
            present = present.filter { !absentIndex.names($0) }
        }
        header.attendance.present = present.filter { !markedAbsentIndex.names($0) }.map(\.person)
        // An apology written as a bare name: what the invitation list says about the person fills the gaps.
        let known = invited + present
        let knownIndex = NameIndex(known)
        header.attendance.absent = absent.map { named in
            let person = named.person
            guard let match = knownIndex.firstIndex(naming: named).map({ known[$0].person }) else { return person }
            var completed = person
            completed.title = person.title ?? match.title
            completed.organisation = person.organisation ?? match.organisation
            return completed
        }
        header.attendance.guests = guests
    }

    private static func isMarkedAbsent(_ person: ParsedMinutes.Person) -> Bool {
        [person.note, person.title].contains { field in
            guard let field else { return false }
            return TextShape.words(TextShape.folded(field)).contains { $0.hasPrefix("afbud") || $0.hasSuffix("afbud") }
        }
    }

    /// Names match when they are equal, or when first and last name are (a middle name left out).
    static func sameName(_ a: String, _ b: String) -> Bool {
        NameKey(a).matches(NameKey(b))
    }

    /// The words of a name, folded: what two names are compared by.
    private struct NameKey {
        let words: [Substring]

        init(_ name: String) {
            words = TextShape.words(TextShape.folded(name))
        }

        func matches(_ other: NameKey) -> Bool {
            if words == other.words { return true }
            guard words.count >= 2, other.words.count >= 2 else { return false }
            return words.first == other.words.first && words.last == other.words.last
        }
    }

    /// A person of a list with the key of their name.
    private struct Named {
        let person: ParsedMinutes.Person
        let key: NameKey

        init(_ person: ParsedMinutes.Person) {
            self.person = person
            key = NameKey(person.name)
        }
    }

    /// Where a list names whom: its name keys, and the first and last names of the keys with two words or more,
    /// each with the first place in the list that has it. `NameKey.matches` asks exactly these two questions.
    private struct NameIndex {
        private var firstByWords: [[Substring]: Int] = [:]
        private var firstByFirstAndLastName: [[Substring]: Int] = [:]

        init(_ list: [Named]) {
            for (index, named) in list.enumerated() {
                let words = named.key.words
                if firstByWords[words] == nil { firstByWords[words] = index }
                if let pair = Self.firstAndLastName(words), firstByFirstAndLastName[pair] == nil {
                    firstByFirstAndLastName[pair] = index
                }
            }
        }

        /// The first place in the list whose name matches the person's: `list.firstIndex { $0.key.matches(person.key) }`.
        func firstIndex(naming person: Named) -> Int? {
            let equal = firstByWords[person.key.words]
            let sameEnds = Self.firstAndLastName(person.key.words).flatMap { firstByFirstAndLastName[$0] }
            switch (equal, sameEnds) {
            case let (equal?, sameEnds?): return min(equal, sameEnds)
            case let (index?, nil), let (nil, index?): return index
            case (nil, nil): return nil
            }
        }

        func names(_ person: Named) -> Bool { firstIndex(naming: person) != nil }

        private static func firstAndLastName(_ words: [Substring]) -> [Substring]? {
            guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
            return [first, last]
        }
    }
}
