import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The initiatives register and the agreements followed through their stages, as secretaries and the
/// public use them, and the links from agenda items to both and to indicators.
@Suite("Initiatives and agreements")
struct RegisterTests {
    @Test(arguments: TestDatabase.all)
    func theDemoHasAnInitiativesTableAndAnAgreementFollowedToTheClusters(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let visitor = Browser(app)
            let register = try await visitor.get(SiteURL.initiatives.path).body.string
            for text in ["<h2>Midtklyngen</h2>", "<h2>Hele regionen</h2>", "Livets Afslutning", "Viborg Kommune", "Maila Tandrup",
                         "1. maj 2021 – 30. april 2022", "Fælles Gravidteam", "TeleKOL", "Sat på pause"] {
                #expect(register.contains(text), "missing: \(text)")
            }
            let filtered = try await visitor.get(SiteURL.initiatives.path + "?klynge=region&status=paused").body.string
            #expect(filtered.contains("TeleKOL") && !filtered.contains("Livets Afslutning") && !filtered.contains("Telemedicin til borgere med hjertesvigt"))

            // An initiative lists the items that discussed it; the item links back.
            let initiative = try #require(try await InitiativeModel.query(on: app.db).filter(\.$title == "Livets Afslutning").first())
            let page = try await visitor.get(SiteURL.initiative(try initiative.requireID()).path).body.string
            #expect(page.contains("8. Skriftlig orientering") && page.contains("Klyngestyregruppen for Midtklyngen"))
            let minutes = try await visitor.get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            #expect(minutes.contains(SiteURL.initiative(try initiative.requireID()).path))

            // The agreement: every stage, the current one, and how far each cluster has come.
            let cases = try await visitor.get(SiteURL.cooperationCases.path).body.string
            #expect(cases.contains("Samarbejdsaftale om den gode indlæggelse og udskrivelse") && cases.contains("2 / 5"))
            let agreement = try #require(try await CooperationCaseModel.query(on: app.db).first())
            let status = try await visitor.get(SiteURL.cooperationCase(try agreement.requireID()).path).body.string
            for text in ["Kommissorium", "Udarbejdelse", "Høring", "Godkendelse", "Implementering i klyngerne", "Sundhedsstyregruppen",
                         "Godkendt i Sundhedsstyregruppen, Sundhedskoordinationsudvalget", "Randersklyngen", "Horsensklyngen",
                         "15. december 2021", "8. Skriftlig orientering"] {
                #expect(status.contains(text), "missing: \(text)")
            }
            let clusterTable = try #require(status.components(separatedBy: "<table").last)
            #expect(clusterTable.components(separatedBy: "tag tag--done").count - 1 == 2, "two clusters are done")
            #expect(status.components(separatedBy: "stage stage--done").count - 1 == 4, "four stages are done")
            #expect(!status.contains("<form"), "the public changes nothing")
            #expect(minutes.contains(SiteURL.cooperationCase(try agreement.requireID()).path))
        }
    }

    @Test(arguments: [Visitor.anonymous, .memberOfAnotherBody, .member])
    func theContactsDetailsAreForTheClustersMembersOnly(_ visitor: Visitor) async throws {
        try await withApp(.sqlite, demo: true) { app in
            let contact = try #require(try await PersonModel.query(on: app.db).filter(\.$name == "Maila Tandrup").first())
            contact.email = "maila.tandrup@viborg.dk"
            try await contact.save(on: app.db)
            let initiative = try #require(try await InitiativeModel.query(on: app.db).filter(\.$title == "Livets Afslutning").first())
            initiative.description = "Spørgsmål til projektlederen på 87 87 87 87."
            try await initiative.save(on: app.db)
            let browser = try await visitor.browser(app, in: try await DemoBody.body(app))
            let page = try await browser.get(SiteURL.initiative(try initiative.requireID()).path).body.string
            let readsEverything = visitor == .member
            #expect(page.contains("maila.tandrup@viborg.dk") == readsEverything)
            #expect(page.contains("87 87 87 87") == readsEverything)
            #expect(page.contains("Maila Tandrup"), "the name is public")
        }
    }

    @Test(arguments: TestDatabase.all)
    func anIndicatorIsShownInsideTheItemWithItsFigures(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let minutes = try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            let item = try #require(minutes.components(separatedBy: "<article").dropFirst().first { $0.contains("6. Punkter til kommende klyngestyregruppemøder") })
            #expect(item.contains("<svg") && item.contains("Henvisninger til kommunale rygestopforløb"))
            #expect(item.contains("<table class=\"figures\"") && item.contains("2024-K4"), "the figures beside the chart")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSecretaryRegistersAnInitiativeOfTheirClusterAndBadInputStoresNothing(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let midt = try await DemoBody.body(app)
            let secretary = try await Visitor.secretary.browser(app, in: midt, warmUp: SiteURL.initiatives.path)
            #expect(try await secretary.get(SiteURL.initiatives.path).body.string.contains("Registrér et initiativ"))
            let before = try await InitiativeModel.query(on: app.db).count()

            let bad = try await secretary.post(SiteURL.initiatives.path, [
                "title": "", "owner": "body:" + midt.id.lowercased, "contact": "Ingen Findes", "start": "2025-03-01", "end": "2025-01-01",
            ])
            #expect(bad.status == .unprocessableEntity)
            let page = bad.body.string
            for text in ["Skriv en titel.", "Personen findes ikke i Samspil", "Slutdatoen ligger før startdatoen."] {
                #expect(page.contains(text), "missing: \(text)")
            }
            #expect(page.contains("value=\"Ingen Findes\""), "what was typed is kept")
            let steeringGroup = try #require(try await BodyLookup.find(MeetingWork.otherSlug, on: app.db))
            let notMine = try await secretary.post(SiteURL.initiatives.path, ["title": "Fremmed", "owner": "body:" + steeringGroup.id.lowercased])
            #expect(notMine.status == .unprocessableEntity && notMine.body.string.contains("du er sekretær for"))
            let otherCluster = try await secretary.post(SiteURL.initiatives.path,
                                                        ["title": "Fremmed klynge", "owner": "body:" + midt.id.lowercased, "cluster": "Vestklyngen"])
            #expect(otherCluster.status == .unprocessableEntity && otherCluster.body.string.contains("Vælg en klynge, du er sekretær i"))
            #expect(try await InitiativeModel.query(on: app.db).count() == before)

            let good = try await secretary.post(SiteURL.initiatives.path, [
                "title": "Akutteam i Midtklyngen", "owner": "body:" + midt.id.lowercased, "contact": "maila  tandrup",
                "start": "1.3.2025", "status": "ongoing", "description": "Fælles akutteam.",
            ])
            #expect(good.status == .seeOther)
            let stored = try #require(try await InitiativeModel.query(on: app.db).filter(\.$title == "Akutteam i Midtklyngen").first())
            #expect(stored.cluster == "Midtklyngen", "the cluster follows from the owning body")
            #expect(stored.startsOn == "2025-03-01" && stored.contactPersonID != nil)
            let edit = try await secretary.post(SiteURL.initiative(try stored.requireID()).path, [
                "title": "Akutteam i Midtklyngen", "owner": "body:" + midt.id.lowercased, "cluster": "Midtklyngen", "status": "completed",
                "start": "2025-03-01", "end": "2025-12-31",
            ])
            #expect(edit.status == .seeOther)
            let edited = try #require(try await InitiativeModel.find(try stored.requireID(), on: app.db))
            #expect(edited.status == "completed" && edited.endsOn == "2025-12-31" && edited.contactPersonID == nil)

            // The public reads it, but may not register one.
            let visitor = Browser(app)
            try await visitor.get(SiteURL.initiatives.path)
            let refused = try await visitor.post(SiteURL.initiatives.path, ["title": "Uden adgang", "owner": "body:" + midt.id.lowercased])
            #expect(refused.status == .seeOther && refused.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path) == true)
            let member = try await Visitor.member.browser(app, in: midt, warmUp: SiteURL.initiatives.path)
            #expect(try await member.post(SiteURL.initiatives.path, ["title": "Uden adgang"]).status == .forbidden)
            #expect(try await InitiativeModel.query(on: app.db).filter(\.$title == "Uden adgang").count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSecretaryLinksAnItemToAnInitiativeAStageAndAnIndicator(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let midt = try await DemoBody.body(app)
            let item = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 4)
            let itemID = try item.requireID()
            let editor = MeetingWork.path(MeetingWork.approvedMeeting, .item(itemID))
            let links = MeetingWork.path(MeetingWork.approvedMeeting, .itemLinks(itemID))
            let secretary = try await Visitor.secretary.browser(app, in: midt, warmUp: editor)
            #expect(try await secretary.get(editor).body.string.contains("Initiativer og sager"))

            let initiative = try #require(try await InitiativeModel.query(on: app.db).filter(\.$title == "TeleKOL").first()?.requireID())
            let agreement = try #require(try await CooperationCaseModel.query(on: app.db).first()?.requireID())
            let indicator = try #require(try await IndicatorModel.query(on: app.db).first()?.requireID())
            for (kind, target) in [("initiative", initiative.lowercased), ("case", "\(agreement.lowercased):approval"),
                                   ("indicator", indicator.lowercased)] {
                let response = try await secretary.post(links, ["action": "link", "kind": kind, "target": target])
                #expect(response.status == .seeOther, "\(kind)")
            }
            // Linking again changes nothing; an unknown stage is refused.
            try await secretary.post(links, ["action": "link", "kind": "initiative", "target": initiative.lowercased])
            #expect(try await InitiativeItemModel.query(on: app.db).filter(\.$itemID == itemID).count() == 1)
            #expect(try await secretary.post(links, ["action": "link", "kind": "case", "target": "\(agreement.lowercased):spread"]).status == .badRequest)
            #expect(try await secretary.post(links, ["action": "link", "kind": "initiative", "target": ""]).status == .unprocessableEntity)

            let minutes = try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            let article = try #require(minutes.components(separatedBy: "<article").first { $0.contains("id=\"\(MeetingPage.anchor(of: try item.domain(sections: [])))\"") })
            #expect(article.contains("TeleKOL") && article.contains("Godkendelse") && article.contains("<svg"))
            let status = try await Browser(app).get(SiteURL.cooperationCase(agreement).path).body.string
            #expect(status.contains(MeetingWork.meetingPath(MeetingWork.approvedMeeting) + "#"))

            try await secretary.post(links, ["action": "unlink", "kind": "initiative", "target": initiative.lowercased])
            #expect(try await InitiativeItemModel.query(on: app.db).filter(\.$itemID == itemID).count() == 0)

            // A member reads the minutes but links nothing.
            let member = try await Visitor.member.browser(app, in: midt, warmUp: MeetingWork.meetingPath(MeetingWork.approvedMeeting))
            #expect(try await member.post(links, ["action": "link", "kind": "initiative", "target": initiative.lowercased]).status == .forbidden)
            #expect(try await InitiativeItemModel.query(on: app.db).filter(\.$itemID == itemID).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theResponsibleBodyRecordsStagesAndEachClusterItsOwnProgress(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let steeringGroup = try #require(try await BodyLookup.find(MeetingWork.otherSlug, on: app.db))
            let owner = try await Visitor.secretary.browser(app, in: steeringGroup, warmUp: SiteURL.cooperationCases.path)
            let created = try await owner.post(SiteURL.cooperationCases.path, [
                "kind": "developmentTask", "title": "Fælles model for opsporing af underernæring", "owner": steeringGroup.id.lowercased,
            ])
            #expect(created.status == .seeOther)
            let task = try #require(try await CooperationCaseModel.query(on: app.db).filter(\.$kind == "developmentTask").first()?.requireID())
            let page = try await owner.get(SiteURL.cooperationCase(task).path).body.string
            for text in ["Ramme", "Udvikling og afprøvning", "Udbredelse til alle klynger"] { #expect(page.contains(text), "\(text)") }

            let stage = SiteURL.caseStage(task, .frame).path
            let bad = try await owner.post(stage, ["started": "", "ended": "2025-02-01", "note": "Skrevet før fejlen"])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("skriv også en startdato"))
            #expect(bad.body.string.contains("<details open") && bad.body.string.contains("Skrevet før fejlen"), "the form shows what was typed")
            #expect(try await CaseStageModel.query(on: app.db).filter(\.$caseID == task).count() == 0)
            #expect(try await owner.post(stage, ["started": "2025-01-06", "ended": "2025-02-01", "note": "Rammen godkendt."]).status == .seeOther)
            let frame = try #require(try await CaseStageModel.query(on: app.db).filter(\.$caseID == task).first())
            #expect(frame.startedOn == "2025-01-06" && frame.completedOn == "2025-02-01")

            // Midtklyngen's secretary records Midtklyngen's test, and nothing else.
            let midt = try await DemoBody.body(app)
            let cluster = try await Visitor.secretary.browser(app, in: midt, warmUp: SiteURL.cooperationCase(task).path)
            let own = try await cluster.post(SiteURL.caseCluster(task, bodyID: midt.id).path,
                                             ["stage": "developmentAndTest", "started": "2025-03-01"])
            #expect(own.status == .seeOther)
            #expect(try await CaseClusterModel.query(on: app.db).filter(\.$caseID == task).first()?.startedOn == "2025-03-01")
            let other = try #require(try await BodyLookup.find("vestklyngen-klyngestyregruppe", on: app.db))
            #expect(try await cluster.post(SiteURL.caseCluster(task, bodyID: other.id).path, ["stage": "spread", "started": "2025-03-01"])
                .status == .forbidden)
            #expect(try await cluster.post(SiteURL.caseStage(task, .approval).path, ["started": "2025-03-01"]).status == .forbidden)
            #expect(try await cluster.post(SiteURL.cooperationCases.path, ["title": "X", "owner": steeringGroup.id.lowercased])
                .status == .unprocessableEntity, "a secretary makes only their own bodies responsible")
        }
    }
}
