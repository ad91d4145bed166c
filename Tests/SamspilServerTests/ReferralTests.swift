import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// Cases between bodies: the steering group sends a draft agreement to every cluster for comments; each
/// cluster gets it on its list of coming items; the course of the case shows every step.
@Suite("Referrals between bodies")
struct ReferralTests {
    struct Case {
        let steeringGroup: SamspilCore.Body
        let meeting: Meeting
        let item: AgendaItem
        var editorPath: String
    }

    /// A published agenda of Sundhedsstyregruppen with the draft agreement on it.
    static func steeringGroupCase(_ app: Application) async throws -> Case {
        let body = try #require(try await BodyLookup.find(MeetingWork.otherSlug, on: app.db))
        let meeting = Meeting(bodyID: body.id, date: try #require(CalendarDay(iso: "2024-05-02")), start: TimeOfDay(hour: 13, minute: 0),
                              status: .agendaPublished)
        try await MeetingModel(meeting).create(on: app.db)
        let item = AgendaItem(meetingID: meeting.id, position: 0, number: 1, title: "Udkast til samarbejdsaftale om rygestop")
        try await AgendaStore(database: app.db).insert(item, at: nil, meeting: meeting)
        let path = SiteURL.meetingPart(bodySlug: body.slug, key: MeetingKey(date: meeting.date), .item(item.id)).path
        return Case(steeringGroup: body, meeting: meeting, item: item, editorPath: path)
    }

    @Test(arguments: TestDatabase.all)
    func aReferralToAllClustersReachesEachAndTheCourseShowsThemAll(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let setup = try await Self.steeringGroupCase(app)
            let secretary = try await Browser.signedIn(app, name: "Sara Sekretariat", password: Visitor.password,
                                                       role: (.secretary, in: setup.steeringGroup.id))
            #expect(try await secretary.get(setup.editorPath).body.string.contains("Send sagen videre"))

            let sent = try await secretary.post(setup.editorPath + "/henvis", ["clusters": "1", "purpose": "comments", "due": "2024-09-01"])
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location)?.hasPrefix(SiteURL.caseTrail(itemID: setup.item.id).path) == true)

            let clusters = try await BodyModel.query(on: app.db).filter(\.$kind == Body.Kind.clusterSteeringGroup.rawValue).all()
            #expect(clusters.count == 5)
            let referred = try await BacklogItemModel.query(on: app.db).filter(\.$sourceItemID == setup.item.id).all()
            #expect(referred.count == 5, "one backlog item for each cluster")
            #expect(Set(referred.map(\.bodyID)) == Set(clusters.compactMap(\.id)))
            #expect(referred.allSatisfy { $0.referral == "comments" && $0.dueOn == "2024-09-01" && $0.title == setup.item.title })
            #expect(referred.allSatisfy { $0.proposedBy == setup.steeringGroup.name })

            // The course, as the public reads it: every cluster, what is asked, still waiting.
            var trail = try await Browser(app).get(SiteURL.caseTrail(itemID: setup.item.id).path).body.string
            for cluster in clusters { #expect(trail.contains(cluster.name), "\(cluster.name)") }
            #expect(trail.components(separatedBy: "til kommentering").count - 1 == 5)
            #expect(trail.components(separatedBy: "venter på behandling").count - 1 == 5)

            // Midtklyngen takes it up at its next meeting: the course shows it treated there.
            let midt = try await DemoBody.body(app)
            let taken = try #require(referred.first { $0.bodyID == midt.id })
            let meeting = Meeting(bodyID: midt.id, date: try #require(CalendarDay(iso: "2024-06-14")), start: TimeOfDay(hour: 9, minute: 0),
                                  status: .agendaPublished)
            try await MeetingModel(meeting).create(on: app.db)
            let item = AgendaItem(meetingID: meeting.id, position: 0, number: 1, title: taken.title)
            try await AgendaStore(database: app.db).insert(item, at: nil, meeting: meeting)
            taken.scheduledItemID = item.id
            try await taken.save(on: app.db)

            trail = try await Browser(app).get(SiteURL.caseTrail(itemID: setup.item.id).path).body.string
            #expect(trail.components(separatedBy: "venter på behandling").count - 1 == 4)
            #expect(trail.contains("behandlet"))
            #expect(trail.contains(midt.name))
            // From the cluster's item the course is the same case; its meeting page links to it.
            let fromCluster = try await Browser(app).get(SiteURL.caseTrail(itemID: item.id).path).body.string
            #expect(fromCluster.contains(setup.steeringGroup.name) && fromCluster.contains("Randersklyngen"))
            let page = try await Browser(app).get(SiteURL.meeting(bodySlug: midt.slug, key: MeetingKey(date: meeting.date)).path).body.string
            #expect(page.contains(SiteURL.caseTrail(itemID: item.id).path))
        }
    }

    /// The demo's case: Midtklyngen's terms of reference of 18 June 2021 to Sundhedsstyregruppen and back,
    /// taken up again on 16 September 2022.
    @Test(arguments: TestDatabase.all)
    func theDemoCaseGoesFromTheClusterToTheSteeringGroupAndBack(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let item = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 2)
            let meetingPage = try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.approvedMeeting)).body.string
            let trailPath = SiteURL.caseTrail(itemID: try item.requireID()).path
            #expect(meetingPage.contains(trailPath))
            let trail = try await Browser(app).get(trailPath).body.string
            for text in ["Klyngestyregruppen for Midtklyngen", "Sundhedsstyregruppen", "til orientering", "til implementering",
                         "2021-09-02", "2022-09-16", "3. Revision af kommissorium for Midtklyngens sundhedssamarbejde"] {
                #expect(trail.contains(text), "missing: \(text)")
            }
            #expect(!trail.contains("venter på behandling"), "both referrals have been treated")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aReferralWithoutBodiesOrToItselfIsRefusedAndStoresNothing(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let setup = try await Self.steeringGroupCase(app)
            let secretary = try await Browser.signedIn(app, name: "Sara Sekretariat", password: Visitor.password,
                                                       role: (.secretary, in: setup.steeringGroup.id))
            try await secretary.get(setup.editorPath)
            let none = try await secretary.post(setup.editorPath + "/henvis", ["purpose": "comments"])
            #expect(none.status == .unprocessableEntity)
            #expect(none.body.string.contains("Vælg mindst ét forum."))
            let itself = try await secretary.post(setup.editorPath + "/henvis",
                                                  ["bodies[]": setup.steeringGroup.id.lowercased, "purpose": "decision"])
            #expect(itself.status == .unprocessableEntity)
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$sourceItemID == setup.item.id).count() == 0)
        }
    }

    @Test(arguments: [Visitor.anonymous, .member])
    func onlyTheSecretaryRefers(_ visitor: Visitor) async throws {
        try await withApp(.sqlite, demo: true) { app in
            let setup = try await Self.steeringGroupCase(app)
            let browser = try await visitor.browser(app, in: setup.steeringGroup)
            visitor.expect(try await browser.post(setup.editorPath + "/henvis", ["clusters": "1", "purpose": "comments"]),
                           for: .edit, allowed: .seeOther)
            #expect(try await BacklogItemModel.query(on: app.db).filter(\.$sourceItemID == setup.item.id).count() == 0)
        }
    }
}
