import Fluent
import Foundation
import MinutesImport
import SamspilCore
import Vapor

/// The import page: a secretary uploads minutes, reviews how they will be stored, and confirms or
/// cancels. Uploads wait in the database between the steps; nothing is stored as a meeting before the
/// confirmation, and only for bodies the secretary may edit.
struct ImportController: Sendable {
    struct Upload: Content {
        var body: UUID?
        var files: [File]?
    }

    func form(_ request: Request) async throws -> Response {
        let viewer = try requireSignedIn(request)
        let model = ImportPage.FormModel(bodies: try await editableBodies(for: viewer, on: request.db))
        return .page(ImportPage.renderForm(model, context: request.pageContext), for: request)
    }

    func upload(_ request: Request) async throws -> Response {
        let viewer = try requireSignedIn(request)
        try CSRF.verify(request)
        let upload = try request.content.decode(Upload.self)
        let bodies = try await editableBodies(for: viewer, on: request.db)
        guard let bodyID = upload.body, bodies.contains(where: { $0.id == bodyID }), let userID = viewer.userID else {
            throw Abort(.forbidden)
        }
        let files = (upload.files ?? []).filter { !$0.filename.isEmpty && $0.data.readableBytes > 0 }
        guard !files.isEmpty else {
            let model = ImportPage.FormModel(bodies: bodies, error: .importNothingChosen)
            return .page(ImportPage.renderForm(model, context: request.pageContext), status: .badRequest, for: request)
        }
        try await PendingImportModel.query(on: request.db)
            .filter(\.$createdAt < Date().addingTimeInterval(-PendingImportModel.lifetime)).delete()
        let batch = UUID()
        try await request.db.transaction { database in
            for (position, file) in files.enumerated() {
                try await PendingImportModel(batchID: batch, userID: userID, bodyID: bodyID, position: position,
                                             fileName: file.filename, bytes: Data(buffer: file.data)).create(on: database)
            }
        }
        return .redirect(to: .importPreview(batch: batch))
    }

    func preview(_ request: Request) async throws -> Response {
        let (batch, pending, body) = try await loadBatch(request)
        let model = try await previewModel(batch: batch, pending: pending, body: body, request: request)
        return .page(ImportPage.renderPreview(model, context: request.pageContext), for: request)
    }

    func confirm(_ request: Request) async throws -> Response {
        let (batch, pending, body) = try await loadBatch(request)
        try CSRF.verify(request)
        var model = try await previewModel(batch: batch, pending: pending, body: body, request: request)
        // Minutes are public once stored: with a CPR number in them, nothing of the batch is.
        if model.hasCPRNumbers {
            model.error = .importCPRRefused
            return .page(ImportPage.renderPreview(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        // Every missing date must be given, and be a date, before anything is stored.
        var dates: [UUID: CalendarDay] = [:]
        var dateProblem = false
        for index in model.documents.indices where model.documents[index].needsDate {
            let text = (try? request.content.get(String.self, at: "date-\(model.documents[index].id.uuidString)")) ?? ""
            model.documents[index].enteredDate = text
            if let day = CalendarDay(iso: text) { dates[model.documents[index].id] = day } else { dateProblem = true }
        }
        if dateProblem {
            model.error = .importMissingDate
            return .page(ImportPage.renderPreview(model, context: request.pageContext), status: .badRequest, for: request)
        }

        let writer = MinutesWriter(database: request.db)
        var lines: [ImportPage.ResultModel.Line] = []
        for document in model.documents {
            guard case let .parsed(minutes, _) = document.state else {
                if case let .failed(message) = document.state {
                    lines.append(.init(fileName: document.fileName, text: message, url: nil))
                }
                continue
            }
            do {
                let outcome = try await writer.store(minutes, in: body, date: dates[document.id])
                let url = try await MeetingSummary.url(of: outcome.meetingID, on: request.db)
                let text = switch outcome {
                case .stored: request.language.text(.importStored)
                case .alreadyImported: request.language.text(.importAlreadyImported)
                }
                lines.append(.init(fileName: document.fileName, text: text, url: url))
            } catch {
                lines.append(.init(fileName: document.fileName, text: "\(error)", url: nil))
            }
        }
        try await PendingImportModel.query(on: request.db).filter(\.$batchID == batch).delete()
        let result = ImportPage.ResultModel(bodyName: body.name, lines: lines)
        return .page(ImportPage.renderResult(result, context: request.pageContext), for: request)
    }

    func cancel(_ request: Request) async throws -> Response {
        let (batch, _, _) = try await loadBatch(request)
        try CSRF.verify(request)
        try await PendingImportModel.query(on: request.db).filter(\.$batchID == batch).delete()
        let model = ImportPage.FormModel(bodies: try await editableBodies(for: request.viewer, on: request.db),
                                         notice: .importCancelled)
        return .page(ImportPage.renderForm(model, context: request.pageContext), for: request)
    }

    // MARK: -

    /// The import is for signed-in users; the public is sent to sign in first.
    private func requireSignedIn(_ request: Request) throws -> Viewer {
        let viewer = request.viewer
        guard viewer.isSignedIn else {
            throw Abort.redirect(to: SiteURL.signIn.path + "?next=" + SiteURL.importMinutes.path, redirectType: .normal)
        }
        return viewer
    }

    private func editableBodies(for viewer: Viewer, on database: any Database) async throws -> [ImportPage.FormModel.BodyChoice] {
        var query = BodyModel.query(on: database).sort(\.$name)
        if let allowed = viewer.editableBodies { query = query.filter(\.$id ~~ allowed) }
        return try await query.all().map { .init(id: try $0.requireID(), name: $0.name) }
    }

    /// The batch of the URL, if it is the viewer's own and the viewer may still edit its body.
    private func loadBatch(_ request: Request) async throws -> (UUID, [PendingImportModel], Body) {
        let viewer = try requireSignedIn(request)
        guard let batch = request.parameters.get("batch").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let pending = try await PendingImportModel.query(on: request.db).filter(\.$batchID == batch)
            .filter(\.$userID == viewer.userID ?? UUID()).sort(\.$position).all()
        guard let first = pending.first, let body = try await BodyModel.find(first.bodyID, on: request.db)?.domain() else {
            throw Abort(.notFound)
        }
        guard viewer.may(.edit, in: body.id) else { throw Abort(.forbidden) }
        return (batch, pending, body)
    }

    /// Parses every waiting document again (the bytes are the truth; nothing parsed is kept), off the
    /// event loop: a PDF may take seconds.
    private func previewModel(batch: UUID, pending: [PendingImportModel], body: Body,
                              request: Request) async throws -> ImportPage.PreviewModel {
        let inputs = try pending.map { (id: try $0.requireID(), name: $0.fileName, bytes: $0.bytes) }
        let parser = request.application.minutesParser
        let parsed = try await request.application.threadPool.runIfActive {
            inputs.map { input in
                Result { () throws(MinutesImportError) in try parser.parse(input.bytes, fileName: input.name) }
            }
        }
        var documents: [ImportPage.PreviewModel.Document] = []
        for (input, result) in zip(inputs, parsed) {
            switch result {
            case let .success(minutes):
                let sha256 = minutes.source?.sha256 ?? ""
                let known = try await ImportedDocumentModel.query(on: request.db).filter(\.$sha256 == sha256).first() != nil
                // A document imported before stores nothing now, so it publishes nothing either.
                let findings = known ? [] : PublishedText.findings(in: PublishedText.texts(of: minutes))
                documents.append(.init(id: input.id, fileName: input.name, state: .parsed(minutes, alreadyImported: known),
                                       cprFindings: findings))
            case let .failure(error):
                documents.append(.init(id: input.id, fileName: input.name, state: .failed(error.description)))
            }
        }
        return ImportPage.PreviewModel(batch: batch, bodyName: body.name, documents: documents)
    }
}

extension MeetingSummary {
    /// The page of a stored meeting.
    static func url(of meetingID: UUID, on database: any Database) async throws -> SiteURL? {
        guard let meeting = try await MeetingModel.find(meetingID, on: database)?.domain() else { return nil }
        return try await load([meeting], on: database)[meetingID]?.url
    }
}
