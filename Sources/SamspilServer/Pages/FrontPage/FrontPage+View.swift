import Plot
import SamspilCore

extension FrontPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: t(.frontPage),
                      feeds: [.init(title: language.feed(.allNewsFeed), url: .news)]).render(
            .h1(.text(t(.appName))),
            .p(.class("lead"), .text(t(.appTagline))),
            .div(
                .class("columns"),
                .section(
                    .h2(.text(t(.upcomingMeetings))),
                    Fragment.meetingList(model.upcoming, empty: t(.noUpcomingMeetings), language: language)
                ),
                .section(
                    .h2(.text(t(.recentMeetings))),
                    Fragment.meetingList(model.recent, empty: t(.noRecentMeetings), language: language)
                )
            ),
            .section(
                .h2(.text(language.register(.cooperationTitle))),
                .ul(.class("plain-list"), .forEach(cooperationLinks(language)) { link in
                    .li(.a(.href(link.url.path), .text(link.title)), .text(" "), .span(.class("muted"), .text("· " + link.about)))
                })
            ),
            .section(
                .h2(.text(t(.bodies))),
                model.bodies.isEmpty ? Fragment.empty(t(.noBodies)) : .ul(
                    .class("plain-list tree"),
                    .forEach(model.bodies) { body in
                        .li(.class("depth-\(min(body.depth, 3))"),
                            .a(.href(body.url.path), .text(body.name)),
                            .text(" "),
                            .span(.class("muted"), .text("· " + language.name(of: body.kind))))
                    }
                )
            )
        )
    }

    /// The pages about the cooperation as a whole, beside the bodies' meetings.
    private static func cooperationLinks(_ language: Language) -> [(url: SiteURL, title: String, about: String)] {
        let r = language.register
        let c = language.cooperation
        return [(.cooperationCases, r(.casesTitle), r(.casesIntro)), (.initiatives, r(.initiativesTitle), r(.initiativesAbout)),
                (.indicators, c(.indicatorsTitle), c(.indicatorsIntro)), (.distribution, c(.distributionTitle), c(.distributionIntro))]
    }
}
