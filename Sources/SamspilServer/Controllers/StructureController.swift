import Fluent
import Foundation
import SamspilCore
import Vapor

/// The administration of the structure. Administrators add bodies, organisations and people; a body's
/// secretary keeps its settings, seats and terms of reference. Everyone reads who sits in a body and its
/// terms of reference: both are public in a public body.
struct StructureController: Sendable {
    // MARK: Administration

    func administration(_ request: Request) async throws -> Response {
        try request.requireRight(request.viewer.isAdministrator)
        var model = try await AdministrationPage.Model.query(on: request.db)
        model.notice = request.notice()
        return .page(AdministrationPage.render(model, context: request.pageContext), for: request)
    }

    func createBody(_ request: Request) async throws -> Response {
        try requireAdministratorPosting(request)
        var form = StructureForms.BodyForm(posted: request.field)
        let bodies = try await BodyModel.query(on: request.db).all().map { try $0.domain() }
        guard let body = form.body(nil, bodies: bodies) else {
            return try await administrationRefused(request) { $0.bodyForm = form }
        }
        let created = try await Structure(database: request.db).create(body)
        return .redirect(to: .bodySettings(bodySlug: created.slug), notice: StructureText.bodyCreated)
    }

    func createOrganisation(_ request: Request) async throws -> Response {
        try requireAdministratorPosting(request)
        var form = StructureForms.OrganisationForm(posted: request.field)
        if let organisation = form.organisation(id: UUID()) {
            do {
                try await Structure(database: request.db).save(organisation)
                return .redirect(to: .administration, notice: StructureText.organisationCreated)
            } catch Structure.Problem.organisationNameTaken {
                form.errors[.name] = .organisationNameTaken
            }
        }
        return try await administrationRefused(request) { $0.organisationForm = form }
    }

    func organisation(_ request: Request) async throws -> Response {
        try request.requireRight(request.viewer.isAdministrator)
        let stored = try await OrganisationModel.find(try request.id("organisation"), on: request.db).orNotFound().domain()
        return organisationPage(stored, form: .init(stored), request: request)
    }

    func saveOrganisation(_ request: Request) async throws -> Response {
        try requireAdministratorPosting(request)
        let stored = try await OrganisationModel.find(try request.id("organisation"), on: request.db).orNotFound().domain()
        var form = StructureForms.OrganisationForm(posted: request.field)
        if let organisation = form.organisation(id: stored.id) {
            do {
                try await Structure(database: request.db).save(organisation)
                return .redirect(to: .administration, notice: StructureText.organisationSaved)
            } catch Structure.Problem.organisationNameTaken {
                form.errors[.name] = .organisationNameTaken
            }
        }
        return organisationPage(stored, form: form, request: request, status: .unprocessableEntity)
    }

    func createPerson(_ request: Request) async throws -> Response {
        try requireAdministratorPosting(request)
        var form = StructureForms.PersonForm(posted: request.field)
        guard let person = form.person(id: UUID()) else {
            return try await administrationRefused(request) { $0.personForm = form }
        }
        try await Structure(database: request.db).save(person)
        return .redirect(to: .person(id: person.id), notice: StructureText.personCreated)
    }

    func person(_ request: Request) async throws -> Response {
        try request.requireRight(request.viewer.isAdministrator)
        let stored = try await PersonModel.find(try request.id("person"), on: request.db).orNotFound().domain()
        return personPage(stored, form: .init(stored), request: request)
    }

    func savePerson(_ request: Request) async throws -> Response {
        try requireAdministratorPosting(request)
        let stored = try await PersonModel.find(try request.id("person"), on: request.db).orNotFound().domain()
        var form = StructureForms.PersonForm(posted: request.field)
        guard let person = form.person(id: stored.id) else {
            return personPage(stored, form: form, request: request, status: .unprocessableEntity)
        }
        try await Structure(database: request.db).save(person)
        return .redirect(to: .person(id: person.id), notice: StructureText.personSaved)
    }

    // MARK: A body's settings, seats and terms of reference

    func settings(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        let bodies = try await BodyModel.query(on: request.db).all().map { try $0.domain() }
        return .page(BodySettingsPage.render(body: context.body, bodies: bodies, form: .init(context.body),
                                             restructures: context.viewer.isAdministrator, notice: request.notice(),
                                             context: request.pageContext), for: request)
    }

    func saveSettings(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        let bodies = try await BodyModel.query(on: request.db).all().map { try $0.domain() }
        let restructures = context.viewer.isAdministrator
        var form = StructureForms.BodyForm(posted: request.field)
        if !restructures { form.keepPlace(of: context.body) }
        if let body = form.body(context.body, bodies: bodies) {
            do {
                try await Structure(database: request.db).save(body)
                return .redirect(to: .bodySettings(bodySlug: body.slug), notice: StructureText.bodySaved)
            } catch Structure.Problem.parentLoop {
                form.errors[.parent] = .parentLoop
            }
        }
        return .page(BodySettingsPage.render(body: context.body, bodies: bodies, form: form, restructures: restructures,
                                             notice: nil, context: request.pageContext),
                     status: .unprocessableEntity, for: request)
    }

    func members(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .readPublished)
        var model = try await MembersPage.query(context, today: .today(), on: request.db)
        model.notice = request.notice()
        return .page(MembersPage.render(model, context: request.pageContext), for: request)
    }

    func addMember(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var form = StructureForms.MembershipForm(posted: request.field)
        let people = try await PersonModel.query(on: request.db).all().map { try $0.domain() }
        let organisations = try await OrganisationModel.query(on: request.db).all().map { try $0.domain() }
        guard let (membership, newPerson) = form.membership(bodyID: context.body.id, people: people, organisations: organisations) else {
            let model = try await MembersPage.query(context, today: .today(), form: form, on: request.db)
            return .page(MembersPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        try await request.db.transaction { database in
            let structure = Structure(database: database)
            if let newPerson { try await structure.save(newPerson) }
            try await structure.add(membership)
        }
        return .redirect(to: .members(bodySlug: context.body.slug), notice: StructureText.memberAdded)
    }

    func endMembershipForm(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        let model = try await endModel(request, context: context, endOn: CalendarDay.today().iso)
        return .page(EndMembershipPage.render(model, context: request.pageContext), for: request)
    }

    func endMembership(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var model = try await endModel(request, context: context, endOn: request.field("end"))
        model.successor = request.field("successor")
        guard let day = CalendarDay(entered: model.endOn) else {
            model.error = .dateInvalid
            return .page(EndMembershipPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        let handover: MembershipChange.Handover?
        if model.successor == "nobody" {
            handover = .nobodyYet
        } else if let id = UUID(uuidString: model.successor), let successor = try await MembershipModel.find(id, on: request.db)?.domain() {
            handover = .to(successor)
        } else {
            handover = nil
        }
        do {
            try await Structure(database: request.db).end(model.seat, on: day, handover: handover)
        } catch let Structure.Problem.membership(problem) {
            model.error = problem.text
            return .page(EndMembershipPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        return .redirect(to: .members(bodySlug: context.body.slug), notice: StructureText.membershipEnded)
    }

    func termsOfReference(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .readPublished)
        var model = try await termsModel(context, request: request)
        model.notice = request.notice()
        return .page(TermsOfReferencePage.render(model, context: request.pageContext), for: request)
    }

    func addTermsOfReference(_ request: Request) async throws -> Response {
        let context = try await request.bodyContext(requiring: .edit)
        try CSRF.verify(request)
        var form = StructureForms.TermsForm(posted: request.field)
        guard let version = form.version(bodyID: context.body.id) else {
            var model = try await termsModel(context, request: request)
            model.form = form
            return .page(TermsOfReferencePage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        _ = try await Structure(database: request.db).add(version, recordedBy: context.viewer.name)
        return .redirect(to: .termsOfReference(bodySlug: context.body.slug), notice: StructureText.termsAdded)
    }

    // MARK: -

    /// The administration page again, with the refused form (set by `showing`) beside its errors.
    private func administrationRefused(_ request: Request, showing: (inout AdministrationPage.Model) -> Void) async throws -> Response {
        var model = try await AdministrationPage.Model.query(on: request.db)
        showing(&model)
        return .page(AdministrationPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
    }

    /// A form only administrators post: the right, then the form's CSRF token.
    private func requireAdministratorPosting(_ request: Request) throws {
        try request.requireRight(request.viewer.isAdministrator)
        try CSRF.verify(request)
    }

    private func organisationPage(_ organisation: Organisation, form: StructureForms.OrganisationForm, request: Request,
                                  status: HTTPResponseStatus = .ok) -> Response {
        let context = request.pageContext
        let form = AdministrationPage.organisationForm(form, action: .organisation(organisation.id), button: .save, context: context)
        return .page(AdministrationPage.renderRecord(title: organisation.name, form: form, context: context), status: status, for: request)
    }

    private func personPage(_ person: Person, form: StructureForms.PersonForm, request: Request,
                            status: HTTPResponseStatus = .ok) -> Response {
        let context = request.pageContext
        let form = AdministrationPage.personForm(form, action: .personSettings(person.id), button: .save, context: context)
        return .page(AdministrationPage.renderRecord(title: person.name, form: form, context: context), status: status, for: request)
    }

    private func endModel(_ request: Request, context: BodyContext, endOn: String) async throws -> EndMembershipPage.Model {
        guard let seat = try await MembershipModel.find(try request.id("membership"), on: request.db)?.domain(),
              seat.bodyID == context.body.id else { throw Abort(.notFound) }
        let person = try await PersonModel.find(seat.personID, on: request.db)?.domain()
        let day = CalendarDay(entered: endOn) ?? .today()
        let others = try await MembershipModel.query(on: request.db).filter(\.$bodyID == context.body.id).all().map { try $0.domain() }
            .filter { $0.personID != seat.personID && $0.isActive(on: day) && $0.role == .member }
        let names = Dictionary(uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(\.$id ~~ others.map(\.personID)).all()
            .map { try $0.domain() }.map { ($0.id, $0.name) })
        return EndMembershipPage.Model(
            body: context.body, seat: seat, personName: person?.name ?? "?",
            successors: others.compactMap { other in names[other.personID].map { (other.id.lowercased, $0) } }.sorted { $0.1 < $1.1 },
            endOn: endOn)
    }

    private func termsModel(_ context: BodyContext, request: Request) async throws -> TermsOfReferencePage.Model {
        let stored = try await Structure(database: request.db).termsOfReference(of: context.body.id)
        let items = try await ItemReference.load(stored.compactMap(\.terms.itemID), viewer: context.viewer, on: request.db)
        // The public reads the terms without contact details, and not which account recorded them.
        let readsEverything = context.viewer.may(.readEverything, in: context.body.id)
        let versions = stored.map { terms, recordedBy in
            var terms = terms
            if !readsEverything { terms.text = ContactDetails.redacted(in: terms.text) }
            return TermsOfReferencePage.Model.Version(terms: terms, item: terms.itemID.flatMap { items[$0] },
                                                      recordedBy: readsEverything ? recordedBy : nil)
        }
        let inForce = TermsOfReference.inForce(versions.map(\.terms), on: .today())
        return TermsOfReferencePage.Model(
            body: context.body, current: versions.first { $0.terms.id == inForce?.id },
            others: versions.filter { $0.terms.id != inForce?.id }, mayEdit: context.viewer.may(.edit, in: context.body.id))
    }
}
