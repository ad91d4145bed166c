import SamspilCore

/// Turns the raw attendance lists (lines under `Mødedeltagere`, `Inviterede`, `Afbud`, `Gæster`) into the
/// attendance of the meeting, wherever in the document the lists were found.
enum AttendanceReading {
    /// Present = the participants' list; with an invitation list, the invited minus the apologies. A list
    /// headed "Deltagere" that also names the apologies is an invitation list in all but name.
    static func read(lists: [HeaderLabel: [String]], into header: inout MeetingHeader) {
        let invited = AttendanceList.people(in: lists[.invited] ?? [])
        var present = AttendanceList.people(in: lists[.present] ?? [])
        var absent = AttendanceList.people(in: lists[.absent] ?? [])
        let guests = AttendanceList.people(in: lists[.guests] ?? [])
        var keys = NameKeys()
        func sameName(_ a: String, _ b: String) -> Bool { keys.same(a, b) }

        // `Jens Hansen, direktør (afbud)` or `Christian Holm (C), Næstformand - afbud` in a participants' list.
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
        // An apology written as a bare name: what the invitation list says about the person fills the gaps.
        header.attendance.absent = absent.map { person in
            guard let known = (invited + present).first(where: { sameName($0.name, person.name) }) else { return person }
            var completed = person
            completed.title = person.title ?? known.title
            completed.organisation = person.organisation ?? known.organisation
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
        var keys = NameKeys()
        return keys.same(a, b)
    }

    /// The words of each name, folded once: lists are compared with each other person by person.
    private struct NameKeys {
        private var cache: [String: [Substring]] = [:]

        mutating func same(_ a: String, _ b: String) -> Bool {
            let x = words(a), y = words(b)
            if x == y { return true }
            guard x.count >= 2, y.count >= 2 else { return false }
            return x.first == y.first && x.last == y.last
        }

        private mutating func words(_ name: String) -> [Substring] {
            if let known = cache[name] { return known }
            let words = TextShape.words(TextShape.folded(name))
            cache[name] = words
            return words
        }
    }
}
