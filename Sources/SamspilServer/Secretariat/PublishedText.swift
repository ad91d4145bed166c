import Foundation
import SamspilCore

/// How much of a meeting a step makes public: the agenda (everything but the decisions and the
/// follow-up), or the minutes (everything). The same split as the public meeting page's.
enum PublicationScope: Equatable, Sendable {
    case agenda
    case minutes

    /// What taking a meeting to `step` makes public; nil for a step that publishes nothing new (held: the
    /// public still reads the agenda; a draft: members only).
    init?(step: MeetingStatus) {
        switch step {
        case .agendaPublished: self = .agenda
        case .minutesApproved: self = .minutes
        case .planned, .held, .minutesDraft: return nil
        }
    }

    /// Imported minutes are public at once: approved ones whole, drafts as their agenda.
    init(imported status: ParsedMinutes.Status?) {
        self = status == .draft ? .agenda : .minutes
    }

    /// What the public reads of a meeting at `status`, and so what an edit of it publishes at once; nil
    /// before the agenda is out, when nothing is public yet (publishing it checks everything).
    init?(publicAt status: MeetingStatus) {
        guard status.agendaIsPublic else { return nil }
        self = status.minutesArePublic ? .minutes : .agenda
    }
}

/// Where a published text is, to tell the secretary where to look.
enum PublicPlace: Equatable, Sendable {
    enum MeetingField: Equatable, Sendable { case location, chair, minuteTakers }

    enum ItemPart: Equatable, Sendable {
        case title, presenter, caseNumber
        case section(SectionKind, heading: String?)
        case followUp
    }

    /// An item as a place: its id (none for an item not stored yet), number and title.
    struct Item: Equatable, Sendable {
        let id: UUID?
        let number: Int?
        let title: String
    }

    case meeting(MeetingField)
    case item(Item, ItemPart)
    /// An attachment's title and file name; `itemID` nil for the meeting's own.
    case attachment(title: String, itemID: UUID?)
    /// The text inside an attachment's file.
    case attachmentText(title: String, fileName: String, itemID: UUID?)
    /// A person on the attendance list: name, title, note.
    case attendance(name: String)

    /// The item to edit to remove what is found here.
    var itemID: UUID? {
        switch self {
        case let .item(item, _): item.id
        case let .attachment(_, itemID), let .attachmentText(_, _, itemID): itemID
        case .meeting, .attendance: nil
        }
    }
}

/// A text that becomes public, and where it is.
struct PublishedText: Equatable, Sendable {
    let place: PublicPlace
    let text: String
}

/// A CPR number in what would be published: where it is, masked, and the words around it, masked.
/// Never the number itself.
struct CPRFinding: Equatable, Sendable {
    let place: PublicPlace
    /// "010190-****".
    let masked: String
    /// "… forbruget for 010190-**** i 2021 …".
    let excerpt: String
    /// The line of an attachment's text; nil for the short texts of the meeting, whose place says enough.
    let line: Int?
}

/// A public attachment whose text was not read: why, in the reader's words, when there is a reason.
struct UnreadAttachment: Equatable, Sendable {
    let title: String
    let fileName: String
    let itemID: UUID?
    let reason: String?
}

/// The outcome of looking through what a step makes public.
struct PublicationCheck: Equatable, Sendable {
    var findings: [CPRFinding] = []
    /// Public attachments whose text could not be read although it should be (pdftotext missing, a damaged
    /// file): the check cannot vouch for them, so they stop the publication too.
    var unreadable: [UnreadAttachment] = []
    /// Public attachments of a kind whose text cannot be read at all (images, spreadsheets, scanned
    /// pages): shown to be looked at by eye; they do not stop the publication.
    var unchecked: [UnreadAttachment] = []

    var blocksPublication: Bool { !findings.isEmpty || !unreadable.isEmpty }
}

extension PublishedText {
    /// The CPR numbers in `texts`, each with its place.
    static func findings(in texts: [PublishedText]) -> [CPRFinding] {
        texts.flatMap { published in
            CPRNumbers.find(in: published.text).map { number in
                let isDocument = if case .attachmentText = published.place { true } else { false }
                return CPRFinding(place: published.place, masked: number.masked,
                                  excerpt: CPRNumbers.excerpt(around: number, in: published.text),
                                  line: isDocument ? number.line : nil)
            }
        }
    }

    /// What a meeting in the app shows the public at `scope`: the header's free texts, the attendance list,
    /// the attachments' titles and file names, the items' titles, presenters, case numbers and sections,
    /// and with the minutes the decisions and the follow-up. The text inside attachments is read apart
    /// (`PublicationGuard`).
    static func texts(of meeting: Meeting, items: [AgendaItem], attachments: [Attachment], attendees: [Attendee],
                      actions: [FollowUpAction], ownerNames: [UUID: String], scope: PublicationScope) -> [PublishedText] {
        var texts = header(location: meeting.location, chair: meeting.chair, minuteTakers: meeting.minuteTakers)
        texts += attendees.flatMap(\.texts)
        texts += attachments.flatMap(Self.texts(of:))
        for item in items {
            let place = PublicPlace.Item(id: item.id, number: item.number, title: item.title)
            texts += Self.texts(of: item, scope: scope)
            guard scope == .minutes else { continue }
            texts += actions.filter { $0.itemID == item.id }.flatMap { action in
                [action.text, ownerNames[action.id]].compactMap { $0 }
                    .map { PublishedText(place: .item(place, .followUp), text: $0) }
            }
        }
        return texts
    }

    /// What the public reads of one item at `scope`: its title, presenter, case number and sections.
    static func texts(of item: AgendaItem, scope: PublicationScope) -> [PublishedText] {
        itemTexts(PublicPlace.Item(id: item.id, number: item.number, title: item.title), presenter: item.presenter,
                  caseNumber: item.caseNumber, sections: item.sections, scope: scope)
    }

    /// An attachment's title and file name as the meeting page lists them. The text inside the file is
    /// read apart (`PublicationGuard`).
    static func texts(of attachment: Attachment) -> [PublishedText] {
        [attachment.title, attachment.file?.fileName].compactMap { $0 }
            .map { PublishedText(place: .attachment(title: attachment.title, itemID: attachment.itemID), text: $0) }
    }

    /// What imported minutes make public at once: the same parts as a meeting's.
    static func texts(of minutes: ParsedMinutes) -> [PublishedText] {
        let scope = PublicationScope(imported: minutes.meeting.status)
        var texts = header(location: minutes.meeting.location, chair: minutes.meeting.chair,
                           minuteTakers: minutes.meeting.minuteTakers)
        let attendance = minutes.attendance
        texts += ((attendance.invited ?? []) + attendance.present + attendance.absent + attendance.guests).flatMap { person in
            Attendee(name: person.name, title: person.title, note: person.note).texts
        }
        texts += minutes.attachments.map { PublishedText(place: .attachment(title: $0, itemID: nil), text: $0) }
        for item in minutes.items {
            texts += itemTexts(PublicPlace.Item(id: nil, number: item.number, title: item.title), presenter: item.presenter,
                               caseNumber: item.caseNumber, sections: item.sections, scope: scope)
        }
        return texts
    }

    /// A person as the attendance list shows them.
    struct Attendee: Equatable, Sendable {
        let name: String
        let title: String?
        let note: String?

        var texts: [PublishedText] {
            [name, title, note].compactMap { $0 }.map { PublishedText(place: .attendance(name: name), text: $0) }
        }
    }

    private static func header(location: String?, chair: String?, minuteTakers: [String]) -> [PublishedText] {
        let fields: [(PublicPlace.MeetingField, String?)] = [
            (.location, location), (.chair, chair),
            (.minuteTakers, minuteTakers.isEmpty ? nil : minuteTakers.joined(separator: ", ")),
        ]
        return fields.compactMap { field, text in text.map { PublishedText(place: .meeting(field), text: $0) } }
    }

    private static func itemTexts(_ item: PublicPlace.Item, presenter: String?, caseNumber: String?,
                                  sections: [ItemSection], scope: PublicationScope) -> [PublishedText] {
        let fields: [(PublicPlace.ItemPart, String?)] = [(.title, item.title), (.presenter, presenter), (.caseNumber, caseNumber)]
        // Decisions are the minutes: an agenda does not show them.
        let shown = scope == .minutes ? sections : sections.filter { $0.kind != .decision }
        return fields.compactMap { part, text in text.map { PublishedText(place: .item(item, part), text: $0) } }
            + shown.map { PublishedText(place: .item(item, .section($0.kind, heading: $0.heading)), text: $0.text) }
    }
}
