import Plot
import SamspilCore

extension PersonPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: model.name,
                      breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: model.name, url: nil)]).render(
            .h1(.text(model.name)),
            .unwrap(model.contact) { contact in
                .dl(.class("facts"),
                    .unwrap(contact.email) { .group(.dt(.text(t(.email))), .dd(.a(.href("mailto:\($0)".attributeEscaped), .text($0)))) },
                    .unwrap(contact.phone) { .group(.dt(.text(t(.phone))), .dd(.text($0))) })
            },
            .h2(.text(t(.memberships))),
            model.memberships.isEmpty ? Fragment.empty(t(.noMemberships)) : .table(
                .thead(.tr(.th(.text(t(.body))), .th(.text(t(.role))), .th(.text(t(.title))),
                           .th(.text(t(.organisation))), .th(.text(t(.period))))),
                .tbody(.forEach(model.memberships) { seat in
                    .tr(
                        .td(.a(.href(seat.bodyURL.path), .text(seat.bodyName))),
                        .td(.text(language.name(of: seat.role))),
                        .td(.text(seat.title ?? "")),
                        .td(.text(seat.organisation ?? "")),
                        .td(PeriodText.node(seat.period, language))
                    )
                })
            ),
            .h2(.text(t(.presentedItems))),
            model.presented.isEmpty ? Fragment.empty(t(.noPresentedItems)) : .ul(
                .class("plain-list"),
                .forEach(model.presented) { item in
                    .li(.a(.href(item.url), .text(item.title)), .br(),
                        .span(.class("muted"), .text(item.meeting.bodyName + " · ")),
                        Fragment.date(item.meeting.date, language))
                }
            ),
            .h2(.text(t(.attendedMeetings))),
            model.appearances.isEmpty ? Fragment.empty(t(.noAttendance)) : .ul(
                .class("plain-list"),
                .forEach(model.appearances) { appearance in
                    .li(.a(.href(appearance.meeting.url.path), Fragment.date(appearance.meeting.date, language)),
                        .text(" · " + appearance.meeting.bodyName + " · "),
                        .span(.class("muted"), .text(attendanceText(appearance, language))))
                }
            )
        )
    }

    private static func attendanceText(_ appearance: Model.Appearance, _ language: Language) -> String {
        let t = language.text
        let status = switch appearance.status {
        case .present: t(.present)
        case .apologies: t(.apologies)
        case .absent: t(.absent)
        case .guest: t(.guests)
        }
        return status + (appearance.note.map { " (\($0))" } ?? "")
    }
}
