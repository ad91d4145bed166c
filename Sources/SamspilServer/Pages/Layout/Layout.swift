import SamspilCore
import Plot

/// The frame every page shares: header, breadcrumbs, main content, footer. Readable without
/// JavaScript and without the style sheet.
struct Layout {
    struct Crumb: Equatable {
        let title: String
        let url: SiteURL?

        /// The trail of a list and its entries: the front page, the list (a link on an entry's page), and
        /// the entry, if the page is one.
        static func list(_ title: String, at url: SiteURL, entry: String?, _ language: Language) -> [Crumb] {
            [.init(title: language.text(.frontPage), url: .home), .init(title: title, url: entry == nil ? nil : url)]
                + (entry.map { [.init(title: $0, url: nil)] } ?? [])
        }
    }

    /// A news feed of the page's content, for feed readers to find (`<link rel="alternate">`).
    struct Feed: Equatable {
        let title: String
        let url: SiteURL
    }

    let context: PageContext
    /// The page's own title, first in the browser tab.
    let title: String
    var breadcrumbs: [Crumb] = []
    var feeds: [Feed] = []

    private var language: Language { context.language }

    func render(_ content: Node<HTML.BodyContext>...) -> String {
        let t = language.text
        let document = HTML(
            .attribute(named: "lang", value: language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title` also writes the title into meta tags' attributes, unescaped: a plain
                // element keeps a title with quotes (it holds what users typed) as text.
                .element(named: "title", text: "\(title) – \(t(.appName))"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .forEach(feeds) { feed in
                    .link(.rel(.alternate), .type("application/atom+xml"), .attribute(named: "title", value: feed.title.attributeEscaped),
                          .href(feed.url.path))
                }
            ),
            .body(
                .a(.class("skip-link"), .href("#indhold"), .text(t(.skipToContent))),
                .header(
                    .class("site-header"),
                    .div(
                        .class("site-header__inner"),
                        .a(.class("site-header__name"), .href(SiteURL.home.path), .text(t(.appName))),
                        .span(.class("site-header__tagline"), .text(t(.appTagline))),
                        .a(.class("site-header__search"), .href(SiteURL.search.path), .text(language.search(.search))),
                        account()
                    )
                ),
                .div(
                    .class("site-main"),
                    .if(!breadcrumbs.isEmpty, breadcrumbTrail()),
                    .main(.id("indhold"), .attribute(named: "tabindex", value: "-1"), .group(content))
                ),
                .footer(
                    .class("site-footer"),
                    .div(.class("site-footer__inner"), .p(.text(t(.footerText))))
                )
            )
        )
        return document.render()
    }

    /// Sign in, or who is signed in with the way to sign out (a form: signing out changes state).
    private func account() -> Node<HTML.BodyContext> {
        let t = language.text
        guard let user = context.signedIn else {
            return .div(.class("site-header__account"), .a(.href(SiteURL.signIn.path), .text(t(.signIn))))
        }
        return .div(
            .class("site-header__account"),
            .if(user.mayImport, .a(.href(SiteURL.importMinutes.path), .text(t(.importMinutes)))),
            .if(user.isAdministrator, .a(.href(SiteURL.administration.path), .text(language.register(.administrationTitle)))),
            .a(.href(SiteURL.myCalendar.path), .text(language.feed(.myCalendar))),
            .a(.href(SiteURL.apiTokens.path), .text(language.apiToken(.title))),
            .span(.text(user.name)),
            .form(
                .method(.post), .action(SiteURL.signOut.path),
                .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf)),
                .button(.type(.submit), .class("link-button"), .text(t(.signOut)))
            )
        )
    }

    private func breadcrumbTrail() -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs"),
            .attribute(named: "aria-label", value: language.text(.breadcrumb)),
            .ol(.forEach(breadcrumbs) { crumb in
                if let url = crumb.url {
                    return .li(.a(.href(url.path), .text(crumb.title)))
                }
                return .li(.attribute(named: "aria-current", value: "page"), .text(crumb.title))
            })
        )
    }
}

/// Small pieces several pages use.
enum Fragment {
    /// A `<time>` element with the machine-readable date.
    static func date<Context>(_ day: SamspilCore.CalendarDay, _ language: Language) -> Node<Context> {
        .element(named: "time", nodes: [.attribute(named: "datetime", value: day.iso), .escapedText(language.format(day))])
    }

    static func statusTag(_ status: SamspilCore.MeetingStatus, _ language: Language) -> Node<HTML.BodyContext> {
        let modifier = switch status {
        case .minutesDraft: " tag--draft"
        case .minutesApproved: " tag--approved"
        default: ""
        }
        return .span(.class("tag" + modifier), .text(language.name(of: status)))
    }

    /// A paragraph that says a list is empty.
    static func empty(_ text: String) -> Node<HTML.BodyContext> {
        .p(.class("muted"), .text(text))
    }
}

extension Node {
    /// Text, escaped in one pass over its bytes. Plot's `.text` escapes character by character, making a
    /// string of each: on a page of search results that took longer than the search itself.
    static func escapedText(_ text: String) -> Node { .raw(text.attributeEscaped) }
}
