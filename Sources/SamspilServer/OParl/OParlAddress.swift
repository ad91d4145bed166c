import Foundation
import MinutesExport
import SamspilCore

/// The URLs of the OParl API: every object's `id` is the absolute URL it is fetched at. The origin is
/// the request's (`SiteAddress`), so a client reaches the objects by the address it used.
struct OParlAddress {
    static let root = ["oparl", "v1.1"]
    /// Samspil publishes one OParl body: the cooperation as a whole (see docs/open-data.md).
    static let bodyKey = "sundhedssamarbejdet"

    let site: SiteAddress

    private var base: String { site.origin + "/" + Self.root.joined(separator: "/") }

    var system: String { base + "/system" }
    /// The list of bodies, which holds the one body.
    var bodies: String { base + "/bodies" }
    var body: String { base + "/body/" + Self.bodyKey }
    func list(_ list: OParlList) -> String { body + "/" + list.rawValue }

    func organization(_ id: UUID) -> String { base + "/organization/" + id.lowercased }
    func organizationMeetings(_ id: UUID) -> String { organization(id) + "/meetings" }
    func person(_ id: UUID) -> String { base + "/person/" + id.lowercased }
    func membership(_ id: UUID) -> String { base + "/membership/" + id.lowercased }
    func meeting(_ id: UUID) -> String { base + "/meeting/" + id.lowercased }
    func agendaItem(_ id: UUID) -> String { base + "/agendaitem/" + id.lowercased }
    func file(_ id: OParlFileID) -> String { base + "/file/" + id.description }
    func location(_ id: UUID) -> String { base + "/location/" + id.lowercased }
    func paper(_ itemID: UUID) -> String { base + "/paper/" + itemID.lowercased }
    func consultation(_ id: UUID) -> String { base + "/consultation/" + id.lowercased }

    func web(_ url: SiteURL) -> String { site.absolute(url) }
}

/// The lists a body links.
enum OParlList: String, CaseIterable, Sendable {
    case organization = "organizations"
    case person = "people"
    case meeting = "meetings"
    case paper = "papers"
    case agendaItem = "agendaitems"
    case consultation = "consultations"
    case file = "files"
    case location = "locations"
    case legislativeTerm = "legislativeterms"
    case membership = "memberships"
}

/// A File is an attachment's uploaded file, or one of a meeting's documents (its agenda or minutes as
/// Word), which Samspil makes from the meeting when it is asked for.
enum OParlFileID: Hashable, CustomStringConvertible, LosslessStringConvertible {
    case attachment(UUID)
    case document(MeetingDocument.Kind, meetingID: UUID)

    var description: String {
        switch self {
        case let .attachment(id): id.lowercased
        case let .document(kind, meetingID): "\(kind.pathWord)-\(meetingID.lowercased)"
        }
    }

    init?(_ text: String) {
        if let id = UUID(uuidString: text) {
            self = .attachment(id)
            return
        }
        guard let dash = text.firstIndex(of: "-"),
              let kind = MeetingDocument.Kind.allCases.first(where: { $0.pathWord == text[..<dash] }),
              let id = UUID(uuidString: String(text[text.index(after: dash)...])) else { return nil }
        self = .document(kind, meetingID: id)
    }
}

/// OParl's date-times: local Danish time with its offset (`2021-06-18T09:00:00+02:00`), never `Z`,
/// without fractions of a second.
enum OParlTime {
    static func dateTime(_ date: Date) -> String {
        let zone = TimeZone.copenhagen
        let offset = zone.secondsFromGMT(for: date)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + self.offset(offset)
    }

    /// A meeting's or an item's time: a day and a local time of day.
    static func dateTime(_ day: CalendarDay, _ time: TimeOfDay) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .copenhagen
        guard let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                            hour: time.hour, minute: time.minute)) else { return nil }
        return dateTime(date)
    }

    private static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// Reads a filter's value: a date-time as OParl writes it (with an offset or `Z`), or a plain date,
    /// which means its start in Danish time.
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        guard let day = CalendarDay(iso: text), let midnight = TimeOfDay(hour: 0, minute: 0),
              let local = dateTime(day, midnight) else { return nil }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: local)
    }
}
