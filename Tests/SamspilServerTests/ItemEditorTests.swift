import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// One agenda item's page as a secretary writes it: texts, Markdown rendered safely, the decision once
/// the meeting is held, errors that keep what was typed, conflicts between two editors, and corrections
/// of approved minutes with their audit trail.
@Suite("Item editor")
struct ItemEditorTests {
    /// A planned meeting of 4 March 2030 with one item of the secretary's own.
    static func meetingWithItem(_ app: Application, secretaryName: String = "Katrine Gimm")
        async throws -> (secretary: Browser, key: String, item: UUID)
    {
        let secretary = try await MeetingWork.browser(app, .secretary, name: secretaryName)
        let key = try await MeetingWork.newMeeting(secretary)
        let item = try await MeetingWork.addItem(app, secretary, key: key, title: "Kommissorium for TeleKOL", minutes: 30)
        return (secretary, key, item)
    }

    static func version(_ page: HTMLInspection) -> String? {
        page.captures("name=\"version\" value=\"(\\d+)\"").first
    }

    @Test(arguments: TestDatabase.all)
    func savingAnItemStoresItsTextsAndRetimesTheAgenda(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            let form = try await secretary.get(MeetingWork.path(key, .item(id)))
            #expect(form.status == .ok)
            #expect(form.page.html.contains("<h1>3. Kommissorium for TeleKOL</h1>"))
            for field in ["title", "kind", "presenter_member", "presenter_other", "duration", "recommendation", "description"] {
                #expect(form.page.html.contains("<label for=\"\(field)\""), "\(field) has a label")
            }
            #expect(Self.version(form.page) == "1")

            let response = try await secretary.post(MeetingWork.path(key, .item(id)), MeetingWork.itemFields(try await MeetingWork.item(app, id), [
                "title": "Kommissorium for TeleKOL i Midtklyngen", "kind": "decision", "presenter_other": "Anja Østergaard",
                "duration": "45", "recommendation": "At klyngestyregruppen godkender kommissoriet.",
                "description": "Kommissoriet er udarbejdet af arbejdsgruppen.\n\nDet beskriver opgaven og tidsplanen.",
            ]))
            #expect(response.status == .seeOther)
            #expect(response.location == MeetingWork.path(key, .item(id)) + "?besked=itemSaved")

            let item = try await MeetingWork.item(app, id)
            let draft = ItemDraft(item)
            #expect(draft.title == "Kommissorium for TeleKOL i Midtklyngen")
            #expect(draft.kind == .decision)
            #expect(draft.presenter == "Anja Østergaard")
            #expect(draft.durationMinutes == 45)
            #expect(draft.recommendation == "At klyngestyregruppen godkender kommissoriet.")
            #expect(draft.description == "Kommissoriet er udarbejdet af arbejdsgruppen.\n\nDet beskriver opgaven og tidsplanen.")
            #expect(item.version == 2)
            #expect(try await MeetingWork.agenda(app, key)[2...3] == [
                "3 Kommissorium for TeleKOL i Midtklyngen 09:10-09:55", "4 Punkter til kommende møder 09:55-10:05",
            ], "a longer item moves the ones after it")

            let saved = try await secretary.get(try #require(response.location)).page
            #expect(saved.html.contains("Punktet er gemt."))
            #expect(Self.version(saved) == "2")
            let meeting = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(meeting.html.contains("3. Kommissorium for TeleKOL i Midtklyngen"))
            #expect(meeting.html.contains("v/ Anja Østergaard"))
            #expect(meeting.html.contains("<p>At klyngestyregruppen godkender kommissoriet.</p>"))
            #expect(meeting.html.contains("<p>Kommissoriet er udarbejdet af arbejdsgruppen.</p><p>Det beskriver opgaven og tidsplanen.</p>"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMemberCanBeChosenAsPresenter(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            let page = try await secretary.get(MeetingWork.path(key, .item(id))).page
            let options = page.field("presenter_member").captures("<option value=\"([0-9a-f-]{36})\">([^<]+)</option>")
            let member = try #require(options.first, "the body's members are offered")
            let name = try #require(page.field("presenter_member").captures("<option value=\"\(member)\">([^<]+)</option>").first)
            let response = try await secretary.post(MeetingWork.path(key, .item(id)),
                                                    MeetingWork.itemFields(try await MeetingWork.item(app, id), ["presenter_member": member]))
            #expect(response.status == .seeOther)
            let item = try await MeetingWork.item(app, id)
            #expect(item.presenterPersonID?.lowercased == member)
            #expect(item.presenter == name)
            let again = try await secretary.get(MeetingWork.path(key, .item(id))).page
            #expect(again.field("presenter_member").html.contains("<option value=\"\(member)\" selected=\"selected\">"))
        }
    }

    /// Texts are Markdown, and nothing in them becomes markup they did not ask for.
    @Test(arguments: TestDatabase.all)
    func markdownInTextsIsRenderedSafely(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            let recommendation = """
                At klyngestyregruppen godkender <script>alert("x")</script> kommissoriet:

                - første punkt
                - andet punkt

                Se [mere](javascript:alert(1)) og <img src=x onerror=alert(2)>.
                """
            let response = try await secretary.post(MeetingWork.path(key, .item(id)),
                                                    MeetingWork.itemFields(try await MeetingWork.item(app, id), ["recommendation": recommendation]))
            #expect(response.status == .seeOther)
            #expect(ItemDraft(try await MeetingWork.item(app, id)).recommendation == recommendation, "stored as written")

            for path in [MeetingWork.meetingPath(key), MeetingWork.path(key, .item(id))] {
                let html = try await secretary.get(path).body.string
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(!html.contains("href=\"javascript:"), "\(path)")
                #expect(html.contains("&lt;script&gt;"), "\(path) shows the text as written")
            }
            let meeting = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(meeting.html.contains("<li>første punkt</li><li>andet punkt</li>"))

            // A title is text too, wherever it is shown.
            let title = "<script>alert(3)</script> Kommissorium"
            let renamed = try await secretary.post(MeetingWork.path(key, .item(id)),
                                                   MeetingWork.itemFields(try await MeetingWork.item(app, id), ["title": title]))
            #expect(renamed.status == .seeOther)
            for path in [MeetingWork.meetingPath(key), MeetingWork.path(key, .item(id)), MeetingWork.path(key, .editor),
                         MeetingWork.path(key, .itemDelete(id))] {
                let html = try await secretary.get(path).body.string
                #expect(!html.contains("<script>alert(3)"), "\(path)")
                #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt; Kommissorium"), "\(path)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func theDecisionIsWrittenOnceTheMeetingIsHeld(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            for status in [MeetingStatus.planned, .agendaPublished] {
                if status != .planned { try await MeetingWork.advance(secretary, key, to: status) }
                let page = try await secretary.get(MeetingWork.path(key, .item(id))).page
                #expect(!page.html.contains("<textarea id=\"decision\""), "no decision field when \(status)")
                #expect(!page.html.contains("Beslutning / referat"), "\(status)")
            }
            try await MeetingWork.advance(secretary, key, to: .held)
            let page = try await secretary.get(MeetingWork.path(key, .item(id))).page
            #expect(page.html.contains("<label for=\"decision\">Beslutning / referat</label>"))
            #expect(page.html.contains("<textarea id=\"decision\""))

            let decision = "Kommissoriet blev godkendt med de faldne bemærkninger."
            let response = try await secretary.post(MeetingWork.path(key, .item(id)),
                                                    MeetingWork.itemFields(try await MeetingWork.item(app, id), ["decision": decision]))
            #expect(response.status == .seeOther)
            #expect(try await MeetingWork.item(app, id).decision == decision)
            let meeting = try await secretary.get(MeetingWork.meetingPath(key)).page
            #expect(meeting.between("<section class=\"decision\">", and: "</section>").html.contains(decision))
        }
    }

    @Test(arguments: TestDatabase.all)
    func anItemWithErrorsKeepsEverythingTyped(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            let before = try await MeetingWork.snapshot(app)
            let typed = ["title": "", "kind": "discussion", "presenter_other": "Anja Østergaard", "duration": "mange",
                         "recommendation": "At klyngestyregruppen drøfter sagen.", "description": "Første afsnit.\n\nAndet afsnit om æøå."]
            let response = try await secretary.post(MeetingWork.path(key, .item(id)), MeetingWork.itemFields(try await MeetingWork.item(app, id), typed))
            #expect(response.status == .unprocessableEntity)
            let page = response.page
            #expect(page.error(of: "title") == "Skriv punktets titel.")
            #expect(page.isInvalid("title"))
            #expect(page.error(of: "duration") == "Varigheden skal være et helt antal minutter fra 1 til 480.")
            #expect(page.isInvalid("duration"))
            #expect(page.html.contains("<a href=\"#title\">Skriv punktets titel.</a>"))
            #expect(page.value(of: "duration") == "mange")
            #expect(page.value(of: "presenter_other") == "Anja Østergaard")
            #expect(page.field("kind").html.contains("<option value=\"discussion\" selected=\"selected\">"))
            #expect(page.textarea("recommendation") == "At klyngestyregruppen drøfter sagen.")
            #expect(page.textarea("description") == "Første afsnit.\n\nAndet afsnit om æøå.")
            #expect(Self.version(page) == "1")
            #expect(try await MeetingWork.snapshot(app) == before)
        }
    }

    /// A case description is often long: a save of some pages of text goes through a real server, whose
    /// default limit on a posted form is 16 kB.
    @Test(arguments: TestDatabase.all)
    func aLongCaseDescriptionIsSaved(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (secretary, key, id) = try await Self.meetingWithItem(app)
            let paragraph = "Klyngen har i perioden arbejdet med tværsektorielle forløb for borgere med kronisk sygdom, "
                + "og arbejdsgruppen har samlet erfaringerne fra kommunerne, hospitalet og almen praksis."
            let description = Array(repeating: paragraph, count: 120).joined(separator: "\n\n")
            #expect(description.utf8.count > 20_000)
            let response = try await MeetingWork.livePost(app, secretary, MeetingWork.path(key, .item(id)),
                                                          MeetingWork.itemFields(try await MeetingWork.item(app, id), ["description": description]))
            // The live client follows the redirect after the save.
            #expect(response.status == .seeOther || response.status == .ok, "a description of \(description.utf8.count) bytes: \(response.status)")
            #expect(ItemDraft(try await MeetingWork.item(app, id)).description == description)
        }
    }

    // MARK: - Conflicts

    /// Two secretaries open the same item and both save: the first wins; the second gets 409 with the
    /// saved value beside their own, and nothing of the first is overwritten.
    @Test(arguments: TestDatabase.all)
    func theSecondOfTwoSavesGetsTheConflictPage(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (katrine, key, id) = try await Self.meetingWithItem(app)
            let jens = try await MeetingWork.browser(app, .secretary, name: "Jens Ølgaard")
            let path = MeetingWork.path(key, .item(id))
            let loaded = try await MeetingWork.item(app, id)
            #expect(Self.version(try await katrine.get(path).page) == "1")
            #expect(Self.version(try await jens.get(path).page) == "1")

            let first = try await katrine.post(path, MeetingWork.itemFields(loaded, ["recommendation": "Katrines indstilling"]))
            #expect(first.status == .seeOther)
            let second = try await jens.post(path, MeetingWork.itemFields(loaded, [
                "recommendation": "Jens' indstilling", "description": "Jens' sagsfremstilling",
            ]))
            #expect(second.status == .conflict)
            let page = second.page
            #expect(page.html.contains("En anden har gemt punktet imens"))
            let recommendation = page.between("<div class=\"conflict\">", and: "</textarea>")
            #expect(recommendation.html.contains("<blockquote>Katrines indstilling</blockquote>"), "the saved value")
            #expect(recommendation.html.contains("name=\"keep-recommendation\""))
            #expect(page.textarea("recommendation") == "Jens&#39; indstilling" || page.textarea("recommendation") == "Jens' indstilling",
                    "their own value stays in the field")
            #expect(page.html.contains("name=\"keep-description\""), "the description differs from the saved one too")
            #expect(!page.html.contains("name=\"keep-title\""), "the title does not differ")
            #expect(Self.version(page) == "2", "the next save merges with the saved version")

            let stored = ItemDraft(try await MeetingWork.item(app, id))
            #expect(stored.recommendation == "Katrines indstilling")
            #expect(stored.description == "")
            #expect(try await MeetingWork.item(app, id).version == 2)
        }
    }

    /// On the conflict page the second editor keeps the saved value of some fields and their own of the
    /// others, and saves: the merge is stored.
    @Test(arguments: TestDatabase.all)
    func theConflictPageMergesAndSaves(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (katrine, key, id) = try await Self.meetingWithItem(app)
            let jens = try await MeetingWork.browser(app, .secretary, name: "Jens Ølgaard")
            let path = MeetingWork.path(key, .item(id))
            let loaded = try await MeetingWork.item(app, id)
            try await katrine.post(path, MeetingWork.itemFields(loaded, ["recommendation": "Katrines indstilling", "duration": "20"]))
            let mine = MeetingWork.itemFields(loaded, ["recommendation": "Jens' indstilling", "description": "Jens' sagsfremstilling"])
            let conflict = try await jens.post(path, mine)
            #expect(conflict.status == .conflict)

            // Resubmitted as the page stands: Jens' fields, the saved version, "keep" ticked for the recommendation.
            var merge = mine
            let version: String = try #require(Self.version(conflict.page))
            merge["version"] = version
            merge["keep-recommendation"] = "1"
            merge["keep-duration"] = "1"
            let response = try await jens.post(path, merge)
            #expect(response.status == .seeOther)
            let stored = ItemDraft(try await MeetingWork.item(app, id))
            #expect(stored.recommendation == "Katrines indstilling", "kept as saved")
            #expect(stored.durationMinutes == 20, "kept as saved")
            #expect(stored.description == "Jens' sagsfremstilling", "Jens' own")
            #expect(try await MeetingWork.item(app, id).version == 3)

            // Without ticking anything, the resubmitted values are the ones that count.
            let reloaded = try await MeetingWork.item(app, id)
            try await katrine.post(path, MeetingWork.itemFields(reloaded, ["title": "Katrines titel"]))
            let again = try await jens.post(path, MeetingWork.itemFields(reloaded, ["title": "Jens' titel"]))
            #expect(again.status == .conflict)
            var resubmitted = MeetingWork.itemFields(reloaded, ["title": "Jens' titel"])
            let version2: String = try #require(Self.version(again.page))
            resubmitted["version"] = version2
            #expect(try await jens.post(path, resubmitted).status == .seeOther)
            #expect(try await MeetingWork.item(app, id).title == "Jens' titel")
        }
    }

    /// A conflict page is a snapshot too: if a third save comes in before the merge is sent, the merge is
    /// a conflict again, also when "keep the saved version" is ticked.
    @Test(arguments: TestDatabase.all)
    func aMergeFromAnOutdatedConflictPageIsAConflictAgain(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let (katrine, key, id) = try await Self.meetingWithItem(app)
            let jens = try await MeetingWork.browser(app, .secretary, name: "Jens Ølgaard")
            let path = MeetingWork.path(key, .item(id))
            let loaded = try await MeetingWork.item(app, id)
            try await katrine.post(path, MeetingWork.itemFields(loaded, ["recommendation": "Katrines indstilling"]))
            let mine = MeetingWork.itemFields(loaded, ["recommendation": "Jens' indstilling"])
            let conflict = try await jens.post(path, mine)
            #expect(conflict.status == .conflict)

            // Katrine saves again while Jens decides.
            let current = try await MeetingWork.item(app, id)
            let third = try await katrine.post(path, MeetingWork.itemFields(current, ["description": "Katrines sagsfremstilling"]))
            #expect(third.status == .seeOther)

            var merge = mine
            let version: String = try #require(Self.version(conflict.page))
            merge["version"] = version
            merge["keep-recommendation"] = "1"
            let response = try await jens.post(path, merge)
            #expect(response.status == .conflict, "Jens has not seen Katrine's description: \(response.status)")
            #expect(ItemDraft(try await MeetingWork.item(app, id)).description == "Katrines sagsfremstilling", "not overwritten")
        }
    }

    // MARK: - Approved minutes

    /// An item of the demo's approved minutes with a decision and texts of several lines.
    static func approvedItem(_ app: Application) async throws -> AgendaItem {
        let items = try await MeetingWork.items(app, MeetingWork.approvedMeeting)
        return try #require(items.first { item in
            let draft = ItemDraft(item)
            return item.number != nil && !draft.decision.isEmpty && (draft.recommendation + draft.description).contains("\n")
                && !item.title.contains("&") && !item.title.contains("\"")
        })
    }

    @Test(arguments: TestDatabase.all)
    func aCorrectionOfApprovedMinutesNeedsAReasonAndIsLogged(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
            let key = MeetingWork.approvedMeeting
            let item = try await Self.approvedItem(app)
            let path = MeetingWork.path(key, .item(item.id))
            let form = try await secretary.get(path).page
            #expect(form.html.contains("<label for=\"reason\">Begrundelse for rettelsen</label>"))

            let corrected = "Klyngestyregruppen tog orienteringen til efterretning. Rettet: datoen for næste status er 1. marts."
            let before = try await MeetingWork.snapshot(app)
            let missing = try await secretary.post(path, MeetingWork.itemFields(item, ["decision": corrected, "reason": ""]))
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.page.error(of: "reason") == "Skriv en begrundelse for rettelsen.")
            #expect(missing.page.isInvalid("reason"))
            #expect(missing.page.textarea("decision") == corrected, "the correction typed is kept")
            #expect(try await MeetingWork.snapshot(app) == before, "nothing saved, nothing logged")

            let reason = "Datoen var skrevet forkert i referatet."
            let response = try await secretary.post(path, MeetingWork.itemFields(item, ["decision": corrected, "reason": reason]))
            #expect(response.status == .seeOther)
            #expect(try await MeetingWork.item(app, item.id).decision == corrected)

            let entries = try await AuditEntryModel.query(on: app.db).all()
            #expect(entries.count == 1, "one field changed: \(entries.map(\.name))")
            let entry = try #require(entries.first)
            #expect(entry.name == "decision" && entry.before == ItemDraft(item).decision && entry.after == corrected)
            #expect(entry.userName == "Katrine Gimm" && entry.reason == reason && entry.itemID == item.id)

            let page = try await Browser(app).get(MeetingWork.meetingPath(key)).page
            let trail = page.between("<h2 id=\"aendringslog\">Ændringslog</h2>", and: "</table>")
            #expect(trail.html.contains("<td>Katrine Gimm</td>"), "who")
            #expect(trail.html.contains("<time datetime=\""), "when")
            #expect(trail.html.contains("<td>\(try #require(item.number)). \(item.title): Beslutning / referat</td>"), "what")
            #expect(trail.html.contains("<del>"), "before")
            #expect(trail.html.contains("<ins>\(corrected)</ins>"), "after")
            #expect(trail.html.contains("<td>\(reason)</td>"), "why")
            #expect(page.html.contains(corrected), "the corrected minutes are public")
        }
    }

    /// Imported minutes keep the numbers and times they were printed with (unnumbered parts such as
    /// "Mundtlige orienteringspunkter" included) when a secretary edits or corrects one of their items.
    @Test(arguments: TestDatabase.all)
    func editingAnImportedItemKeepsTheNumberingOfTheMinutes(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary)
            for key in ["2015-03-04", MeetingWork.approvedMeeting, MeetingWork.draftMeeting] {
                let before = try await MeetingWork.items(app, key)
                let item = try #require(before.first { $0.number != nil && ItemDraft($0).decision.isEmpty == false })
                let response = try await secretary.post(MeetingWork.path(key, .item(item.id)), MeetingWork.itemFields(item, [
                    "decision": ItemDraft(item).decision + " Tilføjet efter mødet.", "reason": "Tilføjelse fra formandskabet.",
                ]))
                #expect(response.status == .seeOther, "\(key): \(response.status)")
                let after = try await MeetingWork.items(app, key)
                #expect(after.map(\.number) == before.map(\.number), "\(key): the printed numbers are kept")
                #expect(after.map(\.start) == before.map(\.start), "\(key): the printed times are kept")
                #expect(after.map(\.title) == before.map(\.title), "\(key)")
            }
        }
    }

    /// A browser sends the lines of a textarea with CRLF. Correcting one field of approved minutes must log
    /// that field only, not every text that has more than one line.
    @Test(arguments: TestDatabase.all)
    func aCorrectionPostedByABrowserLogsOnlyTheFieldThatChanged(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let secretary = try await MeetingWork.browser(app, .secretary, name: "Katrine Gimm")
            let item = try await Self.approvedItem(app)
            var fields = MeetingWork.itemFields(item, ["decision": "Rettet beslutning.", "reason": "Stavefejl."])
            for field in ["recommendation", "description", "decision"] {
                fields[field] = fields[field]?.replacingOccurrences(of: "\n", with: "\r\n")
            }
            let response = try await secretary.post(MeetingWork.path(MeetingWork.approvedMeeting, .item(item.id)), fields)
            #expect(response.status == .seeOther)
            let entries = try await AuditEntryModel.query(on: app.db).all()
            #expect(entries.map(\.name) == ["decision"], "only the decision was corrected")
            let stored = ItemDraft(try await MeetingWork.item(app, item.id))
            #expect(!stored.recommendation.contains("\r") && !stored.description.contains("\r"), "texts are stored with plain line ends")
            #expect(stored.recommendation == ItemDraft(item).recommendation)
        }
    }
}
