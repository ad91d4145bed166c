import Fluent
import Foundation
import MinutesExport
import SamspilCore
import Vapor

/// A meeting's agenda or minutes as a document, for the meeting page's buttons and `samspil export`.
struct MeetingExport {
    let database: any Database

    enum Failure: Error, Equatable {
        /// No such body or meeting, or not one this viewer may see.
        case notFound
        /// The minutes were asked for, but there are none yet or this viewer may not read them.
        case noMinutes
    }

    /// The document as `viewer` may read it: what the meeting page shows them.
    func document(_ kind: MeetingDocument.Kind, bodySlug: String, key: MeetingKey, viewer: Viewer) async throws(Failure) -> (MeetingDocument, Meeting) {
        let found: (MeetingPage.Model, Body)?
        do {
            guard let body = try await BodyModel.query(on: database).filter(\.$slug == bodySlug).first()?.domain(),
                  let page = try await MeetingPage.Model.query(bodySlug: bodySlug, key: key, viewer: viewer, on: database) else {
                throw Failure.notFound
            }
            found = (page, body)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .notFound
        }
        guard let (page, body) = found else { throw .notFound }
        if kind == .minutes, !page.isMinutes { throw .noMinutes }
        return (MeetingDocument(kind, of: page, body: body), page.meeting)
    }
}

extension Application {
    /// A meeting's document as `samspil export` writes it, for the command and the benchmark: `onlyPublic`
    /// gives what the public may read, otherwise everything.
    public func exportDocument(bodySlug: String, key: String, kind: MeetingDocument.Kind, format: String,
                               onlyPublic: Bool = false) async throws -> (document: MeetingDocument, data: Data) {
        guard let meetingKey = MeetingKey(key) else { throw MeetingExport.Failure.notFound }
        guard let exportFormat = ExportFormat(rawValue: format) else { throw ExportCommand.unknownFormat(format) }
        let (document, meeting) = try await MeetingExport(database: db)
            .document(kind, bodySlug: bodySlug, key: meetingKey, viewer: onlyPublic ? .public : .everything)
        return (document, try await exportData(document, as: exportFormat, created: meeting.modifiedAt ?? Date()))
    }
}

struct PDFPrinterKey: StorageKey {
    typealias Value = PDFPrinter
}

extension Application {
    /// Chromium for PDF, found once at start-up; nil when it is not installed (`samspil serve` says so).
    var pdfPrinter: PDFPrinter? {
        get { storage[PDFPrinterKey.self] }
        set { storage[PDFPrinterKey.self] = newValue }
    }

    /// Makes a document's bytes off the event loop: printing a PDF waits for Chromium for a second or two.
    func exportData(_ document: MeetingDocument, as format: ExportFormat, created: Date) async throws -> Data {
        let printer = pdfPrinter
        return try await threadPool.runIfActive {
            try format.data(for: document, printer: printer, created: created)
        }
    }
}
