import Foundation

/// The OParl 1.1 objects Samspil publishes (https://oparl.org/spezifikation/), as the JSON they are.
/// Every optional property that is nil is left out. Samspil's own fields carry the vendor prefix
/// `samspil:`, as the specification asks of extensions.
enum OParl {
    static let version = "https://schema.oparl.org/1.1/"

    static func type(_ name: String) -> String { version + name }

    struct System: Encodable {
        let id: String
        var type = OParl.type("System")
        var oparlVersion = OParl.version
        let body: String
        let name: String
        let website: String
        let created: String
        let modified: String
        let web: String
    }

    struct Body: Encodable {
        let id: String
        var type = OParl.type("Body")
        let system: String
        let name: String
        let shortName: String
        let website: String
        let organization: String
        let person: String
        let meeting: String
        let paper: String
        let agendaItem: String
        let consultation: String
        let file: String
        let locationList: String
        let legislativeTermList: String
        let membership: String
        /// Samspil's bodies meet without elected terms; the list is empty.
        var legislativeTerm: [String] = []
        let classification: String
        let created: String
        let modified: String
        let web: String
    }

    struct Organization: Encodable {
        let id: String
        var type = OParl.type("Organization")
        let body: String
        let name: String
        var shortName: String?
        var membership: [String]?
        var meeting: String?
        var subOrganizationOf: String?
        let organizationType: String
        let classification: String
        let created: String
        let modified: String
        var web: String?
        var deleted: Bool?
    }

    struct Person: Encodable {
        let id: String
        var type = OParl.type("Person")
        let body: String
        let name: String
        let membership: [Membership]
        let created: String
        let modified: String
        let web: String
    }

    struct Membership: Encodable {
        let id: String
        var type = OParl.type("Membership")
        let person: String
        let organization: String
        let role: String
        var votingRight: Bool?
        let startDate: String
        var endDate: String?
        var onBehalfOf: String?
        let created: String
        let modified: String
        /// The title the person held in the body ("Direktør, Sundhed og Omsorg").
        var title: String?

        enum CodingKeys: String, CodingKey {
            case id, type, person, organization, role, votingRight, startDate, endDate, onBehalfOf, created, modified
            case title = "samspil:title"
        }
    }

    struct Meeting: Encodable {
        let id: String
        var type = OParl.type("Meeting")
        let name: String
        let meetingState: String
        var cancelled: Bool?
        var start: String?
        var end: String?
        var location: Location?
        let organization: [String]
        var participant: [String]?
        var invitation: File?
        var resultsProtocol: File?
        var auxiliaryFile: [File]?
        let agendaItem: [AgendaItem]
        let created: String
        let modified: String
        let web: String
        /// The meeting's day, also when no time was set (`start` then is absent).
        let date: String
        /// People who sent apologies: on the attendance list, but not present.
        var apologies: [String]?
        var chair: String?

        enum CodingKeys: String, CodingKey {
            case id, type, name, meetingState, cancelled, start, end, location, organization, participant
            case invitation, resultsProtocol, auxiliaryFile, agendaItem, created, modified, web
            case date = "samspil:date"
            case apologies = "samspil:apologies"
            case chair = "samspil:chair"
        }
    }

    struct AgendaItem: Encodable {
        let id: String
        var type = OParl.type("AgendaItem")
        var meeting: String?
        var number: String?
        /// The place on the agenda from 1; 0 on a deleted item, whose place is no longer known (the schema
        /// requires the field of every item).
        let order: Int
        var name: String?
        var `public`: Bool?
        var result: String?
        var resolutionText: String?
        var auxiliaryFile: [File]?
        var start: String?
        var end: String?
        let created: String
        let modified: String
        var web: String?
        var deleted: Bool?
        /// What the meeting asked someone to do, with who and by when.
        var followUpActions: [FollowUpAction]?
        var caseNumber: String?
        /// The referral this item treats, when another body sent the matter here.
        var consultation: String?

        enum CodingKeys: String, CodingKey {
            case id, type, meeting, number, order, name, `public`, result, resolutionText, auxiliaryFile, start, end, consultation
            case created, modified, web, deleted
            case followUpActions = "samspil:followUpActions"
            case caseNumber = "samspil:caseNumber"
        }
    }

    struct FollowUpAction: Encodable {
        let text: String
        let owner: String
        var due: String?
        let state: String
    }

    struct File: Encodable {
        let id: String
        var type = OParl.type("File")
        var name: String?
        var fileName: String?
        var mimeType: String?
        var date: String?
        var size: Int?
        var sha512Checksum: String?
        var accessUrl: String?
        var downloadUrl: String?
        var meeting: [String]?
        var agendaItem: [String]?
        let created: String
        let modified: String
        var web: String?
        var deleted: Bool?
    }

    /// A matter one body referred to others: the item that referred it, with a consultation for each body.
    struct Paper: Encodable {
        let id: String
        var type = OParl.type("Paper")
        let body: String
        let name: String
        var reference: String?
        var date: String?
        var paperType = "Henvisning"
        let originatorOrganization: [String]
        let consultation: [Consultation]
        let created: String
        let modified: String
        let web: String
        /// The agenda item the matter was referred from.
        let agendaItem: String

        enum CodingKeys: String, CodingKey {
            case id, type, body, name, reference, date, paperType, originatorOrganization, consultation, created, modified, web
            case agendaItem = "samspil:agendaItem"
        }
    }

    /// A body's treatment of a referred matter: what it was asked, and the item that treated it once one has.
    struct Consultation: Encodable {
        let id: String
        var type = OParl.type("Consultation")
        let paper: String
        var agendaItem: String?
        var meeting: String?
        let organization: [String]
        let authoritative: Bool
        let role: String
        let created: String
        let modified: String
        var due: String?

        enum CodingKeys: String, CodingKey {
            case id, type, paper, agendaItem, meeting, organization, authoritative, role, created, modified
            case due = "samspil:due"
        }
    }

    struct Location: Encodable {
        let id: String
        var type = OParl.type("Location")
        let description: String
        let created: String
        let modified: String
    }

    /// One page of a list: `links.next` on every page but the last.
    struct Page<Object: Encodable>: Encodable {
        let data: [Object]
        let pagination: Pagination
        let links: Links

        struct Pagination: Encodable {
            let elementsPerPage: Int
        }

        struct Links: Encodable {
            let first: String
            var next: String?
        }
    }
}
