import Plot
import SamspilCore

extension InitiativesPage {
    static func breadcrumbs(_ language: Language, _ title: String? = nil) -> [Layout.Crumb] {
        Layout.Crumb.list(language.register(.initiativesTitle), at: .initiatives, entry: title, language)
    }

    static func renderList(_ model: ListModel, context: PageContext) -> String {
        let language = context.language
        let r = language.register
        return Layout(context: context, title: r(.initiativesTitle), breadcrumbs: breadcrumbs(language)).render(
            .h1(.text(r(.initiativesTitle))),
            .p(.class("lead"), .text(r(.initiativesIntro))),
            .unwrap(model.notice) { Fragment.notice(r($0)) },
            filter(model, language: language),
            model.tables.isEmpty ? Fragment.empty(r(.noInitiatives)) : .group(
                .p(.class("muted"), .text(r(.copyHint))),
                .forEach(model.tables) { table in
                    .section(.h2(.text(table.cluster ?? r(.regionWide))), initiativeTable(table.rows, language: language))
                }
            ),
            .if(model.mayCreate, .section(
                .class("panel"),
                .h2(.text(r(.newInitiative))),
                form(model.form, choices: model.choices, action: .initiatives, button: .createInitiative, context: context)
            ))
        )
    }

    /// The table as secretaries paste it into minutes: one row an initiative.
    private static func initiativeTable(_ rows: [Row], language: Language) -> Node<HTML.BodyContext> {
        let r = language.register
        return .table(
            .thead(.tr(.th(.text(r(.initiative))), .th(.text(r(.owner))), .th(.text(r(.contact))), .th(.text(r(.periodColumn))),
                       .th(.text(r(.status))), .th(.text(r(.items))))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.href(SiteURL.initiative(row.initiative.id).path), .text(row.initiative.title))),
                    .td(.text(row.owner)),
                    .td(.text(row.contact ?? "–")),
                    .td(.text(language.span(row.initiative.start, row.initiative.end))),
                    .td(.text(language.name(of: row.initiative.status))),
                    .td(.text(String(row.itemCount))))
            })
        )
    }

    private static func filter(_ model: ListModel, language: Language) -> Node<HTML.BodyContext> {
        let r = language.register
        return .form(
            .class("filters"), .method(.get), .action(SiteURL.initiatives.path),
            FormField.select(FormField.Content(name: "klynge", label: r(.cluster), value: model.clusterFilter).withID("filter"),
                             options: [("", r(.allClusters))] + model.clusters.map { ($0, $0) } + [("region", r(.regionWide))]),
            FormField.select(FormField.Content(name: "status", label: r(.status), value: model.statusFilter?.rawValue ?? "").withID("filter"),
                             options: [("", r(.allStatuses))] + Initiative.Status.allCases.map { ($0.rawValue, language.name(of: $0)) }),
            .button(.type(.submit), .class("button button--secondary"), .text(r(.filter)))
        )
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let r = language.register
        let initiative = model.row.initiative
        return Layout(context: context, title: initiative.title, breadcrumbs: breadcrumbs(language, initiative.title)).render(
            .h1(.text(initiative.title)),
            .unwrap(model.notice) { Fragment.notice(r($0)) },
            .dl(.class("facts"),
                .dt(.text(r(.cluster))), .dd(.text(initiative.cluster ?? r(.regionWide))),
                .dt(.text(r(.owner))), .dd(.text(model.row.owner)),
                .dt(.text(r(.contact))), .dd(.text(([model.row.contact ?? "–"] + model.contactDetails).joined(separator: " · "))),
                .dt(.text(r(.periodColumn))), .dd(.text(language.span(initiative.start, initiative.end))),
                .dt(.text(r(.status))), .dd(.text(language.name(of: initiative.status)))),
            .unwrap(initiative.description) { RichText.render(model.readsEverything ? $0 : ContactDetails.redacted(in: $0)) },
            .h2(.text(r(.items))),
            model.items.isEmpty ? Fragment.empty(r(.noItems)) : ItemReference.list(model.items, language: language),
            .if(model.mayEdit, .group(
                .p(.class("muted"), .text(r(.itemsIntro))),
                .section(.class("panel"), .h2(.text(r(.editInitiative))),
                         form(model.form, choices: model.choices, action: .initiative(initiative.id), button: .saveInitiative, context: context))
            ))
        )
    }

    private static func form(_ form: InitiativeForm, choices: Choices, action: SiteURL, button: RegisterText,
                             context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let r = language.register
        func field(_ name: InitiativeForm.Field, _ label: RegisterText, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: r(label), value: form[name], error: form.errors[name].map(r), hint: hint)
        }
        let owners = [("", "")] + choices.bodies.map { ($0.value, "\(r(.ownerBody)): \($0.label)") }
            + choices.organisations.map { ($0.value, "\(r(.ownerOrganisation)): \($0.label)") }
        return .group(
            FormField.errorSummary(InitiativeForm.Field.allCases.compactMap { name in form.errors[name].map { (id: name.rawValue, message: r($0)) } },
                                   title: language.bodyWork(.errorSummaryTitle)),
            .form(
                .method(.post), .action(action.path),
                FormField.csrf(context),
                FormField.input(field(.title, .title)),
                FormField.select(field(.owner, .owner), options: owners),
                FormField.select(field(.cluster, .cluster), options: [("", r(.regionWide))] + choices.clusters.map { ($0, $0) }),
                FormField.input(field(.contact, .contact, hint: r(.contactHint)), extra: [("list", "personer"), ("autocomplete", "off")]),
                FormField.datalist(id: "personer", choices.people),
                FormField.input(field(.start, .start), type: "date"),
                FormField.input(field(.end, .end), type: "date"),
                FormField.select(field(.status, .status), options: Initiative.Status.allCases.map { ($0.rawValue, language.name(of: $0)) }),
                FormField.textarea(field(.description, .description), rows: 4),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(r(button))))
            )
        )
    }
}

extension ItemReference {
    /// The items as a list: date, body, and the item's title as a link to it in its meeting.
    static func list(_ references: [ItemReference], language: Language) -> Node<HTML.BodyContext> {
        .ul(.class("plain-list"), .forEach(references) { reference in
            .li(Fragment.date(reference.date, language), .text(" · \(reference.bodyName): "), .a(.href(reference.url), .text(reference.title)))
        })
    }
}
