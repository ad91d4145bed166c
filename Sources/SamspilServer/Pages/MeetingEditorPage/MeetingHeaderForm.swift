import Fluent
import Foundation
import SamspilCore

/// The meeting's header as typed in its form: kept as text, so a value that is wrong is shown again as
/// typed, next to its error.
struct MeetingHeaderForm: Equatable {
    enum Field: String, CaseIterable {
        case date, start, end, location, chair, minuteTakers = "minute_takers"
    }

    var values: [Field: String] = [:]
    var errors: [Field: MeetingWorkText] = [:]

    subscript(_ field: Field) -> String { values[field] ?? "" }

    init(values: [Field: String] = [:]) {
        self.values = values
    }

    init(_ meeting: Meeting) {
        values = [.date: meeting.date.iso, .start: meeting.start?.description ?? "", .end: meeting.end?.description ?? "",
                  .location: meeting.location ?? "", .chair: meeting.chair ?? "",
                  .minuteTakers: meeting.minuteTakers.joined(separator: ", ")]
    }

    /// The form as posted: `field` reads a posted text by name.
    init(posted field: (String) -> String) {
        for key in Field.allCases { values[key] = field(key.rawValue) }
    }

    /// `meeting` with the form's values, or nil with `errors` set.
    mutating func apply(to meeting: Meeting) -> Meeting? {
        errors = [:]
        var result = meeting
        if self[.date].isEmpty {
            errors[.date] = .dateMissing
        } else if let day = CalendarDay(iso: self[.date]) {
            result.date = day
        } else {
            errors[.date] = .dateInvalid
        }
        func time(_ field: Field) -> TimeOfDay? {
            guard !self[field].isEmpty else { return nil }
            guard let time = TimeOfDay(self[field]) else { errors[field] = .timeInvalid; return nil }
            return time
        }
        result.start = time(.start)
        result.end = time(.end)
        if let start = result.start, let end = result.end, end <= start { errors[.end] = .endBeforeStart }
        result.location = self[.location].nilIfEmpty
        result.chair = self[.chair].nilIfEmpty
        result.minuteTakers = self[.minuteTakers].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return errors.isEmpty ? result : nil
    }
}

/// A new item or break as typed in the agenda builder's forms.
struct NewItemForm: Equatable {
    var title = ""
    var duration = "15"
    var kind = ""
    var presenter = ""
    var errors: [Field: MeetingWorkText] = [:]

    enum Field: String { case title, duration, kind, presenter }

    /// The minutes of a duration field: whole minutes from 1 to 8 hours.
    static func minutes(_ text: String) -> Int? {
        guard let minutes = Int(text.trimmingCharacters(in: .whitespaces)), (1...480).contains(minutes) else { return nil }
        return minutes
    }

    mutating func validate() -> (title: String, minutes: Int, kind: AgendaItemKind?)? {
        errors = [:]
        if title.isEmpty { errors[.title] = .titleMissing }
        let minutes = Self.minutes(duration)
        if minutes == nil { errors[.duration] = .durationInvalid }
        guard let minutes, errors.isEmpty else { return nil }
        return (title, minutes, AgendaItemKind(rawValue: kind))
    }
}

extension MeetingHeaderForm {
    /// The meeting with the form's values, or nil with the form's errors set: besides what the form
    /// checks itself, a body cannot meet twice at the same date and time (the two would share an address).
    mutating func meeting(applyingTo values: Meeting, on database: any Database) async throws -> Meeting? {
        guard let meeting = apply(to: values) else { return nil }
        let clash = try await MeetingModel.query(on: database).filter(\.$bodyID == meeting.bodyID)
            .filter(\.$date == meeting.date.iso).filter(\.$id != meeting.id).all()
            .contains { $0.startsAt == meeting.start?.description }
        guard !clash else {
            errors[meeting.start == nil ? .date : .start] = .meetingExists
            return nil
        }
        return meeting
    }
}
