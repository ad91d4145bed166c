import Plot
import SamspilCore

extension Fragment {
    /// A list of meetings: date, body, time and status.
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
