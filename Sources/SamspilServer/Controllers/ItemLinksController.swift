import Fluent
import Foundation
import SamspilCore
import Vapor

/// `…/punkter/ITEM/forbindelser`: links an item to an initiative, a stage of a case, or an indicator it
/// shows, and removes such a link. The body's secretary does it, also once the minutes are approved:
/// the links are the registers' record, not the minutes' text, so no correction is needed.
struct ItemLinksController: Sendable {
    enum Kind: String {
        case initiative, `case`, indicator
    }

    func change(_ request: Request) async throws -> Response {
        let context = try await request.meetingContext(requiring: .edit)
        try CSRF.verify(request)
        let itemID = try request.id("item")
        guard try await AgendaItemModel.query(on: request.db).filter(\.$id == itemID).filter(\.$meetingID == context.meeting.id).count() == 1 else {
            throw Abort(.notFound)
        }
        guard let kind = Kind(rawValue: request.field("kind")) else {
            throw Abort(.badRequest, reason: "kind must be one of initiative, case, indicator")
        }
        let linking: Bool
        switch request.field("action") {
        case "link": linking = true
        case "unlink": linking = false
        default: throw Abort(.badRequest, reason: "action must be link or unlink")
        }
        let target = request.field("target").split(separator: ":", maxSplits: 1).map(String.init)
        guard let id = target.first.flatMap(UUID.init(uuidString:)) else {
            var model = try await ItemEditorPage.Model.query(context, itemID: itemID, on: request.db).orNotFound()
            model.linkError = .noChoice
            return .page(ItemEditorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        let database = request.db
        switch kind {
        case .initiative:
            let store = Initiatives(database: database)
            guard try await store.find(id) != nil else { throw Abort(.notFound) }
            try await linking ? store.link(item: itemID, to: id) : store.unlink(item: itemID, from: id)
        case .case:
            let store = CooperationCases(database: database)
            guard let value = try await store.find(id) else { throw Abort(.notFound) }
            if linking {
                guard let stage = target.last.flatMap(CooperationCase.Stage.init(rawValue:)), value.kind.stages.contains(stage) else {
                    throw Abort(.badRequest, reason: "target must be CASE:STAGE with a stage of the case's kind")
                }
                try await store.link(item: itemID, to: id, stage: stage)
            } else {
                try await store.unlink(item: itemID, from: id)
            }
        case .indicator:
            guard try await IndicatorModel.find(id, on: database) != nil else { throw Abort(.notFound) }
            try await linking ? ItemLinks.show(id, in: itemID, on: database) : ItemLinks.hide(id, in: itemID, on: database)
        }
        let notice: RegisterText = linking ? .linked : .unlinked
        return Response(status: .seeOther, headers: ["Location": context.url(.item(itemID)).path + "?besked=\(notice.noticeKey)#forbindelser"])
    }
}
