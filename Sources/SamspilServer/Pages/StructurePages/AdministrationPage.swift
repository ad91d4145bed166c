import Fluent
import Foundation
import Plot
import SamspilCore

/// `/administration`: the administrator's overview of the structure, with the forms that add a body, an
/// organisation and a person; and the pages that edit one organisation or person.
enum AdministrationPage {
    struct Model {
        let bodies: [(body: Body, depth: Int)]
        let organisations: [Organisation]
        let people: [(person: Person, seats: Int)]
        var bodyForm = StructureForms.BodyForm()
        var organisationForm = StructureForms.OrganisationForm()
        var personForm = StructureForms.PersonForm()
        var notice: StructureText?

        static func query(on database: any Database) async throws -> Model {
            let seats = Dictionary(grouping: try await MembershipModel.query(on: database).all(\.$personID), by: { $0 }).mapValues(\.count)
            return Model(
                bodies: Body.hierarchyOrder(try await BodyModel.query(on: database).all().map { try $0.domain() }),
                organisations: try await OrganisationModel.query(on: database).sort(\.$name).all().map { try $0.domain() },
                people: try await PersonModel.query(on: database).sort(\.$name).all().map { try $0.domain() }
                    .map { ($0, seats[$0.id] ?? 0) })
        }
    }

    static func breadcrumbs(_ language: Language, _ title: String? = nil) -> [Layout.Crumb] {
        Layout.Crumb.list(language.register(.administrationTitle), at: .administration, entry: title, language)
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.structure
        return Layout(context: context, title: language.register(.administrationTitle), breadcrumbs: breadcrumbs(language)).render(
            .h1(.text(language.register(.administrationTitle))),
            .p(.class("lead"), .text(s(.administrationIntro))),
            .unwrap(model.notice) { Fragment.notice(s($0)) },
            .h2(.text(s(.bodiesTitle))),
            .table(
                .thead(.tr(.th(.text(s(.name))), .th(.text(s(.kind))), .th(.text(s(.cluster))), .th(.span(.class("visually-hidden"), .text(s(.edit)))))),
                .tbody(.forEach(model.bodies) { entry in
                    let body = entry.body
                    return .tr(
                        .td(.class("depth-\(min(entry.depth, 3))"), .a(.href(SiteURL.body(slug: body.slug).path), .text(body.name))),
                        .td(.text(language.name(of: body.kind))),
                        .td(.text(body.cluster ?? "–")),
                        .td(.a(.href(SiteURL.bodySettings(bodySlug: body.slug).path), .text(s(.settingsLink))), .text(" · "),
                            .a(.href(SiteURL.members(bodySlug: body.slug).path), .text(s(.membersLink))), .text(" · "),
                            .a(.href(SiteURL.termsOfReference(bodySlug: body.slug).path), .text(s(.termsLink))))
                    )
                })
            ),
            .section(.class("panel"), .h2(.text(s(.newBody))),
                     bodyForm(model.bodyForm, bodies: model.bodies.map(\.body), excluding: nil, restructures: true, action: .newBody,
                              button: .createBody, context: context)),
            .h2(.text(s(.organisationsTitle))),
            .table(
                .thead(.tr(.th(.text(s(.name))), .th(.text(s(.kind))))),
                .tbody(.forEach(model.organisations) { organisation in
                    .tr(.td(.a(.href(SiteURL.organisation(organisation.id).path), .text(organisation.name))),
                        .td(.text(language.name(of: organisation.kind))))
                })
            ),
            .section(.class("panel"), .h2(.text(s(.newOrganisation))),
                     organisationForm(model.organisationForm, action: .newOrganisation, button: .createOrganisation, context: context)),
            .h2(.text(s(.peopleTitle))),
            .table(
                .thead(.tr(.th(.text(s(.name))), .th(.text(s(.seats))), .th(.span(.class("visually-hidden"), .text(s(.edit)))))),
                .tbody(.forEach(model.people) { entry in
                    .tr(.td(.a(.href(SiteURL.person(id: entry.person.id).path), .text(entry.person.name))),
                        .td(.text(String(entry.seats))),
                        .td(.a(.href(SiteURL.personSettings(entry.person.id).path), .text(s(.edit)))))
                })
            ),
            .section(.class("panel"), .h2(.text(s(.newPerson))),
                     personForm(model.personForm, action: .newPerson, button: .createPerson, context: context))
        )
    }

    /// One organisation's or person's page: the form that edits it.
    static func renderRecord(title: String, form: Node<HTML.BodyContext>, context: PageContext) -> String {
        Layout(context: context, title: title, breadcrumbs: breadcrumbs(context.language, title)).render(.h1(.text(title)), form)
    }

    /// A field of a form of the structure; `prefix` keeps the ids of several forms on a page apart.
    static func field<F: StructureForm>(_ form: F, _ name: F.Field, _ label: StructureText, prefix: String? = nil, language: Language,
                                        hint: StructureText? = nil) -> FormField.Content {
        var content = FormField.Content(name: name.rawValue, label: language.structure(label), value: form[name],
                                        error: form.errors[name].map(language.structure), hint: hint.map(language.structure))
        content.idPrefix = prefix
        return content
    }

    static func errorSummary<F: StructureForm>(_ form: F, prefix: String? = nil, language: Language) -> Node<HTML.BodyContext> {
        FormField.errorSummary(F.Field.allCases.compactMap { name in
            form.errors[name].map { (id: prefix.map { "\($0)-\(name.rawValue)" } ?? name.rawValue, message: language.structure($0)) }
        }, title: language.bodyWork(.errorSummaryTitle))
    }

    /// A body's form. Who does not `restructure` (a secretary) sees the kind, parent and cluster, and
    /// changes only the name and the description.
    static func bodyForm(_ form: StructureForms.BodyForm, bodies: [Body], excluding: UUID?, restructures: Bool, action: SiteURL,
                         button: StructureText, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let s = language.structure
        func field(_ name: StructureForms.BodyForm.Field, _ label: StructureText, hint: StructureText? = nil) -> FormField.Content {
            AdministrationPage.field(form, name, label, prefix: "forum", language: language, hint: hint)
        }
        let parentName = bodies.first { $0.id.lowercased == form[.parent] }?.name ?? s(.noParent)
        return .group(
            errorSummary(form, prefix: "forum", language: language),
            .form(
                .method(.post), .action(action.path),
                FormField.csrf(context),
                FormField.input(field(.name, .name)),
                restructures ? .group(
                    FormField.select(field(.kind, .kind), options: Body.Kind.allCases.map { ($0.rawValue, language.name(of: $0)) }),
                    FormField.select(field(.parent, .parent), options: [("", s(.noParent))]
                        + Body.hierarchyOrder(bodies).filter { $0.body.id != excluding }
                            .map { ($0.body.id.lowercased, String(repeating: "– ", count: $0.depth) + $0.body.name) }),
                    FormField.input(field(.cluster, .cluster, hint: .clusterHint))
                ) : .dl(
                    .class("facts"),
                    .dt(.text(s(.kind))), .dd(.text(Body.Kind(rawValue: form[.kind]).map(language.name(of:)) ?? "")),
                    .dt(.text(s(.parent))), .dd(.text(parentName)),
                    .dt(.text(s(.cluster))), .dd(.text(form[.cluster].nilIfEmpty ?? "–")),
                    .dd(.class("muted"), .text(s(.restructureByAdministrators)))
                ),
                FormField.textarea(field(.summary, .summary), rows: 3),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(s(button))))
            )
        )
    }

    static func organisationForm(_ form: StructureForms.OrganisationForm, action: SiteURL, button: StructureText,
                                 context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .group(
            errorSummary(form, prefix: "organisation", language: language),
            .form(
                .method(.post), .action(action.path),
                FormField.csrf(context),
                FormField.input(field(form, .name, .name, prefix: "organisation", language: language)),
                FormField.select(field(form, .kind, .kind, prefix: "organisation", language: language),
                                 options: Organisation.Kind.allCases.map { ($0.rawValue, language.name(of: $0)) }),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(language.structure(button))))
            )
        )
    }

    static func personForm(_ form: StructureForms.PersonForm, action: SiteURL, button: StructureText,
                           context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .group(
            errorSummary(form, prefix: "person", language: language),
            .form(
                .method(.post), .action(action.path),
                FormField.csrf(context),
                FormField.input(field(form, .name, .name, prefix: "person", language: language)),
                FormField.input(field(form, .email, .email, prefix: "person", language: language), type: "email"),
                FormField.input(field(form, .phone, .phone, prefix: "person", language: language), type: "tel"),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(language.structure(button))))
            )
        )
    }
}
