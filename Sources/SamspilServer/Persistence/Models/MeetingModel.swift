import Fluent
import Foundation
import SamspilCore

final class MeetingModel: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    /// `YYYY-MM-DD`: sorts as text on both backends.
    @Field(key: "date") var date: String
    @OptionalField(key: "starts_at") var startsAt: String?
    @OptionalField(key: "ends_at") var endsAt: String?
    @OptionalField(key: "location") var location: String?
    @OptionalField(key: "chair") var chair: String?
    @Field(key: "minute_takers") var minuteTakers: [String]
    @Field(key: "status") var status: String
    /// Raised on every save of the header, so a save based on an older version is caught.
    @Field(key: "version") var version: Int
    /// See `Meeting.revision`; raised by `MeetingRevision`.
    @Field(key: "revision") var revision: Int
    @OptionalField(key: "modified_at") var modifiedAt: Date?
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ meeting: Meeting) {
        id = meeting.id
        bodyID = meeting.bodyID
        date = meeting.date.iso
        startsAt = meeting.start?.description
        endsAt = meeting.end?.description
        location = meeting.location
        chair = meeting.chair
        minuteTakers = meeting.minuteTakers
        status = meeting.status.rawValue
        version = 1
        revision = meeting.revision
        modifiedAt = meeting.modifiedAt ?? Date()
        cancelledAt = meeting.cancelledAt
    }

    func domain() throws -> Meeting {
        Meeting(id: try requireID(), bodyID: bodyID,
                date: try StoredValue.day(date, table: Self.schema, id: id, field: "date"),
                start: try StoredValue.time(startsAt, table: Self.schema, id: id, field: "starts_at"),
                end: try StoredValue.time(endsAt, table: Self.schema, id: id, field: "ends_at"),
                location: location, chair: chair, minuteTakers: minuteTakers,
                status: try StoredValue.enumeration(status, table: Self.schema, id: id, field: "status"),
                revision: revision, modifiedAt: modifiedAt ?? updatedAt ?? createdAt, cancelledAt: cancelledAt)
    }
}
