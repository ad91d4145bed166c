import Foundation

/// One meeting of a body: its header, and where it stands in its life cycle.
public struct Meeting: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var bodyID: UUID
    public var date: CalendarDay
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    /// "RH Viborg, Mødelokale 22, etage 3" or "Fysisk møde med mulighed for virtuel deltagelse".
    public var location: String?
    /// Mødeleder, as a name: the chair need not be a registered member.
    public var chair: String?
    /// Referenter.
    public var minuteTakers: [String]
    public var status: MeetingStatus
    /// Raised by every change to the meeting, its agenda, attendance or attachments: the calendar's
    /// SEQUENCE, and with `modifiedAt` what tells a cache or a feed reader that the documents changed.
    public var revision: Int
    /// When the meeting or anything in it last changed.
    public var modifiedAt: Date?
    /// Set when the meeting was called off. A cancelled meeting keeps its page and stays in calendars,
    /// marked cancelled, so that subscribers see it go.
    public var cancelledAt: Date?

    public init(id: UUID = UUID(), bodyID: UUID, date: CalendarDay, start: TimeOfDay? = nil, end: TimeOfDay? = nil,
                location: String? = nil, chair: String? = nil, minuteTakers: [String] = [],
                status: MeetingStatus = .planned, revision: Int = 0, modifiedAt: Date? = nil,
                cancelledAt: Date? = nil) {
        self.id = id
        self.bodyID = bodyID
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.chair = chair
        self.minuteTakers = minuteTakers
        self.status = status
        self.revision = revision
        self.modifiedAt = modifiedAt
        self.cancelledAt = cancelledAt
    }

    public var isCancelled: Bool { cancelledAt != nil }

    /// A meeting is called off before it is held; once held, its minutes are the record of it.
    public var canBeCancelled: Bool { !isCancelled && status < .held }
}

/// A meeting's life cycle: planned -> agenda published -> held -> minutes draft -> minutes approved.
public enum MeetingStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case planned
    case agendaPublished
    case held
    case minutesDraft
    case minutesApproved

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: MeetingStatus, rhs: MeetingStatus) -> Bool { lhs.order < rhs.order }

    /// The one step forward from here, if any. Steps are taken one at a time, so nothing is skipped
    /// (an agenda is published before the meeting is held, minutes are drafted before approval).
    public var next: MeetingStatus? {
        let all = Self.allCases
        return order + 1 < all.count ? all[order + 1] : nil
    }

    public func canAdvance(to status: MeetingStatus) -> Bool { next == status }

    /// Whether the public may read the agenda.
    public var agendaIsPublic: Bool { self >= .agendaPublished }
    /// Whether the public may read the minutes: only approved minutes are public.
    public var minutesArePublic: Bool { self == .minutesApproved }
}

/// One person on a meeting's attendance list.
public struct Attendance: Identifiable, Hashable, Sendable {
    public var id: UUID
    public var meetingID: UUID
    public var personID: UUID
    /// The organisation the person came for at this meeting.
    public var organisationID: UUID?
    public var title: String?
    public var status: Status
    /// "virtuel deltagelse til og med punkt 3", "kl. 14.00", "punkt 4".
    public var note: String?
    /// The place on the list as written, to keep the order users know.
    public var position: Int

    public init(id: UUID = UUID(), meetingID: UUID, personID: UUID, organisationID: UUID?, title: String?,
                status: Status, note: String? = nil, position: Int) {
        self.id = id
        self.meetingID = meetingID
        self.personID = personID
        self.organisationID = organisationID
        self.title = title
        self.status = status
        self.note = note
        self.position = position
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case present
        /// Afbud: sent apologies.
        case apologies
        /// Invited, did not come, sent no apologies.
        case absent
        case guest
    }
}
