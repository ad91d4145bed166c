import Plot
import SamspilCore

extension CasesPage {
    static func breadcrumbs(_ language: Language, _ title: String? = nil) -> [Layout.Crumb] {
        Layout.Crumb.list(language.register(.casesTitle), at: .cooperationCases, entry: title, language)
    }

    static func renderList(_ model: ListModel, context: PageContext) -> String {
        let language = context.language
        let r = language.register
        return Layout(context: context, title: r(.casesTitle), breadcrumbs: breadcrumbs(language)).render(
            .h1(.text(r(.casesTitle))),
            .p(.class("lead"), .text(r(.casesIntro))),
            .unwrap(model.notice) { Fragment.notice(r($0)) },
            model.rows.isEmpty ? Fragment.empty(r(.noCases)) : .table(
                .thead(.tr(.th(.text(r(.kind))), .th(.text(r(.title))), .th(.text(r(.owningBody))), .th(.text(r(.currentStage))),
                           .th(.text(r(.clustersDone))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(language.name(of: row.value.kind))),
                        .td(.a(.href(SiteURL.cooperationCase(row.value.id).path), .text(row.value.title))),
                        .td(.text(row.owner)),
                        .td(.text(row.current.map(language.name(of:)) ?? r(.allDone))),
                        .td(.text("\(row.clustersDone) / \(row.clusterCount)")))
                })
            ),
            .if(!model.owners.isEmpty, newCaseForm(model, context: context))
        )
    }

    private static func newCaseForm(_ model: ListModel, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let r = language.register
        let form = model.form
        func field(_ name: CaseForm.Field, _ label: RegisterText) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: r(label), value: form[name], error: form.errors[name].map(r))
        }
        return .section(
            .class("panel"),
            .h2(.text(r(.newCase))),
            FormField.errorSummary(CaseForm.Field.allCases.compactMap { name in form.errors[name].map { (id: name.rawValue, message: r($0)) } },
                                   title: language.bodyWork(.errorSummaryTitle)),
            .form(
                .method(.post), .action(SiteURL.cooperationCases.path),
                FormField.csrf(context),
                FormField.select(field(.kind, .kind), options: CooperationCase.Kind.allCases.map { ($0.rawValue, language.name(of: $0)) }),
                FormField.input(field(.title, .title)),
                FormField.select(field(.owner, .owningBody), options: [("", "")] + model.owners),
                FormField.textarea(field(.summary, .description), rows: 3),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(r(.createCase))))
            )
        )
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let r = language.register
        let value = model.value
        return Layout(context: context, title: value.title, breadcrumbs: breadcrumbs(language, value.title)).render(
            .h1(.text(value.title), .br(), .span(.class("muted"), .text(language.name(of: value.kind)))),
            .unwrap(model.notice) { Fragment.notice(r($0)) },
            .unwrap(model.refusal) { refusal in
                .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"),
                     .p(.a(.href("#\(refusal.key)-started"), .text("\(refusal.target): \(r(refusal.message))"))))
            },
            .dl(.class("facts"),
                .dt(.text(r(.owningBody))), .dd(.unwrap(model.owner) { .a(.href(SiteURL.body(slug: $0.slug).path), .text($0.name)) }),
                .dt(.text(r(.currentStage))), .dd(.text(model.current.map(language.name(of:)) ?? r(.allDone)))),
            .unwrap(value.summary) { RichText.render($0) },
            .h2(.text(r(.stagesTitle))),
            .ol(.class("stages"), .forEach(model.stages) { stage(_: $0, model: model, context: context) })
        )
    }

    private static func stage(_ row: StageRow, model: Model, context: PageContext) -> Node<HTML.ListContext> {
        let language = context.language
        let r = language.register
        let record = row.record
        let clusterItems = Set(row.clusters.flatMap { $0.items.map(\.itemID) })
        let ownItems = row.items.filter { !clusterItems.contains($0.itemID) }
        return .li(
            .class("stage stage--\(record.state.rawValue)" + (model.current == row.stage ? " stage--current" : "")),
            .h3(.text(language.name(of: row.stage)), .text(" "), .span(.class("tag tag--\(record.state.rawValue)"), .text(language.name(of: record.state)))),
            .p(.class("muted"), .text(stateText(record.started, record.completed, language: language))),
            .unwrap(record.note) { .p(.text($0)) },
            .if(!ownItems.isEmpty, .group(.h4(.text(r(.stageItems))), ItemReference.list(ownItems, language: language))),
            .if(!row.clusters.isEmpty, clusterTable(row, model: model, context: context)),
            .if(model.mayEdit, datesForm(
                DatesForm(key: formKey(row.stage), started: record.started, ended: record.completed, note: record.note, refusal: model.refusal),
                action: .caseStage(model.value.id, row.stage), summary: "\(r(.saveStage)): \(language.name(of: row.stage))",
                endLabel: r(.completedOn), button: r(.saveStage), context: context))
        )
    }

    private static func clusterTable(_ row: StageRow, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let r = language.register
        return .table(
            .caption(.text(r(.clustersTitle))),
            .thead(.tr(.th(.text(r(.clusterColumn))), .th(.text(r(.status))), .th(.text(r(.started))), .th(.text(r(.done))),
                       .th(.text(r(.stageItems))))),
            .tbody(.forEach(row.clusters) { cluster in
                let progress = cluster.progress
                return .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(cluster.body.cluster ?? cluster.body.name)),
                    .td(.span(.class("tag tag--\(progress.state.rawValue)"), .text(language.name(of: progress.state))),
                        .unwrap(progress.note) { .p(.class("muted"), .text($0)) }),
                    .td(.unwrap(progress.started) { Fragment.date($0, language) }),
                    .td(.unwrap(progress.done) { Fragment.date($0, language) }),
                    .td(ItemReference.list(cluster.items, language: language),
                        .if(cluster.mayEdit, datesForm(
                            DatesForm(key: formKey(row.stage, cluster.body), started: progress.started, ended: progress.done,
                                      note: progress.note, refusal: model.refusal),
                            action: .caseCluster(model.value.id, bodyID: cluster.body.id),
                            summary: "\(r(.saveCluster)): \(cluster.body.cluster ?? cluster.body.name)", endLabel: r(.done),
                            button: r(.saveCluster), context: context, extra: [("stage", row.stage.rawValue)])))
                )
            })
        )
    }

    private static func stateText(_ started: CalendarDay?, _ ended: CalendarDay?, language: Language) -> String {
        let r = language.register
        switch (started, ended) {
        case let (started?, ended?): return "\(language.format(started)) – \(language.format(ended))"
        case let (started?, nil): return "\(r(.since)) \(language.format(started))"
        default: return r(.stageNotStarted)
        }
    }

    /// The values of a form that records when a stage, or a cluster's part of it, started and ended: as
    /// stored, or as typed when the form was refused.
    struct DatesForm {
        let key: String
        let started: String
        let ended: String
        let note: String
        let error: RegisterText?

        init(key: String, started: CalendarDay?, ended: CalendarDay?, note: String?, refusal: Model.Refusal?) {
            self.key = key
            if let refusal, refusal.key == key {
                (self.started, self.ended, self.note, error) = (refusal.started, refusal.ended, refusal.note, refusal.message)
            } else {
                (self.started, self.ended, self.note, error) = (started?.iso ?? "", ended?.iso ?? "", note ?? "", nil)
            }
        }
    }

    /// The form in a disclosure, open when it was refused, with the reason beside its dates.
    private static func datesForm(_ form: DatesForm, action: SiteURL, summary: String, endLabel: String, button: String,
                                  context: PageContext, extra: [(String, String)] = []) -> Node<HTML.BodyContext> {
        let r = context.language.register
        let error = form.error.map(r)
        return .element(named: "details", nodes: [
            .if(form.error != nil, .attribute(named: "open", value: "open")),
            .element(named: "summary", text: summary),
            .form(
                .class("form"), .method(.post), .action(action.path),
                FormField.csrf(context),
                .forEach(extra) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                FormField.input(FormField.Content(name: "started", label: r(.started), value: form.started, error: error).withID(form.key),
                                type: "date"),
                FormField.input(FormField.Content(name: "ended", label: endLabel, value: form.ended).withID(form.key), type: "date"),
                FormField.textarea(FormField.Content(name: "note", label: r(.note), value: form.note).withID(form.key), rows: 2),
                .button(.type(.submit), .class("button button--secondary"), .text(button))
            ),
        ])
    }
}
