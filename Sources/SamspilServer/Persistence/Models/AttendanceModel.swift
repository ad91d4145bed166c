import Fluent
import Foundation
import SamspilCore

final class AttendanceModel: Model, @unchecked Sendable {
    static let schema = "attendances"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "title") var title: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "position") var position: Int

    init() {}

    init(_ attendance: Attendance) {
        id = attendance.id
        meetingID = attendance.meetingID
        personID = attendance.personID
        organisationID = attendance.organisationID
        title = attendance.title
        status = attendance.status.rawValue
        note = attendance.note
        position = attendance.position
    }

    func domain() throws -> Attendance {
        Attendance(id: try requireID(), meetingID: meetingID, personID: personID, organisationID: organisationID,
                   title: title, status: try StoredValue.enumeration(status, table: Self.schema, id: id, field: "status"),
                   note: note, position: position)
    }
}
