import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// A meeting's life cycle: planned -> agenda published -> held -> minutes draft -> minutes approved, one
/// confirmed step at a time, each in the audit trail; what the public sees at each stage; approving the
/// last minutes from the next meeting; approved minutes locked against changes of structure.
@Suite("Meeting life cycle")
struct LifeCycleTests {
    @Test(arguments: TestDatabase.all)
    func eachStepIsConfirmedBeforeItIsTaken(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
            let key = try await MeetingWork.newMeeting(secretary)
            let editor = try await secretary.get(MeetingWork.path(key, .editor)).page
            let link = MeetingWork.path(key, .status) + "?til=agendaPublished"
            #expect(editor.html.contains("href=\"\(link)\""), "the editor offers the next step")
            #expect(editor.html.contains(">Udsend dagsorden</a>"))

            let confirmation = try await secretary.get(link)
            #expect(confirmation.status == .ok)
            let page = confirmation.page
            #expect(page.html.contains("<h1>Udsend dagsorden</h1>"))
            #expect(page.html.contains("Dagsordenen bliver offentlig"))
            #expect(page.html.contains("action=\"\(MeetingWork.path(key, .status))\""))
            #expect(page.html.contains("name=\"til\" value=\"agendaPublished\""))
            #expect(page.html.contains("href=\"\(MeetingWork.path(key, .editor))\""), "a way back")
            #expect(try await MeetingWork.meeting(app, key).status == .planned, "asking changes nothing")
            #expect(try await AuditEntryModel.query(on: app.db).count() == 0)

            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            #expect(try await MeetingWork.meeting(app, key).status == .agendaPublished)
            let after = try await secretary.get(MeetingWork.path(key, .editor) + "?besked=stepDone").page
            #expect(after.html.contains("Mødets status er ændret."))
            #expect(after.html.contains("href=\"\(MeetingWork.path(key, .status))?til=held\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aStepCannotBeSkippedNorTakenBack(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let refused = MeetingWork.path(key, .editor) + "?besked=stepRefused"
            for target in ["held", "minutesDraft", "minutesApproved", "planned", "afholdt", ""] {
                let confirmation = try await secretary.get(MeetingWork.path(key, .status) + "?til=\(target)")
                #expect(confirmation.status == .seeOther, "no confirmation of \(target)")
                #expect(confirmation.location == refused)
            }
            let before = try await MeetingWork.snapshot(app)
            for target in ["held", "minutesDraft", "minutesApproved", "planned"] {
                let response = try await secretary.post(MeetingWork.path(key, .status), ["til": target])
                #expect(response.status == .seeOther)
                #expect(response.location == refused, "\(target) from planned")
            }
            let nonsense = try await secretary.post(MeetingWork.path(key, .status), ["til": "afholdt"])
            #expect(nonsense.status == .badRequest)
            #expect(try await MeetingWork.snapshot(app) == before, "no status and no audit entry changed")
            #expect(try await secretary.get(refused).body.string.contains("Skridtet kan ikke tages fra mødets nuværende status."))

            // The same step twice (two tabs): the second is refused.
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let twice = try await secretary.post(MeetingWork.path(key, .status), ["til": "agendaPublished"])
            #expect(twice.location == refused)
            #expect(try await AuditEntryModel.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyStepIsInTheAuditTrailOnTheMeetingPage(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
            let admin = try await MeetingWork.browser(app, .administrator, name: "Anders Admin")
            let key = try await MeetingWork.newMeeting(secretary)
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            try await MeetingWork.advance(secretary, key, to: .held)
            try await MeetingWork.advance(admin, key, to: .minutesDraft)
            try await MeetingWork.advance(secretary, key, to: .minutesApproved)
            #expect(try await MeetingWork.meeting(app, key).status == .minutesApproved)

            let page = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(page.html.contains("<h2 id=\"aendringslog\">Ændringslog</h2>"))
            let rows = page.between("<h2 id=\"aendringslog\">Ændringslog</h2>", and: "</tbody>").captures("<tr>(.*?)</tr>")
                .filter { !$0.contains("<th>") }
            #expect(rows.count == 4)
            let expected = [("Katrine Gimm", "Planlagt → Dagsorden udsendt"), ("Katrine Gimm", "Dagsorden udsendt → Afholdt"),
                            ("Anders Admin", "Afholdt → Udkast til referat"), ("Katrine Gimm", "Udkast til referat → Godkendt referat")]
            for (row, (name, change)) in zip(rows, expected) {
                #expect(row.contains("<td>\(name)</td>"), "\(row)")
                #expect(row.contains("<td>Status ændret</td>"), "\(row)")
                #expect(row.contains("<td>\(change)</td>"), "\(row)")
            }
            // At the end there is no further step.
            let editor = try await secretary.get(MeetingWork.path(key, .editor)).page
            #expect(editor.html.contains("Referatet er godkendt. Mødet er afsluttet."))
            #expect(!editor.html.contains("/status?til="))
        }
    }

    /// The public sees nothing of a planned meeting, the agenda once it is published, never the draft
    /// decisions, and the minutes once they are approved. Members read everything all along.
    @Test(arguments: TestDatabase.all)
    func thePublicSeesTheAgendaWhenPublishedAndTheMinutesWhenApproved(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let member = try await MeetingWork.browser(app, .member)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Kommissorium for TeleKOL", minutes: 30)
            let meetingLink = "href=\"\(MeetingWork.meetingPath(key))\""

            func publicPage() async throws -> TestingHTTPResponse { try await Browser(app).get(MeetingWork.meetingPath(key)) }
            func listed(_ browser: Browser, _ path: String) async throws -> Bool {
                try await browser.get(path).body.string.contains(meetingLink)
            }

            // Planned: for the public the meeting does not exist.
            #expect(try await publicPage().status == .notFound)
            #expect(!(try await listed(Browser(app), MeetingWork.bodyPath)))
            #expect(!(try await listed(Browser(app), "/")))
            #expect(try await member.get(MeetingWork.meetingPath(key)).status == .ok)
            #expect(try await listed(member, MeetingWork.bodyPath))

            // Published: the agenda.
            try await MeetingWork.advance(secretary, key, to: .agendaPublished)
            let agenda = try await publicPage()
            #expect(agenda.status == .ok)
            #expect(agenda.page.html.contains("<h1>Dagsorden: "))
            #expect(agenda.page.html.contains("3. Kommissorium for TeleKOL"))
            #expect(try await listed(Browser(app), MeetingWork.bodyPath))
            #expect(try await listed(Browser(app), "/"))

            // Held, with a decision written: the public still reads the agenda only.
            try await MeetingWork.advance(secretary, key, to: .held)
            let decision = "Klyngestyregruppen godkendte kommissoriet for TeleKOL."
            let saved = try await secretary.post(MeetingWork.path(key, .item(item)),
                                                 MeetingWork.itemFields(try await MeetingWork.item(app, item), ["decision": decision]))
            #expect(saved.status == .seeOther)
            for status in [MeetingStatus.held, .minutesDraft] {
                if status == .minutesDraft { try await MeetingWork.advance(secretary, key, to: .minutesDraft) }
                let page = try await publicPage().page
                #expect(page.html.contains("<h1>Dagsorden: "), "\(status)")
                #expect(!page.html.contains(decision), "the public does not read the draft decision (\(status))")
                #expect(page.count("class=\"decision\"") == 0)
                let members = try await member.get(MeetingWork.meetingPath(key)).page
                #expect(members.html.contains("<h1>Referat: "), "\(status)")
                #expect(members.html.contains(decision), "members read the draft (\(status))")
            }
            #expect(try await Browser(app).get(MeetingWork.path(key, .item(item))).status == .seeOther, "the editor stays closed")

            // Approved: the minutes are public.
            try await MeetingWork.advance(secretary, key, to: .minutesApproved)
            let minutes = try await publicPage().page
            #expect(minutes.html.contains("<h1>Referat: "))
            #expect(minutes.html.contains(decision))
        }
    }

    /// On the next meeting's "Godkendelse af referat fra sidste møde", the secretary approves the last
    /// meeting's draft minutes, confirms, and comes back to the item.
    @Test(arguments: TestDatabase.all)
    func theLastMinutesAreApprovedFromTheNextMeetingsItem(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
            let key = try await MeetingWork.newMeeting(secretary)
            #expect(try await MeetingWork.meeting(app, MeetingWork.draftMeeting).status == .minutesDraft)
            let approval = try await MeetingWork.items(app, key)[1]
            #expect(approval.title == "Godkendelse af referat fra sidste møde")
            let itemPath = MeetingWork.path(key, .item(approval.id))

            let item = try await secretary.get(itemPath).page
            #expect(item.html.contains("Udkastet til referat fra mødet den 16. september 2022: Udkast til referat."))
            let href = try #require(item.captures("<a class=\"button\" href=\"([^\"]*status\\?til=minutesApproved[^\"]*)\"").first)
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(href == MeetingWork.path(MeetingWork.draftMeeting, .status) + "?til=minutesApproved&tilbage=\(itemPath)")
            // Other items do not offer it.
            let other = try await secretary.get(MeetingWork.path(key, .item(try await MeetingWork.items(app, key)[0].id))).page
            #expect(!other.html.contains("til=minutesApproved"))

            let confirmation = try await secretary.get(href)
            #expect(confirmation.status == .ok)
            #expect(confirmation.page.html.contains("<h1>Godkend referatet</h1>"))
            #expect(confirmation.page.html.contains("name=\"tilbage\" value=\"\(itemPath)\""))
            #expect(try await MeetingWork.meeting(app, MeetingWork.draftMeeting).status == .minutesDraft)

            let response = try await secretary.post(MeetingWork.path(MeetingWork.draftMeeting, .status),
                                                    ["til": "minutesApproved", "tilbage": itemPath])
            #expect(response.status == .seeOther)
            #expect(response.location == itemPath + "?besked=stepDone")
            #expect(try await MeetingWork.meeting(app, MeetingWork.draftMeeting).status == .minutesApproved)

            let back = try await secretary.get(try #require(response.location)).page
            #expect(back.html.contains("Mødets status er ændret."))
            #expect(!back.html.contains("til=minutesApproved"), "nothing waits for approval any more")
            let previous = try await secretary.get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).page
            #expect(previous.html.contains("<td>Udkast til referat → Godkendt referat</td>"))
            #expect(previous.html.contains("<td>Katrine Gimm</td>"))
            // Now public: the draft's decisions are there for everyone.
            #expect(try await Browser(app).get(MeetingWork.meetingPath(MeetingWork.draftMeeting)).page.html.contains("<h1>Referat: "))
        }
    }

    /// The way back after a step is a path of this site only.
    @Test(arguments: TestDatabase.all)
    func aStepNeverSendsTheBrowserToAnotherSite(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let editor = MeetingWork.path(key, .editor) + "?besked=stepDone"
            var status = MeetingStatus.planned
            for back in ["https://evil.example/organer/x", "//evil.example/organer/x", "/organer//evil.example", "/organer/\\evil.example",
                         "/organer/x?y=1"] {
                guard let next = status.next else { break }
                let encoded = try #require(back.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
                let confirmation = try await secretary.get(MeetingWork.path(key, .status) + "?til=\(next.rawValue)&tilbage=\(encoded)")
                #expect(!confirmation.body.string.contains("name=\"tilbage\""), "\(back) is not offered")
                let response = try await secretary.post(MeetingWork.path(key, .status), ["til": next.rawValue, "tilbage": back])
                #expect(response.location == editor, "\(back)")
                status = next
            }
        }
    }

    /// The way back is shown in a hidden field and sent as a header: a crafted link cannot put markup in
    /// the page or a second header in the response.
    @Test(arguments: TestDatabase.all)
    func theWayBackCannotInjectMarkupOrHeaders(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let markup = "/organer/x\"><script>alert(5)</script>"
            let encoded = try #require(markup.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let confirmation = try await secretary.get(MeetingWork.path(key, .status) + "?til=agendaPublished&tilbage=\(encoded)")
            #expect(confirmation.status == .ok)
            #expect(!confirmation.body.string.contains("<script>alert(5)"))

            let header = "/organer/x\r\nSet-Cookie: samspil_session=stjaalet"
            let response = try await secretary.post(MeetingWork.path(key, .status), ["til": "agendaPublished", "tilbage": header])
            #expect(response.status == .seeOther)
            let location = try #require(response.location)
            #expect(!location.contains("\r") && !location.contains("\n"), "a header was written into Location: \(location.debugDescription)")
        }
    }

    /// Approved minutes are locked: the header, items, order and attachments no longer change.
    @Test(arguments: TestDatabase.all)
    func approvedMinutesRefuseChangesOfStructure(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            let key = try await MeetingWork.newMeeting(secretary)
            let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Kommissorium for TeleKOL")
            try await MeetingWork.upload(secretary, key: key, item: item, title: "Kommissorium", fileName: "kommissorium.pdf")
            let attachment = try #require(try await AttachmentModel.query(on: app.db).filter(\.$itemID == item).first()?.id)
            let backlog = try await MeetingWork.backlogItem(app, title: "Rehabilitering på tværs")
            try await MeetingWork.advance(secretary, key, through: .minutesApproved)

            let editor = try await secretary.get(MeetingWork.path(key, .editor)).page
            #expect(editor.html.contains("Referatet er godkendt og låst."))
            #expect(!editor.html.contains("Tilføj punkt") && !editor.html.contains("Flyt op") && !editor.html.contains(">Gem oplysninger<"))
            let itemPage = try await secretary.get(MeetingWork.path(key, .item(item))).page
            #expect(!itemPage.html.contains("Upload bilag"), "no upload form on locked minutes")

            let before = try await MeetingWork.snapshot(app)
            let refused: [(String, () async throws -> TestingHTTPResponse)] = [
                ("header", { try await secretary.post(MeetingWork.path(key, .editor), MeetingWork.header(date: key, location: "Andet sted")) }),
                ("item", { try await secretary.post(MeetingWork.path(key, .items), ["type": "item", "title": "For sent", "duration": "10"]) }),
                ("break", { try await secretary.post(MeetingWork.path(key, .items), ["type": "break", "break_duration": "10"]) }),
                ("backlog", { try await secretary.post(MeetingWork.path(key, .items), ["type": "backlog", "backlog": backlog.lowercased]) }),
                ("move", { try await secretary.post(MeetingWork.path(key, .itemMove(item)), ["retning": "op"]) }),
                ("delete", { try await secretary.post(MeetingWork.path(key, .itemDelete(item))) }),
                ("upload", { try await MeetingWork.upload(secretary, key: key, item: item, title: "Nyt", fileName: "nyt.pdf",
                                                          data: MeetingWork.pdf + Data("% ny\n".utf8)) }),
                ("attachment delete", { try await secretary.post(MeetingWork.path(key, .attachmentDelete(attachment))) }),
            ]
            for (name, send) in refused {
                let response = try await send()
                #expect(response.status == .conflict, "\(name): \(response.status)")
                #expect(try await MeetingWork.snapshot(app) == before, "\(name) changed approved minutes")
            }
        }
    }
}
