import Plot
import SamspilCore

extension ImportPage {
    static func renderForm(_ model: FormModel, context: PageContext) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.importMinutes),
                      breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: t(.importMinutes), url: nil)]).render(
            .h1(.text(t(.importMinutes))),
            .p(.class("lead"), .text(t(.importIntro))),
            .unwrap(model.notice) { .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text(t($0)))) },
            .unwrap(model.error) { .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(t($0)))) },
            model.bodies.isEmpty ? Fragment.empty(t(.importNoBodies)) : .form(
                .class("form"), .method(.post), .action(SiteURL.importMinutes.path), .enctype(.multipartData),
                .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf)),
                .div(.class("form-field"),
                     .label(.for("body"), .text(t(.importBody))),
                     .element(named: "select", nodes: [
                         .id("body"), .attribute(named: "name", value: "body"),
                         .forEach(model.bodies) { body in
                             .element(named: "option", nodes: [.attribute(named: "value", value: body.id.uuidString), .text(body.name)])
                         },
                     ])),
                .div(.class("form-field"),
                     .label(.for("files"), .text(t(.importFiles))),
                     .span(.class("hint"), .text(".txt, .md, .docx, .pdf")),
                     .input(.type(.file), .id("files"), .name("files[]"), .attribute(named: "multiple", value: "multiple"),
                            .attribute(named: "accept", value: ".txt,.md,.markdown,.docx,.pdf"), .required(true))),
                .button(.type(.submit), .class("button"), .text(t(.importUpload)))
            )
        )
    }

    static func renderPreview(_ model: PreviewModel, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: t(.importPreviewTitle),
                      breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: t(.importMinutes), url: .importMinutes),
                                    .init(title: t(.importPreviewTitle), url: nil)]).render(
            .h1(.text(t(.importPreviewTitle))),
            .p(.class("lead"), .text(t(.importPreviewIntro) + " " + t(.importBody) + ": " + model.bodyName + ".")),
            .unwrap(model.error) { .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(t($0)))) },
            .forEach(model.documents) { document(preview: $0, language: language) },
            // The date fields above belong to this form through their `form` attribute.
            .div(
                .class("actions"),
                // Minutes with a CPR number cannot be stored: no button to try.
                .if(!model.hasCPRNumbers, .form(
                    .id(confirmFormID), .method(.post), .action(SiteURL.importConfirm(batch: model.batch).path),
                    .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf)),
                    .button(.type(.submit), .class("button"), .text(t(.importConfirm)))
                )),
                .form(
                    .method(.post), .action(SiteURL.importCancel(batch: model.batch).path),
                    .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf)),
                    .button(.type(.submit), .class("button button--secondary"), .text(t(.importCancel)))
                )
            )
        )
    }

    static let confirmFormID = "import-confirm"

    private static func document(preview document: PreviewModel.Document, language: Language) -> Node<HTML.BodyContext> {
        let t = language.text
        let content: Node<HTML.BodyContext>
        switch document.state {
        case let .failed(message):
            content = .div(.class("alert alert--error"), .p(.text(t(.importFailed) + " " + message)))
        case let .parsed(minutes, alreadyImported):
            let meeting = minutes.meeting
            let attendance = minutes.attendance
            let facts: [(String, String?)] = [
                (t(.date), meeting.date.map(language.format)),
                (t(.time), language.format(start: meeting.start, end: meeting.end)),
                (t(.place), meeting.location),
                (t(.chair), meeting.chair),
                (t(.status), meeting.status == .draft ? language.name(of: .minutesDraft) : language.name(of: .minutesApproved)),
                (t(.importAttendance), "\(attendance.present.count) \(t(.present).lowercased()), "
                    + "\(attendance.absent.count) \(t(.apologies).lowercased()), \(attendance.guests.count) \(t(.guests).lowercased())"),
            ]
            content = .group(
                .if(alreadyImported, .div(.class("alert"), .p(.text(t(.importAlreadyImported))))),
                .if(!document.cprFindings.isEmpty, .div(
                    .class("alert alert--error"), .attribute(named: "role", value: "alert"),
                    .p(.text(t(.importCPRNumbers))),
                    .ul(.forEach(document.cprFindings) { finding in
                        .li(.strong(.text(language.describe(finding))), .text(": " + finding.excerpt))
                    })
                )),
                .if(document.needsDate, .div(
                    .class("alert alert--warning form-field"),
                    .label(.for("date-\(document.id)"), .text(t(.importMissingDate))),
                    .input(.type(.date), .id("date-\(document.id)"), .name("date-\(document.id.uuidString)"),
                           .value((document.enteredDate ?? "").attributeEscaped), .required(true),
                           .attribute(named: "form", value: confirmFormID))
                )),
                .dl(.class("facts"), .forEach(facts.compactMap { label, value in value.map { (label, $0) } }) { label, value in
                    .group(.dt(.text(label)), .dd(.text(value)))
                }),
                .if(!minutes.warnings.isEmpty, .div(
                    .class("alert alert--warning"),
                    .h3(.text("\(t(.importWarnings)) (\(minutes.warnings.count))")),
                    .ul(.forEach(minutes.warnings) { .li(.text($0)) })
                )),
                .table(
                    .caption(.text("\(t(.importItems)) (\(minutes.items.filter { $0.number != nil }.count))")),
                    .thead(.tr(.th(.text(t(.item))), .th(.text(t(.title))), .th(.text(t(.timeSlot)) ), .th(.text(t(.presenter))),
                               .th(.text(t(.importSections))))),
                    .tbody(.forEach(minutes.items) { item in
                        .tr(
                            .td(.text(item.number.map(String.init) ?? "–")),
                            .td(.text(item.title)),
                            .td(.text(language.format(start: item.start, end: item.end) ?? "")),
                            .td(.text(item.presenter ?? "")),
                            .td(.text(item.sections.map { $0.heading ?? language.heading(of: $0.kind) }.joined(separator: ", ")))
                        )
                    })
                )
            )
        }
        return .section(.class("preview"), .h2(.text(document.fileName)), content)
    }

    static func renderResult(_ model: ResultModel, context: PageContext) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.importDone),
                      breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: t(.importMinutes), url: .importMinutes),
                                    .init(title: t(.importDone), url: nil)]).render(
            .h1(.text(t(.importDone))),
            .p(.class("lead"), .text(t(.importBody) + ": " + model.bodyName)),
            .ul(.class("plain-list"), .forEach(model.lines) { line in
                .li(.strong(.text(line.fileName)), .text(": "),
                    line.url.map { .a(.href($0.path), .text(line.text)) } ?? .text(line.text))
            }),
            .p(.a(.href(SiteURL.importMinutes.path), .text(t(.importMinutes))))
        )
    }
}
