import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The OParl 1.1 API, walked as a client walks it from the System object over the demo, with an
/// unpublished meeting and a deleted item added: every object valid against the official schemas, the
/// rules the schemas do not check, no broken link, nothing unpublished.
@Suite("OParl API")
struct OParlTests {
    static let secret = "Hemmeligt punkt om budget 2031"

    /// The demo plus: a planned meeting whose agenda is not out, and an item deleted from a published agenda.
    struct Setup {
        let unpublishedMeeting: UUID
        let unpublishedItem: UUID
        let deletedItem: UUID
        let deletedAt: Date
        /// Decisions of the draft minutes, which the public must not read yet.
        let draftDecisions: [String]
    }

    static func prepare(_ app: Application) async throws -> Setup {
        let body = try await DemoBody.body(app)
        let planned = Meeting(bodyID: body.id, date: try #require(CalendarDay(year: 2031, month: 3, day: 4)),
                              start: TimeOfDay(hour: 9, minute: 0), location: "Et lokale ingen kender endnu")
        try await MeetingModel(planned).create(on: app.db)
        let item = AgendaItem(meetingID: planned.id, position: 0, number: 1, title: secret)
        try await AgendaStore(database: app.db).insert(item, at: nil, meeting: planned)

        let draft = try await DemoBody.meeting(app, on: MeetingWork.draftMeeting)
        #expect(draft.status == .minutesDraft)
        let draftItems = try await AgendaItemModel.query(on: app.db).filter(\.$meetingID == draft.id).all(\.$id)
        let decisions = try await ItemSectionModel.query(on: app.db).filter(\.$itemID ~~ draftItems)
            .filter(\.$kind == SectionKind.decision.rawValue).all(\.$text).filter { $0.count > 30 }
        #expect(!decisions.isEmpty, "the demo's draft minutes should have decisions to keep private")

        let approved = try await DemoBody.meeting(app, on: MeetingWork.approvedMeeting)
        // Contact details in published free text, which the public's copy leaves out, as the pages do.
        let decided = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 2)
        decided.title += " (spørgsmål til Anna på 86 12 34 56)"
        try await decided.save(on: app.db)
        try await ItemSectionModel(itemID: try decided.requireID(), position: 99,
                                   section: .init(kind: .decision, text: "Kontakt sekretariatet på 23 45 67 89.")).create(on: app.db)
        try await MeetingModel.query(on: app.db).filter(\.$id == approved.id).set(\.$location, to: "RH Viborg, ring 71 72 73 74").update()
        // A matter referred from the published minutes, and one from the planned meeting, which stays hidden.
        let steeringGroup = try #require(try await BodyLookup.find(MeetingWork.otherSlug, on: app.db))
        let referred = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 3).domain(sections: [])
        let today = try #require(CalendarDay(iso: "2021-06-18"))
        try await Referrals(database: app.db).refer(referred, of: body, to: [steeringGroup.id], purpose: .decision, due: nil, today: today)
        try await Referrals(database: app.db).refer(item, of: body, to: [steeringGroup.id], purpose: .comments, due: nil, today: today)
        let doomed = try await DemoBody.item(app, meeting: MeetingWork.approvedMeeting, number: 8)
        let before = Date()
        try await AgendaStore(database: app.db).delete(try doomed.requireID(), meeting: approved)
        return Setup(unpublishedMeeting: planned.id, unpublishedItem: item.id, deletedItem: try doomed.requireID(),
                     deletedAt: before, draftDecisions: decisions)
    }

    @Test(arguments: TestDatabase.all)
    func walkingTheWholeAPIFindsEveryLinkValidAndNothingUnpublished(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let setup = try await Self.prepare(app)
            let walk = try await OParlWalk.walk(app)

            // No broken link, JSON everywhere, CORS everywhere.
            #expect(walk.responses.count > 50)
            for (url, response) in walk.responses {
                #expect(response.status == .ok, "\(url) answered \(response.status)")
                #expect(response.headers.first(name: "Access-Control-Allow-Origin") == "*", "\(url) has no CORS header")
                #expect(response.headers.contentType?.subType == "json", "\(url) is not JSON")
            }

            // Every object, embedded ones included, has id, type, created and modified, with offsets.
            let objects = walk.allObjects
            let types = Set(objects.compactMap { ($0["type"] as? String)?.replacingOccurrences(of: OParl.version, with: "") })
            #expect(types.isSuperset(of: ["System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
                                          "File", "Location", "Paper", "Consultation"]), "types seen: \(types.sorted())")
            #expect(objects.filter { $0["type"] as? String == OParl.type("Paper") }.count >= 1)
            for object in objects {
                let id = object["id"] as? String ?? "?"
                for key in ["id", "type", "created", "modified"] {
                    #expect(object[key] is String, "\(id) has no \(key)")
                }
                for key in ["created", "modified", "start", "end"] {
                    guard let value = object[key] as? String else { continue }
                    #expect(value.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/) != nil, "\(id): \(key) \(value) is not yyyy-mm-ddThh:mm:ss±hh:mm")
                }
            }

            // The body links all its lists.
            let body = try #require(objects.first { $0["type"] as? String == OParl.type("Body") })
            for key in ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "membership",
                        "locationList", "legislativeTermList"] {
                let list = try #require(body[key] as? String, "the body does not link its \(key) list")
                let page = try #require(walk.responses[list]?.json as? [String: Any], "\(key) list not fetched")
                #expect(page["data"] is [Any] && page["links"] is [String: Any], "\(key) list has no data and links")
            }

            // Files: what accessUrl gives is what size and sha512Checksum say.
            let files = objects.filter { $0["type"] as? String == OParl.type("File") && $0["deleted"] == nil }
            #expect(files.contains { ($0["mimeType"] as? String)?.contains("wordprocessingml") == true })
            for file in files {
                let url = try #require(file["accessUrl"] as? String)
                let download = try #require(walk.downloads[url], "\(url) was not fetched")
                #expect(download.status == .ok, "\(url) answered \(download.status)")
                #expect(download.body.count == file["size"] as? Int, "\(url): size")
                #expect(OParlWalk.sha512(download.body) == file["sha512Checksum"] as? String, "\(url): sha512Checksum")
            }

            // Nothing unpublished: not the planned meeting, its item or place, nor the draft minutes' decisions.
            let everything = walk.responses.values.map { String(decoding: $0.body, as: UTF8.self) }.joined(separator: "\n")
            for hidden in [setup.unpublishedMeeting.lowercased, setup.unpublishedItem.lowercased, Self.secret,
                           "Et lokale ingen kender endnu"] + setup.draftDecisions {
                #expect(!everything.contains(hidden), "the API publishes \(hidden.prefix(60))")
            }
            #expect(!everything.contains("@"), "the API publishes an e-mail address")
            for phone in ["86 12 34 56", "23 45 67 89", "71 72 73 74"] {
                #expect(!everything.contains(phone), "the API publishes the phone number \(phone)")
            }
            #expect(everything.contains("Kontakt sekretariatet på"), "the decision itself is published")

            // The deleted item is gone from the meeting.
            #expect(!everything.contains(setup.deletedItem.lowercased))

            // The official schemas, through an independent validator.
            if OParlOracle.shouldRun {
                let data = try walk.topLevelObjects.map { try JSONSerialization.data(withJSONObject: $0) }
                let errors = try OParlOracle.errors(in: data, schemaDirectory: OParlOracle.schemaDirectory)
                #expect(errors.isEmpty, "\(errors.prefix(20).joined(separator: "\n"))")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func deletedObjectsComeBackAsDeletedWhenAClientAsksWhatChanged(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let setup = try await Self.prepare(app)
            let list = OParlWalk.origin + "/oparl/v1.1/body/sundhedssamarbejdet/agendaitems"
            let since = OParlTime.dateTime(setup.deletedAt.addingTimeInterval(-1))
            let changed = try await OParlWalk.pages(app, from: list + "?modified_since=" + Self.query(since))
            let data = changed.flatMap { $0["data"] as? [[String: Any]] ?? [] }
            let deleted = try #require(data.first { ($0["id"] as? String)?.hasSuffix(setup.deletedItem.lowercased) == true })
            #expect(deleted["deleted"] as? Bool == true)
            // Its own address says so too, rather than a 404 that a client could take for an error.
            let single = try await OParlWalk.fetch(app, try #require(deleted["id"] as? String))
            #expect(single.status == .ok)
            #expect((single.json as? [String: Any])?["deleted"] as? Bool == true)

            // Without modified_since a list holds only what exists.
            let all = try await OParlWalk.pages(app, from: list)
            #expect(!OParlWalk.ids(of: all).contains { $0.hasSuffix(setup.deletedItem.lowercased) })
            #expect(OParlWalk.ids(of: all).count > 10)

            // Filters: nothing was created after now; everything before.
            let future = OParlTime.dateTime(Date().addingTimeInterval(3600))
            #expect(OParlWalk.ids(of: try await OParlWalk.pages(app, from: list + "?created_since=" + Self.query(future))).isEmpty)
            #expect(OParlWalk.ids(of: try await OParlWalk.pages(app, from: list + "?created_until=" + Self.query(future))).count
                == OParlWalk.ids(of: all).count)
        }
    }

    @Test(arguments: TestDatabase.all)
    func smallPagesChainTheWholeListInAStableOrder(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            for list in ["organizations", "people", "memberships", "meetings", "files"] {
                let url = OParlWalk.origin + "/oparl/v1.1/body/sundhedssamarbejdet/" + list
                let whole = OParlWalk.ids(of: try await OParlWalk.pages(app, from: url))
                let paged = try await OParlWalk.pages(app, from: url + "?limit=1")
                #expect(paged.count > 1, "\(list) fits one page of one")
                #expect(OParlWalk.ids(of: paged) == whole, "\(list): the pages of one do not add up to the list")
                #expect(Set(whole).count == whole.count, "\(list) repeats an object")
                let last = try #require(paged.last?["links"] as? [String: Any])
                #expect(last["next"] == nil)
                #expect(paged.dropLast().allSatisfy { ($0["links"] as? [String: Any])?["next"] is String })
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBadFilterOrAnUnknownAddressIsAJSONErrorWithCORS(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            for (path, status) in [("/oparl/v1.1/body/sundhedssamarbejdet/meetings?modified_since=igår", HTTPStatus.badRequest),
                                   ("/oparl/v1.1/body/sundhedssamarbejdet/meetings?limit=0", .badRequest),
                                   ("/oparl/v1.1/body/sundhedssamarbejdet/meetings?after=x", .badRequest),
                                   ("/oparl/v1.1/meeting/\(UUID().uuidString)", .notFound),
                                   ("/oparl/v1.1/meeting/ikke-et-id", .notFound),
                                   ("/oparl/v1.1/findes-ikke", .notFound)] {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == status, "\(path)")
                    #expect(response.headers.first(name: "Access-Control-Allow-Origin") == "*")
                    let error = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    let detail = error?["error"] as? [String: Any]
                    #expect(detail?["status"] as? Int == Int(status.code), "\(path)")
                    #expect((detail?["message"] as? String)?.isEmpty == false, "\(path)")
                }
            }
        }
    }

    static func query(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-:T"))) ?? text
    }

    @Test func dateTimesHaveTheDanishOffsetOfTheirDay() throws {
        let summer = try #require(CalendarDay(year: 2021, month: 6, day: 18))
        let winter = try #require(CalendarDay(year: 2022, month: 1, day: 7))
        let nine = try #require(TimeOfDay(hour: 9, minute: 0))
        #expect(OParlTime.dateTime(summer, nine) == "2021-06-18T09:00:00+02:00")
        #expect(OParlTime.dateTime(winter, nine) == "2022-01-07T09:00:00+01:00")
        #expect(OParlTime.dateTime(Date(timeIntervalSince1970: 0)) == "1970-01-01T01:00:00+01:00")
        #expect(OParlTime.parse("2021-06-18T09:00:00+02:00") == OParlTime.parse("2021-06-18T07:00:00Z"))
        #expect(OParlTime.parse("2021-06-18") == OParlTime.parse("2021-06-18T00:00:00+02:00"))
        #expect(OParlTime.parse("i går") == nil)
    }
}
