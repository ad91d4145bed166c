import Foundation
import MinutesExport
import SamspilCore

extension MeetingDocument {
    /// The agenda or the minutes of a meeting as its page shows them to this viewer: built from the page's
    /// model, so a document never holds more than the page (no decisions of unapproved minutes for the
    /// public, no attachments that are not theirs to see).
    init(_ kind: Kind, of page: MeetingPage.Model, body: Body) {
        let meeting = page.meeting
        let status: ParsedMinutes.Status? = switch meeting.status {
        case .minutesApproved: .approved
        case .held, .minutesDraft: .draft
        case .planned, .agendaPublished: nil
        }
        func people(_ groups: [MeetingPage.Model.OrganisationGroup]) -> [ParsedMinutes.Person] {
            groups.flatMap { group in
                group.people.map { ParsedMinutes.Person(name: $0.name, title: $0.title, organisation: group.organisation, note: $0.note) }
            }
        }
        let guests = page.guests.map { ParsedMinutes.Person(name: $0.name, title: $0.title, note: $0.note) }
        let items = page.items.map { item in
            ParsedMinutes.Item(number: item.number, title: item.title, presenter: item.presenter, start: item.start,
                               end: item.end, caseNumber: item.caseNumber,
                               sections: Self.sections(of: item, attachments: page.itemAttachments[item.id] ?? []))
        }
        let content = ParsedMinutes(
            meeting: .init(body: body.name, cluster: body.cluster, date: meeting.date, start: meeting.start, end: meeting.end,
                           location: meeting.location, chair: meeting.chair, minuteTakers: meeting.minuteTakers,
                           status: status),
            attendance: .init(present: people(page.present), absent: people(page.apologies), guests: guests),
            attachments: page.attachments.map(\.title),
            items: items)
        self.init(kind: kind, content: content)
    }

    /// The item's sections, with its uploaded attachments named under Bilag (in the section the item
    /// already has, or a new one), so the document lists what members were sent.
    private static func sections(of item: AgendaItem, attachments: [MeetingPage.Model.AttachmentLink]) -> [ItemSection] {
        var sections = item.sections
        let existing = sections.firstIndex { $0.kind == .attachments }
        let named = existing.map { sections[$0].text } ?? ""
        let missing = attachments.map(\.title).filter { !named.contains($0) }
        guard !missing.isEmpty else { return sections }
        let lines = missing.map { "- \($0)" }.joined(separator: "\n")
        if let existing {
            sections[existing].text += (named.isEmpty ? "" : "\n") + lines
        } else {
            let place = sections.firstIndex { $0.kind.standardPosition > SectionKind.attachments.standardPosition } ?? sections.endIndex
            sections.insert(ItemSection(kind: .attachments, text: lines), at: place)
        }
        return sections
    }
}

extension MeetingDocument.Kind {
    /// The word in the document's path and on its buttons.
    var pathWord: String {
        switch self {
        case .agenda: "dagsorden"
        case .minutes: "referat"
        }
    }
}
