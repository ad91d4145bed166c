import Fluent
import Foundation
@testable import SamspilServer
import Testing
import VaporTesting

@Suite("Routes on the demo")
struct RouteTests {
    static let meetingPath = "/organer/midtklyngen-klyngestyregruppe/moeder/2021-06-18"

    /// The acceptance of the foundation: the meeting of 18 June 2021 shows its 8 items and its 20
    /// participants grouped by organisation.
    @Test(arguments: TestDatabase.all)
    func meetingPageShowsEveryItemAndParticipant(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let response = try await app.testing().sendRequest(.GET, Self.meetingPath)
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .html)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.count("<article class=\"item\"") >= 8)
            let numbered = page.captures("<article class=\"item\" id=\"punkt-(\\d+)\"")
            #expect(numbered == (1...8).map(String.init))
            #expect(page.html.contains("Mødedeltagere (20)"))
            let present = page.between("Mødedeltagere (20)", and: "</div></div>")
            #expect(present.count("<li>") == 20)
            // Grouped under the organisation headings of the list, in its order.
            let organisations = present.captures("<h4>(.*?)</h4>")
            #expect(organisations.first == "Hospitalsenhed Midt")
            #expect(organisations.count >= 5)
            #expect(page.html.contains("Afbud (8)"))
            #expect(page.html.contains("Gæster (3)"))
            #expect(page.html.contains("Thomas Balle Kristensen"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func frontPageListsBodiesAndRecentMeetings(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let response = try await app.testing().sendRequest(.GET, "/")
            #expect(response.status == .ok)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.html.contains("href=\"/organer/midtklyngen-klyngestyregruppe\""))
            #expect(page.html.contains("href=\"/organer/sundhedsstyregruppen\""))
            #expect(page.count("href=\"/organer/midtklyngen-klyngestyregruppe/moeder/") == 3)
            // Latest first.
            let dates = page.captures("<time datetime=\"([0-9-]+)\"")
            // Sundhedsstyregruppen's meeting of the demo's case between bodies among them.
            #expect(dates == ["2022-09-16", "2021-09-02", "2021-06-18", "2015-03-04"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func bodyPageListsMembersAndMeetingsByYear(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let response = try await app.testing().sendRequest(.GET, "/organer/midtklyngen-klyngestyregruppe")
            #expect(response.status == .ok)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.captures("<h3><a href=\"/organer/[^\"]*/arkiv/(\\d{4})\">\\d{4}</a></h3>") == ["2022", "2021", "2015"])
            // Co-chairs first, with their organisation.
            let firstRow = page.between("<tbody>", and: "</tr>")
            #expect(firstRow.html.contains("Medformand"))
            #expect(page.html.contains("Hospitalsenhed Midt"))
            #expect(page.html.contains("Sundhedsstyregruppen"), "the parent body is named")
        }
    }

    @Test(arguments: TestDatabase.all)
    func personPageShowsMembershipsAndPresentedItems(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let person = try #require(try await PersonModel.query(on: app.db).filter(\.$name == "Kathrine Hald").first())
            let response = try await app.testing().sendRequest(.GET, SiteURL.person(id: try person.requireID()).path)
            #expect(response.status == .ok)
            let page = HTMLInspection(html: response.body.string)
            #expect(page.html.contains("<h1>Kathrine Hald</h1>"))
            #expect(page.html.contains("#punkt-4\">4. Status på projekt"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func unknownIdsAndBadURLsAreNotFoundPages(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            for path in ["/organer/findes-ikke", "/organer/midtklyngen-klyngestyregruppe/moeder/2021-06-19",
                         "/organer/midtklyngen-klyngestyregruppe/moeder/2021-13-45",
                         "/organer/midtklyngen-klyngestyregruppe/moeder/ikke-en-dato",
                         "/organer/midtklyngen-klyngestyregruppe/moeder/2021-06-18-1",
                         "/organer/findes-ikke/moeder/2021-06-18",
                         "/personer/ikke-et-id", "/personer/\(UUID().uuidString)",
                         "/findes/slet/ikke", "/assets/samspil-0.css", "/organer/%ZZ"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.body.string.contains("Siden findes ikke"), "\(path)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func healthAnswersWhenTheDatabaseDoes(database: TestDatabase) async throws {
        try await withApp(database) { app in
            let response = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(response.status == .ok)
        }
    }

    @Test func healthIsUnavailableWhenTheDatabaseIsNot() async throws {
        let app = try await Application.make(.testing)
        try configure(app, AppConfiguration(database: .postgres(url: "postgres://nobody@127.0.0.1:1/x")))
        let response = try await app.testing().sendRequest(.GET, "/healthz")
        #expect(response.status == .serviceUnavailable)
        try await app.asyncShutdown()
    }

    @Test func stylesheetIsServedWithALongCacheLife() async throws {
        try await withApp(.sqlite, migrate: false) { app in
            let response = try await app.testing().sendRequest(.GET, SiteURL.stylesheet.path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "css")
            #expect(response.headers.cacheControl?.maxAge == 31_536_000)
            #expect(response.body.string.contains("--color-primary"))
        }
    }

    @Test func pagesFollowTheBrowsersLanguage() async throws {
        try await withApp(.sqlite, demo: true) { app in
            let english = try await app.testing().sendRequest(.GET, Self.meetingPath, headers: ["Accept-Language": "en-GB,en;q=0.9"])
            #expect(english.body.string.contains("<html lang=\"en\">"))
            #expect(english.body.string.contains("Present (20)"))
            let danish = try await app.testing().sendRequest(.GET, Self.meetingPath)
            #expect(danish.body.string.contains("<html lang=\"da\">"))
        }
    }

    /// Draft minutes stay unpublished: the public sees the agenda without decisions, a member of the body
    /// reads the draft.
    @Test(arguments: TestDatabase.all)
    func draftMinutesAreReadOnlyByTheBodysMembers(database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let path = "/organer/midtklyngen-klyngestyregruppe/moeder/2022-09-16"
            let anonymous = HTMLInspection(html: try await Browser(app).get(path).body.string)
            #expect(anonymous.html.contains("Referatet er endnu ikke godkendt"))
            #expect(anonymous.html.contains("<h1>Dagsorden: "))
            #expect(anonymous.count("class=\"decision\"") == 0)
            #expect(anonymous.count("<article class=\"item\" id=\"punkt-") == 7, "the agenda itself is public")

            let body = try #require(try await BodyLookup.find("midtklyngen-klyngestyregruppe", on: app.db))
            let accounts = Accounts(database: app.db, passwordHashCost: 4)
            let user = try await accounts.createUser(email: "m@klynge.dk", name: "M", password: "klynge-styregruppe-2024",
                                                     isAdministrator: false)
            try await accounts.grant(.member, in: body.id, to: user)
            let member = Browser(app)
            try await member.signIn("m@klynge.dk", "klynge-styregruppe-2024")
            let page = HTMLInspection(html: try await member.get(path).body.string)
            #expect(page.html.contains("<h1>Referat: "))
            #expect(page.count("class=\"decision\"") >= 7)
            // Approved minutes are public as they are.
            let approved = HTMLInspection(html: try await Browser(app).get(Self.meetingPath).body.string)
            #expect(approved.count("class=\"decision\"") >= 7)
        }
    }
}
