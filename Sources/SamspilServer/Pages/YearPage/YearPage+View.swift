import Plot
import SamspilCore

extension YearPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        let a = language.archive
        let heading = "\(a(.yearTitle)) \(model.year)"
        return Layout(
            context: context, title: "\(heading) – \(model.bodyName)",
            breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: model.bodyName, url: model.bodyURL),
                          .init(title: "\(model.year)", url: nil)]
        ).render(
            .h1(.text("\(model.bodyName): \(heading.lowercasedFirst)")),
            .p(.class("lead"), .text(a(.yearIntro))),
            .if(model.readsEverything, .p(.class("muted"), .text(a(.yearIntroMembers)))),
            .table(
                .caption(.text(heading)),
                .thead(.tr(.th(.text(t(.date))), .th(.text(t(.time))), .th(.text(a(.published))), .th(.text(a(.minutes))))),
                .tbody(.forEach(model.entries) { entry in
                    .tr(
                        .td(.a(.href(entry.meeting.url.path), Fragment.date(entry.meeting.date, language)),
                            .if(entry.isCancelled, .group(.text(" "), .span(.class("tag"), .text(a(.cancelled)))))),
                        .td(.text(language.format(start: entry.meeting.start, end: entry.meeting.end) ?? "")),
                        .td(.text(published(entry.published, language))),
                        .td(minutes(entry.minutes, language))
                    )
                })
            ),
            .nav(
                .attribute(named: "aria-label", value: a(.otherYears)),
                .h2(.text(a(.otherYears))),
                .ul(.class("plain-list"),
                    .forEach(model.years.filter { $0 != model.year }) { year in
                        .li(.a(.href(SiteURL.bodyYear(slug: model.bodySlug, year: year).path), .text("\(year)")))
                    },
                    .li(.a(.href(model.bodyURL.path), .text(a(.allMeetings)))))
            )
        )
    }

    private static func published(_ published: Model.Published, _ language: Language) -> String {
        switch published {
        case .agendaAndMinutes: language.archive(.agendaAndMinutes)
        case .agenda: language.archive(.agendaOnly)
        case .nothing: language.archive(.notPublished)
        }
    }

    private static func minutes(_ minutes: Model.Minutes, _ language: Language) -> Node<HTML.BodyContext> {
        let a = language.archive
        return switch minutes {
        case .notYet: .span(.class("muted"), .text(a(.minutesNotYet)))
        case .draft(readable: false): .span(.class("tag tag--draft"), .text(a(.minutesDraftNotPublic)))
        case .draft(readable: true): .span(.class("tag tag--draft"), .text(a(.minutesDraft)))
        case .approved: .span(.class("tag tag--approved"), .text(a(.minutesApproved)))
        }
    }
}

private extension String {
    /// "møder i 2021" after a colon.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
