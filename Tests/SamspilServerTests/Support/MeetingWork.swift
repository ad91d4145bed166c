import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The secretariat's work on the demo's cluster steering group, as the route tests of the meeting editor,
/// the item editor and the life cycle drive it: users in each role, meetings made through the form, and
/// a look at what is stored.
enum MeetingWork {
    static let slug = "midtklyngen-klyngestyregruppe"
    static let otherSlug = "sundhedsstyregruppen"
    static let password = "klynge-styregruppe-2024"
    static let bodyPath = "/organer/\(slug)"
    static let newMeetingPath = SiteURL.newMeeting(bodySlug: slug).path
    /// The demo's last meeting, whose draft minutes wait for approval.
    static let draftMeeting = "2022-09-16"
    /// The demo's approved minutes.
    static let approvedMeeting = "2021-06-18"

    static let standardTitles = ["Velkomst og godkendelse af dagsorden", "Godkendelse af referat fra sidste møde",
                                 "Punkter til kommende møder", "Eventuelt"]

    /// Who is asking.
    enum Role: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case anonymous, member, otherSecretary, secretary, administrator

        var testDescription: String { rawValue }
        static let refused: [Role] = [.anonymous, .member, .otherSecretary]
        static let allowed: [Role] = [.secretary, .administrator]
    }

    static func meetingPath(_ key: String) -> String { "\(bodyPath)/moeder/\(key)" }

    static func path(_ key: String, _ part: SiteURL.MeetingPart) -> String { "\(meetingPath(key))/\(part.path)" }

    static func body(_ app: Application, slug: String = slug) async throws -> Body {
        try #require(try await BodyLookup.find(slug, on: app.db))
    }

    /// A browser signed in with `role` (the anonymous one has only fetched the front page, which sets no
    /// cookie: the public pages have no forms for it). Each call makes a new account; `name` is what audit entries show.
    static func browser(_ app: Application, _ role: Role, name: String? = nil) async throws -> Browser {
        let browser = Browser(app)
        guard role != .anonymous else {
            try await browser.get("/")
            return browser
        }
        let grant: (Viewer.BodyRole, in: UUID)? = switch role {
        case .member: (.member, try await body(app).id)
        case .secretary: (.secretary, try await body(app).id)
        case .otherSecretary: (.secretary, try await body(app, slug: otherSlug).id)
        case .anonymous, .administrator: nil
        }
        return try await Browser.signedIn(app, name: name ?? "\(role.rawValue) bruger", password: password,
                                          administrator: role == .administrator, role: grant)
    }

    /// The fields of the new-meeting form.
    static func header(date: String, start: String = "09:00", end: String = "12:00", location: String = "Regionshuset Viborg",
                       chair: String = "Lauge Clemmensen", minuteTakers: String = "Katrine Gimm") -> [String: String] {
        ["date": date, "start": start, "end": end, "location": location, "chair": chair, "minute_takers": minuteTakers]
    }

    /// Creates a meeting through the form and returns its key (its date).
    @discardableResult
    static func newMeeting(_ browser: Browser, date: String = "2030-03-04", start: String = "09:00",
                           end: String = "12:00") async throws -> String {
        try await browser.get(newMeetingPath)
        let response = try await browser.post(newMeetingPath, header(date: date, start: start, end: end))
        #expect(response.status == .seeOther, "the meeting of \(date) was not created: \(response.status)")
        #expect(response.headers.first(name: .location) == path(date, .editor) + "?besked=meetingCreated")
        return date
    }

    /// Adds an item through the agenda builder; returns its id.
    @discardableResult
    static func addItem(_ app: Application, _ browser: Browser, key: String, title: String, minutes: Int = 15,
                        kind: String = "", presenter: String = "") async throws -> UUID {
        let response = try await browser.post(path(key, .items), ["type": "item", "title": title, "duration": "\(minutes)",
                                                                  "kind": kind, "presenter": presenter])
        #expect(response.status == .seeOther, "\(title) was not added: \(response.status)")
        return try #require(try await items(app, key).first { $0.title == title }).id
    }

    static func meeting(_ app: Application, _ key: String) async throws -> Meeting {
        let body = try await body(app)
        return try #require(try await MeetingModel.query(on: app.db).filter(\.$bodyID == body.id).filter(\.$date == key).first()).domain()
    }

    /// The meeting's items in agenda order, as stored.
    static func items(_ app: Application, _ key: String) async throws -> [AgendaItem] {
        try await AgendaStore(database: app.db).items(of: try await meeting(app, key).id)
    }

    static func item(_ app: Application, _ id: UUID) async throws -> AgendaItem {
        let model = try #require(try await AgendaItemModel.find(id, on: app.db))
        return try #require(try await items(app, model.meetingID).first { $0.id == id })
    }

    static func items(_ app: Application, _ meetingID: UUID) async throws -> [AgendaItem] {
        try await AgendaStore(database: app.db).items(of: meetingID)
    }

    /// "1 Velkomst … 09:00-09:05" for each item: number, title and time slot, as the agenda shows them.
    static func agenda(_ app: Application, _ key: String) async throws -> [String] {
        try await items(app, key).map { item in
            "\(item.number.map(String.init) ?? "-") \(item.title) \(item.start?.description ?? "?")-\(item.end?.description ?? "?")"
        }
    }

    /// Takes the meeting one step through its confirmation page, as a secretary does.
    static func advance(_ browser: Browser, _ key: String, to status: MeetingStatus) async throws {
        let confirmation = try await browser.get(path(key, .status) + "?til=\(status.rawValue)")
        #expect(confirmation.status == .ok, "no confirmation page for \(status)")
        let response = try await browser.post(path(key, .status), ["til": status.rawValue])
        #expect(response.status == .seeOther)
        #expect(response.headers.first(name: .location) == path(key, .editor) + "?besked=stepDone", "the step to \(status) was refused")
    }

    /// Takes the meeting through every step up to `status`.
    static func advance(_ browser: Browser, _ key: String, through status: MeetingStatus) async throws {
        for step in MeetingStatus.allCases where step > .planned && step <= status {
            try await advance(browser, key, to: step)
        }
    }

    /// The fields an item's form posts as the page renders it, with `changes` made by the user.
    static func itemFields(_ item: AgendaItem, _ changes: [String: String] = [:]) -> [String: String] {
        let form = ItemForm(item)
        var fields = Dictionary(uniqueKeysWithValues: form.values.map { ($0.key.rawValue, $0.value) })
        fields["version"] = "\(form.version)"
        return fields.merging(changes) { _, new in new }
    }

    /// A small, real PDF: one empty page, which pdftotext reads (a PDF without pages it cannot, and the
    /// CPR guard does not offer a public PDF it cannot read).
    static let pdf = Data("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF

        """.utf8)

    /// Uploads a file to an item's attachment form; `isPublic` ticks "Offentligt bilag".
    @discardableResult
    static func upload(_ browser: Browser, key: String, item: UUID, title: String, fileName: String,
                       data: Data = pdf, isPublic: Bool = false, withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        try await browser.postFiles(path(key, .itemAttachments(item)),
                                    fields: ["attachment_title": title].merging(isPublic ? ["attachment_public": "1"] : [:]) { $1 },
                                    files: [(fileName, data)], fileField: "file", withCSRF: withCSRF)
    }

    /// A waiting item of the body's backlog ("punkter til kommende møder").
    static func backlogItem(_ app: Application, title: String, proposedBy: String = "Viborg Kommune",
                            due: String = "2030-06-01") async throws -> UUID {
        let item = BacklogItem(bodyID: try await body(app).id, title: title, proposedBy: proposedBy,
                               proposedOn: CalendarDay(iso: "2029-11-20"), due: CalendarDay(iso: due))
        try await BacklogItemModel(item).create(on: app.db)
        return item.id
    }

    /// Posts a form through a real HTTP server on a free port, with the browser's cookies and CSRF token:
    /// for what the in-memory tester skips, the limit on the size of a request's body.
    static func livePost(_ app: Application, _ browser: Browser, _ path: String, _ fields: [String: String],
                         file: (field: String, name: String, data: Data)? = nil) async throws -> TestingHTTPResponse {
        var fields = fields
        fields[CSRF.fieldName] = browser.csrf
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        var body = ByteBuffer()
        if let file {
            let boundary = "samspil-live-\(UUID().uuidString)"
            for (name, value) in fields {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.data)
            body.writeString("\r\n--\(boundary)--\r\n")
            headers.add(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        } else {
            let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
            body.writeString(fields.map { key, value in
                "\(key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
            }.joined(separator: "&"))
            headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
        }
        return try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(.POST, path, headers: headers, body: body)
    }

    /// Everything the secretariat's actions could change, as sorted lines: comparing two snapshots tells
    /// whether a refused request changed anything.
    static func snapshot(_ app: Application) async throws -> [String] {
        var lines: [String] = []
        for meeting in try await MeetingModel.query(on: app.db).all() {
            lines.append("meeting \(meeting.id!) \(meeting.date) \(meeting.startsAt ?? "") \(meeting.endsAt ?? "") "
                + "\(meeting.location ?? "") \(meeting.chair ?? "") \(meeting.minuteTakers) \(meeting.status) v\(meeting.version)")
        }
        for item in try await AgendaItemModel.query(on: app.db).all() {
            lines.append("item \(item.id!) \(item.meetingID) \(item.position) \(item.number ?? -1) \(item.title) "
                + "\(item.startsAt ?? "") \(item.endsAt ?? "") \(item.durationMinutes ?? -1) \(item.presenter ?? "") v\(item.version)")
        }
        for section in try await ItemSectionModel.query(on: app.db).all() {
            lines.append("section \(section.itemID) \(section.position) \(section.kind) \(section.text.count) \(section.text.hashValue)")
        }
        for attachment in try await AttachmentModel.query(on: app.db).all() {
            lines.append("attachment \(attachment.id!) \(attachment.itemID?.uuidString ?? "") \(attachment.title) \(attachment.fileSHA256 ?? "")")
        }
        for action in try await FollowUpActionModel.query(on: app.db).all() {
            lines.append("action \(action.id!) \(action.itemID) \(action.text) \(action.state)")
        }
        for entry in try await AuditEntryModel.query(on: app.db).all() {
            lines.append("audit \(entry.id!) \(entry.meetingID) \(entry.name) \(entry.after)")
        }
        for backlog in try await BacklogItemModel.query(on: app.db).all() {
            lines.append("backlog \(backlog.id!) \(backlog.title) \(backlog.scheduledItemID?.uuidString ?? "waiting")")
        }
        lines.append("stored files \(try await StoredFileModel.query(on: app.db).count())")
        return lines.sorted()
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
    var page: HTMLInspection { HTMLInspection(html: body.string) }
}

extension HTMLInspection {
    /// The `<div class="form-field …">` of the field with this id: its label, hint, error and control.
    func field(_ id: String) -> HTMLInspection {
        guard let control = html.range(of: "id=\"\(id)\""),
              let start = html.range(of: "<div class=\"form-field", options: .backwards, range: html.startIndex..<control.lowerBound),
              let end = html.range(of: "</div>", range: control.upperBound..<html.endIndex) else { return HTMLInspection(html: "") }
        return HTMLInspection(html: String(html[start.lowerBound..<end.upperBound]))
    }

    /// The error shown next to a field, if any.
    func error(of id: String) -> String? {
        field(id).captures("<p class=\"field-error\" id=\"\(NSRegularExpression.escapedPattern(for: id))-error\">(.*?)</p>").first
    }

    /// Whether the field's control is marked invalid.
    func isInvalid(_ id: String) -> Bool { field(id).html.contains("aria-invalid=\"true\"") }

    /// The value of an `<input>` with this id ("" when it has none); nil when there is no such input.
    func value(of id: String) -> String? {
        guard let input = captures("(<input[^>]*id=\"\(NSRegularExpression.escapedPattern(for: id))\"[^>]*>)").first else { return nil }
        return HTMLInspection(html: input).captures(" value=\"([^\"]*)\"").first ?? ""
    }

    /// The text of a `<textarea>` with this id.
    func textarea(_ id: String) -> String? {
        captures("<textarea[^>]*id=\"\(NSRegularExpression.escapedPattern(for: id))\"[^>]*>(.*?)</textarea>").first
    }
}
