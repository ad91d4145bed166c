import Fluent
import Foundation
import MinutesImport
import SamspilCore
import Vapor

/// Looks through what a step of the life cycle is about to make public for CPR numbers, which must never
/// be published (DOMAIN.md): before the agenda is published and before the minutes are approved. The
/// texts of the meeting as the public page shows them (`PublishedText`), and the text inside the public
/// attachments, which the public can download.
struct PublicationGuard {
    let database: any Database
    /// Where attachments are read: pdftotext may take seconds, which the event loop must not wait for.
    let threadPool: NIOThreadPool
    /// The pdftotext to read PDF attachments with; nil finds it.
    let pdftotext: String?

    func check(_ meeting: Meeting, publishing scope: PublicationScope) async throws -> PublicationCheck {
        let items = try await AgendaStore(database: database).items(of: meeting.id)
        let attachments = try await AttachmentModel.query(on: database).filter(\.$meetingID == meeting.id)
            .sort(\.$position).all().map { try $0.domain() }
        let actions = scope == .minutes
            ? try await FollowUpActionModel.query(on: database).filter(\.$itemID ~~ Set(items.map(\.id))).all().map { try $0.domain() }
            : []
        let texts = PublishedText.texts(of: meeting, items: items, attachments: attachments,
                                        attendees: try await attendees(of: meeting.id), actions: actions,
                                        ownerNames: try await OwnerNames.load(for: actions, on: database), scope: scope)
        var check = PublicationCheck(findings: PublishedText.findings(in: texts))
        // Only public attachments are offered for download; the others are for the members.
        for attachment in attachments where attachment.isPublic {
            guard let file = attachment.file else { continue }
            try await read(attachment, file: file, into: &check)
        }
        return check
    }

    /// What offering one attachment's file to the public publishes: its title, its file name and the text
    /// in the file, read as publishing reads it. `bytes` are the file's when it is not stored yet (an
    /// upload); nil reads the stored file.
    func check(_ attachment: Attachment, bytes: Data? = nil) async throws -> PublicationCheck {
        var check = PublicationCheck(findings: PublishedText.findings(in: PublishedText.texts(of: attachment)))
        if let file = attachment.file {
            try await read(attachment, file: file, bytes: bytes, into: &check)
        }
        return check
    }

    /// The attendance list with the names and titles the meeting page shows.
    private func attendees(of meetingID: UUID) async throws -> [PublishedText.Attendee] {
        let attendance = try await AttendanceModel.query(on: database).filter(\.$meetingID == meetingID).all()
            .map { try $0.domain() }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ Set(attendance.map(\.personID))).all()
        let names = Dictionary(uniqueKeysWithValues: try people.map { (try $0.requireID(), $0.name) })
        return attendance.compactMap { row in
            names[row.personID].map { PublishedText.Attendee(name: $0, title: row.title, note: row.note) }
        }
    }

    /// Reads one public attachment and adds what it finds, or why it could not read the file.
    /// `bytes` nil reads the stored file.
    private func read(_ attachment: Attachment, file: Attachment.FileReference, bytes given: Data? = nil,
                      into check: inout PublicationCheck) async throws {
        func unread(_ reason: String?) -> UnreadAttachment {
            UnreadAttachment(title: attachment.title, fileName: file.fileName, itemID: attachment.itemID, reason: reason)
        }
        let bytes: Data
        if let given {
            bytes = given
        } else if let stored = try await StoredFileModel.query(on: database).filter(\.$sha256 == file.sha256).first() {
            bytes = stored.bytes
        } else {
            check.unreadable.append(unread("Filen \(file.fileName) findes ikke i databasen. Upload bilaget igen."))
            return
        }
        let (fileName, pdftotext) = (file.fileName, self.pdftotext)
        let read = try await threadPool.runIfActive {
            Result { () throws(DocumentReadError) in try DocumentText.extract(from: bytes, fileName: fileName, pdftotext: pdftotext) }
        }
        switch read {
        case let .success(text?):
            check.findings += PublishedText.findings(in: [
                PublishedText(place: .attachmentText(title: attachment.title, fileName: file.fileName, itemID: attachment.itemID),
                              text: text),
            ])
        case .success(nil):
            check.unchecked.append(unread(nil))
        case let .failure(error) where error.kind == .scannedPDF:
            // Pictures of pages, like an image: nothing to read, and no sign that it went wrong.
            check.unchecked.append(unread(nil))
        case let .failure(error):
            check.unreadable.append(unread(error.message))
        }
    }
}

extension PublicationGuard {
    /// The guard of a request: its database, and the application's thread pool and pdftotext.
    init(_ request: Request) {
        self.init(database: request.db, threadPool: request.application.threadPool,
                  pdftotext: request.application.configuration.pdftotext)
    }
}
