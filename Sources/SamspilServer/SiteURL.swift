import Foundation
import SamspilCore
import Vapor

/// The one source of the site's paths: routes are registered from these definitions and links are
/// made with them, so a link cannot point at a path that does not exist.
enum SiteURL: Equatable {
    case home
    case body(slug: String)
    case meeting(bodySlug: String, key: MeetingKey)
    case person(id: UUID)
    case stylesheet
    case health
    case signIn
    case signOut
    case importMinutes
    /// The preview of uploaded documents, before they are stored.
    case importPreview(batch: UUID)
    case importConfirm(batch: UUID)
    case importCancel(batch: UUID)

    var path: String {
        switch self {
        case .home: "/"
        case let .body(slug): "/organer/\(slug)"
        case let .meeting(bodySlug, key): "/organer/\(bodySlug)/moeder/\(key)"
        case let .person(id): "/personer/\(id.uuidString.lowercased())"
        case .stylesheet: "/assets/samspil-\(Stylesheet.version).css"
        case .health: "/healthz"
        case .signIn: "/log-ind"
        case .signOut: "/log-ud"
        case .importMinutes: "/import"
        case let .importPreview(batch): "/import/\(batch.uuidString.lowercased())"
        case let .importConfirm(batch): "/import/\(batch.uuidString.lowercased())/gem"
        case let .importCancel(batch): "/import/\(batch.uuidString.lowercased())/annuller"
        }
    }

    /// The route pattern of each kind of path, with its parameters named.
    enum Route {
        static let body: [PathComponent] = ["organer", ":body"]
        static let meeting: [PathComponent] = ["organer", ":body", "moeder", ":meeting"]
        static let person: [PathComponent] = ["personer", ":person"]
        static let health: [PathComponent] = ["healthz"]
        static let signIn: [PathComponent] = ["log-ind"]
        static let signOut: [PathComponent] = ["log-ud"]
        static let importMinutes: [PathComponent] = ["import"]
        static let importPreview: [PathComponent] = ["import", ":batch"]
        static let importConfirm: [PathComponent] = ["import", ":batch", "gem"]
        static let importCancel: [PathComponent] = ["import", ":batch", "annuller"]
        static var stylesheet: [PathComponent] { ["assets", "samspil-\(Stylesheet.version).css"] }
    }
}

/// A meeting's key within its body in URLs: its date, and a number from 2 for a second meeting the
/// same day (`2021-06-18`, `2021-06-18-2`). Readable, stable, and needs no id.
struct MeetingKey: Hashable, CustomStringConvertible, LosslessStringConvertible {
    let date: CalendarDay
    /// 1 for the first meeting of the day.
    let ordinal: Int

    init(date: CalendarDay, ordinal: Int = 1) {
        self.date = date
        self.ordinal = ordinal
    }

    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3 || parts.count == 4,
              let date = CalendarDay(iso: parts[0...2].joined(separator: "-")) else { return nil }
        let ordinal = parts.count == 4 ? Int(parts[3]) : 1
        guard let ordinal, ordinal >= 1, parts.count == 3 || ordinal >= 2 else { return nil }
        self.init(date: date, ordinal: ordinal)
    }

    var description: String { ordinal == 1 ? date.iso : "\(date.iso)-\(ordinal)" }

    /// The keys of a body's meetings: ordinals count meetings of the same day in order of start time.
    static func keys(for meetings: [Meeting]) -> [UUID: MeetingKey] {
        var keys: [UUID: MeetingKey] = [:]
        for (date, sameDay) in Dictionary(grouping: meetings, by: \.date) {
            let ordered = sameDay.sorted { ($0.start?.minutesSinceMidnight ?? -1, $0.id.uuidString) < ($1.start?.minutesSinceMidnight ?? -1, $1.id.uuidString) }
            for (index, meeting) in ordered.enumerated() {
                keys[meeting.id] = MeetingKey(date: date, ordinal: index + 1)
            }
        }
        return keys
    }
}
