import Fluent
import Foundation
import Plot
import SamspilCore

/// `/sager/ITEM`: the course of a matter between bodies, in date order: each item that treated it, with
/// its decision, and each referral, with what was asked, by when, and whether it has been treated. What
/// the viewer may not read of a meeting is left out, as on its page.
enum CaseTrailPage {
    struct Model {
        let title: String
        let steps: [Step]
    }

    enum Step {
        case treated(date: CalendarDay, body: String, item: String, url: String, decision: String?)
        case referred(date: CalendarDay?, from: String, to: String, toURL: SiteURL, purpose: ReferralPurpose, due: CalendarDay?,
                      progress: Progress)

        /// Where a referral stands, as far as the viewer may know: a meeting whose agenda is not out yet
        /// shows only that the matter is on an agenda.
        enum Progress {
            case waiting
            case scheduled
            case treated(CalendarDay)
        }

        var date: CalendarDay? {
            switch self {
            case let .treated(date, _, _, _, _): date
            case let .referred(date, _, _, _, _, _, _): date
            }
        }

        /// On the same day a body treats a matter before it sends it on.
        var order: Int {
            if case .treated = self { return 0 }
            return 1
        }
    }

    static func query(itemID: UUID, viewer: Viewer, on database: any Database) async throws -> Model? {
        let (itemIDs, referrals) = try await Referrals(database: database).connections(of: itemID)
        let items = try await AgendaItemModel.query(on: database).filter(\.$id ~~ Array(itemIDs)).all().map { try $0.domain(sections: []) }
        let meetings = try await MeetingModel.query(on: database).filter(\.$id ~~ Set(items.map(\.meetingID))).all().map { try $0.domain() }
        let summaries = try await MeetingSummary.load(meetings, on: database)
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyModel.query(on: database).all().map { try $0.domain() }.map { ($0.id, $0) })
        let decisions = Dictionary(grouping: try await ItemSectionModel.query(on: database).filter(\.$itemID ~~ Array(itemIDs))
            .filter(\.$kind == SectionKind.decision.rawValue).sort(\.$position).all(), by: \.itemID)

        // What the viewer may read of each item's meeting.
        var visible: [UUID: (item: AgendaItem, summary: MeetingSummary, visibility: MeetingPage.Model.Visibility)] = [:]
        for item in items {
            guard let summary = summaries[item.meetingID] else { continue }
            let readsEverything = viewer.may(.readEverything, in: summary.bodyID)
            let visibility = MeetingPage.Model.Visibility(status: summary.status, readsEverything: readsEverything)
            guard visibility != .hidden else { continue }
            visible[item.id] = (readsEverything ? item : item.withoutContactDetails, summary, visibility)
        }
        guard let start = visible[itemID] else { return nil }

        var steps: [Step] = visible.values.map { entry in
            let readsEverything = viewer.may(.readEverything, in: entry.summary.bodyID)
            let decision = entry.visibility == .everything
                ? decisions[entry.item.id].map { $0.map(\.text).joined(separator: "\n\n") }.map { readsEverything ? $0 : ContactDetails.redacted(in: $0) }
                : nil
            return .treated(date: entry.summary.date, body: entry.summary.bodyName, item: MeetingPage.numbered(entry.item),
                            url: entry.summary.url.path + "#" + MeetingPage.anchor(of: entry.item), decision: decision)
        }
        // A referral is part of the record of the item that made it.
        for referral in referrals {
            guard let source = referral.sourceItemID, let from = visible[source], let purpose = referral.referral,
                  let target = bodies[referral.bodyID] else { continue }
            let progress: Step.Progress = switch referral.scheduledItemID {
            case nil: .waiting
            case let itemID?: visible[itemID].map { .treated($0.summary.date) } ?? .scheduled
            }
            steps.append(.referred(date: referral.proposedOn, from: from.summary.bodyName, to: target.name,
                                   toURL: .body(slug: target.slug), purpose: purpose, due: referral.due, progress: progress))
        }
        steps.sort { ($0.date?.iso ?? "", $0.order) < ($1.date?.iso ?? "", $1.order) }
        return Model(title: start.item.title, steps: steps)
    }

    static func render(_ model: Model, context: PageContext, notice: CooperationText? = nil) -> String {
        let language = context.language
        let c = language.cooperation
        return Layout(context: context, title: "\(c(.trailTitle)): \(model.title)",
                      breadcrumbs: [.init(title: language.text(.frontPage), url: .home), .init(title: c(.trailTitle), url: nil)]).render(
            .h1(.text(c(.trailTitle)), .br(), .span(.class("muted"), .text(model.title))),
            .unwrap(notice) { .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text(c($0)))) },
            .p(.class("lead"), .text(c(.trailIntro))),
            .ol(.class("trail"), .forEach(model.steps) { step in
                switch step {
                case let .treated(date, body, item, url, decision):
                    return .li(.class("trail__step"),
                               .p(.unwrap(Optional(date)) { Fragment.date($0, language) }, .text(" · \(body)")),
                               .p(.a(.href(url), .text(item))),
                               .unwrap(decision) { .p(.strong(.text(c(.decisionLabel) + ": ")), .text($0)) })
                case let .referred(date, from, to, toURL, purpose, due, progress):
                    return .li(.class("trail__step trail__step--referral"),
                               .p(.unwrap(date) { Fragment.date($0, language) }, .text(date == nil ? "" : " · "),
                                  .text("\(c(.sentFrom)) \(from) → "), .a(.href(toURL.path), .text(to)), .text(" \(c(purpose.text))"),
                                  .unwrap(due) { .group(.text(", \(c(.dueBy)) "), Fragment.date($0, language)) }),
                               .p(.class("muted"), Self.progress(progress, language)))
                }
            })
        )
    }

    private static func progress(_ progress: Step.Progress, _ language: Language) -> Node<HTML.BodyContext> {
        let c = language.cooperation
        return switch progress {
        case .waiting: .text(c(.waiting))
        case .scheduled: .text(c(.scheduled))
        case let .treated(date): .group(.text(c(.takenUp) + " "), Fragment.date(date, language))
        }
    }
}
