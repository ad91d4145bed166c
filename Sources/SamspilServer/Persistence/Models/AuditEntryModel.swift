import Fluent
import Foundation
import SamspilCore

final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "user_name") var userName: String
    /// `status` (name: "status", before/after: the statuses), `field` (name: the field) or `cancellation`
    /// (name: `cancelled` or `reinstated`, before/after empty).
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "before") var before: String
    @Field(key: "after") var after: String
    @OptionalField(key: "reason") var reason: String?

    init() {}

    init(_ entry: AuditEntry) {
        id = entry.id
        meetingID = entry.meetingID
        itemID = entry.itemID
        at = entry.at
        userName = entry.userName
        reason = entry.reason
        switch entry.change {
        case let .status(from, to):
            kind = "status"
            name = "status"
            before = from.rawValue
            after = to.rawValue
        case let .field(name, before, after):
            kind = "field"
            self.name = name
            self.before = before
            self.after = after
        case .cancelled, .reinstated:
            kind = "cancellation"
            name = entry.change == .cancelled ? "cancelled" : "reinstated"
            before = ""
            after = ""
        }
    }

    func domain() throws -> AuditEntry {
        let change: AuditEntry.Change
        switch kind {
        case "status":
            change = .status(from: try StoredValue.enumeration(before, table: Self.schema, id: id, field: "before"),
                             to: try StoredValue.enumeration(after, table: Self.schema, id: id, field: "after"))
        case "cancellation" where name == "cancelled":
            change = .cancelled
        case "cancellation" where name == "reinstated":
            change = .reinstated
        case "cancellation":
            throw CorruptRowError(table: Self.schema, id: id, field: "name", value: name)
        default:
            change = .field(name: name, before: before, after: after)
        }
        return AuditEntry(id: try requireID(), meetingID: meetingID, itemID: itemID, at: at, userName: userName,
                          change: change, reason: reason)
    }
}
