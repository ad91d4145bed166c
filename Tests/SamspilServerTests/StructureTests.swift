import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The administration of the structure: bodies, organisations, people, seats and terms of reference.
@Suite("Administration of the structure")
struct StructureTests {
    @Test(arguments: TestDatabase.all)
    func anAdministratorAddsABodyAnOrganisationAndAPerson(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let midt = try await DemoBody.body(app)
            let admin = try await Visitor.administrator.browser(app, in: midt, warmUp: SiteURL.administration.path)
            let overview = try await admin.get(SiteURL.administration.path).body.string
            #expect(overview.contains("Opret et forum") && overview.contains("Viborg Kommune") && overview.contains("Maila Tandrup"))

            let body = try await admin.post(SiteURL.newBody.path, [
                "name": "Arbejdsgruppe for akutpladser", "kind": "workingGroup", "parent": midt.id.lowercased, "cluster": "Midtklyngen",
            ])
            #expect(body.status == .seeOther)
            let created = try #require(try await BodyModel.query(on: app.db).filter(\.$slug == "arbejdsgruppe-for-akutpladser").first())
            #expect(created.parentID == midt.id && created.kind == "workingGroup" && created.cluster == "Midtklyngen")
            #expect(try await admin.post(SiteURL.newBody.path, ["name": "  ", "kind": "workingGroup"]).status == .unprocessableEntity)

            #expect(try await admin.post(SiteURL.newOrganisation.path, ["name": "Favrskov Kommune", "kind": "municipality"]).status == .seeOther)
            let taken = try await admin.post(SiteURL.newOrganisation.path, ["name": "viborg kommune", "kind": "municipality"])
            #expect(taken.status == .unprocessableEntity && taken.body.string.contains("En anden organisation har allerede det navn."))
            #expect(try await OrganisationModel.query(on: app.db).filter(\.$name == "viborg kommune").count() == 0)
            let favrskov = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Favrskov Kommune").first())
            #expect(try await admin.post(SiteURL.organisation(try favrskov.requireID()).path, ["name": "Favrskov Kommune", "kind": "other"])
                .status == .seeOther)
            #expect(try await OrganisationModel.find(favrskov.id, on: app.db)?.kind == "other")

            #expect(try await admin.post(SiteURL.newPerson.path, ["name": "Birgitte Bach", "email": "bib@favrskov.dk"]).status == .seeOther)
            let person = try #require(try await PersonModel.query(on: app.db).filter(\.$name == "Birgitte Bach").first())
            #expect(try await admin.post(SiteURL.personSettings(try person.requireID()).path, ["name": "Birgitte Bach", "phone": "89 64 10 10"])
                .status == .seeOther)
            let edited = try #require(try await PersonModel.find(person.id, on: app.db))
            #expect(edited.phone == "89 64 10 10" && edited.email == nil)

            // A secretary keeps their own body's name and description; where and what it is (which decides
            // the rights in a cluster) stays the administrators'.
            let secretary = try await Visitor.secretary.browser(app, in: midt, warmUp: SiteURL.bodySettings(bodySlug: midt.slug).path)
            #expect(try await secretary.get(SiteURL.administration.path).status == .forbidden)
            #expect(try await secretary.post(SiteURL.newPerson.path, ["name": "Uden adgang"]).status == .forbidden)
            let renamed = try await secretary.post(SiteURL.bodySettings(bodySlug: midt.slug).path, [
                "name": "Klyngestyregruppen for Midtklyngen (Viborg)", "kind": "political", "parent": "", "cluster": "Vestklyngen",
            ])
            #expect(renamed.status == .seeOther)
            let afterRename = try await DemoBody.body(app)
            #expect(afterRename.name == "Klyngestyregruppen for Midtklyngen (Viborg)", "the key and addresses stay")
            #expect(afterRename.kind == .clusterSteeringGroup && afterRename.cluster == "Midtklyngen" && afterRename.parentID == midt.parentID)
            let loop = try await admin.post(SiteURL.bodySettings(bodySlug: midt.slug).path, [
                "name": "Klyngestyregruppen for Midtklyngen", "kind": "clusterSteeringGroup", "parent": try created.requireID().lowercased,
            ])
            #expect(loop.status == .unprocessableEntity && loop.body.string.contains("kan ikke ligge under sig selv"))
            #expect(try await DemoBody.body(app).parentID == midt.parentID)
            let unknown = try await admin.post(SiteURL.bodySettings(bodySlug: midt.slug).path, ["name": "X", "parent": UUID().uuidString])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("Vælg forummet over i listen."))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSeatThatEndsStaysInThePersonsHistoryAndAChairIsHandedOver(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let midt = try await DemoBody.body(app)
            let members = SiteURL.members(bodySlug: midt.slug).path
            let secretary = try await Visitor.secretary.browser(app, in: midt, warmUp: members)
            let organisation = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Skive Kommune").first()?.requireID())

            let unknown = try await secretary.post(members, ["person": "Nina Ny", "organisation": organisation.lowercased, "role": "member",
                                                             "start": "2025-01-01"])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("Opret som ny person"))
            #expect(try await PersonModel.query(on: app.db).filter(\.$name == "Nina Ny").count() == 0)
            let existing = try await secretary.post(members, ["person": "maila tandrup", "new_person": "1", "start": "2025-01-01"])
            #expect(existing.status == .unprocessableEntity && existing.body.string.contains("Der findes allerede en person med det navn"))
            let added = try await secretary.post(members, ["person": "Nina Ny", "new_person": "1", "organisation": organisation.lowercased,
                                                           "role": "member", "title": "sundhedschef", "start": "2025-01-01"])
            #expect(added.status == .seeOther)
            let nina = try #require(try await PersonModel.query(on: app.db).filter(\.$name == "Nina Ny").first()?.requireID())
            let ninasSeat = try #require(try await MembershipModel.query(on: app.db).filter(\.$personID == nina).first())

            // The demo's co-chair from Skive: ending the seat asks who takes over.
            let chair = try #require(try await MembershipModel.query(on: app.db).filter(\.$bodyID == midt.id)
                .filter(\.$role == "coChair").filter(\.$endsOn == nil).all().first)
            let chairID = try chair.requireID()
            let end = SiteURL.membershipEnd(bodySlug: midt.slug, id: chairID).path
            let form = try await secretary.get(end + "?").body.string
            #expect(form.contains("Hvem overtager formandsposten?") && form.contains("Nina Ny"))
            let undecided = try await secretary.post(end, ["end": "2025-06-30"])
            #expect(undecided.status == .unprocessableEntity && undecided.body.string.contains("Vælg, hvem der overtager formandsposten"))
            #expect(try await MembershipModel.find(chairID, on: app.db)?.endsOn == nil, "nothing changed")

            let handed = try await secretary.post(end, ["end": "2025-06-30", "successor": try ninasSeat.requireID().lowercased])
            #expect(handed.status == .seeOther)
            #expect(try await MembershipModel.find(chairID, on: app.db)?.endsOn == "2025-06-30")
            let ninasSeats = try await MembershipModel.query(on: app.db).filter(\.$personID == nina).sort(\.$startsOn).all()
            #expect(ninasSeats.map(\.role) == ["member", "coChair"])
            #expect(ninasSeats.map(\.endsOn) == ["2025-06-30", nil] && ninasSeats.last?.startsOn == "2025-07-01")
            #expect(ninasSeats.last?.organisationID == organisation && ninasSeats.last?.title == "sundhedschef")

            // The former co-chair's page still shows the seat, with its end.
            let person = try await Browser(app).get(SiteURL.person(id: chair.personID).path).body.string
            #expect(person.contains(midt.name) && person.contains("30. juni 2025"))
            let page = try await Browser(app).get(members).body.string
            #expect(page.contains("Tidligere medlemmer") && !page.contains("Afslut"), "the public reads the seats, and changes none")

            // An ordinary seat ends without asking; an end before the start is refused.
            let early = try await secretary.post(SiteURL.membershipEnd(bodySlug: midt.slug, id: try ninasSeats[1].requireID()).path,
                                                 ["end": "2025-01-01", "successor": "nobody"])
            #expect(early.status == .unprocessableEntity && early.body.string.contains("Slutdatoen ligger før startdatoen."))
            let member = try await Visitor.member.browser(app, in: midt, warmUp: members)
            #expect(try await member.post(members, ["person": "Nina Ny", "start": "2025-01-01"]).status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.all)
    func termsOfReferenceKeepEveryVersion(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let midt = try await DemoBody.body(app)
            let path = SiteURL.termsOfReference(bodySlug: midt.slug).path
            let demo = try await Browser(app).get(path).body.string
            let approvingItem = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 2)
            #expect(demo.contains("Gældende udgave") && demo.contains("18. juni 2021") && demo.contains("Voksentemagruppen for psykiatri"))
            #expect(demo.contains("#" + MeetingPage.anchor(of: try approvingItem.domain(sections: []))), "linked to the approving item")

            let secretary = try await Visitor.secretary.browser(app, in: midt, warmUp: path)
            let empty = try await secretary.post(path, ["approved": "2023-03-10", "text": ""])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Skriv kommissoriets tekst."))
            let added = try await secretary.post(path, ["approved": "10.3.2023", "text": "# Kommissorium\n\nSundhedsklyngen i Midtklyngen."])
            #expect(added.status == .seeOther)
            let page = try await Browser(app).get(path).body.string
            let current = try #require(page.components(separatedBy: "Andre udgaver").first)
            #expect(current.contains("10. marts 2023") && current.contains("Sundhedsklyngen i Midtklyngen."))
            #expect(page.contains("Andre udgaver") && page.contains("Godkendt 18. juni 2021"))
            #expect(try await TermsOfReferenceModel.query(on: app.db).filter(\.$bodyID == midt.id).count() == 2)

            let visitor = Browser(app)
            try await visitor.get(path)
            #expect(try await visitor.post(path, ["approved": "2024-01-01", "text": "Uden adgang"]).status == .seeOther)
            #expect(try await TermsOfReferenceModel.query(on: app.db).filter(\.$bodyID == midt.id).count() == 2)
        }
    }
}
