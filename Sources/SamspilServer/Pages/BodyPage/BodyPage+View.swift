import Plot
import SamspilCore

extension BodyPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        let body = model.body
        return Layout(context: context, title: body.name,
                      breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: body.name, url: nil)],
                      feeds: [.init(title: "\(language.feed(.newsFeed)): \(body.name)", url: .bodyNews(bodySlug: body.slug))]).render(
            .h1(.text(body.name)),
            .p(.class("muted"), .text(language.name(of: body.kind) + (body.cluster.map { " · \($0)" } ?? ""))),
            .unwrap(body.summary) { .p(.class("lead"), .text($0)) },
            .if(!model.workLinks.isEmpty, .nav(
                .class("work-links"), .attribute(named: "aria-label", value: language.work(.secretariat)),
                .ul(.class("actions"), .forEach(model.workLinks) { .li(.a(.href($0.url(body.slug).path), .text(language.work($0.text)))) })
            )),
            .p(.a(.href(SiteURL.coChairs(bodySlug: body.slug).path), .text(language.cooperation(.coChairsLink))), .text(" · "),
               .a(.href(SiteURL.termsOfReference(bodySlug: body.slug).path), .text(language.structure(.termsLink))), .text(" · "),
               .a(.href(SiteURL.members(bodySlug: body.slug).path), .text(language.structure(.membersLink)))),
            .unwrap(model.parent) { parent in
                .p(.text(t(.partOf) + ": "), .a(.href(parent.url.path), .text(parent.name)))
            },
            .if(!model.children.isEmpty, .group(
                .h2(.text(t(.subBodies))),
                .ul(.class("plain-list"), .forEach(model.children) { .li(.a(.href($0.url.path), .text($0.name))) })
            )),
            .h2(.text(t(.members))),
            model.members.isEmpty ? Fragment.empty(t(.noMembers)) : memberTable(model.members, caption: nil, language: language),
            .if(!model.formerMembers.isEmpty, .element(named: "details", nodes: [
                .element(named: "summary", text: "\(t(.formerMembers)) (\(model.formerMembers.count))"),
                memberTable(model.formerMembers, caption: nil, language: language),
            ])),
            .h2(.text(t(.meetings))),
            .p(.class("actions feed-links"),
               .a(.href(SiteURL.bodyCalendar(bodySlug: body.slug).path), .text(language.feed(.subscribeCalendar))),
               .a(.href(SiteURL.bodyNews(bodySlug: body.slug).path), .text(language.feed(.newsFeed)))),
            model.years.isEmpty ? Fragment.empty(t(.noMeetings)) : .forEach(model.years) { year in
                .section(
                    // The year's page in the archive: its meetings and what of each is published.
                    .h3(.a(.href(SiteURL.bodyYear(slug: body.slug, year: year.year).path), .text("\(year.year)"))),
                    Fragment.meetingList(year.meetings, empty: "", language: language, showBody: false)
                )
            }
        )
    }

    private static func memberTable(_ members: [Model.Member], caption: String?, language: Language) -> Node<HTML.BodyContext> {
        let t = language.text
        return .table(
            .unwrap(caption) { .caption(.text($0)) },
            .thead(.tr(.th(.text(t(.person))), .th(.text(t(.title))), .th(.text(t(.organisation))),
                       .th(.text(t(.role))), .th(.text(t(.period))))),
            .tbody(.forEach(members) { member in
                .tr(
                    .td(.a(.href(member.url.path), .text(member.name))),
                    .td(.text(member.title ?? "")),
                    .td(.text(member.organisation ?? "")),
                    .td(.text(language.name(of: member.role))),
                    .td(PeriodText.node(member.period, language))
                )
            })
        )
    }
}

/// "fra 18. juni 2021" or "18. juni 2021 – 16. september 2022".
enum PeriodText {
    static func node(_ period: DayPeriod, _ language: Language) -> Node<HTML.BodyContext> {
        guard let end = period.end else {
            return .group(.text(language.text(.from) + " "), Fragment.date(period.start, language))
        }
        return .group(Fragment.date(period.start, language), .text(" – "), Fragment.date(end, language))
    }
}
