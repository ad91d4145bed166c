import Plot
import SamspilCore

extension ItemEditorPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let w = language.work
        let title = MeetingPage.numbered(model.item)
        return Layout(
            context: context, title: "\(title) – \(w(.editItem))",
            breadcrumbs: [.init(title: language.text(.frontPage), url: .home),
                          .init(title: model.bodyName, url: .body(slug: model.bodySlug)),
                          .init(title: language.format(model.meeting.date), url: model.meetingURL),
                          .init(title: w(.editMeeting), url: model.url(.editor)), .init(title: title, url: nil)]
        ).render(
            .h1(.text(title)),
            .p(.class("muted"), .text([language.format(start: model.item.start, end: model.item.end),
                                       model.item.durationMinutes.map { "\($0) min." }].compactMap { $0 }.joined(separator: " · "))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            .unwrap(model.previousMinutes) { previousMinutes($0, model: model, context: context) },
            .if(!model.conflict.isEmpty, .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"),
                                              .h2(.text(w(.conflictTitle))), .p(.text(w(.conflictIntro))))),
            itemForm(model, context: context),
            attachments(model, context: context),
            actions(model, context: context),
            referral(model, context: context),
            links(model, context: context)
        )
    }

    /// Sends the matter on to other bodies (`Referrals`), and links to its course once it has one.
    private static func referral(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let c = context.language.cooperation
        return .section(
            .h2(.id("send-videre"), .text(c(.referTitle))),
            .if(model.hasTrail, .p(.a(.href(SiteURL.caseTrail(itemID: model.item.id).path), .text(c(.trailLink))))),
            .p(.class("muted"), .text(c(.referIntro))),
            .unwrap(model.referralError) { .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(c($0)))) },
            .form(
                .class("form"), .method(.post), .action(model.url(.itemReferral(model.item.id)).path),
                FormField.csrf(context),
                .fieldset(
                    .element(named: "legend", text: c(.referBodies)),
                    .div(.class("form-field form-field--checkbox"),
                         .input(.type(.checkbox), .id("henvis-klynger"), .name("clusters"), .value("1")),
                         .label(.for("henvis-klynger"), .text(c(.allClusters)))),
                    .forEach(model.referralBodies) { body in
                        .div(.class("form-field form-field--checkbox"),
                             .input(.type(.checkbox), .id("henvis-\(body.value)"), .name("bodies[]"), .value(body.value)),
                             .label(.for("henvis-\(body.value)"), .text(body.label)))
                    }
                ),
                FormField.select(FormField.Content(name: "purpose", label: c(.referPurpose)),
                                 options: ReferralPurpose.allCases.map { ($0.rawValue, c($0.text)) }),
                FormField.input(FormField.Content(name: "due", label: c(.referDue)), type: "date"),
                .button(.type(.submit), .class("button button--secondary"), .text(c(.referButton)))
            )
        )
    }

    private static func itemForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        let form = model.form
        func content(_ field: ItemForm.Field, _ label: MeetingWorkText, hint: String? = nil, required: Bool = false) -> FormField.Content {
            .init(name: field.rawValue, label: w(label), value: form[field], error: form.error(of: field, in: language), hint: hint,
                  required: required)
        }
        let kinds = [("", w(.kindNone))] + AgendaItemKind.allCases.map { ($0.rawValue, language.name(of: $0)) }
        let members = [("", "–")] + model.members.map { ($0.value, $0.label) }
        return .form(
            .class("form form--wide"), .method(.post), .action(model.url(.item(model.item.id)).path),
            FormField.csrf(context),
            .input(.type(.hidden), .name("version"), .value("\(form.version)")),
            .element(named: "div", nodes: [
                .attribute(named: "class", value: "form-errors"),
                FormField.errorSummary(ItemForm.Field.allCases.compactMap { field in
                    form.error(of: field, in: language).map { (id: field.rawValue, message: $0) }
                }, title: w(.formHasErrors)),
            ]),
            conflicting(.title, model: model, context: context),
            FormField.input(content(.title, .itemTitle, required: true)),
            conflicting(.kind, model: model, context: context),
            FormField.select(content(.kind, .kind), options: kinds),
            .if(!model.item.isBreak, .group(
                conflicting(.presenter, model: model, context: context),
                FormField.select(content(.presenterMember, .presenterMember), options: members),
                FormField.input(content(.presenterOther, .presenterOther, hint: w(.presenterHint)))
            )),
            conflicting(.duration, model: model, context: context),
            FormField.input(content(.duration, .durationMinutes), type: "number", extra: [("min", "1"), ("max", "480")]),
            conflicting(.recommendation, model: model, context: context),
            FormField.textarea(content(.recommendation, .recommendation, hint: w(.markdownHint)), rows: 4),
            conflicting(.description, model: model, context: context),
            FormField.textarea(content(.description, .description, hint: w(.markdownHint)), rows: 10),
            .if(model.showsDecision, .group(
                conflicting(.decision, model: model, context: context),
                FormField.textarea(content(.decision, .decision, hint: w(.markdownHint)), rows: 8)
            )),
            .if(!model.showsDecision, .input(.type(.hidden), .name(ItemForm.Field.decision.rawValue), .value(form[.decision].attributeEscaped))),
            .if(model.requiresReason, FormField.textarea(content(.reason, .correctionReason, hint: w(.correctionReasonHint), required: true), rows: 2)),
            .button(.type(.submit), .class("button"), .text(w(.saveItem)))
        )
    }

    /// After a conflict, above a field that differs: the saved value, and a choice to keep it.
    private static func conflicting(_ field: ItemDraft.Field, model: Model, context: PageContext) -> Node<HTML.FormContext> {
        guard let saved = model.conflict[field] else { return .empty }
        let w = context.language.work
        let id = "keep-\(field.rawValue)"
        return .element(named: "div", nodes: [
            .attribute(named: "class", value: "conflict"),
            .element(named: "p", nodes: [.element(named: "strong", nodes: [.text(w(.conflictSaved) + ":")])]),
            .element(named: "blockquote", nodes: [.text(saved.isEmpty ? "–" : saved)]),
            .element(named: "p", nodes: [
                .selfClosedElement(named: "input", attributes: [Attribute(name: "type", value: "checkbox"), Attribute(name: "id", value: id),
                                                                Attribute(name: "name", value: id), Attribute(name: "value", value: "1")]),
                .element(named: "label", nodes: [.attribute(named: "for", value: id), .text(" " + w(.conflictKeepSaved))]),
            ]),
            .element(named: "p", nodes: [.element(named: "strong", nodes: [.text(w(.conflictMine) + ":")])]),
        ])
    }

    private static func previousMinutes(_ previous: Model.PreviousMinutes, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        let back = model.url(.item(model.item.id)).path
        return .div(
            .class("alert"),
            .p(.text("\(w(.approvePreviousText)) \(language.format(previous.date)): \(language.name(of: MeetingStatus.minutesDraft)).")),
            .p(.a(.class("button"), .href(previous.statusURL.path + "?til=\(MeetingStatus.minutesApproved.rawValue)&tilbage=\(back)"),
                  .text(w(.approvePrevious))))
        )
    }

    private static func attachments(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        return .section(
            .h2(.id("bilag"), .text(w(.attachmentsTitle))),
            model.attachments.isEmpty ? Fragment.empty(w(.noAttachments)) : .ul(.class("plain-list"), .forEach(model.attachments) { attachment in
                .li(
                    attachment.file.map { file in
                        .a(.href(model.url(.attachment(attachment.id)).path), .text(attachment.title),
                           .span(.class("muted"), .text(" (\(file.fileName), \(ByteCountFormat.text(file.byteCount)))")))
                    } ?? .text(attachment.title),
                    .if(attachment.file != nil, publication(of: attachment, model: model, context: context)),
                    .unwrap(model.publicationRefused.flatMap { $0.attachmentID == attachment.id ? $0.message : nil }) { message in
                        .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(message))
                    },
                    .if(!model.requiresReason, .form(
                        .class("inline-form"), .method(.post), .action(model.url(.attachmentDelete(attachment.id)).path),
                        FormField.csrf(context),
                        .button(.type(.submit), .class("link-button"),
                                .attribute(named: "aria-label", value: "\(w(.delete)): \(attachment.title)".attributeEscaped), .text(w(.delete)))
                    ))
                )
            }),
            .if(!model.requiresReason, .form(
                .class("form"), .method(.post), .action(model.url(.itemAttachments(model.item.id)).path), .enctype(.multipartData),
                FormField.csrf(context),
                FormField.input(.init(name: "attachment_title", label: w(.attachmentTitle), value: model.attachmentTitle)),
                FormField.input(.init(name: "file", label: w(.attachmentFile), error: model.attachmentError,
                                      hint: w(.attachmentFileHint), required: true),
                                type: "file", extra: [("accept", AttachmentType.allCases.map { "." + $0.rawValue }.joined(separator: ","))]),
                checkbox(id: "attachment_public", label: w(.attachmentPublicChoice), checked: model.attachmentPublic),
                .button(.type(.submit), .class("button button--secondary"), .text(w(.upload)))
            ))
        )
    }

    /// Whether the public archive offers the file, and the button that changes it. Allowed also once the
    /// minutes are approved: it publishes a file, it changes nothing in the minutes.
    private static func publication(of attachment: Attachment, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let w = context.language.work
        return .group(
            .text(" "),
            .span(.class(attachment.isPublic ? "tag tag--public" : "tag"), .text(w(attachment.isPublic ? .attachmentIsPublic : .attachmentIsInternal))),
            .form(
                .class("inline-form"), .method(.post), .action(model.url(.attachmentPublic(attachment.id)).path),
                FormField.csrf(context),
                .input(.type(.hidden), .name("public"), .value(attachment.isPublic ? "0" : "1")),
                .button(.type(.submit), .class("link-button"),
                        .attribute(named: "aria-label", value: "\(w(attachment.isPublic ? .makeInternal : .makePublic)): \(attachment.title)".attributeEscaped),
                        .text(w(attachment.isPublic ? .makeInternal : .makePublic)))
            )
        )
    }

    /// A checkbox with its label after it, posting "1" when ticked.
    private static func checkbox(id: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
        .element(named: "div", nodes: [
            .attribute(named: "class", value: "form-field form-field--checkbox"),
            .selfClosedElement(named: "input", attributes: [Attribute(name: "type", value: "checkbox"), Attribute(name: "id", value: id),
                                                            Attribute(name: "name", value: id), Attribute(name: "value", value: "1")]
                + (checked ? [Attribute(name: "checked", value: "checked")] : [])),
            .element(named: "label", nodes: [.attribute(named: "for", value: id), .text(" " + label)]),
        ])
    }

    private static func actions(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.work
        let form = model.actionForm
        func content(_ field: ActionForm.Field, _ label: MeetingWorkText, required: Bool = false) -> FormField.Content {
            .init(name: field.rawValue, label: w(label), value: form[field], error: form.errors[field].map(w), required: required)
        }
        return .section(
            .h2(.id("opfoelgning"), .text(w(.actionsTitle))),
            model.actions.isEmpty ? Fragment.empty(w(.noActions)) : .ul(.class("plain-list"), .forEach(model.actions) { row in
                .li(.text(row.action.text), .text(" – \(row.owner)"),
                    .unwrap(row.action.due) { .text(" · \(w(.actionDue)) \(language.format($0))") },
                    .text(" · "), Fragment.actionState(row.action.state, language))
            }),
            .form(
                .class("form"), .method(.post), .action(model.url(.itemActions(model.item.id)).path),
                FormField.csrf(context),
                FormField.textarea(content(.text, .actionText, required: true), rows: 2),
                FormField.select(content(.owner, .actionOwner), options: [("", "–")] + model.owners.map { ($0.value, $0.label) }),
                FormField.input(content(.ownerOther, .actionOwnerOther)),
                FormField.input(content(.due, .actionDue), type: "date"),
                .button(.type(.submit), .class("button button--secondary"), .text(w(.addAction)))
            )
        )
    }
}

extension Fragment {
    static func actionState<Context>(_ state: FollowUpAction.State, _ language: Language) -> Node<Context> {
        let w = language.work
        return switch state {
        case .open: .text(w(.actionOpen))
        case .done: .text(w(.actionDone))
        case .dropped: .text(w(.actionDropped))
        }
    }
}

/// File sizes as people read them: "340 kB", "2,4 MB".
enum ByteCountFormat {
    static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) kB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}

extension ItemEditorPage {
    /// Links the item to initiatives, to a stage of an agreement or development task, and to indicators
    /// it shows; each link with a button that removes it.
    static func links(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let r = language.register
        let action = model.url(.itemLinks(model.item.id))
        func remove(_ kind: String, _ target: String, _ name: String) -> Node<HTML.BodyContext> {
            BodyWorkFragment.buttonForm(action: action, fields: [("action", "unlink"), ("kind", kind), ("target", target)],
                                        label: r(.unlink), accessibleLabel: "\(r(.unlink)): \(name)", context: context)
        }
        func add(_ kind: String, _ label: RegisterText, _ options: [(value: String, label: String)]) -> Node<HTML.BodyContext> {
            .form(
                .class("form"), .method(.post), .action(action.path),
                FormField.csrf(context),
                .input(.type(.hidden), .name("action"), .value("link")),
                .input(.type(.hidden), .name("kind"), .value(kind)),
                FormField.select(FormField.Content(name: "target", label: r(label)).withID("forbind-\(kind)"), options: [("", "")] + options),
                .button(.type(.submit), .class("button button--secondary"), .text(r(.link)))
            )
        }
        let links = model.links
        return .section(
            .h2(.id("forbindelser"), .text(r(.linksTitle))),
            .p(.class("muted"), .text(r(.linksIntro))),
            .unwrap(model.linkNotice) { Fragment.notice(r($0)) },
            .unwrap(model.linkError) { .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(r($0)))) },
            .if(!links.isEmpty, .ul(
                .class("plain-list"),
                .forEach(links.initiatives) { initiative in
                    .li(.text("\(r(.linkedInitiatives)): "), .a(.href(SiteURL.initiative(initiative.id).path), .text(initiative.title)),
                        remove("initiative", initiative.id.lowercased, initiative.title))
                },
                .forEach(links.cases) { link in
                    .li(.text("\(r(.linkedCases)): "), .a(.href(SiteURL.cooperationCase(link.value.id).path), .text(link.value.title)),
                        .text(" – \(language.name(of: link.stage))"), remove("case", link.value.id.lowercased, link.value.title))
                },
                .forEach(links.indicators) { shown in
                    .li(.text("\(r(.showIndicator)): "), .a(.href(SiteURL.indicator(slug: shown.stored.slug).path), .text(shown.stored.indicator.name)),
                        remove("indicator", shown.stored.indicator.id.lowercased, shown.stored.indicator.name))
                }
            )),
            .div(.class("columns"),
                 add("initiative", .linkInitiative, model.linkChoices.initiatives.map { ($0.value, $0.label) }),
                 add("case", .linkCase, model.linkChoices.caseStages.map { ($0.value, "\($0.title) – \(language.name(of: $0.stage))") }),
                 add("indicator", .showIndicator, model.linkChoices.indicators.map { ($0.value, $0.label) }))
        )
    }
}
