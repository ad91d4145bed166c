import Plot
import SamspilCore

extension MeetingEditorPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let w = language.work
        let dateText = language.format(model.meeting.date)
        return Layout(
            context: context, title: "\(w(.editAgenda)) \(dateText) – \(model.bodyName)",
            breadcrumbs: [.init(title: language.text(.frontPage), url: .home),
                          .init(title: model.bodyName, url: .body(slug: model.bodySlug)),
                          .init(title: dateText, url: model.meetingURL), .init(title: w(.editMeeting), url: nil)]
        ).render(
            .h1(.text("\(w(.editAgenda)): \(model.bodyName)"), .br(), .span(.class("muted"), Fragment.date(model.meeting.date, language))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            .unwrap(model.cancellationNotice) { Fragment.notice(language.cancellation($0)) },
            .p(.class("actions"),
               .a(.href(model.meetingURL.path), .text(w(.viewMeeting))),
               .a(.href(model.url(.attendance).path), .text(w(.attendanceLink))),
               .a(.href(SiteURL.backlog(bodySlug: model.bodySlug).path), .text(w(.backlogLink))),
               .a(.href(SiteURL.followUp(bodySlug: model.bodySlug).path), .text(w(.followUpLink)))),
            lifeCycle(model, language: language),
            .if(model.isLocked, .div(.class("alert alert--warning"), .p(.text(w(.lockedNotice))))),
            agenda(model, context: context),
            .if(!model.isLocked, .group(
                newItemForms(model, context: context),
                backlog(model, context: context)
            )),
            headerForm(model, context: context)
        )
    }

    private static func lifeCycle(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let w = language.work
        return .section(
            .class("panel"),
            .h2(.text(w(.lifeCycle))),
            .ol(.class("steps"), .forEach(MeetingStatus.allCases) { status in
                .li(.class(status == model.meeting.status ? "steps__current" : status < model.meeting.status ? "steps__done" : ""),
                    .if(status == model.meeting.status, .attribute(named: "aria-current", value: "step")),
                    .text(language.name(of: status)))
            }),
            .if(model.meeting.isCancelled, .div(.class("alert alert--warning"), .p(.strong(.text(language.cancellation(.cancelledNotice)))))),
            .unwrap(model.meeting.isCancelled ? nil : model.meeting.status.next, { next in
                .p(.a(.class("button"), .href(model.url(.status).path + "?til=\(next.rawValue)"), .text(language.step(to: next))))
            }, else: .if(!model.meeting.isCancelled, .p(.text(w(.noNextStep))))),
            .if(model.meeting.canBeCancelled, .p(.a(.class("button button--secondary"), .href(model.url(.cancellation).path),
                                                    .text(language.cancellation(.cancelMeeting))))),
            .if(model.meeting.isCancelled, .p(.a(.class("button button--secondary"), .href(model.url(.reinstatement).path),
                                                 .text(language.cancellation(.reinstateMeeting)))))
        )
    }

    private static func agenda(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        let items = model.items
        return .section(
            .h2(.text(w(.agendaItems))),
            .unwrap(model.schedule.overrunMinutes) { minutes in
                .div(.class("alert alert--warning"), .attribute(named: "role", value: "status"),
                     .p(.text("\(w(.overrun)) \(minutes) min.")))
            },
            .table(
                .class("agenda-table"),
                .thead(.tr(.th(.text("#")), .th(.text(language.text(.timeSlot))), .th(.text(w(.itemTitle))),
                           .th(.text(w(.kind))), .th(.text(w(.duration))), .th(.text(w(.presenter))),
                           .if(!model.isLocked, .th(.span(.class("visually-hidden"), .text(w(.edit))))))),
                .tbody(.forEach(items.enumerated()) { index, item in
                    .tr(
                        .if(item.isBreak, .class("agenda-table__break")),
                        .td(.text(item.number.map(String.init) ?? "")),
                        .td(.text(language.format(start: item.start, end: item.end) ?? "")),
                        .td(item.isBreak ? .text(item.title) : .a(.href(model.url(.item(item.id)).path), .text(item.title))),
                        .td(.text(item.isBreak ? "" : language.name(of: item.kind))),
                        .td(.text(item.durationMinutes.map { "\($0) min." } ?? "")),
                        .td(.text(item.presenter ?? "")),
                        .if(!model.isLocked, .td(.class("row-actions"),
                            .if(index > 0, moveButton(item, direction: "op", label: w(.moveUp), model: model, context: context)),
                            .if(index < items.count - 1, moveButton(item, direction: "ned", label: w(.moveDown), model: model, context: context)),
                            .a(.href(model.url(.itemDelete(item.id)).path), .text(w(.delete)),
                               .attribute(named: "aria-label", value: "\(w(.delete)): \(item.title)".attributeEscaped))
                        ))
                    )
                })
            ),
            .unwrap(model.schedule.plannedEnd) { end in .p(.text("\(w(.plannedEnd)) \(end.danish)")) }
        )
    }

    private static func moveButton(_ item: AgendaItem, direction: String, label: String, model: Model,
                                   context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(model.url(.itemMove(item.id)).path),
            FormField.csrf(context),
            .input(.type(.hidden), .name("retning"), .value(direction)),
            .button(.type(.submit), .class("link-button"), .attribute(named: "aria-label", value: "\(label): \(item.title)".attributeEscaped),
                    .text(label))
        )
    }

    private static func newItemForms(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        let form = model.newItem
        let kinds = [("", w(.kindNone))] + AgendaItemKind.allCases.map { ($0.rawValue, language.name(of: $0)) }
        return .section(
            .class("columns"),
            .div(
                .h2(.id("nyt-punkt"), .text(w(.addItem))),
                .p(.class("hint"), .text(w(.addItemIntro))),
                FormField.errorSummary(form.errors.map { (id: $0.key.rawValue, message: w($0.value)) }, title: w(.formHasErrors)),
                .form(
                    .class("form"), .method(.post), .action(model.url(.items).path),
                    FormField.csrf(context),
                    .input(.type(.hidden), .name("type"), .value("item")),
                    FormField.input(.init(name: "title", label: w(.itemTitle), value: form.title,
                                          error: form.errors[.title].map(w), required: true)),
                    FormField.input(.init(name: "duration", label: w(.durationMinutes), value: form.duration,
                                          error: form.errors[.duration].map(w), required: true),
                                    type: "number", extra: [("min", "1"), ("max", "480")]),
                    FormField.select(.init(name: "kind", label: w(.kind), value: form.kind), options: kinds),
                    FormField.input(.init(name: "presenter", label: w(.presenter), value: form.presenter)),
                    .button(.type(.submit), .class("button"), .text(w(.addItem)))
                )
            ),
            .div(
                .h2(.text(w(.addBreak))),
                .form(
                    .class("form"), .method(.post), .action(model.url(.items).path),
                    FormField.csrf(context),
                    .input(.type(.hidden), .name("type"), .value("break")),
                    // Its own name, so its id and label do not clash with the new item's duration.
                    FormField.input(.init(name: "break_duration", label: w(.durationMinutes), value: "15", required: true),
                                    type: "number", extra: [("min", "1"), ("max", "480")]),
                    .button(.type(.submit), .class("button button--secondary"), .text(w(.addBreak)))
                )
            )
        )
    }

    private static func backlog(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        return .section(
            .h2(.text(w(.backlogTitle))),
            model.backlog.isEmpty ? Fragment.empty(w(.backlogEmpty)) : .ul(.class("plain-list backlog"), .forEach(model.backlog) { item in
                .li(
                    .strong(.text(item.title)),
                    .unwrap(item.proposedBy) { .text(" · \(w(.backlogProposedBy)) \($0)") },
                    .unwrap(item.proposedOn) { .text(" (\(language.format($0)))") },
                    .unwrap(item.due) { .text(" · \(w(.backlogDue)) \(language.format($0))") },
                    .form(
                        .class("inline-form"), .method(.post), .action(model.url(.items).path),
                        FormField.csrf(context),
                        .input(.type(.hidden), .name("type"), .value("backlog")),
                        .input(.type(.hidden), .name("backlog"), .value(item.id.lowercased)),
                        .button(.type(.submit), .class("button button--secondary"),
                                .attribute(named: "aria-label", value: "\(w(.backlogAdd)): \(item.title)".attributeEscaped), .text(w(.backlogAdd)))
                    )
                )
            })
        )
    }

    private static func headerForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let w = context.language.work
        return .section(
            .h2(.id("oplysninger"), .text(w(.meetingDetails))),
            headerFields(model.header, action: model.url(.editor), submit: w(.saveDetails), context: context,
                         locked: model.isLocked)
        )
    }

    /// The header's form, for a new meeting and for an existing one.
    static func headerFields(_ header: MeetingHeaderForm, action: SiteURL, submit: String, context: PageContext,
                             locked: Bool = false) -> Node<HTML.BodyContext> {
        let w = context.language.work
        func field(_ key: MeetingHeaderForm.Field, _ label: MeetingWorkText, hint: String? = nil, required: Bool = false) -> FormField.Content {
            .init(name: key.rawValue, label: w(label), value: header[key], error: header.errors[key].map(w), hint: hint, required: required)
        }
        return .group(
            FormField.errorSummary(MeetingHeaderForm.Field.allCases.compactMap { key in
                header.errors[key].map { (id: key.rawValue, message: w($0)) }
            }, title: w(.formHasErrors)),
            .form(
                .class("form"), .method(.post), .action(action.path),
                FormField.csrf(context),
                FormField.input(FormField.Content(name: "date", label: context.language.text(.date), value: header[.date],
                                                 error: header.errors[.date].map(w), required: true), type: "date"),
                FormField.input(field(.start, .startTime), type: "time"),
                FormField.input(field(.end, .endTime), type: "time"),
                FormField.input(field(.location, .location)),
                FormField.input(field(.chair, .chair)),
                FormField.input(field(.minuteTakers, .minuteTakers, hint: w(.minuteTakersHint))),
                .if(!locked, .button(.type(.submit), .class("button"), .text(submit)))
            )
        )
    }

    static func renderNew(_ model: NewMeetingModel, context: PageContext) -> String {
        let language = context.language
        let w = language.work
        return Layout(
            context: context, title: "\(w(.newMeeting)) – \(model.bodyName)",
            breadcrumbs: [.init(title: language.text(.frontPage), url: .home),
                          .init(title: model.bodyName, url: .body(slug: model.bodySlug)), .init(title: w(.newMeeting), url: nil)]
        ).render(
            .h1(.text("\(w(.newMeeting)): \(model.bodyName)")),
            .p(.class("lead"), .text(w(.newMeetingIntro))),
            headerFields(model.header, action: .newMeeting(bodySlug: model.bodySlug), submit: w(.createMeeting), context: context)
        )
    }
}

extension Fragment {
    /// A message that something was done, read out by screen readers.
    static func notice(_ text: String) -> Node<HTML.BodyContext> {
        .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text(text)))
    }
}
