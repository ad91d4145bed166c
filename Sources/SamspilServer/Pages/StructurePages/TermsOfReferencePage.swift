import Plot
import SamspilCore

/// `/organer/BODY/kommissorium`: the body's terms of reference in force, with the item that approved
/// them, and every earlier version; for the body's secretary, the form to record a new version.
enum TermsOfReferencePage {
    struct Model {
        let body: Body
        /// The version in force today: the newest approved on or before it.
        let current: Version?
        /// The other versions, the newest first: earlier ones, and one approved to come into force later.
        let others: [Version]
        let mayEdit: Bool
        var form = StructureForms.TermsForm()
        var notice: StructureText?

        struct Version {
            let terms: TermsOfReference
            let item: ItemReference?
            let recordedBy: String?
        }
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.structure
        let body = model.body
        return Layout(context: context, title: "\(s(.termsTitle)) – \(body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(body, s(.termsTitle), language)).render(
            .h1(.text(s(.termsTitle)), .br(), .span(.class("muted"), .text(body.name))),
            .p(.class("lead"), .text(s(.termsIntro))),
            .unwrap(model.notice) { Fragment.notice(s($0)) },
            model.current.map { current in
                .section(.h2(.text(s(.inForce))), approval(current, language: language), .div(.class("terms"), RichText.render(current.terms.text)))
            } ?? Fragment.empty(s(.noTerms)),
            .if(!model.others.isEmpty, .section(
                .h2(.text(s(.olderVersions))),
                .forEach(model.others) { version in
                    .element(named: "details", nodes: [
                        .element(named: "summary", text: "\(s(.approvedOn)) \(language.format(version.terms.approved))"),
                        approval(version, language: language),
                        RichText.render(version.terms.text),
                    ])
                }
            )),
            .if(model.mayEdit, addForm(model, context: context))
        )
    }

    private static func approval(_ version: Model.Version, language: Language) -> Node<HTML.BodyContext> {
        let s = language.structure
        return .p(.class("muted"),
                  .text("\(s(.approvedOn)) "), Fragment.date(version.terms.approved, language),
                  .unwrap(version.item) { item in .group(.text(". \(s(.approvedAt)) "), .a(.href(item.url), .text(item.title))) },
                  .unwrap(version.recordedBy) { .text(" (\(s(.recordedBy)) \($0))") })
    }

    private static func addForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let s = language.structure
        let form = model.form
        return .section(
            .class("panel"),
            .h2(.text(s(.addTerms))),
            AdministrationPage.errorSummary(form, language: language),
            .form(
                .class("form form--wide"), .method(.post), .action(SiteURL.termsOfReference(bodySlug: model.body.slug).path),
                FormField.csrf(context),
                FormField.input(AdministrationPage.field(form, .approved, .approvedOn, language: language), type: "date"),
                FormField.textarea(AdministrationPage.field(form, .text, .termsText, language: language), rows: 16),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(s(.addTermsButton))))
            )
        )
    }
}

/// `/organer/BODY/indstillinger`: a body's name, kind, parent, cluster and description, for the body's
/// secretary and administrators.
enum BodySettingsPage {
    static func render(body: Body, bodies: [Body], form: StructureForms.BodyForm, restructures: Bool, notice: StructureText?,
                       context: PageContext) -> String {
        let language = context.language
        let s = language.structure
        return Layout(context: context, title: "\(s(.settingsTitle)) – \(body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(body, s(.settingsTitle), language)).render(
            .h1(.text(s(.settingsTitle)), .br(), .span(.class("muted"), .text(body.name))),
            .unwrap(notice) { Fragment.notice(s($0)) },
            .p(.a(.href(SiteURL.members(bodySlug: body.slug).path), .text(s(.membersLink))), .text(" · "),
               .a(.href(SiteURL.termsOfReference(bodySlug: body.slug).path), .text(s(.termsLink)))),
            AdministrationPage.bodyForm(form, bodies: bodies, excluding: body.id, restructures: restructures,
                                        action: .bodySettings(bodySlug: body.slug), button: .saveSettings, context: context)
        )
    }
}
