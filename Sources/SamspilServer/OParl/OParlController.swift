import Fluent
import Foundation
import MinutesExport
import SamspilCore
import Vapor

/// The OParl 1.1 API: the public data, read-only, rooted at `/oparl/v1.1/system`. Errors, CORS and JSON
/// come from `JSONInterfaceMiddleware`.
struct OParlController: Sendable {
    static let meetingsPerPage = 20
    /// Each meeting on a page brings its Word documents, made when asked for: a page of 50 takes about a
    /// second and a half on two cores.
    static let maximumMeetingsPerPage = 50
    static let objectsPerPage = 100

    func register(_ app: any RoutesBuilder) {
        let root = app.grouped(OParlAddress.root.map(PathComponent.init(stringLiteral:)))
        root.get("system", use: system)
        root.get("bodies", use: bodies)
        let body = root.grouped("body", .constant(OParlAddress.bodyKey))
        body.get(use: self.body)
        body.get(":list", use: list)
        root.get("organization", ":id", use: organization)
        root.get("organization", ":id", "meetings", use: organizationMeetings)
        root.get("person", ":id", use: person)
        root.get("membership", ":id", use: membership)
        root.get("meeting", ":id", use: meeting)
        root.get("agendaitem", ":id", use: agendaItem)
        root.get("file", ":id", use: file)
        root.get("location", ":id", use: location)
        root.get("paper", ":id", use: paper)
        root.get("consultation", ":id", use: consultation)
    }

    func system(_ request: Request) async throws -> Response {
        try JSONInterface.response(try await request.oparlCatalog.system())
    }

    func bodies(_ request: Request) async throws -> Response {
        let catalog = request.oparlCatalog
        return try await wholeList(request, at: request.oparlAddress.bodies) {
            let times = try await catalog.structureTimes()
            return [(id: UUID.named("oparl-body"), created: times.created, modified: times.modified, object: try await catalog.body())]
        }
    }

    func body(_ request: Request) async throws -> Response {
        try JSONInterface.response(try await request.oparlCatalog.body())
    }

    func list(_ request: Request) async throws -> Response {
        guard let list = request.parameters.get("list").flatMap(OParlList.init(rawValue:)) else { throw Abort(.notFound) }
        let address = request.oparlAddress.list(list)
        let catalog = request.oparlCatalog
        let meetings = request.oparlMeetings
        switch list {
        case .organization:
            return try await wholeList(request, at: address) { try await catalog.organizations() }
        case .person:
            return try await wholeList(request, at: address) { try await catalog.people() }
        case .membership:
            return try await wholeList(request, at: address) { try await catalog.memberships() }
        case .location:
            return try await wholeList(request, at: address) { try await locations(request) }
        case .meeting:
            return try await meetingPage(request, bodyID: nil, at: address)
        case .agendaItem:
            let listRequest = try request.oparlListRequest(defaultLimit: Self.meetingsPerPage, maximumLimit: Self.maximumMeetingsPerPage)
            let pager = OParlPager<OParl.AgendaItem>(
                live: { after, limit in
                    let page = try await meetings.page(after: after, limit: limit, request: listRequest)
                    return (page.meetings.map { ($0.id, $0.object.agendaItem) }, page.more)
                },
                deleted: { after, limit in
                    let page = try await Self.deleted(.agendaItem, after: after, limit: limit, request: listRequest, on: request.db)
                    return (page.rows.map { row in
                        (row.id, [OParl.AgendaItem(id: request.oparlAddress.agendaItem(row.id), order: 0, created: row.time,
                                                   modified: row.time, deleted: true)])
                    }, page.more)
                })
            return try JSONInterface.response(try await pager.page(listRequest, at: address))
        case .file:
            let listRequest = try request.oparlListRequest(defaultLimit: Self.meetingsPerPage, maximumLimit: Self.maximumMeetingsPerPage)
            let pager = OParlPager<OParl.File>(
                live: { after, limit in
                    let page = try await meetings.page(after: after, limit: limit, request: listRequest)
                    return (page.meetings.map { ($0.id, $0.object.files) }, page.more)
                },
                deleted: { after, limit in
                    let page = try await Self.deleted(.attachment, after: after, limit: limit, request: listRequest, on: request.db)
                    return (page.rows.map { row in (row.id, [Self.deletedFile(row.id, time: row.time, address: request.oparlAddress)]) },
                            page.more)
                })
            return try JSONInterface.response(try await pager.page(listRequest, at: address))
        case .paper:
            return try await wholeList(request, at: address) {
                try await request.oparlPapers.papers().map { (id: $0.id, created: $0.created, modified: $0.modified, object: $0.paper) }
            }
        case .consultation:
            return try await wholeList(request, at: address) { try await consultations(request) }
        case .legislativeTerm:
            // Samspil's bodies meet without elected terms: the list exists, as OParl requires, and is empty.
            return try await wholeList(request, at: address) { [(id: UUID, created: Date, modified: Date, object: OParl.Location)]() }
        }
    }

    /// A page of a list small enough to read whole; the request's filters are checked before it is read.
    private func wholeList<Object: Encodable>(
        _ request: Request, at address: String,
        _ all: () async throws -> [(id: UUID, created: Date, modified: Date, object: Object)]
    ) async throws -> Response {
        let listRequest = try request.oparlListRequest(defaultLimit: Self.objectsPerPage)
        return try JSONInterface.response(try await OParlPager(all: try await all(), request: listRequest).page(listRequest, at: address))
    }

    private func meetingPage(_ request: Request, bodyID: UUID?, at address: String) async throws -> Response {
        let listRequest = try request.oparlListRequest(defaultLimit: Self.meetingsPerPage, maximumLimit: Self.maximumMeetingsPerPage)
        let meetings = request.oparlMeetings
        let pager = OParlPager<OParl.Meeting>(
            live: { after, limit in
                let page = try await meetings.page(after: after, limit: limit, request: listRequest, bodyID: bodyID)
                return (page.meetings.map { ($0.id, [$0.object]) }, page.more)
            },
            deleted: nil)
        return try JSONInterface.response(try await pager.page(listRequest, at: address))
    }

    // MARK: Single objects

    func organization(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await request.oparlCatalog.organizations().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.object)
    }

    func organizationMeetings(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard try await request.oparlCatalog.isBody(id) else { throw Abort(.notFound) }
        return try await meetingPage(request, bodyID: id, at: request.oparlAddress.organizationMeetings(id))
    }

    func person(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await request.oparlCatalog.people().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.object)
    }

    func membership(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await request.oparlCatalog.memberships().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.object)
    }

    func meeting(_ request: Request) async throws -> Response {
        let meetings = request.oparlMeetings
        guard let model = try await meetings.model(try request.oparlID()),
              let meeting = try await meetings.meetings([model]).first?.object else { throw Abort(.notFound) }
        return try JSONInterface.response(meeting)
    }

    func agendaItem(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        let meetings = request.oparlMeetings
        let url = request.oparlAddress.agendaItem(id)
        if let meetingID = try await meetings.meetingID(ofItem: id), let model = try await meetings.model(meetingID),
           let item = try await meetings.meetings([model]).first?.object.agendaItem.first(where: { $0.id == url }) {
            return try JSONInterface.response(item)
        }
        guard let deletion = try await Self.deletion(id, kind: .agendaItem, on: request.db) else { throw Abort(.notFound) }
        return try JSONInterface.response(OParl.AgendaItem(id: url, order: 0, created: deletion, modified: deletion, deleted: true))
    }

    func file(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id").flatMap(OParlFileID.init) else { throw Abort(.notFound) }
        let meetings = request.oparlMeetings
        let url = request.oparlAddress.file(id)
        let meetingID: UUID?
        switch id {
        case let .attachment(attachmentID): meetingID = try await meetings.meetingID(ofAttachment: attachmentID)
        case let .document(_, documentMeetingID): meetingID = documentMeetingID
        }
        if let meetingID, let model = try await meetings.model(meetingID),
           let file = try await meetings.meetings([model]).first?.object.files.first(where: { $0.id == url }) {
            return try JSONInterface.response(file)
        }
        guard case let .attachment(attachmentID) = id,
              let deletion = try await Self.deletion(attachmentID, kind: .attachment, on: request.db) else { throw Abort(.notFound) }
        return try JSONInterface.response(Self.deletedFile(attachmentID, time: deletion, address: request.oparlAddress))
    }

    func location(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await locations(request).first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.object)
    }

    func paper(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await request.oparlPapers.papers().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.paper)
    }

    func consultation(_ request: Request) async throws -> Response {
        let id = try request.oparlID()
        guard let found = try await consultations(request).first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return try JSONInterface.response(found.object)
    }

    /// Every published paper's consultations, with the paper's times (a consultation changes with its paper).
    private func consultations(_ request: Request) async throws -> [(id: UUID, created: Date, modified: Date, object: OParl.Consultation)] {
        try await request.oparlPapers.papers().flatMap { entry in
            entry.consultations.map { (id: $0.id, created: entry.created, modified: entry.modified, object: $0.object) }
        }
    }

    // MARK: Locations and deletions

    /// Every place a public meeting was held, first and last used as its times.
    private func locations(_ request: Request) async throws -> [(id: UUID, created: Date, modified: Date, object: OParl.Location)] {
        let rows = try await MeetingModel.query(on: request.db).filter(\.$status ~~ OParlMeetings.publicStatuses)
            .filter(\.$location != nil).field(\.$id).field(\.$location).field(\.$createdAt).field(\.$modifiedAt).all()
        var spans: [String: (created: Date, modified: Date)] = [:]
        for row in rows {
            guard let text = row.location.map(ContactDetails.redacted(in:)) else { continue }
            let created = row.createdAt ?? row.modifiedAt ?? Date(timeIntervalSince1970: 0)
            let modified = row.modifiedAt ?? created
            let span = spans[text]
            spans[text] = (min(span?.created ?? created, created), max(span?.modified ?? modified, modified))
        }
        let meetings = request.oparlMeetings
        return spans.map { text, span in
            let times = OParlMeetings.Times(created: span.created, modified: span.modified)
            return (OParlMeetings.locationID(text), span.created, span.modified, meetings.location(text, times))
        }
    }

    /// Deleted objects of a kind after `after`, up to `limit`, and whether more follow. A deletion is the
    /// object's last change, so the modified filters apply to its time; it has no creation time left, so
    /// the created filters do not.
    private static func deleted(_ kind: DeletedObjectKind, after: UUID?, limit: Int, request: OParlListRequest,
                                on database: any Database) async throws -> (rows: [(id: UUID, time: String)], more: Bool) {
        let query = DeletedObjectModel.query(on: database).filter(\.$kind == kind.rawValue)
        if let since = request.modifiedSince { query.filter(\.$deletedAt >= since) }
        if let until = request.modifiedUntil { query.filter(\.$deletedAt <= until) }
        if let after { query.filter(\.$id > after) }
        let rows = try await query.sort(\.$id).limit(limit + 1).all().compactMap { row in
            row.id.map { ($0, OParlTime.dateTime(row.deletedAt)) }
        }
        return (Array(rows.prefix(limit)), rows.count > limit)
    }

    private static func deletion(_ id: UUID, kind: DeletedObjectKind, on database: any Database) async throws -> String? {
        try await DeletedObjectModel.query(on: database).filter(\.$id == id).filter(\.$kind == kind.rawValue).first()
            .map { OParlTime.dateTime($0.deletedAt) }
    }

    /// A deleted file: OParl requires `accessUrl` of every file, and the only address left is its own.
    private static func deletedFile(_ id: UUID, time: String, address: OParlAddress) -> OParl.File {
        let url = address.file(.attachment(id))
        return OParl.File(id: url, accessUrl: url, created: time, modified: time, deleted: true)
    }
}

extension OParl.Meeting {
    /// Every file of the meeting: its documents, its own attachments and its items'.
    var files: [OParl.File] {
        [invitation, resultsProtocol].compactMap { $0 } + (auxiliaryFile ?? []) + agendaItem.flatMap { $0.auxiliaryFile ?? [] }
    }
}

extension Request {
    var oparlAddress: OParlAddress { OParlAddress(site: SiteAddress(self)) }

    var oparlCatalog: OParlCatalog { OParlCatalog(database: db, address: oparlAddress) }

    var oparlPapers: OParlPapers { OParlPapers(database: db, address: oparlAddress) }

    var oparlMeetings: OParlMeetings {
        let database = db
        let application = application
        return OParlMeetings(database: database, address: oparlAddress) { kind, slug, key in
            let found: (MeetingDocument, Meeting)
            do {
                found = try await MeetingExport(database: database).document(kind, bodySlug: slug, key: key, viewer: .public)
            } catch {
                return nil
            }
            return try await application.exportData(found.0, as: .docx, created: found.1.modifiedAt ?? Date())
        }
    }

    func oparlID() throws -> UUID {
        guard let id = parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }

    func oparlListRequest(defaultLimit: Int, maximumLimit: Int = 100) throws -> OParlListRequest {
        let query = URLComponents(string: url.string)?.queryItems ?? []
        do {
            return try OParlListRequest(query: query, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
        } catch {
            throw Abort(.badRequest, reason: error.description)
        }
    }
}
