/// The structure recovered from one set of minutes: what `samspil parse FILE --json` prints, what the
/// importer stores and what the exporter writes. The JSON form is a contract, described by
/// `docs/parsed-minutes.schema.json`; every key is written, `null` where a value is missing.
public struct ParsedMinutes: Equatable, Sendable, Codable {
    public var source: Source?
    public var meeting: Meeting
    public var attendance: Attendance
    /// Meeting-level attachments (the `Bilag` list before the items).
    public var attachments: [String]
    public var items: [Item]
    public var warnings: [String]

    public init(source: Source? = nil, meeting: Meeting = Meeting(), attendance: Attendance = Attendance(),
                attachments: [String] = [], items: [Item] = [], warnings: [String] = []) {
        self.source = source
        self.meeting = meeting
        self.attendance = attendance
        self.attachments = attachments
        self.items = items
        self.warnings = warnings
    }

    public struct Source: Equatable, Sendable, Codable {
        public enum Format: String, Sendable, Codable, CaseIterable {
            case text, markdown, docx, pdf
        }
        public var fileName: String
        public var format: Format
        /// Lower-case hex sha256 of the file's bytes: the identity of a document on import.
        public var sha256: String

        public init(fileName: String, format: Format, sha256: String) {
            self.fileName = fileName
            self.format = format
            self.sha256 = sha256
        }
    }

    public enum Status: String, Sendable, Codable {
        /// The text says UDKAST.
        case draft
        case approved
    }

    public struct Meeting: Equatable, Sendable, Codable {
        public var body: String?
        public var cluster: String?
        public var date: CalendarDay?
        public var start: TimeOfDay?
        public var end: TimeOfDay?
        public var location: String?
        public var chair: String?
        public var minuteTakers: [String]
        /// nil when the text says nothing about it.
        public var status: Status?

        public init(body: String? = nil, cluster: String? = nil, date: CalendarDay? = nil,
                    start: TimeOfDay? = nil, end: TimeOfDay? = nil, location: String? = nil,
                    chair: String? = nil, minuteTakers: [String] = [], status: Status? = nil) {
            self.body = body
            self.cluster = cluster
            self.date = date
            self.start = start
            self.end = end
            self.location = location
            self.chair = chair
            self.minuteTakers = minuteTakers
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case body, cluster, date, start, end, location, chair, minuteTakers, status
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            body = try c.decodeIfPresent(String.self, forKey: .body)
            cluster = try c.decodeIfPresent(String.self, forKey: .cluster)
            date = try c.decodeIfPresent(CalendarDay.self, forKey: .date)
            start = try c.decodeIfPresent(TimeOfDay.self, forKey: .start)
            end = try c.decodeIfPresent(TimeOfDay.self, forKey: .end)
            location = try c.decodeIfPresent(String.self, forKey: .location)
            chair = try c.decodeIfPresent(String.self, forKey: .chair)
            minuteTakers = try c.decodeIfPresent([String].self, forKey: .minuteTakers) ?? []
            status = try c.decodeIfPresent(Status.self, forKey: .status)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(body, forKey: .body)
            try c.encode(cluster, forKey: .cluster)
            try c.encode(date, forKey: .date)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(location, forKey: .location)
            try c.encode(chair, forKey: .chair)
            try c.encode(minuteTakers, forKey: .minuteTakers)
            try c.encode(status, forKey: .status)
        }
    }

    public struct Person: Equatable, Sendable, Codable {
        public var name: String
        public var title: String?
        public var organisation: String?
        /// e.g. "virtuel deltagelse til og med punkt 3".
        public var note: String?

        public init(name: String, title: String? = nil, organisation: String? = nil, note: String? = nil) {
            self.name = name
            self.title = title
            self.organisation = organisation
            self.note = note
        }

        enum CodingKeys: String, CodingKey { case name, title, organisation, note }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(title, forKey: .title)
            try c.encode(organisation, forKey: .organisation)
            try c.encode(note, forKey: .note)
        }
    }

    public struct Attendance: Equatable, Sendable, Codable {
        /// The invitation list, where the document gives one (present = invited minus apologies).
        public var invited: [Person]?
        public var present: [Person]
        /// Afbud.
        public var absent: [Person]
        public var guests: [Person]

        public init(invited: [Person]? = nil, present: [Person] = [], absent: [Person] = [], guests: [Person] = []) {
            self.invited = invited
            self.present = present
            self.absent = absent
            self.guests = guests
        }

        enum CodingKeys: String, CodingKey { case invited, present, absent, guests }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(invited, forKey: .invited)
            try c.encode(present, forKey: .present)
            try c.encode(absent, forKey: .absent)
            try c.encode(guests, forKey: .guests)
        }
    }

    public struct Item: Equatable, Sendable, Codable {
        /// nil for an unnumbered part such as "Skriftlige orienteringspunkter".
        public var number: Int?
        /// Without the time slot and the presenter.
        public var title: String
        public var presenter: String?
        public var start: TimeOfDay?
        public var end: TimeOfDay?
        public var caseNumber: String?
        public var sections: [Section]

        public init(number: Int?, title: String, presenter: String? = nil, start: TimeOfDay? = nil,
                    end: TimeOfDay? = nil, caseNumber: String? = nil, sections: [Section] = []) {
            self.number = number
            self.title = title
            self.presenter = presenter
            self.start = start
            self.end = end
            self.caseNumber = caseNumber
            self.sections = sections
        }

        enum CodingKeys: String, CodingKey { case number, title, presenter, start, end, caseNumber, sections }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(title, forKey: .title)
            try c.encode(presenter, forKey: .presenter)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(caseNumber, forKey: .caseNumber)
            try c.encode(sections, forKey: .sections)
        }
    }

    /// A section of an item is the same value the domain stores.
    public typealias Section = ItemSection
}
