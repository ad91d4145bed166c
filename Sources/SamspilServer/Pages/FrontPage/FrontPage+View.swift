import Plot
import SamspilCore

extension FrontPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: t(.frontPage)).render(
            .h1(.text(t(.appName))),
            .p(.class("lead"), .text(t(.appTagline))),
            .div(
                .class("columns"),
                .section(
                    .h2(.text(t(.upcomingMeetings))),
                    meetingList(model.upcoming, empty: t(.noUpcomingMeetings), language: language)
                ),
                .section(
                    .h2(.text(t(.recentMeetings))),
                    meetingList(model.recent, empty: t(.noRecentMeetings), language: language)
                )
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

    /// A list of meetings: date, body, status. Used by the body page too.
    static func meetingList(_ meetings: [MeetingSummary], empty: String, language: Language,
                            showBody: Bool = true) -> Node<HTML.BodyContext> {
        guard !meetings.isEmpty else { return Fragment.empty(empty) }
        return .ul(
            .class("plain-list"),
            .forEach(meetings) { meeting in
                .li(
                    .a(.href(meeting.url.path), Fragment.date(meeting.date, language)),
                    .if(showBody, .group(.br(), .span(.text(meeting.bodyName)))),
                    .br(),
                    .span(.class("muted"), .text(language.format(start: meeting.start, end: meeting.end).map { $0 + " · " } ?? "")),
                    Fragment.statusTag(meeting.status, language)
                )
            }
        )
    }
}
