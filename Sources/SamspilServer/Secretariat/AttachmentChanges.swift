import Fluent
import Foundation
import SamspilCore

/// Deleting an attachment and choosing whether the public gets its file. Both can take a file away
/// from the public, which open-data clients learn from the record of deleted objects.
struct AttachmentChanges {
    let database: any Database

    func delete(_ attachment: AttachmentModel, of meeting: Meeting) async throws {
        try await database.transaction { database in
            if let id = attachment.id, attachment.isPublic, meeting.status.agendaIsPublic {
                try await DeletedObjects(database: database).record([id], as: .attachment)
            }
            try await attachment.delete(on: database)
        }
    }

    func setPublic(_ attachment: AttachmentModel, _ isPublic: Bool, of meeting: Meeting) async throws {
        guard let id = attachment.id, attachment.isPublic != isPublic else { return }
        try await database.transaction { database in
            attachment.isPublic = isPublic
            try await attachment.save(on: database)
            let deletions = DeletedObjects(database: database)
            if isPublic {
                try await deletions.forget(id)
            } else if meeting.status.agendaIsPublic {
                try await deletions.record([id], as: .attachment)
            }
        }
    }
}
