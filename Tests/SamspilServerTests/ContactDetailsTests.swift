import Fluent
import Foundation
@testable import SamspilServer
import SamspilCore
import Testing

/// Members read contact details; the public never sees them, nor what is not published.
@Suite("Contact details and visibility on the person page")
struct ContactDetailsTests {
    @Test(arguments: TestDatabase.all)
    func onlyMembersOfThePersonsBodySeeContactDetails(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let membership = try #require(try await MembershipModel.query(on: app.db).first())
            let person = try #require(try await PersonModel.find(membership.personID, on: app.db))
            person.email = "kontakt@example.dk"
            person.phone = "+45 12 34 56 78"
            try await person.save(on: app.db)
            let path = SiteURL.person(id: membership.personID).path

            let visitor = Browser(app)
            let publicPage = try await visitor.get(path)
            #expect(publicPage.status == .ok)
            #expect(!publicPage.body.string.contains("kontakt@example.dk"))
            #expect(!publicPage.body.string.contains("12 34 56 78"))

            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let member = try await accounts.createUser(email: "medlem@example.dk", name: "Mette Medlem",
                                                       password: "et-langt-kodeord-1", isAdministrator: false)
            try await accounts.grant(.member, in: membership.bodyID, to: member)
            let outsider = try await accounts.createUser(email: "anden@example.dk", name: "Anders Anden",
                                                         password: "et-langt-kodeord-2", isAdministrator: false)
            let otherBody = try #require(try await BodyModel.query(on: app.db).filter(\.$id != membership.bodyID).first())
            try await accounts.grant(.member, in: try otherBody.requireID(), to: outsider)

            let memberBrowser = Browser(app)
            try await memberBrowser.signIn("medlem@example.dk", "et-langt-kodeord-1")
            let memberPage = try await memberBrowser.get(path).body.string
            #expect(memberPage.contains("mailto:kontakt@example.dk"))
            #expect(memberPage.contains("+45 12 34 56 78"))

            let outsiderBrowser = Browser(app)
            try await outsiderBrowser.signIn("anden@example.dk", "et-langt-kodeord-2")
            #expect(!(try await outsiderBrowser.get(path).body.string.contains("kontakt@example.dk")))
        }
    }

    @Test(arguments: TestDatabase.all)
    func thePublicDoesNotSeeAttendanceOfDraftMinutes(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let meeting = try #require(try await MeetingModel.query(on: app.db).filter(\.$bodyID == (try await DemoBody.body(app)).id)
                .filter(\.$status == MeetingStatus.minutesApproved.rawValue).sort(\.$date, .descending).first())
            let row = try #require(try await AttendanceModel.query(on: app.db).filter(\.$meetingID == meeting.requireID()).first())
            let link = "/moeder/\(meeting.date)\""
            #expect(try await Browser(app).get(SiteURL.person(id: row.personID).path).body.string.contains(link))
            meeting.status = MeetingStatus.minutesDraft.rawValue
            try await meeting.save(on: app.db)
            let page = try await Browser(app).get(SiteURL.person(id: row.personID).path).body.string
            #expect(!page.contains(link), "an appearance at draft minutes is not public")
        }
    }
}
