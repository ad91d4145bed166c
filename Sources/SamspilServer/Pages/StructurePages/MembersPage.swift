import Fluent
import Foundation
import Plot
import SamspilCore

/// `/organer/BODY/medlemmer`: who sits in a body now and who sat in it before, each seat with its
/// organisation, role, title and period; for the body's secretary and administrators, the forms to add a
/// seat and to end one (`EndMembershipPage`).
enum MembersPage {
    struct Model {
        let body: Body
        let current: [Row]
        let former: [Row]
        let mayEdit: Bool
        let organisations: [Organisation]
        let people: [String]
        var form = StructureForms.MembershipForm()
        var notice: StructureText?
    }

    struct Row {
        let membership: Membership
        let person: Person
        let organisation: String?
    }

    static func query(_ context: BodyContext, today: CalendarDay, form: StructureForms.MembershipForm = .init(),
                      on database: any Database) async throws -> Model {
        let seats = try await MembershipModel.query(on: database).filter(\.$bodyID == context.body.id).all().map { try $0.domain() }
        let mayEdit = context.viewer.may(.edit, in: context.body.id)
        // Everyone only for the form's list of names; otherwise those who have sat in the body.
        var query = PersonModel.query(on: database)
        if !mayEdit { query = query.filter(\.$id ~~ Set(seats.map(\.personID))) }
        let people = try await query.sort(\.$name).all().map { try $0.domain() }
        let organisations = try await OrganisationModel.query(on: database).sort(\.$name).all().map { try $0.domain() }
        let rows = seats.compactMap { seat -> Row? in
            guard let person = people.first(where: { $0.id == seat.personID }) else { return nil }
            return Row(membership: seat, person: person,
                       organisation: seat.organisationID.flatMap { id in organisations.first { $0.id == id }?.name })
        }
        let isCurrent = { (row: Row) in row.membership.period.end.map { $0 >= today } ?? true }
        return Model(
            body: context.body,
            current: rows.filter(isCurrent).sorted { ($0.membership.role.rank, $0.person.name) < ($1.membership.role.rank, $1.person.name) },
            former: rows.filter { !isCurrent($0) }.sorted { ($0.membership.period.end?.iso ?? "", $0.person.name) > ($1.membership.period.end?.iso ?? "", $1.person.name) },
            mayEdit: mayEdit, organisations: organisations, people: people.map(\.name), form: form)
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.structure
        let body = model.body
        return Layout(context: context, title: "\(s(.membersTitle)) – \(body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(body, s(.membersTitle), language)).render(
            .h1(.text(s(.membersTitle)), .br(), .span(.class("muted"), .text(body.name))),
            .unwrap(model.notice) { Fragment.notice(s($0)) },
            .h2(.text(s(.currentMembers))),
            table(model.current, model: model, showsEnd: false, context: context),
            .h2(.text(s(.formerMembers))),
            table(model.former, model: model, showsEnd: true, context: context),
            .if(model.mayEdit, addForm(model, context: context))
        )
    }

    private static func table(_ rows: [Row], model: Model, showsEnd: Bool, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let s = language.structure
        guard !rows.isEmpty else { return Fragment.empty(s(.noMembers)) }
        return .table(
            .thead(.tr(.th(.text(s(.person))), .th(.text(s(.organisation))), .th(.text(s(.role))), .th(.text(s(.title))),
                       .th(.text(s(.from))), .if(showsEnd, .th(.text(s(.to)))),
                       .if(model.mayEdit && !showsEnd, .th(.span(.class("visually-hidden"), .text(s(.endMembership))))))),
            .tbody(.forEach(rows) { row in
                let seat = row.membership
                return .tr(
                    .td(.a(.href(SiteURL.person(id: row.person.id).path), .text(row.person.name))),
                    .td(.text(row.organisation ?? "–")),
                    .td(.text(language.name(of: seat.role))),
                    .td(.text(seat.title.map(ContactDetails.redacted) ?? "")),
                    .td(Fragment.date(seat.period.start, language)),
                    .if(showsEnd, .td(.unwrap(seat.period.end) { Fragment.date($0, language) })),
                    .if(model.mayEdit && !showsEnd, .td(.a(
                        .href(SiteURL.membershipEnd(bodySlug: model.body.slug, id: seat.id).path),
                        .attribute(named: "aria-label", value: "\(s(.endMembership)): \(row.person.name)".attributeEscaped),
                        .text(s(.endMembership)))))
                )
            })
        )
    }

    private static func addForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let s = language.structure
        let form = model.form
        func field(_ name: StructureForms.MembershipForm.Field, _ label: StructureText, hint: StructureText? = nil) -> FormField.Content {
            AdministrationPage.field(form, name, label, language: language, hint: hint)
        }
        return .section(
            .class("panel"),
            .h2(.text(s(.addMember))),
            AdministrationPage.errorSummary(form, language: language),
            .form(
                .method(.post), .action(SiteURL.members(bodySlug: model.body.slug).path),
                FormField.csrf(context),
                FormField.input(field(.person, .person, hint: .personHint), extra: [("list", "personer"), ("autocomplete", "off")]),
                FormField.datalist(id: "personer", model.people),
                .div(.class("form-field form-field--checkbox"),
                     .input(.type(.checkbox), .id("new_person"), .name("new_person"), .value("1"), .checked(form[.newPerson] == "1")),
                     .label(.for("new_person"), .text(s(.newPersonCheckbox)))),
                FormField.select(field(.organisation, .organisation),
                                 options: [("", s(.noOrganisation))] + model.organisations.map { ($0.id.lowercased, $0.name) }),
                FormField.select(field(.role, .role), options: Membership.Role.allCases.map { ($0.rawValue, language.name(of: $0)) }),
                FormField.input(field(.title, .title)),
                FormField.input(field(.start, .from), type: "date"),
                FormField.input(field(.end, .to), type: "date"),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(s(.addMemberButton))))
            )
        )
    }
}

/// `/organer/BODY/medlemmer/ID/afslut`: ends a seat on a day. A co-chair's seat asks who takes over.
enum EndMembershipPage {
    struct Model {
        let body: Body
        let seat: Membership
        let personName: String
        /// The body's other members on the day, who can take over a chair.
        let successors: [(value: String, label: String)]
        var endOn: String
        var successor = ""
        var error: StructureText?
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let s = language.structure
        let isChair = model.seat.role == .coChair
        return Layout(context: context, title: "\(s(.endMembershipTitle)): \(model.personName)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(model.body, s(.endMembershipTitle), language)).render(
            .h1(.text(s(.endMembershipTitle)), .br(), .span(.class("muted"), .text("\(model.personName) · \(language.name(of: model.seat.role))"))),
            .p(.text(s(.endMembershipIntro))),
            .unwrap(model.error) { .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(s($0)))) },
            .form(
                .method(.post), .action(SiteURL.membershipEnd(bodySlug: model.body.slug, id: model.seat.id).path),
                FormField.csrf(context),
                FormField.input(FormField.Content(name: "end", label: s(.endOn), value: model.endOn), type: "date"),
                .if(isChair, .group(
                    .p(.text(s(.successorIntro))),
                    FormField.select(FormField.Content(name: "successor", label: s(.successor), value: model.successor,
                                                       error: model.error == .successorUndecided || model.error == .successorNotSeated ? model.error.map(s) : nil),
                                     options: [("", "")] + model.successors + [("nobody", s(.nobodyYet))])
                )),
                .div(.class("actions"),
                     .button(.type(.submit), .class("button"), .text(s(.endButton))),
                     .a(.class("button button--secondary"), .href(SiteURL.members(bodySlug: model.body.slug).path),
                        .text(language.work(.cancel))))
            )
        )
    }
}
