import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// Who visits a body's pages, for tests that try every page and action with every role.
enum Visitor: String, CaseIterable, CustomTestStringConvertible {
    case anonymous
    /// Signed in, a member of another body only.
    case memberOfAnotherBody
    case member
    case secretary
    case administrator

    var testDescription: String { rawValue }

    static let password = "klynge-styregruppe-2024"

    /// The name the role's user has: what a closed action records.
    var userName: String {
        switch self {
        case .anonymous: ""
        case .memberOfAnotherBody: "Anders Anden"
        case .member: "Mette Medlem"
        case .secretary: "Sanne Sekretær"
        case .administrator: "Ada Administrator"
        }
    }

    /// Whether the role may use a page or action that needs `permission` in the body.
    func may(_ permission: Viewer.Permission) -> Bool {
        switch self {
        case .anonymous, .memberOfAnotherBody: permission == .readPublished
        case .member: permission != .edit
        case .secretary, .administrator: true
        }
    }

    /// A browser of this role in `body`, signed in (a fresh account each time) unless anonymous. It has
    /// fetched `warmUp` (a page with forms) so that it holds the CSRF cookie, as a real visitor would.
    func browser(_ app: Application, in body: Body, warmUp: String = SiteURL.signIn.path) async throws -> Browser {
        let browser = Browser(app)
        guard self != .anonymous else {
            try await browser.get(warmUp)
            return browser
        }
        let grant: (Viewer.BodyRole, in: UUID)? = switch self {
        case .member: (.member, body.id)
        case .secretary: (.secretary, body.id)
        case .memberOfAnotherBody: (.member, try await Self.anotherBody(app).id)
        case .anonymous, .administrator: nil
        }
        let signedIn = try await Browser.signedIn(app, name: userName, password: Self.password,
                                                  administrator: self == .administrator, role: grant)
        try await signedIn.get(warmUp)
        return signedIn
    }

    private static func anotherBody(_ app: Application) async throws -> Body {
        let name = "Arbejdsgruppen for et andet forum"
        if let body = try await BodyLookup.find(name, on: app.db) { return body }
        return try await BodyLookup.create(named: name, on: app.db)
    }

    /// Checks that a response is what this role gets from a page or action that needs `permission`:
    /// the public is sent to sign in, a signed-in user without the right gets 403, the others `allowed`.
    func expect(_ response: TestingHTTPResponse, for permission: Viewer.Permission, allowed: HTTPStatus,
                sourceLocation: SourceLocation = #_sourceLocation) {
        if may(permission) {
            #expect(response.status == allowed, "\(self)", sourceLocation: sourceLocation)
        } else if self == .anonymous {
            #expect(response.status == .seeOther, "\(self)", sourceLocation: sourceLocation)
            #expect(response.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path + "?next=") == true,
                    "\(self)", sourceLocation: sourceLocation)
        } else {
            #expect(response.status == .forbidden, "\(self)", sourceLocation: sourceLocation)
        }
    }
}

/// The demo's cluster steering group and its meetings, which the tests of a body's pages work on.
enum DemoBody {
    static let slug = "midtklyngen-klyngestyregruppe"

    static func body(_ app: Application) async throws -> Body {
        try #require(try await BodyModel.query(on: app.db).filter(\.$slug == slug).first()).domain()
    }

    static func meeting(_ app: Application, on date: String) async throws -> Meeting {
        let body = try await body(app)
        return try #require(try await MeetingModel.query(on: app.db).filter(\.$bodyID == body.id)
            .filter(\.$date == date).first()).domain()
    }

    /// The numbered item of the demo meeting on `date`.
    static func item(_ app: Application, meeting date: String, number: Int) async throws -> AgendaItemModel {
        let meeting = try await meeting(app, on: date)
        return try #require(try await AgendaItemModel.query(on: app.db).filter(\.$meetingID == meeting.id)
            .filter(\.$number == number).first())
    }
}

/// Text that ends an attribute and starts an element if a page writes it unescaped.
enum HostileText {
    static let value = #"Budget" autofocus onfocus="alert(1)"><script>alert(4)</script>"#

    /// Checks that no quote in `html` ended an attribute and no element was injected.
    static func expectInert(_ html: String, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let page = HTMLInspection(html: html)
        #expect(page.captures(#"(<[a-z0-9]+(?:\s+[a-z-]+(?:="[^"]*")?)*\s+onfocus=)"#).isEmpty, comment, sourceLocation: sourceLocation)
        #expect(page.count("<script>") == 0, comment, sourceLocation: sourceLocation)
    }
}
