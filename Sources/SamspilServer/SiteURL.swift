import Foundation
import MinutesExport
import SamspilCore
import Vapor

/// The one source of the site's paths: routes are registered from these definitions and links are
/// made with them, so a link cannot point at a path that does not exist.
enum SiteURL: Equatable {
    case home
    case body(slug: String)
    /// The public archive of a body's year: its meetings and what of each is published.
    case bodyYear(slug: String, year: Int)
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

    // The secretariat's work on a body and its meetings.
    case newMeeting(bodySlug: String)
    case backlog(bodySlug: String)
    case backlogItemDelete(bodySlug: String, id: UUID)
    case followUp(bodySlug: String)
    case followUpAction(bodySlug: String, id: UUID)
    case standardItems(bodySlug: String)
    /// A body's co-chairs and rotation plan, and the secretary's changes to it.
    case coChairs(bodySlug: String)
    case rotationPeriodDelete(bodySlug: String, id: UUID)
    case rotationRules(bodySlug: String)
    /// The indicators, one indicator (and its chart as SVG), and the distribution helper.
    case indicators
    case indicator(slug: String)
    case indicatorChart(slug: String)
    case distribution
    /// The course of a matter between bodies, from one of its items.
    case caseTrail(itemID: UUID)
    /// The initiatives register, and one initiative.
    case initiatives
    case initiative(UUID)
    /// Agreements and development tasks, one of them, and a change to one of its stages or clusters.
    case cooperationCases
    case cooperationCase(UUID)
    case caseStage(UUID, CooperationCase.Stage)
    case caseCluster(UUID, bodyID: UUID)
    /// The administration of the structure: bodies, organisations and people.
    case administration
    case newBody
    case newOrganisation
    case organisation(UUID)
    case newPerson
    case personSettings(UUID)
    /// A body's settings, its terms of reference, its members, and ending a membership.
    case bodySettings(bodySlug: String)
    case termsOfReference(bodySlug: String)
    case members(bodySlug: String)
    case membershipEnd(bodySlug: String, id: UUID)
    case meetingPart(bodySlug: String, key: MeetingKey, MeetingPart)

    // Feeds: calendars and news that apps fetch.
    case bodyCalendar(bodySlug: String)
    case bodyNews(bodySlug: String)
    case news
    /// A user's personal calendar: the secret token is the key, as a calendar app sends no cookie.
    case personalCalendar(token: String)
    /// The signed-in user's page for the personal calendar's address.
    case myCalendar
    /// The signed-in user's personal API tokens, and revoking one.
    case apiTokens
    case apiTokenRevoke(UUID)
    /// Search, and the history of what a search finds: the query and filters come as parameters.
    case search
    case topic

    /// The pages and actions under a meeting's path.
    enum MeetingPart: Equatable {
        /// The agenda builder and the meeting's header.
        case editor
        /// The confirmation of a step in the life cycle (GET) and the step (POST).
        case status
        case attendance
        case guests
        /// Adding an item (POST).
        case items
        case item(UUID)
        case itemMove(UUID)
        case itemDelete(UUID)
        case itemAttachments(UUID)
        case itemActions(UUID)
        case itemReferral(UUID)
        /// The item's links to initiatives, cases and indicators (POST).
        case itemLinks(UUID)
        case attachment(UUID)
        case attachmentDelete(UUID)
        /// Calling the meeting off (confirmation on GET, the step on POST), and on again.
        case cancellation
        case reinstatement

        /// The agenda or the minutes as a document: `dagsorden.docx`, `referat.pdf`.
        case document(MeetingDocument.Kind, ExportFormat)
        /// Whether the public archive offers an attachment (POST).
        case attachmentPublic(UUID)

        var path: String {
            switch self {
            case let .document(kind, format): "\(kind.pathWord).\(format.rawValue)"
            case .editor: "rediger"
            case .status: "status"
            case .attendance: "deltagere"
            case .guests: "deltagere/gaester"
            case .items: "punkter"
            case let .item(id): "punkter/\(id.lowercased)"
            case let .itemMove(id): "punkter/\(id.lowercased)/flyt"
            case let .itemDelete(id): "punkter/\(id.lowercased)/slet"
            case let .itemAttachments(id): "punkter/\(id.lowercased)/bilag"
            case let .itemActions(id): "punkter/\(id.lowercased)/opfoelgning"
            case let .itemReferral(id): "punkter/\(id.lowercased)/henvis"
            case let .itemLinks(id): "punkter/\(id.lowercased)/forbindelser"
            case let .attachment(id): "bilag/\(id.lowercased)"
            case let .attachmentDelete(id): "bilag/\(id.lowercased)/slet"
            case .cancellation: "aflys"
            case .reinstatement: "genoptag"
            case let .attachmentPublic(id): "bilag/\(id.lowercased)/offentligt"
            }
        }
    }

    var path: String {
        switch self {
        case .home: "/"
        case let .body(slug): "/organer/\(slug)"
        case let .bodyYear(slug, year): "/organer/\(slug)/arkiv/\(year)"
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
        case let .newMeeting(slug): "/organer/\(slug)/moeder/nyt"
        case let .backlog(slug): "/organer/\(slug)/kommende-punkter"
        case let .backlogItemDelete(slug, id): "/organer/\(slug)/kommende-punkter/\(id.lowercased)/slet"
        case let .followUp(slug): "/organer/\(slug)/opfoelgning"
        case let .followUpAction(slug, id): "/organer/\(slug)/opfoelgning/\(id.lowercased)"
        case let .standardItems(slug): "/organer/\(slug)/standardpunkter"
        case let .coChairs(slug): "/organer/\(slug)/medformandskab"
        case let .rotationPeriodDelete(slug, id): "/organer/\(slug)/medformandskab/\(id.lowercased)/slet"
        case let .rotationRules(slug): "/organer/\(slug)/medformandskab/regler"
        case .indicators: "/indikatorer"
        case let .indicator(slug): "/indikatorer/\(slug)"
        case let .indicatorChart(slug): "/indikatorer/\(slug)/diagram.svg"
        case .distribution: "/fordeling"
        case let .caseTrail(itemID): "/sager/\(itemID.lowercased)"
        case .initiatives: "/initiativer"
        case let .initiative(id): "/initiativer/\(id.lowercased)"
        case .cooperationCases: "/aftaler"
        case let .cooperationCase(id): "/aftaler/\(id.lowercased)"
        case let .caseStage(id, stage): "/aftaler/\(id.lowercased)/faser/\(stage.rawValue)"
        case let .caseCluster(id, bodyID): "/aftaler/\(id.lowercased)/klynger/\(bodyID.lowercased)"
        case .administration: "/administration"
        case .newBody: "/administration/organer"
        case .newOrganisation: "/administration/organisationer"
        case let .organisation(id): "/administration/organisationer/\(id.lowercased)"
        case .newPerson: "/administration/personer"
        case let .personSettings(id): "/administration/personer/\(id.lowercased)"
        case let .bodySettings(slug): "/organer/\(slug)/indstillinger"
        case let .termsOfReference(slug): "/organer/\(slug)/kommissorium"
        case let .members(slug): "/organer/\(slug)/medlemmer"
        case let .membershipEnd(slug, id): "/organer/\(slug)/medlemmer/\(id.lowercased)/afslut"
        case let .meetingPart(slug, key, part): "/organer/\(slug)/moeder/\(key)/\(part.path)"
        case let .bodyCalendar(slug): "/organer/\(slug)/kalender.ics"
        case let .bodyNews(slug): "/organer/\(slug)/nyheder.atom"
        case .news: "/nyheder.atom"
        case let .personalCalendar(token): "/kalender/\(token).ics"
        case .myCalendar: "/min-kalender"
        case .apiTokens: "/min-konto/api-noegler"
        case let .apiTokenRevoke(id): "/min-konto/api-noegler/\(id.lowercased)/tilbagekald"
        case .search: "/soeg"
        case .topic: "/soeg/forloeb"
        }
    }

    /// The route pattern of each kind of path, with its parameters named.
    enum Route {
        static let body: [PathComponent] = ["organer", ":body"]
        static let bodyYear: [PathComponent] = ["organer", ":body", "arkiv", ":year"]
        static let meeting: [PathComponent] = ["organer", ":body", "moeder", ":meeting"]
        static let person: [PathComponent] = ["personer", ":person"]
        static let health: [PathComponent] = ["healthz"]
        static let search: [PathComponent] = ["soeg"]
        static let topic: [PathComponent] = ["soeg", "forloeb"]
        static let signIn: [PathComponent] = ["log-ind"]
        static let signOut: [PathComponent] = ["log-ud"]
        static let importMinutes: [PathComponent] = ["import"]
        static let importPreview: [PathComponent] = ["import", ":batch"]
        static let importConfirm: [PathComponent] = ["import", ":batch", "gem"]
        static let importCancel: [PathComponent] = ["import", ":batch", "annuller"]
        static let newMeeting: [PathComponent] = ["organer", ":body", "moeder", "nyt"]
        static let indicators: [PathComponent] = ["indikatorer"]
        static let indicator: [PathComponent] = ["indikatorer", ":indicator"]
        static let indicatorChart: [PathComponent] = ["indikatorer", ":indicator", "diagram.svg"]
        static let distribution: [PathComponent] = ["fordeling"]
        static let caseTrail: [PathComponent] = ["sager", ":item"]
        static let initiatives: [PathComponent] = ["initiativer"]
        static let initiative: [PathComponent] = ["initiativer", ":initiative"]
        static let cooperationCases: [PathComponent] = ["aftaler"]
        static let cooperationCase: [PathComponent] = ["aftaler", ":case"]
        static let caseStage: [PathComponent] = ["aftaler", ":case", "faser", ":stage"]
        static let caseCluster: [PathComponent] = ["aftaler", ":case", "klynger", ":cluster"]
        static let administration: [PathComponent] = ["administration"]
        static let newBody: [PathComponent] = ["administration", "organer"]
        static let newOrganisation: [PathComponent] = ["administration", "organisationer"]
        static let organisation: [PathComponent] = ["administration", "organisationer", ":organisation"]
        static let newPerson: [PathComponent] = ["administration", "personer"]
        static let personSettings: [PathComponent] = ["administration", "personer", ":person"]
        static let bodySettings: [PathComponent] = ["organer", ":body", "indstillinger"]
        static let termsOfReference: [PathComponent] = ["organer", ":body", "kommissorium"]
        static let members: [PathComponent] = ["organer", ":body", "medlemmer"]
        static let membershipEnd: [PathComponent] = ["organer", ":body", "medlemmer", ":membership", "afslut"]
        static let coChairs: [PathComponent] = ["organer", ":body", "medformandskab"]
        static let rotationPeriodDelete: [PathComponent] = ["organer", ":body", "medformandskab", ":period", "slet"]
        static let rotationRules: [PathComponent] = ["organer", ":body", "medformandskab", "regler"]
        static let backlog: [PathComponent] = ["organer", ":body", "kommende-punkter"]
        static let backlogItemDelete: [PathComponent] = ["organer", ":body", "kommende-punkter", ":backlog", "slet"]
        static let followUp: [PathComponent] = ["organer", ":body", "opfoelgning"]
        static let followUpAction: [PathComponent] = ["organer", ":body", "opfoelgning", ":action"]
        static let standardItems: [PathComponent] = ["organer", ":body", "standardpunkter"]
        static let editor = meeting + ["rediger"]
        static let status = meeting + ["status"]
        static let attendance = meeting + ["deltagere"]
        static let guests = meeting + ["deltagere", "gaester"]
        static let items = meeting + ["punkter"]
        static let item = meeting + ["punkter", ":item"]
        static let itemMove = item + ["flyt"]
        static let itemDelete = item + ["slet"]
        static let itemAttachments = item + ["bilag"]
        static let itemActions = item + ["opfoelgning"]
        static let itemReferral = item + ["henvis"]
        static let itemLinks = item + ["forbindelser"]
        static let attachment = meeting + ["bilag", ":attachment"]
        static let document = meeting + [":document"]
        static let attachmentDelete = attachment + ["slet"]
        static let cancellation = meeting + ["aflys"]
        static let reinstatement = meeting + ["genoptag"]
        static let bodyCalendar: [PathComponent] = ["organer", ":body", "kalender.ics"]
        static let bodyNews: [PathComponent] = ["organer", ":body", "nyheder.atom"]
        static let news: [PathComponent] = ["nyheder.atom"]
        /// `:calendar` is the token with `.ics` after it.
        static let personalCalendar: [PathComponent] = ["kalender", ":calendar"]
        static let myCalendar: [PathComponent] = ["min-kalender"]
        static let apiTokens: [PathComponent] = ["min-konto", "api-noegler"]
        static let apiTokenRevoke: [PathComponent] = ["min-konto", "api-noegler", ":token", "tilbagekald"]
        static let attachmentPublic = attachment + ["offentligt"]
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

extension UUID {
    /// The form of ids in URLs.
    var lowercased: String { uuidString.lowercased() }
}
