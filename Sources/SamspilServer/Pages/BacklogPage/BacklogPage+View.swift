import Plot
import SamspilCore

extension BacklogPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let w = language.bodyWork
        return Layout(context: context, title: "\(w(.backlogTitle)) – \(model.body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(model.body, w(.backlogTitle), language)).render(
            .h1(.text(w(.backlogTitle)), .br(), .span(.class("muted"), .text(model.body.name))),
            BodyWorkFragment.sectionLinks(model.body, current: .backlog, mayEdit: model.mayEdit, language),
            .p(.class("lead"), .text(w(.backlogIntro))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            // The summary is at the top, where it is seen; its links lead to the fields of the form below.
            BodyWorkFragment.errorSummary(errorList(model.form, language), language),
            .h2(.text("\(w(.backlogWaiting)) (\(model.waiting.count))")),
            model.waiting.isEmpty ? Fragment.empty(w(.backlogNoneWaiting)) : waitingTable(model, context: context),
            .if(model.mayEdit, addForm(model, context: context)),
            .if(!model.takenUp.isEmpty, .group(
                .h2(.text("\(w(.backlogTakenUp)) (\(model.takenUp.count))")),
                takenUpTable(model, context: context)
            ))
        )
    }

    private static func waitingTable(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        let t = language.text
        return .table(
            .thead(.tr(
                .th(.text(t(.title))), .th(.text(w(.proposedBy))), .th(.text(w(.proposedOn))), .th(.text(w(.dueBy))),
                .if(model.mayEdit, .th(.span(.class("visually-hidden"), .text(w(.actions)))))
            )),
            .tbody(.forEach(model.waiting) { row in
                let item = row.item
                return .tr(
                    .td(.text(item.title),
                        .unwrap(row.proposedAt) { .group(.br(), .span(.class("muted"), .text(w(.fromMeeting) + " ")),
                                                         BodyWorkFragment.place($0, language)) }),
                    .td(.text(item.proposedBy ?? "")),
                    .td(.unwrap(item.proposedOn) { Fragment.date($0, language) }),
                    .td(item.due.map { BodyWorkFragment.due($0, overdue: $0 < model.today, language) } ?? .text(w(.noDue))),
                    .if(model.mayEdit, .td(deleteButton(row, model: model, context: context)))
                )
            })
        )
    }

    private static func takenUpTable(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        return .table(
            .thead(.tr(
                .th(.text(language.text(.title))), .th(.text(w(.proposedBy))), .th(.text(w(.takenUpAt))),
                .if(model.mayEdit, .th(.span(.class("visually-hidden"), .text(w(.actions)))))
            )),
            .tbody(.forEach(model.takenUp) { row in
                .tr(
                    .td(.text(row.item.title)),
                    .td(.text(row.item.proposedBy ?? "")),
                    .td(.unwrap(row.takenUpAt) { BodyWorkFragment.place($0, language) }),
                    .if(model.mayEdit, .td(deleteButton(row, model: model, context: context)))
                )
            })
        )
    }

    private static func deleteButton(_ row: Model.Row, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let w = context.language.bodyWork
        return BodyWorkFragment.buttonForm(
            action: .backlogItemDelete(bodySlug: model.body.slug, id: row.item.id), fields: [], label: w(.delete),
            accessibleLabel: "\(w(.delete)): \(row.item.title)", context: context)
    }

    private static func errorList(_ form: Form, _ language: Language) -> [(id: String, message: String)] {
        Form.Field.allCases.compactMap { name in form.errors[name].map { (id: name.rawValue, message: language.bodyWork($0)) } }
    }

    private static func addForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        let form = model.form
        func field(_ name: Form.Field, _ label: String, _ value: String, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: label, value: value, error: form.errors[name].map(w),
                              hint: hint, required: name == .title)
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "tilfoej"),
            .h2(.id("tilfoej"), .text(w(.backlogAdd))),
            .form(
                .class("form"), .method(.post), .action(SiteURL.backlog(bodySlug: model.body.slug).path),
                FormField.csrf(context),
                FormField.input(field(.title, language.text(.title), form.title)),
                FormField.input(field(.proposedBy, w(.proposedBy), form.proposedBy, hint: w(.proposedByHint))),
                FormField.input(field(.proposedOn, w(.proposedOn), form.proposedOn), type: "date"),
                FormField.input(field(.due, w(.dueBy), form.due, hint: w(.dueHint)), type: "date"),
                .button(.type(.submit), .class("button"), .text(w(.backlogAdd)))
            )
        )
    }
}
