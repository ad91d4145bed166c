import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor

/// A meeting's attendance list: secretaries and administrators mark members present, with apologies
/// or absent, add and remove guests; approved minutes lock the list.
@Suite("Attendance page")
struct AttendancePageTests {
    static let newDate = "2022-12-01"

    /// A planned meeting after the demo's last one: every current member of the body is expected, and
    /// nobody is on its list yet.
    static func plannedMeeting(_ app: Application) async throws -> Meeting {
        let body = try await DemoBody.body(app)
        let meeting = Meeting(bodyID: body.id, date: CalendarDay(iso: newDate)!, status: .planned)
        try await MeetingModel(meeting).create(on: app.db)
        return meeting
    }

    static func path(_ date: String, _ part: SiteURL.MeetingPart = .attendance) -> String {
        SiteURL.meetingPart(bodySlug: DemoBody.slug, key: MeetingKey(date: CalendarDay(iso: date)!), part).path
    }

    /// The people who hold a seat in the body on `date`, as the page should list them.
    static func members(_ app: Application, on date: String) async throws -> [UUID] {
        let body = try await DemoBody.body(app)
        let seats = try await MembershipModel.query(on: app.db).filter(\.$bodyID == body.id).all().map { try $0.domain() }
        return Array(Set(seats.filter { $0.isActive(on: CalendarDay(iso: date)!) && $0.role != .guest }.map(\.personID)))
            .sorted { $0.uuidString < $1.uuidString }
    }

    static func rows(_ app: Application, _ meeting: Meeting) async throws -> [Attendance] {
        try await AttendanceModel.query(on: app.db).filter(\.$meetingID == meeting.id).sort(\.$position).all()
            .map { try $0.domain() }
    }

    @Test(arguments: TestDatabase.all)
    func onlySecretariesAndAdministratorsSeeAndSaveTheList(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            _ = try await Self.plannedMeeting(app)
            for visitor in Visitor.allCases {
                let browser = try await visitor.browser(app, in: body)
                visitor.expect(try await browser.get(Self.path(Self.newDate)), for: .edit, allowed: .ok)
                visitor.expect(try await browser.post(Self.path(Self.newDate)), for: .edit, allowed: .seeOther)
                let guest = try await browser.post(Self.path(Self.newDate, .guests), ["name": "Gæst fra \(visitor.rawValue)"])
                visitor.expect(guest, for: .edit, allowed: .seeOther)
            }
            let guests = try await AttendanceModel.query(on: app.db).filter(\.$status == "guest").all()
            #expect(guests.count >= 2, "the secretary's and the administrator's guests")
            #expect(try await PersonModel.query(on: app.db).filter(\.$name == "Gæst fra member").count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theBodysMembersAreListedByOrganisationAndMarkingPutsThemOnTheList(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await Self.plannedMeeting(app)
            let members = try await Self.members(app, on: Self.newDate)
            try #require(members.count >= 3)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let page = HTMLInspection(html: try await browser.get(Self.path(Self.newDate)).body.string)
            #expect(page.count("<fieldset class=\"attendance-person\"") == members.count)
            #expect(page.html.contains("<h3>Hospitalsenhed Midt</h3>"), "grouped under their organisation")
            #expect(page.count("ikke markeret") == members.count)
            for member in members {
                #expect(page.html.contains("<label for=\"status-person-\(member.lowercased)-apologies\">Afbud</label>"))
            }

            let (first, second, third) = (members[0], members[1], members[2])
            let saved = try await browser.post(Self.path(Self.newDate), [
                "status-person-\(first.lowercased)": "present", "note-person-\(first.lowercased)": "virtuelt",
                "status-person-\(second.lowercased)": "apologies",
            ])
            #expect(saved.status == .seeOther)
            let next = try #require(saved.headers.first(name: .location))
            #expect(next == Self.path(Self.newDate) + "?besked=attendanceSaved")
            #expect(try await browser.get(next).body.string.contains("<div class=\"alert alert--success\" role=\"status\"><p>Deltagerlisten er gemt."))
            var rows = try await Self.rows(app, meeting)
            #expect(rows.count == 2, "members who are not marked stay off the list")
            #expect(Set(rows.map(\.position)) == [0, 1])
            let firstRow = try #require(rows.first { $0.personID == first })
            #expect(firstRow.status == .present)
            #expect(firstRow.note == "virtuelt")
            #expect(rows.first { $0.personID == second }?.status == .apologies)
            #expect(firstRow.organisationID != nil, "the seat's organisation comes along")

            // Changing a mark keeps the row's place; a newly marked member comes after; a row whose status
            // is not posted stays as it is.
            let again = try await browser.post(Self.path(Self.newDate), [
                "status-\(firstRow.id.lowercased)": "absent", "note-\(firstRow.id.lowercased)": "",
                "status-person-\(third.lowercased)": "present", "note-person-\(third.lowercased)": "til og med punkt 3",
            ])
            #expect(again.status == .seeOther)
            rows = try await Self.rows(app, meeting)
            #expect(rows.count == 3)
            #expect(rows.first { $0.personID == first }?.position == firstRow.position)
            #expect(rows.first { $0.personID == first }?.status == .absent)
            #expect(rows.first { $0.personID == first }?.note == nil)
            #expect(rows.first { $0.personID == third }?.position == 2)
            #expect(rows.first { $0.personID == second }?.status == .apologies)

            let shown = try await browser.get(Self.path(Self.newDate)).body.string
            #expect(shown.contains("id=\"status-\(firstRow.id.lowercased)-absent\" name=\"status-\(firstRow.id.lowercased)\" value=\"absent\" checked=\"checked\""))
            #expect(shown.contains("value=\"til og med punkt 3\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNoteWithoutAStatusIsAnErrorNextToThatPersonAndStoresNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await Self.plannedMeeting(app)
            let members = try await Self.members(app, on: Self.newDate)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let response = try await browser.post(Self.path(Self.newDate), [
                "status-person-\(members[0].lowercased)": "present",
                "note-person-\(members[1].lowercased)": "til og med punkt 3",
                "status-person-\(members[2].lowercased)": "kommer-maaske",
            ])
            #expect(response.status == .badRequest)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.html.contains("Der er fejl i formularen"))
            for member in members[1...2] {
                let key = "person-\(member.lowercased)"
                #expect(page.html.contains("id=\"status-\(key)-error\">Vælg til stede, afbud eller fraværende."))
                #expect(page.html.contains("href=\"#status-\(key)-present\""), "the summary links to the person's first choice")
                #expect(page.html.contains("aria-describedby=\"status-\(key)-error\""))
            }
            #expect(page.html.contains("value=\"til og med punkt 3\""), "the note is kept")
            #expect(page.html.contains("value=\"present\" checked=\"checked\""), "the other marks are kept")
            #expect(try await Self.rows(app, meeting).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPostWithoutItsTokenStoresNothing(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await Self.plannedMeeting(app)
            let members = try await Self.members(app, on: Self.newDate)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let marked = try await browser.post(Self.path(Self.newDate), ["status-person-\(members[0].lowercased)": "present"],
                                                withCSRF: false)
            #expect(marked.status == .forbidden)
            let guest = try await browser.post(Self.path(Self.newDate, .guests), ["name": "Snyder", CSRF.fieldName: "forfalsket"])
            #expect(guest.status == .forbidden)
            #expect(try await Self.rows(app, meeting).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func guestsAreMatchedToKnownPeopleAndOrganisationsOrCreated(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await Self.plannedMeeting(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let guests = Self.path(Self.newDate, .guests)

            // Someone who came for Hospitalsenhed Midt before, written with the abbreviation.
            let hospital = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Hospitalsenhed Midt").first())
            let earlier = try #require(try await AttendanceModel.query(on: app.db)
                .filter(\.$organisationID == hospital.requireID()).first())
            let known = try #require(try await PersonModel.find(earlier.personID, on: app.db))
            let people = try await PersonModel.query(on: app.db).count()
            let organisations = try await OrganisationModel.query(on: app.db).count()
            #expect(try await browser.post(guests, ["name": known.name, "organisation": "HE Midt", "title": "overlæge",
                                                    "note": "punkt 4"]).status == .seeOther)
            #expect(try await PersonModel.query(on: app.db).count() == people, "the known person is reused")
            #expect(try await OrganisationModel.query(on: app.db).count() == organisations)
            var rows = try await Self.rows(app, meeting)
            #expect(rows.map(\.personID) == [earlier.personID])
            #expect(rows.first?.status == .guest)
            #expect(rows.first?.organisationID == hospital.id)
            #expect(rows.first?.title == "overlæge")
            #expect(rows.first?.note == "punkt 4")

            // The same person again is refused, with the name kept.
            let twice = try await browser.post(guests, ["name": known.name, "organisation": "Hospitalsenhed Midt"])
            #expect(twice.status == .badRequest)
            #expect(twice.body.string.contains("Personen står allerede på deltagerlisten."))
            #expect(twice.body.string.contains("value=\"\(known.name)\""))

            // A new person from a new organisation: both are created, the kind guessed from the name.
            #expect(try await browser.post(guests, ["name": "Birthe Bruger", "organisation": "Patientforeningen Midt"])
                .status == .seeOther)
            let organisation = try #require(try await OrganisationModel.query(on: app.db).filter(\.$name == "Patientforeningen Midt").first())
            #expect(organisation.kind == Organisation.Kind.patientOrganisation.rawValue)
            #expect(try await PersonModel.query(on: app.db).count() == people + 1)
            rows = try await Self.rows(app, meeting)
            #expect(rows.map(\.position) == [0, 1])

            let page = try await browser.get(Self.path(Self.newDate)).body.string
            #expect(page.contains("Birthe Bruger, Patientforeningen Midt"))

            // Removing takes the row off the list; the person stays.
            let row = try #require(rows.last)
            #expect(try await browser.post(guests, ["remove": row.id.lowercased]).status == .seeOther)
            #expect(try await Self.rows(app, meeting).count == 1)
            #expect(try await PersonModel.find(row.personID, on: app.db) != nil)
            #expect(try await browser.post(guests, ["remove": row.id.lowercased]).status == .notFound)
            #expect(try await browser.post(guests, ["remove": "ikke-et-id"]).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aGuestNeedsANameAndTheRestIsKept(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await Self.plannedMeeting(app)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let response = try await browser.post(Self.path(Self.newDate, .guests),
                                                  ["name": "  ", "organisation": "Silkeborg Kommune", "title": "chefkonsulent"])
            #expect(response.status == .badRequest)
            let page = response.body.string
            #expect(page.contains("id=\"name-error\">Skriv gæstens navn."))
            #expect(page.contains("href=\"#name\""))
            #expect(page.contains("value=\"Silkeborg Kommune\""))
            #expect(page.contains("value=\"chefkonsulent\""))
            #expect(try await Self.rows(app, meeting).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func approvedMinutesLockTheList(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            let meeting = try await DemoBody.meeting(app, on: "2021-06-18")
            #expect(meeting.status == .minutesApproved)
            let before = try await Self.rows(app, meeting)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let page = try await browser.get(Self.path("2021-06-18")).body.string
            #expect(page.contains("Referatet er godkendt, så deltagerlisten kan ikke længere ændres."))
            #expect(!page.contains("action=\"\(Self.path("2021-06-18"))\""), "no form to mark people")
            #expect(!page.contains("action=\"\(Self.path("2021-06-18", .guests))\""), "no guest forms")
            #expect(page.contains("Til stede"))

            let guest = try #require(before.first { $0.status == .guest })
            let saved = try await browser.post(Self.path("2021-06-18"), ["status-\(before[0].id.lowercased)": "absent"])
            #expect(saved.status == .conflict)
            let removed = try await browser.post(Self.path("2021-06-18", .guests), ["remove": guest.id.lowercased])
            #expect(removed.status == .conflict)
            #expect(try await Self.rows(app, meeting) == before)

            // A draft is not locked: its imported list is marked like any other.
            let draft = try await browser.get(Self.path("2022-09-16")).body.string
            #expect(draft.contains("action=\"\(Self.path("2022-09-16"))\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func whatUsersTypeStaysText(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let body = try await DemoBody.body(app)
            _ = try await Self.plannedMeeting(app)
            let members = try await Self.members(app, on: Self.newDate)
            let browser = try await Visitor.secretary.browser(app, in: body)
            let guests = Self.path(Self.newDate, .guests)
            #expect(try await browser.post(guests, ["name": HostileText.value, "organisation": HostileText.value,
                                                    "title": HostileText.value, "note": HostileText.value]).status == .seeOther)
            #expect(try await browser.post(Self.path(Self.newDate), ["status-person-\(members[0].lowercased)": "present",
                                                                       "note-person-\(members[0].lowercased)": HostileText.value])
                .status == .seeOther)
            let refused = try await browser.post(Self.path(Self.newDate), ["note-person-\(members[1].lowercased)": HostileText.value])
            #expect(refused.status == .badRequest)
            let refusedGuest = try await browser.post(guests, ["name": "", "organisation": HostileText.value])
            #expect(refusedGuest.status == .badRequest)
            for html in [try await browser.get(Self.path(Self.newDate)).body.string, refused.body.string, refusedGuest.body.string] {
                #expect(html.contains("Budget"))
                HostileText.expectInert(html)
            }
        }
    }
}
