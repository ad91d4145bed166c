import Fluent
import Foundation
import SamspilCore

/// One agenda item as the secretary edits it: its texts, its attachments and its follow-up actions,
/// and, on "Godkendelse af referat", the approval of the last meeting's minutes.
enum ItemEditorPage {
    struct Model: Equatable {
        struct Choice: Equatable {
            let value: String
            let label: String
        }

        struct ActionRow: Equatable {
            let action: FollowUpAction
            let owner: String
        }

        /// An attachment the public may not have, and why (`Language.attachmentRefusal`).
        struct PublicationRefusal: Equatable {
            let attachmentID: UUID
            let message: String
        }

        /// The last meeting, when its draft minutes wait for approval on this item.
        struct PreviousMinutes: Equatable {
            let date: CalendarDay
            let statusURL: SiteURL
        }

        let bodyName: String
        let bodySlug: String
        let key: MeetingKey
        let meeting: Meeting
        let item: AgendaItem
        var form: ItemForm
        /// After a conflicting save: the saved value of every field where it differs from the user's.
        var conflict: [ItemDraft.Field: String] = [:]
        let members: [Choice]
        let owners: [Choice]
        let attachments: [Attachment]
        var attachmentTitle = ""
        /// The upload form's choice to offer the file in the public archive, kept when the upload is refused.
        var attachmentPublic = false
        var attachmentError: String?
        /// Why an attachment was not made public, shown beside it.
        var publicationRefused: PublicationRefusal?
        let actions: [ActionRow]
        var actionForm = ActionForm()
        let previousMinutes: PreviousMinutes?
        var notice: MeetingWorkText?
        /// The bodies the matter can be referred to: every body but this one.
        var referralBodies: [Choice] = []
        var referralError: CooperationText?
        /// Whether the item is part of a case between bodies, so its course has a page.
        var hasTrail = false
        /// The item's links to the registers, and what it can be linked to.
        var links = ItemLinks()
        var linkChoices = LinkChoices()
        var linkNotice: RegisterText?
        var linkError: RegisterText?

        var showsDecision: Bool { meeting.status >= .held }
        var requiresReason: Bool { meeting.status == .minutesApproved }
        var meetingURL: SiteURL { .meeting(bodySlug: bodySlug, key: key) }
        func url(_ part: SiteURL.MeetingPart) -> SiteURL { .meetingPart(bodySlug: bodySlug, key: key, part) }
    }
}

extension ItemEditorPage.Model {
    static func query(_ context: MeetingContext, itemID: UUID, on database: any Database) async throws -> Self? {
        guard let item = try await AgendaStore(database: database).items(of: context.meeting.id).first(where: { $0.id == itemID }) else {
            return nil
        }
        let members = try await BodyMembers.current(of: context.body.id, on: context.meeting.date, database: database)
        let organisations = try await OrganisationModel.query(on: database).sort(\.$name).all().map { try $0.domain() }
        let attachments = try await AttachmentModel.query(on: database).filter(\.$itemID == itemID).sort(\.$position).all()
            .map { try $0.domain() }
        let actions = try await FollowUpActionModel.query(on: database).filter(\.$itemID == itemID).all().map { try $0.domain() }
        let ownerNames = try await OwnerNames.load(for: actions, on: database)

        var previous: PreviousMinutes?
        if item.approvesPreviousMinutes,
           let last = try await MeetingModel.query(on: database).filter(\.$bodyID == context.body.id)
               .filter(\.$date < context.meeting.date.iso).sort(\.$date, .descending).first()?.domain(),
           last.status == .minutesDraft,
           let url = try await MeetingSummary.url(of: last.id, on: database), case let .meeting(slug, key) = url {
            previous = PreviousMinutes(date: last.date, statusURL: .meetingPart(bodySlug: slug, key: key, .status))
        }
        let otherBodies = try await BodyModel.query(on: database).filter(\.$id != context.body.id).sort(\.$name).all()
        var model = Self(
            bodyName: context.body.name, bodySlug: context.body.slug, key: context.key, meeting: context.meeting, item: item,
            form: ItemForm(item),
            members: members.map { Choice(value: $0.id.lowercased, label: $0.name) },
            owners: members.map { Choice(value: "person:\($0.id.lowercased)", label: $0.name) }
                + organisations.map { Choice(value: "organisation:\($0.id.lowercased)", label: $0.name) },
            attachments: attachments,
            actions: actions.map { ActionRow(action: $0, owner: ownerNames[$0.id] ?? "") },
            previousMinutes: previous)
        model.referralBodies = otherBodies.compactMap { body in body.id.map { Choice(value: $0.lowercased, label: body.name) } }
        model.hasTrail = !(try await Referrals(database: database).itemsWithConnections([itemID])).isEmpty
        model.links = try await ItemLinks.load([itemID], on: database)[itemID] ?? .init()
        model.linkChoices = try await LinkChoices.load(on: database)
        return model
    }
}

/// What an item can be linked to: the open initiatives (the others too, after them), every stage of
/// every case, and the indicators.
struct LinkChoices: Equatable {
    typealias Choice = ItemEditorPage.Model.Choice

    /// A stage of a case, labelled on the page in the viewer's language.
    struct CaseStage: Equatable {
        let value: String
        let title: String
        let stage: CooperationCase.Stage
    }

    var initiatives: [Choice] = []
    var caseStages: [CaseStage] = []
    var indicators: [Choice] = []

    static func load(on database: any Database) async throws -> LinkChoices {
        let initiatives = try await Initiatives(database: database).all()
            .sorted { ($0.status.isOpen ? 0 : 1, $0.title) < ($1.status.isOpen ? 0 : 1, $1.title) }
        let cases = try await CooperationCases(database: database).all()
        return LinkChoices(
            initiatives: initiatives.map { initiative in
                Choice(value: initiative.id.lowercased, label: initiative.cluster.map { "\(initiative.title) (\($0))" } ?? initiative.title)
            },
            caseStages: cases.flatMap { value in
                value.kind.stages.map { CaseStage(value: "\(value.id.lowercased):\($0.rawValue)", title: value.title, stage: $0) }
            },
            indicators: try await Indicators(database: database).all().map { Choice(value: $0.indicator.id.lowercased, label: $0.indicator.name) })
    }
}

/// The people who sit in a body on a day, by name: the presenters and owners a secretary chooses from.
enum BodyMembers {
    static func current(of bodyID: UUID, on day: CalendarDay, database: any Database) async throws -> [Person] {
        let memberships = try await MembershipModel.query(on: database).filter(\.$bodyID == bodyID).all()
            .map { try $0.domain() }.filter { $0.isActive(on: day) }
        return try await PersonModel.query(on: database).filter(\.$id ~~ Set(memberships.map(\.personID)))
            .sort(\.$name).all().map { try $0.domain() }
    }
}

/// The names of follow-up actions' owners: a person's or an organisation's name, or the name as written.
enum OwnerNames {
    static func load(for actions: [FollowUpAction], on database: any Database) async throws -> [UUID: String] {
        var personIDs: Set<UUID> = []
        var organisationIDs: Set<UUID> = []
        for action in actions {
            switch action.owner {
            case let .person(id): personIDs.insert(id)
            case let .organisation(id): organisationIDs.insert(id)
            case .named: break
            }
        }
        let people = try await PersonModel.query(on: database).filter(\.$id ~~ personIDs).all()
        let organisations = try await OrganisationModel.query(on: database).filter(\.$id ~~ organisationIDs).all()
        var names: [UUID: String] = [:]
        for model in people { if let id = model.id { names[id] = model.name } }
        for model in organisations { if let id = model.id { names[id] = model.name } }
        return Dictionary(uniqueKeysWithValues: actions.map { action in
            switch action.owner {
            case let .person(id), let .organisation(id): (action.id, names[id] ?? "")
            case let .named(name): (action.id, name)
            }
        })
    }
}
