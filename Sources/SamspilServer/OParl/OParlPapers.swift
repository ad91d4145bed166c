import Fluent
import Foundation
import SamspilCore

/// Referrals between bodies as OParl Papers and Consultations. A Paper is an item that referred its
/// matter to other bodies, once that item's agenda is public; each referral is a Consultation of the
/// receiving body, with the item that treated it when that item's agenda is public too.
struct OParlPapers {
    let database: any Database
    let address: OParlAddress

    struct Entry {
        let id: UUID
        let created: Date
        let modified: Date
        let paper: OParl.Paper
        /// The paper's consultations by their ids, as embedded in it.
        let consultations: [(id: UUID, object: OParl.Consultation)]
    }

    func papers() async throws -> [Entry] {
        let referrals = try await BacklogItemModel.query(on: database).filter(\.$referral != nil).all()
        let itemIDs = Set(referrals.flatMap { [$0.sourceItemID, $0.scheduledItemID].compactMap { $0 } })
        let items = Dictionary(uniqueKeysWithValues: try await AgendaItemModel.query(on: database).filter(\.$id ~~ itemIDs).all()
            .compactMap { model in model.id.map { ($0, model) } })
        let meetings = Dictionary(uniqueKeysWithValues: try await MeetingModel.query(on: database)
            .filter(\.$id ~~ Set(items.values.map(\.meetingID))).filter(\.$status ~~ OParlMeetings.publicStatuses).all()
            .compactMap { model in model.id.map { ($0, model) } })
        /// The public item and its meeting, or nil.
        func published(_ itemID: UUID?) -> (item: AgendaItemModel, meeting: MeetingModel)? {
            guard let itemID, let item = items[itemID], let meeting = meetings[item.meetingID] else { return nil }
            return (item, meeting)
        }
        let language = Language.da
        var entries: [Entry] = []
        for (sourceID, group) in Dictionary(grouping: referrals, by: { $0.sourceItemID }) {
            guard let sourceID, let source = published(sourceID),
                  let sourceItem = try? source.item.domain(sections: []).withoutContactDetails else { continue }
            let paperURL = address.paper(sourceID)
            var times = [source.meeting.createdAt].compactMap { $0 }
            let consultations = try group.sorted { ($0.id?.uuidString ?? "") < ($1.id?.uuidString ?? "") }.compactMap { model -> (id: UUID, object: OParl.Consultation)? in
                let referral = try model.domain()
                guard let purpose = referral.referral else { return nil }
                let treated = published(referral.scheduledItemID)
                let created = model.createdAt ?? source.meeting.createdAt ?? Date(timeIntervalSince1970: 0)
                let modified = treated?.meeting.modifiedAt ?? created
                times += [created, modified]
                return (referral.id, OParl.Consultation(
                    id: address.consultation(referral.id), paper: paperURL,
                    agendaItem: treated.flatMap { $0.item.id }.map(address.agendaItem),
                    meeting: treated.flatMap { $0.meeting.id }.map(address.meeting),
                    organization: [address.organization(referral.bodyID)], authoritative: purpose == .decision,
                    role: language.cooperation(purpose.text), created: OParlTime.dateTime(created),
                    modified: OParlTime.dateTime(modified), due: referral.due?.iso))
            }
            let created = times.min() ?? Date(timeIntervalSince1970: 0)
            let modified = times.max() ?? created
            let date = group.compactMap(\.proposedOn).min().flatMap { CalendarDay(iso: $0) }
            entries.append(Entry(id: sourceID, created: created, modified: modified, paper: OParl.Paper(
                id: paperURL, body: address.body, name: sourceItem.title, reference: sourceItem.caseNumber, date: date?.iso,
                originatorOrganization: [address.organization(source.meeting.bodyID)], consultation: consultations.map(\.object),
                created: OParlTime.dateTime(created), modified: OParlTime.dateTime(modified),
                web: address.web(.caseTrail(itemID: sourceID)), agendaItem: address.agendaItem(sourceID)),
                consultations: consultations))
        }
        return entries
    }

    /// The consultation each item treats, by the item: only those whose paper is published, so the link
    /// leads somewhere.
    func consultations(treatedBy itemIDs: [UUID]) async throws -> [UUID: UUID] {
        guard !itemIDs.isEmpty else { return [:] }
        let rows = try await BacklogItemModel.query(on: database).filter(\.$referral != nil).filter(\.$scheduledItemID ~~ itemIDs).all()
        let sources = try await AgendaItemModel.query(on: database).filter(\.$id ~~ Set(rows.compactMap(\.sourceItemID))).all()
        let publicMeetings = Set(try await MeetingModel.query(on: database).filter(\.$id ~~ Set(sources.map(\.meetingID)))
            .filter(\.$status ~~ OParlMeetings.publicStatuses).all().compactMap(\.id))
        let publishedSources = Set(sources.filter { publicMeetings.contains($0.meetingID) }.compactMap(\.id))
        return Dictionary(rows.compactMap { row -> (UUID, UUID)? in
            guard let item = row.scheduledItemID, let id = row.id, let source = row.sourceItemID, publishedSources.contains(source) else { return nil }
            return (item, id)
        }, uniquingKeysWith: { first, _ in first })
    }
}
