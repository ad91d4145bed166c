import Foundation
import SamspilCore

/// The blocks of an exported document in reading order, decided once for Word and for print HTML alike:
/// what goes in the header, how attendance is grouped, how an item's heading reads. The writers only
/// decide how each kind of block looks.
///
/// The wording follows the minutes secretaries write by hand (`Tidspunkt:`, `Mødeleder:`, `Afbud:`,
/// `3. Titel (kl. 09:00-09:30) v/ Navn`), which is also what Samspil's importer reads back.
public struct DocumentOutline: Equatable, Sendable {
    public enum Block: Equatable, Sendable {
        /// "UDKAST", above the title of draft minutes.
        case draftMark
        case title(String)
        /// The body, under the title.
        case subtitle(String)
        /// `Tidspunkt: 18. juni 2021 kl. 08:30-12:00`.
        case field(label: String, value: String)
        /// A list in the header: Mødedeltagere, Afbud, Gæster, Bilag.
        case listHeading(String)
        /// The organisation the following people came for.
        case organisation(String)
        /// One person on an attendance list.
        case entry(String)
        /// One attachment on the meeting's list of attachments.
        case attachment(String)
        /// The heading above the items.
        case agendaHeading(String)
        /// An agenda item's heading; `number` nil for an unnumbered part or a break.
        case item(number: Int?, heading: String)
        /// Indstilling, Sagsfremstilling, Bilag, Beslutning.
        case sectionHeading(String)
        case text(TextBlock)
    }

    public let blocks: [Block]

    public init(_ document: MeetingDocument) {
        let content = document.content
        let meeting = content.meeting
        var blocks: [Block] = []
        if document.isDraft { blocks.append(.draftMark) }
        blocks.append(.title(document.heading))
        blocks.append(.subtitle(document.subtitle))

        if let date = meeting.date {
            blocks.append(.field(label: "Tidspunkt", value: Self.dateAndTime(date, meeting.start, meeting.end)))
        }
        if let location = meeting.location, !location.isEmpty { blocks.append(.field(label: "Sted", value: location)) }
        if let chair = meeting.chair, !chair.isEmpty { blocks.append(.field(label: "Mødeleder", value: chair)) }
        if !meeting.minuteTakers.isEmpty {
            blocks.append(.field(label: "Referenter", value: Self.listed(meeting.minuteTakers)))
        }

        let attendance = content.attendance
        // Minutes that list the invited and the apologies leave the present to be worked out, as the
        // reader does; writing both lists would name everybody twice.
        if let invited = attendance.invited, !invited.isEmpty {
            blocks += Self.people(invited, heading: "Inviterede")
        } else if !attendance.present.isEmpty {
            blocks += Self.people(attendance.present, heading: "Mødedeltagere")
        }
        if !attendance.absent.isEmpty { blocks += Self.people(attendance.absent, heading: "Afbud") }
        if !attendance.guests.isEmpty {
            // Guests come one by one from anywhere: each names their own organisation.
            blocks.append(.listHeading("Gæster"))
            blocks += attendance.guests.map { .entry(Self.entry(for: $0, withOrganisation: true)) }
        }
        if !content.attachments.isEmpty {
            blocks.append(.listHeading("Bilag"))
            blocks += content.attachments.map(Block.attachment)
        }

        blocks.append(.agendaHeading(document.kind == .agenda ? "Dagsorden" : "Referat"))
        for item in content.items {
            blocks.append(.item(number: item.number, heading: Self.heading(of: item)))
            if let caseNumber = item.caseNumber, !caseNumber.isEmpty {
                blocks.append(.text(.paragraph("Sagsnr. \(caseNumber)")))
            }
            for section in item.sections where !section.text.isEmpty {
                if let heading = Self.heading(of: section) { blocks.append(.sectionHeading(heading)) }
                blocks += TextBlock.blocks(of: section.text).map(Block.text)
            }
        }
        self.blocks = blocks
    }

    /// `Status på Sundhedsklynger (kl. 08:10-08:25) v/ Lauge Clemmensen`: title, time slot, presenter.
    static func heading(of item: ParsedMinutes.Item) -> String {
        var heading = item.title
        if let start = item.start {
            heading += " (kl. \(start)" + (item.end.map { "-\($0)" } ?? "") + ")"
        }
        if let presenter = item.presenter, !presenter.isEmpty { heading += " v/ \(presenter)" }
        return heading
    }

    /// The usual heading of each kind of section; a section of another kind keeps its own, if it had one
    /// (the text of a break or of "Eventuelt" often has none).
    static func heading(of section: ItemSection) -> String? {
        switch section.kind {
        case .recommendation: "Indstilling"
        case .description: "Sagsfremstilling"
        case .attachments: "Bilag"
        case .decision: "Beslutning"
        case .other: section.heading
        }
    }

    /// People grouped under their organisations, in the order of the list. A list where some have no
    /// organisation names each one's on their own line instead: an organisation's name between people
    /// without one would read as the title of the person above it.
    private static func people(_ people: [ParsedMinutes.Person], heading: String) -> [Block] {
        var blocks: [Block] = [.listHeading(heading)]
        guard people.allSatisfy({ !($0.organisation ?? "").isEmpty }) else {
            return blocks + people.map { .entry(entry(for: $0, withOrganisation: true)) }
        }
        var current: String?
        for person in people {
            if let organisation = person.organisation, organisation != current {
                current = organisation
                blocks.append(.organisation(organisation))
            }
            blocks.append(.entry(entry(for: person)))
        }
        return blocks
    }

    /// `Thomas Balle Kristensen, hospitalsdirektør (medformand)`; with the organisation after the title.
    static func entry(for person: ParsedMinutes.Person, withOrganisation: Bool = false) -> String {
        var line = person.name
        if let title = person.title, !title.isEmpty { line += ", \(title)" }
        if withOrganisation, let organisation = person.organisation, !organisation.isEmpty { line += ", \(organisation)" }
        if let note = person.note, !note.isEmpty { line += " (\(note))" }
        return line
    }

    /// `18. juni 2021 kl. 08:30-12:00`.
    static func dateAndTime(_ date: CalendarDay, _ start: TimeOfDay?, _ end: TimeOfDay?) -> String {
        var text = "\(date.day). \(danishMonths[date.month - 1]) \(date.year)"
        if let start { text += " kl. \(start)" + (end.map { "-\($0)" } ?? "") }
        return text
    }

    /// `A, B og C`.
    static func listed(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " og " + last
    }

    static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                               "oktober", "november", "december"]
}
