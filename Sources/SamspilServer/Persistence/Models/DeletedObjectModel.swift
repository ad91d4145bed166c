import Fluent
import Foundation

/// A published object that is gone: an agenda item taken off a published agenda, an attachment deleted
/// or withdrawn from the public. Open-data clients that copy Samspil's data ask for what changed since
/// their last visit (OParl's `modified_since`), and only a record of the deletion tells them to drop
/// their copy. Nothing else is kept of the object: its id, its kind and when it went.
final class DeletedObjectModel: Model, @unchecked Sendable {
    static let schema = "deleted_objects"

    /// The id the object had.
    @ID(custom: .id, generatedBy: .user) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "deleted_at") var deletedAt: Date

    init() {}

    init(id: UUID, kind: DeletedObjectKind, deletedAt: Date) {
        self.id = id
        self.kind = kind.rawValue
        self.deletedAt = deletedAt
    }
}

enum DeletedObjectKind: String, Sendable {
    case agendaItem
    case attachment
}

/// Records and forgets deletions, in the transaction of the change that causes them.
struct DeletedObjects {
    let database: any Database

    /// Records that the public could read these objects and now cannot. An id recorded before (an
    /// attachment withdrawn twice) keeps its first record's place but gets the new time.
    func record(_ ids: [UUID], as kind: DeletedObjectKind, at date: Date = Date()) async throws {
        guard !ids.isEmpty else { return }
        try await DeletedObjectModel.query(on: database).filter(\.$id ~~ ids).delete()
        try await ids.map { DeletedObjectModel(id: $0, kind: kind, deletedAt: date) }.create(on: database)
    }

    /// An object the public can read again (an attachment made public once more) is not deleted.
    func forget(_ id: UUID) async throws {
        try await DeletedObjectModel.query(on: database).filter(\.$id == id).delete()
    }
}
