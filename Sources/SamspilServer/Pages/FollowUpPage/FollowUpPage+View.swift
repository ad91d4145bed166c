import Plot
import SamspilCore

extension FollowUpPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let w = language.bodyWork
        let errors: [(id: String, message: String)] = model.refusedPutBack.map { refused in
            let text = model.open.first { $0.action.id == refused.actionID }?.action.text
            return [(id: dueFieldID(refused.actionID), message: (text.map { $0 + ": " } ?? "") + w(refused.error))]
        } ?? []
        return Layout(context: context, title: "\(w(.followUpTitle)) – \(model.body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(model.body, w(.followUpTitle), language)).render(
            .h1(.text(w(.followUpTitle)), .br(), .span(.class("muted"), .text(model.body.name))),
            BodyWorkFragment.sectionLinks(model.body, current: .followUp, mayEdit: model.mayEdit, language),
            .p(.class("lead"), .text(w(.followUpIntro))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            BodyWorkFragment.errorSummary(errors, language),
            .h2(.text("\(w(.openActions)) (\(model.open.count))")),
            model.open.isEmpty ? Fragment.empty(w(.noOpenActions)) : .ul(
                .class("plain-list"),
                .forEach(model.open) { openAction($0, model: model, context: context) }
            ),
            .h2(.text(w(.recentlyClosed))),
            model.closed.isEmpty ? Fragment.empty(w(.noClosedActions)) : .ul(
                .class("plain-list"),
                .forEach(model.closed) { closedAction($0, language: language) }
            )
        )
    }

    private static func openAction(_ entry: FollowUps.Entry, model: Model, context: PageContext) -> Node<HTML.ListContext> {
        let language = context.language
        let action = entry.action
        return .li(
            .id(anchor(action.id)),
            .p(.strong(.text(action.text))),
            facts(entry, overdueOn: model.today, language: language),
            .unwrap(entry.backlogDue) { due in
                .p(.span(.class("tag"), .text(language.bodyWork(.onAgendaBy) + " " + language.format(due))))
            },
            .if(model.mayEdit, commands(entry, model: model, context: context))
        )
    }

    private static func closedAction(_ entry: FollowUps.Entry, language: Language) -> Node<HTML.ListContext> {
        let w = language.bodyWork
        let action = entry.action
        let state: BodyWorkText = action.state == .dropped ? .stateDropped : .stateDone
        let closing = [w(state), action.closedBy.map { w(.by) + " " + $0 }, action.closedAt.map(language.format)]
            .compactMap { $0 }.joined(separator: " ")
        return .li(
            .id(anchor(action.id)),
            .p(.strong(.text(action.text))),
            .p(.span(.class(action.state == .done ? "tag tag--approved" : "tag"), .text(closing))),
            facts(entry, overdueOn: nil, language: language)
        )
    }

    /// "Ansvarlig: X · Frist: 1. maj 2024 Overskredet · Fra: 18. juni 2021, 4. Status".
    private static func facts(_ entry: FollowUps.Entry, overdueOn today: CalendarDay?, language: Language) -> Node<HTML.BodyContext> {
        let w = language.bodyWork
        let action = entry.action
        return .p(
            .class("muted"),
            .text(w(.owner) + ": " + (entry.ownerName.isEmpty ? "–" : entry.ownerName)),
            .unwrap(action.due) { due in
                .group(.text(" · " + w(.due) + ": "),
                       BodyWorkFragment.due(due, overdue: today.map { action.isOverdue(on: $0) } ?? false, language))
            },
            .unwrap(entry.place) { .group(.text(" · " + w(.source) + ": "), BodyWorkFragment.place($0, language)) }
        )
    }

    /// Udført, Droppet, and "Sæt på dagsordenen igen senest DATO".
    private static func commands(_ entry: FollowUps.Entry, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        let action = entry.action
        let url = SiteURL.followUpAction(bodySlug: model.body.slug, id: action.id)
        let refused = model.refusedPutBack?.actionID == action.id ? model.refusedPutBack : nil
        let fieldID = dueFieldID(action.id)
        let errorID = fieldID + "-error"
        return .div(
            .class("actions"),
            BodyWorkFragment.buttonForm(action: url, fields: [("do", Command.done.rawValue)], label: w(.markDone),
                                        accessibleLabel: "\(w(.markDone)): \(action.text)", context: context),
            BodyWorkFragment.buttonForm(action: url, fields: [("do", Command.dropped.rawValue)], label: w(.markDropped),
                                        accessibleLabel: "\(w(.markDropped)): \(action.text)", context: context),
            .form(
                .class("inline-form put-back"), .method(.post), .action(url.path),
                FormField.csrf(context),
                .input(.type(.hidden), .name("do"), .value(Command.backlog.rawValue)),
                .div(
                    .class(refused == nil ? "form-field" : "form-field form-field--error"),
                    .label(.for(fieldID), .text(w(.putBackBy))),
                    .unwrap(refused) { .p(.class("field-error"), .id(errorID), .text(w($0.error))) },
                    .input(.type(.date), .id(fieldID), .name("due"), .value((refused?.due ?? "").attributeEscaped), .required(true),
                           .attribute(named: "aria-invalid", value: refused.map { _ in "true" }),
                           .attribute(named: "aria-describedby", value: refused.map { _ in errorID }))
                ),
                .button(.type(.submit), .class("button button--secondary"), .text(w(.putBack)))
            )
        )
    }
}
