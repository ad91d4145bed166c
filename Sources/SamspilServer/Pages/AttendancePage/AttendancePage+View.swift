import Plot
import SamspilCore

extension AttendancePage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let t = language.text
        let w = language.bodyWork
        let dateText = language.format(model.meeting.date)
        let errors = model.people.compactMap { person in
            person.error.map { (id: radioID(person.key, markable[0]), message: "\(person.name): \(w($0))") }
                ?? person.cprNumber.map { (id: noteFieldName(person.key), message: "\(person.name): \(language.cprInText($0))") }
        } + GuestForm.Field.allCases.compactMap { field in
            model.guestForm.error(of: field, in: language).map { (id: field.rawValue, message: $0) }
        }
        return Layout(
            context: context, title: "\(t(.attendance)) \(dateText) – \(model.body.name)",
            breadcrumbs: [.init(title: t(.frontPage), url: .home), .init(title: model.body.name, url: .body(slug: model.body.slug)),
                          .init(title: dateText, url: model.meetingURL), .init(title: t(.attendance), url: nil)]
        ).render(
            .h1(.text(t(.attendance)), .br(), .span(.class("muted"), .text("\(model.body.name), "), Fragment.date(model.meeting.date, language))),
            model.locked
                ? .div(.class("alert"), .attribute(named: "role", value: "status"), .p(.text(w(.attendanceLocked))))
                : .p(.class("lead"), .text(w(.attendanceIntro))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            BodyWorkFragment.errorSummary(errors, language),
            .h2(.text(w(.attendanceList))),
            model.people.isEmpty ? Fragment.empty(w(.attendanceNobody))
                : model.locked ? readOnlyList(model.people, language: language) : markingForm(model, context: context),
            guests(model, context: context)
        )
    }

    static func radioID(_ key: String, _ status: Attendance.Status) -> String { "status-\(key)-\(status.rawValue)" }

    private static func groups(_ people: [Person]) -> [(String?, [Person])] {
        people.groupedInOrder(by: \.organisation)
    }

    private static func markingForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .form(
            .method(.post), .action(model.formURL.path),
            FormField.csrf(context),
            .forEach(groups(model.people)) { organisation, people in
                // Fieldsets are body content; `component` places them in the form.
                .component(Node<HTML.BodyContext>.section(
                    .class("organisation"),
                    .h3(.text(organisation ?? language.text(.withoutOrganisation))),
                    .forEach(people) { personFields($0, language: language) }
                ))
            },
            .button(.type(.submit), .class("button"), .text(language.bodyWork(.attendanceSave)))
        )
    }

    /// One person's radio buttons and note, in a fieldset named by the person.
    private static func personFields(_ person: Person, language: Language) -> Node<HTML.BodyContext> {
        let w = language.bodyWork
        let errorID = "status-\(person.key)-error"
        let noteID = noteFieldName(person.key)
        let legend: Node<HTML.BodyContext> = .element(named: "legend", nodes: [
            .text(person.name),
            .unwrap(person.title) { .span(.class("muted"), .text(", " + $0)) },
            .if(!person.onList, .span(.class("muted"), .text(" – " + w(.attendanceNotOnList)))),
        ])
        let choices: Node<HTML.BodyContext> = .div(.class("choices"), .forEach(markable) { status in
            choice(person, status, language: language)
        })
        let noteErrorID = "\(noteID)-error"
        let note: Node<HTML.BodyContext> = .span(
            .class("note-field"),
            .label(.for(noteID), .text(w(.attendanceNote))),
            .input(.type(.text), .id(noteID), .name(noteID), .value(person.note.attributeEscaped),
                   .attribute(named: "placeholder", value: w(.attendanceNoteExample)),
                   .attribute(named: "aria-invalid", value: person.cprNumber.map { _ in "true" }),
                   .attribute(named: "aria-describedby", value: person.cprNumber.map { _ in noteErrorID })),
            .unwrap(person.cprNumber) { .p(.class("field-error"), .id(noteErrorID), .text(language.cprInText($0))) }
        )
        let error: Node<HTML.BodyContext> = .unwrap(person.error) { .p(.class("field-error"), .id(errorID), .text(w($0))) }
        return .element(named: "fieldset", nodes: [
            .class(person.error == nil && person.cprNumber == nil ? "attendance-person" : "attendance-person form-field--error"),
            .attribute(named: "aria-describedby", value: person.error.map { _ in errorID }),
            legend, error, choices, note,
        ])
    }

    private static func choice(_ person: Person, _ status: Attendance.Status, language: Language) -> Node<HTML.BodyContext> {
        let id = radioID(person.key, status)
        return .span(
            .class("choice"),
            .input(.type(.radio), .id(id), .name(statusFieldName(person.key)), .value(status.rawValue),
                   .attribute(named: "checked", value: person.status == status ? "checked" : nil),
                   .attribute(named: "aria-invalid", value: person.error.map { _ in "true" })),
            .label(.for(id), .text(language.bodyWork(statusName(status))))
        )
    }

    static func statusName(_ status: Attendance.Status) -> BodyWorkText {
        switch status {
        case .present: .statusPresent
        case .apologies: .statusApologies
        case .absent: .statusAbsent
        case .guest: .statusGuest
        }
    }

    private static func readOnlyList(_ people: [Person], language: Language) -> Node<HTML.BodyContext> {
        .forEach(groups(people.filter(\.onList))) { organisation, people in
            .section(
                .class("organisation"),
                .h3(.text(organisation ?? language.text(.withoutOrganisation))),
                .ul(.forEach(people) { person in
                    .li(
                        .text(person.name),
                        .unwrap(person.title) { .text(", " + $0) },
                        .text(" – " + (person.status.map { language.bodyWork(statusName($0)) } ?? "")),
                        .if(!person.note.isEmpty, .span(.class("muted"), .text(" (\(person.note))")))
                    )
                })
            )
        }
    }

    private static func guests(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        return .section(
            .attribute(named: "aria-labelledby", value: "gaester"),
            .h2(.id("gaester"), .text(language.text(.guests))),
            model.guests.isEmpty ? Fragment.empty(w(.noGuests)) : .ul(.class("plain-list"), .forEach(model.guests) { guest in
                .li(
                    .text(guest.name),
                    .unwrap(guest.title) { .text(", " + $0) },
                    .unwrap(guest.organisation) { .text(", " + $0) },
                    .unwrap(guest.note) { .span(.class("muted"), .text(" (\($0))")) },
                    .if(!model.locked, BodyWorkFragment.buttonForm(
                        action: model.guestsURL, fields: [("remove", guest.attendanceID.lowercased)], label: w(.removeGuest),
                        accessibleLabel: "\(w(.removeGuest)): \(guest.name)", context: context))
                )
            }),
            .if(!model.locked, addGuestForm(model, context: context))
        )
    }

    private static func addGuestForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let w = language.bodyWork
        let form = model.guestForm
        func field(_ name: GuestForm.Field, _ label: String, _ value: String, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: label, value: value, error: form.error(of: name, in: language),
                              hint: hint, required: name == .name)
        }
        return .group(
            .h3(.text(w(.addGuest))),
            .form(
                .class("form"), .method(.post), .action(model.guestsURL.path),
                FormField.csrf(context),
                FormField.input(field(.name, w(.guestName), form.name)),
                FormField.input(field(.organisation, language.text(.organisation), form.organisation,
                                      hint: w(.guestOrganisationHint))),
                FormField.input(field(.title, language.text(.title), form.title)),
                FormField.input(field(.note, w(.attendanceNote), form.note, hint: w(.attendanceNoteExample))),
                .button(.type(.submit), .class("button"), .text(w(.addGuest)))
            )
        )
    }
}
