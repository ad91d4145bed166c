import Foundation
import SamspilCore

/// What differs between a meeting as written to a document and as Samspil's importer reads it back: the
/// header, the attendance, and every item with its title, time, presenter and sections. Texts are
/// compared as their words, since a document lays out lines its own way. Empty when the round trip holds.
public enum ReadBack {
    public static func differences(_ read: ParsedMinutes, from written: ParsedMinutes) -> [String] {
        var differences: [String] = []
        func check<T: Equatable>(_ what: String, _ got: T, _ expected: T) {
            if got != expected { differences.append("\(what): read \(got), wrote \(expected)") }
        }
        let meeting = written.meeting, got = read.meeting
        check("date", got.date, meeting.date)
        check("start", got.start, meeting.start)
        check("end", got.end, meeting.end)
        check("chair", got.chair, meeting.chair)
        check("minute takers", got.minuteTakers, meeting.minuteTakers)
        check("status", got.status, meeting.status)
        check("body", got.body, meeting.body)
        check("location", words(got.location), words(meeting.location))

        for (list, gotPeople, people) in [("present", read.attendance.present, written.attendance.present),
                                          ("apologies", read.attendance.absent, written.attendance.absent),
                                          ("guests", read.attendance.guests, written.attendance.guests)] {
            check("\(list): names", gotPeople.map(\.name), people.map(\.name))
            check("\(list): organisations", gotPeople.map { words($0.organisation) }, people.map { words($0.organisation) })
            check("\(list): titles", gotPeople.map { words($0.title) }, people.map { words($0.title) })
            check("\(list): notes", gotPeople.map { words($0.note) }, people.map { words($0.note) })
        }
        check("attachments", read.attachments.map { words($0) }, written.attachments.map { words($0) })

        check("number of items", read.items.count, written.items.count)
        for (got, item) in zip(read.items, written.items) {
            let label = "item \(item.number.map(String.init) ?? "-") \(item.title)"
            check("\(label): number", got.number, item.number)
            check("\(label): title", got.title, item.title)
            check("\(label): presenter", got.presenter, item.presenter)
            check("\(label): start", got.start, item.start)
            check("\(label): end", got.end, item.end)
            check("\(label): case number", got.caseNumber, item.caseNumber)
            let sections = item.sections.filter { !$0.text.isEmpty }
            check("\(label): sections", got.sections.map(\.kind), sections.map(\.kind))
            for (gotSection, section) in zip(got.sections, sections) {
                check("\(label): \(section.kind.rawValue)", words(gotSection.text), words(section.text))
            }
        }
        return differences
    }

    /// The words of a text, lower-cased, without punctuation or layout.
    static func words(_ text: String?) -> String {
        (text ?? "").precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "[^\\p{L}\\p{N}]+", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }
}
