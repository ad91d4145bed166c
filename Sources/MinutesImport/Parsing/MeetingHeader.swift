import SamspilCore

/// What the lines before the first item say: the meeting (body, date, time, place, chair, minute takers,
/// draft or not), who attended, and the meeting's attachments.
struct MeetingHeader: Equatable, Sendable {
    var meeting = ParsedMinutes.Meeting()
    var attendance = ParsedMinutes.Attendance()
    var attachments: [String] = []
    /// A date standing alone at the top: the day the minutes were sent, not the meeting's.
    var sendingDate: CalendarDay?
    /// Apologies from people who are not on the invitation list.
    var unmatchedAbsentees: [String] = []

    var hasAttendance: Bool {
        attendance.invited != nil || !attendance.present.isEmpty || !attendance.absent.isEmpty
            || !attendance.guests.isEmpty
    }
}

enum MeetingHeaderParser {
    static func parse(_ lines: ArraySlice<DocumentLine>) -> MeetingHeader {
        var header = MeetingHeader()
        let contact = AttendanceList.contactLines(in: lines.map(\.text))

        var mode: HeaderLabel?
        /// A label alone on its line (`Mødedato`) whose value is the next line.
        var awaitingValue: HeaderLabel?
        var lists: [HeaderLabel: [String]] = [:]
        var implicitPeople: [String] = []  // people listed before any label (a document that starts mid-list)
        var titleLines: [String] = []
        var dateLines: [DateLine] = []
        var place: String?
        var form: [String] = []
        var previousHadDate = false
        var attachmentsAreBulleted = false

        for (offset, line) in lines.enumerated() where !line.isBlank && !contact.contains(offset) {
            let text = line.text
            defer { previousHadDate = TextShape.containsDigit(text) && !DanishDates.dates(in: text).isEmpty }
            if let (label, value) = label(of: line) {
                mode = label
                awaitingValue = value.isEmpty ? label : nil
                switch label {
                case .dateAndTime: if !value.isEmpty { dateLines.append(DateLine(text: value, labelled: true)) }
                case .place: place = value.isEmpty ? nil : value
                case .form: form = value.isEmpty ? [] : [value]
                case .chair: header.meeting.chair = names(in: value).first
                case .minuteTakers: header.meeting.minuteTakers += names(in: value)
                case .present, .invited, .absent, .guests, .attachments:
                    if !value.isEmpty { lists[label, default: []].append(value) }
                case .agenda: awaitingValue = nil
                }
                continue
            }
            if let label = awaitingValue {
                awaitingValue = nil
                switch label {
                case .dateAndTime: dateLines.append(DateLine(text: text, labelled: true)); continue
                case .place: place = text; continue
                case .chair: header.meeting.chair = names(in: text).first; continue
                default: break
                }
            }
            // A heading or bold line ends any list (`**UDKAST REFERAT**` after the attachments), unless it is
            // an organisation heading of the attendance list.
            if line.isEmphasised, !(mode?.isAttendanceList == true && AttendanceList.isOrganisationHeading(text)) {
                mode = nil
            }
            switch mode {
            case let list? where list.isAttendanceList:
                lists[list, default: []].append(text)
            case .attachments?:
                if !line.isBullet, attachmentsAreBulleted, !looksLikeTitle(text), var entries = lists[.attachments], let last = entries.indices.last {
                    // A bulleted list's entry wrapped onto the next line, as a printed page wraps it.
                    entries[last] += " " + text
                    lists[.attachments] = entries
                } else if line.isBullet || !looksLikeTitle(text) {
                    attachmentsAreBulleted = line.isBullet
                    lists[.attachments, default: []].append(text)
                } else {
                    mode = nil
                    titleLines.append(text)
                    dateLines.append(DateLine(text: text, labelled: false))
                }
            case .minuteTakers?:
                let more = names(in: text)
                if !more.isEmpty, !TextShape.contains(text, ",") || more.count > 1 {
                    header.meeting.minuteTakers += more
                } else {
                    mode = nil
                    titleLines.append(text)
                }
            case .form?:
                // `Form: Fysisk møde med mulighed for virtuel` / `deltagelse` / `RH Viborg, Mødelokale 22`.
                if TextShape.startsWithLowercaseLetter(text), !form.isEmpty {
                    form[form.count - 1] += " " + text
                } else if place == nil {
                    place = text
                }
            default:
                if previousHadDate, place == nil, text.hasPrefix("i "), text.count > 3 {
                    // `den 31. januar 2019 kl. 14:00` / `i Konference 1, Regionshuset Viborg`
                    place = TextShape.trimmed(text.dropFirst(2))
                } else if mode == nil, PersonEntry.looksLikePerson(text) {
                    implicitPeople.append(text)
                } else {
                    let followsTitle = titleLines.last.map(namesAMeeting) ?? false
                    titleLines.append(text)
                    dateLines.append(DateLine(text: text, labelled: false, followsTitle: followsTitle))
                }
            }
        }

        header.meeting.location = place ?? (form.isEmpty ? nil : form.joined(separator: ", "))
        readDate(from: dateLines, into: &header)
        readTitle(from: titleLines, into: &header)
        header.attachments = (lists[.attachments] ?? []).filter { !$0.isEmpty }
        lists[.present, default: []].insert(contentsOf: implicitPeople, at: 0)
        if lists[.present]?.isEmpty == true { lists[.present] = nil }
        AttendanceReading.read(lists: lists, into: &header)
        return header
    }

    /// A label line. A bullet is an entry of a list, never a label (`- Punkt 2: Notat ...` under `Bilag:`),
    /// except a list's label alone (`• Afbud`).
    private static func label(of line: DocumentLine) -> (HeaderLabel, String)? {
        guard let (label, value) = HeaderLabel.split(line.text) else { return nil }
        if line.isBullet, !(value.isEmpty && (label.isAttendanceList || label == .attachments)) { return nil }
        return (label, value)
    }

    // MARK: Date and time

    struct DateLine {
        var text: String
        /// Under a date label (`Tidspunkt:`, `Dato:`, `Mødedato`).
        var labelled: Bool
        /// Right under a line naming the body or the meeting (`Social- og Sundhedsudvalget` / `05-04-2022`).
        var followsTitle = false
    }

    /// A title line naming a body or a meeting.
    private static func namesAMeeting(_ text: String) -> Bool {
        let folded = TextShape.folded(text)
        return ["udvalg", "gruppe", "råd", "klynge", "møde", "referat", "dagsorden", "bestyrelse", "forum", "komité",
                "samråd"].contains { folded.includes($0) }
    }

    /// The meeting date, in order of trust: a labelled line (`Tidspunkt: 18. juni 2021 kl. 08:30-12:00`), a
    /// date followed by a clock time, a date in a title line about the meeting, a date alone right under the
    /// name of the body. A date alone on a line at the top is the day the minutes were sent and is not used.
    private static func readDate(from lines: [DateLine], into header: inout MeetingHeader) {
        var best: (rank: Int, text: String, date: FoundDate)?
        var standaloneDate: CalendarDay?
        for line in lines {
            guard let date = DanishDates.dates(in: line.text).first else { continue }
            let after = String(Array(line.text)[date.range.upperBound...])
            let folded = TextShape.folded(line.text)
            let rank: Int
            if line.labelled {
                rank = 0
            } else if !DanishDates.times(in: after).isEmpty || TextShape.folded(after).hasPrefix("kl") {
                rank = 1
            } else if ["møde", "referat", "dagsorden", "afholdt"].contains(where: { folded.includes($0) }) {
                rank = 2
            } else if line.followsTitle, isOnlyADate(line.text, date: date) {
                rank = 3
            } else {
                if standaloneDate == nil, isOnlyADate(line.text, date: date) { standaloneDate = date.day }
                continue
            }
            if rank < best?.rank ?? Int.max { best = (rank, line.text, date) }
        }
        if let best {
            header.meeting.date = best.date.day
            let after = String(Array(best.text)[best.date.range.upperBound...])
            let times = DanishDates.times(in: after)
            if let start = times.first {
                header.meeting.start = start
                header.meeting.end = times.dropFirst().first
            } else if let hours = DanishDates.wholeHoursAfterKl(in: after) {
                header.meeting.start = hours.start
                header.meeting.end = hours.end
            }
            if header.meeting.location == nil { header.meeting.location = placeAfterTime(in: after) }
        } else {
            header.sendingDate = standaloneDate
        }
        // `Dato: 18. juni 2021` and `Tid: 8.30-12.00` on separate lines.
        if header.meeting.start == nil {
            for line in lines where line.labelled && DanishDates.dates(in: line.text).isEmpty {
                let times = DanishDates.times(in: line.text)
                if let start = times.first {
                    header.meeting.start = start
                    header.meeting.end = times.dropFirst().first
                    break
                }
            }
        }
    }

    /// `... kl. 09:00 i Regionshuset Viborg, lokale F7` -> `Regionshuset Viborg, lokale F7`.
    private static func placeAfterTime(in text: String) -> String? {
        guard let range = text.range(of: " i ") else { return nil }
        let before = text[..<range.lowerBound]
        guard !DanishDates.times(in: before).isEmpty else { return nil }
        let place = TextShape.trimmed(text[range.upperBound...])
        return place.isEmpty ? nil : place
    }

    /// `29. juni 2021`, `Viborg, 29. juni 2021`, `Mandag den 29. juni 2021`.
    private static func isOnlyADate(_ text: String, date: FoundDate) -> Bool {
        let characters = Array(text)
        let before = String(characters[..<date.range.lowerBound])
        let after = TextShape.trimmed(String(characters[date.range.upperBound...]))
        return after.isEmpty && TextShape.wordCount(before) <= 3
    }

    // MARK: Title: body, cluster, status

    private static func readTitle(from lines: [String], into header: inout MeetingHeader) {
        for line in lines {
            let folded = TextShape.folded(line)
            let words = TextShape.words(folded)
            if words.contains("udkast") || folded.includes("foreløbigt referat") || folded.includes("foreløbig referat") {
                header.meeting.status = .draft
            } else if header.meeting.status == nil,
                      ["godkendt referat", "endeligt referat", "referatet er godkendt"].contains(where: { folded.includes($0) }) {
                header.meeting.status = .approved
            }
            if header.meeting.cluster == nil,
               let cluster = TextShape.words(line).first(where: {
                   TextShape.lowercased($0).hasSuffix("klyngen") && $0.count > "klyngen".count
               }) {
                header.meeting.cluster = capitalised(TextShape.trimmingTrailing(cluster, [",", ".", ":"]))
            }
            if header.meeting.body == nil, let body = body(in: line) { header.meeting.body = body }
        }
    }

    /// `mødet i Udvalg for regional udvikling den ...` -> `Udvalg for regional udvikling`;
    /// `Referat KLYNGESTYREGRUPPEMØDE` -> `Klyngestyregruppen`.
    static func body(in line: String) -> String? {
        let words = TextShape.words(line)
        for (index, word) in words.enumerated() {
            let lowered = TextShape.lowercased(word)
            if lowered == "møde" || lowered == "mødet", index + 2 < words.count, words[index + 1] == "i",
               TextShape.startsWithUppercaseLetter(words[index + 2]) {
                var name: [Substring] = []
                for next in words[(index + 2)...] {
                    let stop = next.first.map { $0.isNumber } ?? true
                        || ["den", "d.", "kl.", "kl", "i", "-", "–", "afholdt", "fredag", "mandag", "tirsdag", "onsdag",
                            "torsdag", "lørdag", "søndag"].contains(TextShape.lowercased(next))
                    if stop || name.count == 8 { break }
                    name.append(next)
                    if next.hasSuffix(",") { break }
                }
                let joined = TextShape.trimmingTrailing(name.joined(separator: " "), [",", ".", ":"])
                return joined.isEmpty ? nil : joined
            }
            guard lowered.hasSuffix("møde"), lowered.count > "møde".count + 3 else { continue }
            var stem = String(lowered.dropLast("møde".count))
            if stem.hasSuffix("s") { stem.removeLast() }
            if stem.hasSuffix("e") { stem += "n" } else if stem.hasSuffix("udvalg") { stem += "et" }
            return capitalised(stem)
        }
        return nil
    }

    /// `midtklyngen` and `MIDTKLYNGEN` -> `Midtklyngen`; `Gødstrup-klyngen` stays.
    private static func capitalised(_ word: String) -> String {
        let letters = word.filter(\.isLetter)
        let base = !letters.isEmpty && letters.allSatisfy(\.isUppercase) ? word.lowercased() : word
        return base.prefix(1).uppercased() + base.dropFirst()
    }

    /// A title line rather than an attachment: all capitals, or naming the minutes themselves.
    private static func looksLikeTitle(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        let folded = TextShape.folded(text)
        return (!letters.isEmpty && letters.allSatisfy(\.isUppercase))
            || folded.hasPrefix("udkast") || folded.hasPrefix("referat")
    }

    // MARK: Names in a value

    /// `Katrine Gimm og Birthe Thoft Knudsen` -> both. Titles after a comma and notes in brackets go.
    static func names(in value: String) -> [String] {
        let (rest, _) = PersonEntry.splittingNotes(value)
        var names: [String] = []
        for part in TextShape.components(rest, separatedBy: ",") {
            for candidate in TextShape.components(part, separatedBy: " og ").flatMap({ TextShape.components($0, separatedBy: " & ") }) {
                let name = TextShape.trimmed(candidate)
                let words = TextShape.words(name)
                if !words.isEmpty, words.count <= 5, words.allSatisfy(TextShape.isNameWord) {
                    names.append(name)
                } else if let titled = PersonEntry.titleFirst(name) {
                    names.append(titled.name)
                }
            }
        }
        return names
    }
}
