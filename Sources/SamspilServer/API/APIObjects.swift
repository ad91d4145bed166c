import Foundation
import SamspilCore

/// The JSON of the API (`/api/v1`), described in `OpenAPIDocument`. Days are `YYYY-MM-DD`, times of day
/// `HH:MM` (Danish time), instants ISO 8601 with their offset. A nil optional is left out.
enum API {
    struct Me: Encodable {
        let signedIn: Bool
        var name: String?
        let administrator: Bool
        let roles: [Role]

        struct Role: Encodable {
            let bodyId: UUID
            let bodySlug: String
            let role: String
        }
    }

    struct Body: Encodable {
        let id: UUID
        let slug: String
        let name: String
        let kind: String
        var parentId: UUID?
        var cluster: String?
        var summary: String?

        init(_ body: SamspilCore.Body) {
            id = body.id
            slug = body.slug
            name = body.name
            kind = body.kind.rawValue
            parentId = body.parentID
            cluster = body.cluster
            summary = body.summary
        }
    }

    struct MeetingSummary: Encodable {
        let id: UUID
        let bodyId: UUID
        let date: String
        var start: String?
        var end: String?
        var location: String?
        let status: String
        let cancelled: Bool
        /// The meeting's page.
        let web: String

        init(_ meeting: SamspilCore.Meeting, web: String) {
            id = meeting.id
            bodyId = meeting.bodyID
            date = meeting.date.iso
            start = meeting.start?.description
            end = meeting.end?.description
            location = meeting.location
            status = meeting.status.rawValue
            cancelled = meeting.isCancelled
            self.web = web
        }
    }

    struct Meeting: Encodable {
        let meeting: MeetingSummary
        var chair: String?
        let minuteTakers: [String]
        let revision: Int
        var modifiedAt: String?
        let items: [ItemSummary]
        /// The meeting's own attachments (an item's are on the item).
        let attachments: [Attachment]
        /// The attendance list, when the viewer may read it (members always; the public with approved minutes).
        var attendance: [Attendee]?
    }

    struct ItemSummary: Encodable {
        let id: UUID
        var number: Int?
        let position: Int
        let title: String
        var start: String?
        var end: String?
        var presenter: String?
        var kind: String?
        let isBreak: Bool
    }

    struct Item: Encodable {
        let id: UUID
        let meetingId: UUID
        var number: Int?
        let position: Int
        let title: String
        var start: String?
        var end: String?
        var presenter: String?
        var caseNumber: String?
        var kind: String?
        var durationMinutes: Int?
        let isBreak: Bool
        /// Send it back with a change: a change based on an older version is refused (409).
        let version: Int
        let sections: [Section]
        let attachments: [Attachment]
        let actions: [Action]
        let web: String

        struct Section: Encodable {
            let kind: String
            var heading: String?
            let text: String
        }
    }

    struct Attachment: Encodable {
        let id: UUID
        let meetingId: UUID
        var itemId: UUID?
        let title: String
        var fileName: String?
        var contentType: String?
        var byteCount: Int?
        let isPublic: Bool
        /// Where the file is fetched (with the same token), when there is one.
        var content: String?
    }

    struct Attendee: Encodable {
        let personId: UUID
        let name: String
        var title: String?
        var organisation: String?
        /// present, apologies, absent or guest; missing while not yet marked.
        var status: String?
        var note: String?
    }

    struct Action: Encodable {
        let id: UUID
        let itemId: UUID
        let text: String
        let owner: String
        var due: String?
        let state: String
        var closedBy: String?
    }

    struct SearchResults: Encodable {
        let total: Int
        let page: Int
        let pageCount: Int
        let results: [SearchResult]
    }

    struct SearchResult: Encodable {
        let bodyName: String
        let bodySlug: String
        let date: String
        let title: String
        /// The item on its meeting's page.
        let web: String
        /// Text around the matched words, which are marked `**like this**`.
        var snippet: String?
        var decision: String?
    }

    struct List<Element: Encodable>: Encodable {
        let data: [Element]
    }
}
