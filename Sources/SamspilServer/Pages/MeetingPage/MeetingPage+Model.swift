import Foundation
import SamspilCore

enum MeetingPage {
    struct Model: Equatable {
        struct Attendee: Equatable {
            let name: String
            let url: SiteURL
            let title: String?
            let note: String?
        }

        /// The people of one organisation on a list, in the order the list gives them.
        struct OrganisationGroup: Equatable {
            /// nil for people whose organisation the list does not say.
            let organisation: String?
            let people: [Attendee]
        }

        let bodyName: String
        let bodyURL: SiteURL
        // Variables where a viewer may be shown less than is stored (`withoutContactDetails`).
        var meeting: Meeting
        let key: MeetingKey
        let bodySlug: String
        var present: [OrganisationGroup]
        var apologies: [OrganisationGroup]
        var absent: [OrganisationGroup]
        var guests: [Attendee]
        var attachments: [Attachment]
        /// In agenda order.
        var items: [AgendaItem]
        /// The minutes exist but are not approved, and this viewer may not read them yet.
        var minutesWithheld = false
        /// The viewer is the body's secretary (or an administrator): the page links to the editor.
        var mayEdit = false
        /// Each item's attachments and follow-up actions.
        var itemAttachments: [UUID: [AttachmentLink]] = [:]
        var itemActions: [UUID: [ActionLine]] = [:]
        /// The actions recorded at the body's previous meeting, to follow up on at this one.
        var previousActions: [ActionLine] = []
        var previousMeeting: MeetingSummary?
        /// Life-cycle steps and corrections of approved minutes.
        var auditTrail: [AuditLine] = []
        /// The viewer sees every attachment, so the page says which of them the public sees.
        var marksPublicAttachments = false
        /// Items that are part of a case between bodies: each links to the case's course.
        var itemsWithTrail: Set<UUID> = []
        /// The initiatives, cases and indicators each item is linked to.
        var itemLinks: [UUID: ItemLinks] = [:]

        struct AttachmentLink: Equatable {
            let title: String
            /// nil for an attachment an imported document only names.
            let url: SiteURL?
            let detail: String?
            /// Offered in the public archive (`Attachment.isPublic`).
            let isPublic: Bool
        }

        struct ActionLine: Equatable {
            let action: FollowUpAction
            let owner: String
        }

        struct AuditLine: Equatable {
            let entry: AuditEntry
            /// The item a correction was made in, numbered.
            let item: String?
        }

        /// When the page's content last changed: the meeting's, or the previous meeting's whose
        /// follow-up it shows.
        var lastModified: Date? { [meeting.modifiedAt, previousMeeting?.modifiedAt].compactMap { $0 }.max() }

        var presentCount: Int { present.reduce(0) { $0 + $1.people.count } }
        /// Agenda until the meeting is held and for those who may not read the draft, minutes after.
        var isMinutes: Bool { meeting.status >= .held && !minutesWithheld }
    }
}

extension MeetingPage.Model.OrganisationGroup {
    /// Groups attendees by organisation, organisations in the order they first appear on the list.
    static func grouping(_ entries: [(organisation: String?, attendee: MeetingPage.Model.Attendee)]) -> [Self] {
        entries.groupedInOrder(by: \.organisation).map { Self(organisation: $0, people: $1.map(\.attendee)) }
    }
}
