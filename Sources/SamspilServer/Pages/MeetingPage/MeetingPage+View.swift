import MinutesExport
import Plot
import SamspilCore

extension MeetingPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        let meeting = model.meeting
        let kind = model.isMinutes ? t(.minutes) : t(.agenda)
        let dateText = language.format(meeting.date)
        return Layout(
            context: context, title: "\(kind) \(dateText) – \(model.bodyName)",
            breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: model.bodyName, url: model.bodyURL),
                          .init(title: dateText, url: nil)]
        ).render(
            .h1(.text("\(kind): \(model.bodyName)"), .br(), .span(.class("muted"), Fragment.date(meeting.date, language))),
            .p(Fragment.statusTag(meeting.status, language),
               .if(model.mayEdit, .a(.class("button button--secondary"),
                                     .href(SiteURL.meetingPart(bodySlug: model.bodySlug, key: model.key, .editor).path),
                                     .text(language.work(.editMeeting))))),
            .if(meeting.isCancelled, .div(.class("alert alert--warning"), .attribute(named: "role", value: "status"),
                                          .p(.strong(.text(language.cancellation(.cancelledNotice)))))),
            .if(model.minutesWithheld, .div(.class("alert"), .p(.text(t(.minutesNotApproved))))),
            documentLinks(model, language: language),
            facts(model, language: language),
            attendance(model, language: language),
            previousFollowUp(model, language: language),
            .if(!model.attachments.isEmpty, .section(
                .h2(.text(t(.attachments))),
                .ul(.forEach(model.attachments) { .li(.text($0.title)) })
            )),
            .section(
                .attribute(named: "aria-labelledby", value: "dagsorden"),
                .h2(.id("dagsorden"), .text(kind)),
                model.items.isEmpty ? Fragment.empty(t(.noItems)) : .group(
                    tableOfContents(model.items, language: language),
                    .forEach(model.items) { item(itemModel: $0, model: model, language: language) }
                )
            ),
            auditTrail(model, language: language)
        )
    }

    /// The agenda, and the minutes once this viewer may read them, as Word, PDF and a printable page.
    private static func documentLinks(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let kinds: [MeetingDocument.Kind] = model.isMinutes ? [.agenda, .minutes] : [.agenda]
        return .nav(
            .class("document-links"), .attribute(named: "aria-label", value: language.export(.documentsHeading)),
            .ul(.class("plain-list"), .forEach(kinds) { kind in
                .li(.strong(.text(language.export(kind == .agenda ? .agenda : .minutes) + ": ")),
                    .forEach(ExportFormat.allCases) { format in
                        .a(.href(SiteURL.meetingPart(bodySlug: model.bodySlug, key: model.key, .document(kind, format)).path),
                           .attribute(named: "aria-label", value: "\(language.export(kind == .agenda ? .agenda : .minutes)) – \(language.export(format.label))"),
                           .text(language.export(format.label)))
                    })
            })
        )
    }

    private static func previousFollowUp(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        guard !model.previousActions.isEmpty, let previous = model.previousMeeting else { return .empty }
        let w = language.work
        return .section(
            .h2(.text(w(.followUpFromPrevious))),
            .p(.a(.href(previous.url.path), Fragment.date(previous.date, language))),
            .ul(.class("plain-list"), .forEach(model.previousActions) { actionLine($0, language: language) })
        )
    }

    private static func actionLine(_ line: Model.ActionLine, language: Language) -> Node<HTML.ListContext> {
        let w = language.work
        return .li(
            .class("action action--\(line.action.state.rawValue)"),
            .text(line.action.text), .text(" – \(line.owner)"),
            .unwrap(line.action.due) { .text(" · \(w(.actionDue)) \(language.format($0))") },
            .text(" · "), .strong(Fragment.actionState(line.action.state, language))
        )
    }

    private static func auditTrail(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        guard !model.auditTrail.isEmpty else { return .empty }
        let w = language.work
        return .section(
            .class("audit"),
            .h2(.id("aendringslog"), .text(w(.auditTrail))),
            .table(
                .thead(.tr(.th(.text(language.text(.date))), .th(.text(language.text(.person))), .th(.text(w(.auditField))),
                           .th(.text(w(.conflictSaved))), .th(.text(w(.auditReason))))),
                .tbody(.forEach(model.auditTrail) { line in
                    let entry = line.entry
                    return .tr(
                        .td(.element(named: "time", nodes: [.attribute(named: "datetime", value: entry.at.formatted(.iso8601)),
                                                            .text(language.format(entry.at))])),
                        .td(.text(entry.userName)),
                        auditChange(line, language: language),
                        .td(.text(entry.reason ?? ""))
                    )
                })
            )
        )
    }

    private static func auditChange(_ line: Model.AuditLine, language: Language) -> Node<HTML.TableRowContext> {
        let w = language.work
        switch line.entry.change {
        case let .status(from, to):
            return .group(.td(.text(w(.auditStatus))),
                          .td(.text("\(language.name(of: from)) → \(language.name(of: to))")))
        case let .field(name, before, after):
            let field = ItemDraft.Field(rawValue: name).map { language.name(of: $0) } ?? name
            return .group(.td(.text([line.item, field].compactMap { $0 }.joined(separator: ": "))),
                          .td(.element(named: "del", nodes: [.text(before)]), .br(), .element(named: "ins", nodes: [.text(after)])))
        case .cancelled:
            return .group(.td(.text(language.cancellation(.auditCancelled))), .td())
        case .reinstated:
            return .group(.td(.text(language.cancellation(.auditReinstated))), .td())
        }
    }

    private static func facts(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let t = language.text
        let meeting = model.meeting
        let rows: [(String, String?)] = [
            (t(.time), language.format(start: meeting.start, end: meeting.end)),
            (t(.place), meeting.location),
            (t(.chair), meeting.chair),
            (t(.minuteTakers), meeting.minuteTakers.isEmpty ? nil : meeting.minuteTakers.joined(separator: ", ")),
        ]
        return .dl(
            .class("facts"),
            .dt(.text(t(.date))), .dd(Fragment.date(meeting.date, language)),
            .forEach(rows.compactMap { label, value in value.map { (label, $0) } }) { label, value in
                .group(.dt(.text(label)), .dd(.text(value)))
            }
        )
    }

    private static func attendance(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let t = language.text
        return .section(
            .h2(.text(t(.attendance))),
            .div(
                .class("columns"),
                attendanceList(t(.present), model.present, language: language),
                attendanceList(t(.apologies), model.apologies, language: language),
                attendanceList(t(.absent), model.absent, language: language),
                .if(!model.guests.isEmpty, .div(
                    .h3(.text("\(t(.guests)) (\(model.guests.count))")),
                    .ul(.forEach(model.guests) { attendee($0) })
                ))
            )
        )
    }

    private static func attendanceList(_ heading: String, _ groups: [Model.OrganisationGroup],
                                       language: Language) -> Node<HTML.BodyContext> {
        let count = groups.reduce(0) { $0 + $1.people.count }
        guard count > 0 else { return .empty }
        return .div(
            .h3(.text("\(heading) (\(count))")),
            .forEach(groups) { group in
                .div(
                    .class("organisation"),
                    .h4(.text(group.organisation ?? language.text(.withoutOrganisation))),
                    .ul(.forEach(group.people) { attendee($0) })
                )
            }
        )
    }

    private static func attendee(_ person: Model.Attendee) -> Node<HTML.ListContext> {
        .li(
            .a(.href(person.url.path), .text(person.name)),
            .unwrap(person.title) { .text(", " + $0) },
            .unwrap(person.note) { .span(.class("muted"), .text(" (\($0))")) }
        )
    }

    private static func tableOfContents(_ items: [AgendaItem], language: Language) -> Node<HTML.BodyContext> {
        .nav(
            .class("toc"),
            .attribute(named: "aria-label", value: language.text(.contents)),
            .ol(.attribute(named: "role", value: "list"), .style("list-style: none"), .forEach(items) { item in
                .li(.a(.href("#\(anchor(of: item))"), .text(numbered(item))))
            })
        )
    }

    static func anchor(of item: AgendaItem) -> String {
        item.number.map { "punkt-\($0)" } ?? "del-\(item.position + 1)"
    }

    static func numbered(_ item: AgendaItem) -> String {
        item.number.map { "\($0). \(item.title)" } ?? item.title
    }

    /// The initiatives and case stages an item is linked to, as links to them.
    private static func registerLinks(_ links: ItemLinks, language: Language) -> Node<HTML.BodyContext> {
        let r = language.register
        return .group(
            .forEach(links.initiatives) { initiative in
                .p(.class("item__meta"), .text("\(r(.linkedInitiatives)): "), .a(.href(SiteURL.initiative(initiative.id).path), .text(initiative.title)))
            },
            .forEach(links.cases) { link in
                .p(.class("item__meta"), .text("\(language.name(of: link.value.kind)): "),
                   .a(.href(SiteURL.cooperationCase(link.value.id).path), .text(link.value.title)), .text(" – \(language.name(of: link.stage))"))
            }
        )
    }

    private static func item(itemModel item: AgendaItem, model: Model, language: Language) -> Node<HTML.BodyContext> {
        let t = language.text
        let meta = [language.format(start: item.start, end: item.end),
                    item.presenter.map { "v/ \($0)" },
                    item.caseNumber.map { "\(t(.caseNumber)) \($0)" }].compactMap { $0 }
        return .element(named: "article", nodes: [
            .class("item"), .id(anchor(of: item)),
            .h3(.text(numbered(item))),
            .if(!meta.isEmpty, .p(.class("item__meta"), .text(meta.joined(separator: " · ")))),
            .if(model.itemsWithTrail.contains(item.id),
                .p(.class("item__meta"), .a(.href(SiteURL.caseTrail(itemID: item.id).path), .text(language.cooperation(.trailLink))))),
            .unwrap(model.itemLinks[item.id]) { registerLinks($0, language: language) },
            .forEach(item.sections) { section in
                .section(
                    .class(section.kind == .decision ? "decision" : "section-\(section.kind.rawValue)"),
                    .h4(.text(section.heading ?? language.heading(of: section.kind))),
                    RichText.render(section.text)
                )
            },
            .forEach(model.itemLinks[item.id]?.indicators ?? []) { shown in
                .section(.class("item-indicator"),
                         .h4(.a(.href(SiteURL.indicator(slug: shown.stored.slug).path), .text(shown.stored.indicator.name))),
                         shown.values.isEmpty ? Fragment.empty(language.cooperation(.noValues)) : .group(
                             .div(.class("chart"), .raw(IndicatorChart.svg(shown.stored.indicator, values: shown.values,
                                                                           idKey: "\(item.id.lowercased.prefix(8))-\(shown.stored.indicator.id.lowercased.prefix(8))"))),
                             IndicatorPage.table(shown.stored.indicator, values: shown.values, language: language)))
            },
            .unwrap(model.itemAttachments[item.id]) { links in
                .section(.class("item-attachments"), .h4(.text(t(.attachments))), .ul(.forEach(links) { link in
                    .li(link.url.map { .a(.href($0.path), .text(link.title)) } ?? .text(link.title),
                        .unwrap(link.detail) { .span(.class("muted"), .text(" (\($0))")) },
                        .if(model.marksPublicAttachments && link.isPublic && link.url != nil,
                            .group(.text(" "), .span(.class("tag tag--public"), .text(language.archive(.publicAttachment))))))
                }))
            },
            .unwrap(model.itemActions[item.id]) { lines in
                .section(.class("item-actions"), .h4(.text(language.work(.actionsTitle))),
                         .ul(.class("plain-list"), .forEach(lines) { actionLine($0, language: language) }))
            },
        ])
    }
}
