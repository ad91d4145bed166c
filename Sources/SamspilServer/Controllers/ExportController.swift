import Foundation
import MinutesExport
import SamspilCore
import Vapor

/// A meeting's agenda or minutes as Word, PDF or print HTML, at `…/moeder/DATO/referat.docx` and the like.
struct ExportController: Sendable {
    func document(_ request: Request) async throws -> Response {
        let slug = try request.parameters.require("body")
        guard let key = request.parameters.get("meeting").flatMap(MeetingKey.init),
              let (kind, format) = request.parameters.get("document").flatMap(Self.documentName) else {
            throw Abort(.notFound)
        }
        let document: MeetingDocument
        let meeting: Meeting
        do {
            (document, meeting) = try await MeetingExport(database: request.db)
                .document(kind, bodySlug: slug, key: key, viewer: request.viewer)
        } catch {
            throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.contentType)
        // Word and PDF are saved; the print version opens in the browser to be printed.
        let disposition = format == .html ? "inline" : "attachment"
        headers.replaceOrAdd(name: .contentDisposition, value: "\(disposition); filename=\"\(document.fileName(extension: format.rawValue))\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        // The print HTML is a pure function of the document, so its hash tells whether a copy is current
        // before any Word or PDF is made: a current copy costs a query, not a second of Chromium.
        let validators = ConditionalResponse(html: format.rawValue + PrintHTMLWriter.html(for: document),
                                             lastModified: meeting.modifiedAt)
        if validators.isCurrent(request) {
            return validators.response(headers: headers, body: .empty, for: request)
        }
        let data: Data
        do {
            data = try await request.application.exportData(document, as: format, created: meeting.modifiedAt ?? Date())
        } catch let failure as DocumentExportError {
            request.logger.error("\(failure)", metadata: ["component": "export", "path": "\(request.url.path)"])
            let text: ExportText = if case .printerMissing = failure { .pdfUnavailable } else { .exportFailed }
            let page = ErrorPage.explanation(context: request.pageContext, request.language.export(text),
                                             back: .meeting(bodySlug: slug, key: key), backText: request.language.export(.backToMeeting))
            return .page(page, status: .serviceUnavailable, for: request)
        }
        return validators.response(headers: headers, body: .init(data: data), for: request)
    }

    /// `referat.docx` -> (.minutes, .docx).
    static func documentName(_ name: String) -> (MeetingDocument.Kind, ExportFormat)? {
        let parts = name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let format = ExportFormat(rawValue: String(parts[1])),
              let kind = MeetingDocument.Kind.allCases.first(where: { $0.pathWord == parts[0] }) else { return nil }
        return (kind, format)
    }
}
