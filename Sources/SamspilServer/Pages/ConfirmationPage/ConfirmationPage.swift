import Plot

/// "Are you sure?" before a step that cannot be taken back or that makes something public: says what
/// will happen, and offers the step (a form) and a way back (a link). Works without JavaScript.
/// When something stands in the way of the step, it lists that instead of offering the step.
enum ConfirmationPage {
    /// A list of things with where they are: what stands in the way, or what to look at first.
    struct Notes: Equatable {
        struct Line: Equatable {
            let place: String
            let text: String
            /// Where to put it right.
            let url: SiteURL?
        }

        let heading: String
        let explanation: String
        let lines: [Line]
    }

    struct Model: Equatable {
        let title: String
        /// What the step is about: the meeting, the item.
        let subject: String
        let explanation: String
        let action: SiteURL
        /// Hidden fields the step posts.
        let fields: [String: String]
        let confirm: String
        let cancel: SiteURL
        let breadcrumbs: [Layout.Crumb]
        /// Why the step cannot be taken: listed where the button would be. nil when nothing is in the way.
        var refusal: Notes?
        /// What to look at before confirming; it does not stand in the way.
        var caution: Notes?
    }

    static func render(_ model: Model, context: PageContext) -> String {
        Layout(context: context, title: model.title, breadcrumbs: model.breadcrumbs + [.init(title: model.title, url: nil)]).render(
            .h1(.text(model.title)),
            .p(.class("lead"), .text(model.subject)),
            .div(.class("alert alert--warning"), .p(.text(model.explanation))),
            .unwrap(model.refusal) { notes($0, kind: "alert--error", role: "alert") },
            .unwrap(model.caution) { notes($0, kind: "alert--warning", role: "note") },
            model.refusal == nil ? .form(
                .method(.post), .action(model.action.path), .class("actions"),
                FormField.csrf(context),
                .forEach(model.fields.sorted { $0.key < $1.key }) { name, value in .input(.type(.hidden), .name(name), .value(value.attributeEscaped)) },
                .button(.type(.submit), .class("button"), .text(model.confirm)),
                .a(.class("button button--secondary"), .href(model.cancel.path), .text(context.language.work(.cancel)))
            ) : .p(.class("actions"),
                   .a(.class("button button--secondary"), .href(model.cancel.path), .text(context.language.work(.backToMeeting))))
        )
    }

    private static func notes(_ notes: Notes, kind: String, role: String) -> Node<HTML.BodyContext> {
        .div(
            .class("alert \(kind)"), .attribute(named: "role", value: role),
            .h2(.text(notes.heading)),
            .p(.text(notes.explanation)),
            .ul(.forEach(notes.lines) { line in
                .li(line.url.map { .a(.href($0.path), .text(line.place)) } ?? .strong(.text(line.place)),
                    .if(!line.text.isEmpty, .text(": " + line.text)))
            })
        )
    }
}
