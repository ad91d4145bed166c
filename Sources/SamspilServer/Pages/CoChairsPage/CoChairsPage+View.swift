import Plot
import SamspilCore

extension CoChairsPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let c = language.cooperation
        let body = model.body
        return Layout(context: context, title: "\(c(.coChairsTitle)) – \(body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(body, c(.coChairsTitle), language)).render(
            .h1(.text(c(.coChairsTitle)), .br(), .span(.class("muted"), .text(body.name))),
            .unwrap(model.notice) { Fragment.notice(c($0)) },
            BodyWorkFragment.errorSummary(PeriodForm.Field.allCases.compactMap { field in
                model.form.errors[field].map { (id: field.rawValue, message: c($0)) }
            }, language),
            .h2(.text(c(.currentCoChairs))),
            model.current.isEmpty ? Fragment.empty(c(.noCurrentCoChairs)) : .ul(.class("plain-list"), .forEach(model.current) { chair in
                .li(.strong(.text(chair.organisation)), .text(" · " + (chair.person ?? c(.notNamed))),
                    .span(.class("muted"), .text(" (\(c(chair.side == .region ? .regionSide : .municipalSide)))")))
            }),
            .h2(.text(c(.planTitle))),
            .p(.text(c(.planIntro))),
            .if(!model.warnings.isEmpty, .div(
                .class("alert alert--warning"), .attribute(named: "role", value: "status"),
                .h3(.text(c(.warningsTitle))),
                .ul(.forEach(model.warnings) { .li(.text(language.describe($0, periods: model.periods.map(\.period)))) })
            )),
            model.periods.isEmpty ? Fragment.empty(c(.noPlan)) : planTable(model, context: context),
            .h2(.text(c(.rulesTitle))),
            .p(.class("muted"), .text(c(.rulesIntro))),
            model.mayEdit ? rulesForm(model, context: context) : .ul(.forEach(model.rules.filter(\.isOn)) { .li(.text(language.name(of: $0.rule))) }),
            .if(model.mayEdit, addForm(model, context: context))
        )
    }

    private static func planTable(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let c = language.cooperation
        return .table(
            .thead(.tr(.th(.text(c(.period))), .th(.text(c(.regionSide))), .th(.text(c(.municipalSide))),
                       .if(model.mayEdit, .th(.span(.class("visually-hidden"), .text(c(.deletePeriod))))))),
            .tbody(.forEach(model.periods) { row in
                let label = language.label(row.period)
                return .tr(
                    .td(.text(label), .if(row.isCurrent, .group(.text(" "), .span(.class("tag"), .text(c(.current)))))),
                    .td(.text(row.region)),
                    .td(.text(row.municipality)),
                    .if(model.mayEdit, .td(BodyWorkFragment.buttonForm(
                        action: .rotationPeriodDelete(bodySlug: model.body.slug, id: row.period.id), fields: [],
                        label: c(.deletePeriod), accessibleLabel: "\(c(.deletePeriod)): \(label)", context: context)))
                )
            })
        )
    }

    private static func rulesForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .form(
            .method(.post), .action(SiteURL.rotationRules(bodySlug: model.body.slug).path),
            FormField.csrf(context),
            .forEach(model.rules) { rule in
                .div(.class("form-field form-field--checkbox"),
                     .input(.type(.checkbox), .id("regel-\(rule.rule.rawValue)"), .name("rule[]"), .value(rule.rule.rawValue),
                            .checked(rule.isOn)),
                     .label(.for("regel-\(rule.rule.rawValue)"), .text(language.name(of: rule.rule))))
            },
            .div(.class("actions"), .button(.type(.submit), .class("button button--secondary"), .text(language.cooperation(.saveRules))))
        )
    }

    private static func addForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let c = context.language.cooperation
        let form = model.form
        func field(_ name: PeriodForm.Field, _ label: CooperationText, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: c(label), value: form[name], error: form.errors[name].map(c), hint: hint)
        }
        func options(_ side: RotationPlan.Side) -> [(value: String, label: String)] {
            [("", "")] + (model.organisations[side] ?? []).map { ($0.value, $0.label) }
        }
        let people = [("", "")] + model.people.map { (value: $0.value, label: $0.label) }
        return .section(
            .class("panel"),
            .h2(.text(c(.addPeriodTitle))),
            .form(
                .method(.post), .action(SiteURL.coChairs(bodySlug: model.body.slug).path),
                FormField.csrf(context),
                FormField.input(field(.from, .from, hint: c(.fromHint))),
                FormField.input(field(.to, .to)),
                .fieldset(.element(named: "legend", text: c(.regionSide)),
                          FormField.select(field(.regionOrganisation, .organisation), options: options(.region)),
                          FormField.select(field(.regionPerson, .personOptional), options: people)),
                .fieldset(.element(named: "legend", text: c(.municipalSide)),
                          FormField.select(field(.municipalOrganisation, .organisation), options: options(.municipality)),
                          FormField.select(field(.municipalPerson, .personOptional), options: people)),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(c(.addPeriod))))
            )
        )
    }
}
