import Plot

/// "Are you sure?" before a step that cannot be taken back or that makes something public: says what
/// will happen, and offers the step (a form) and a way back (a link). Works without JavaScript.
enum ConfirmationPage {
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
    }

    static func render(_ model: Model, context: PageContext) -> String {
        Layout(context: context, title: model.title, breadcrumbs: model.breadcrumbs + [.init(title: model.title, url: nil)]).render(
            .h1(.text(model.title)),
            .p(.class("lead"), .text(model.subject)),
            .div(.class("alert alert--warning"), .p(.text(model.explanation))),
            .form(
                .method(.post), .action(model.action.path), .class("actions"),
                FormField.csrf(context),
                .forEach(model.fields.sorted { $0.key < $1.key }) { name, value in .input(.type(.hidden), .name(name), .value(value.attributeEscaped)) },
                .button(.type(.submit), .class("button"), .text(model.confirm)),
                .a(.class("button button--secondary"), .href(model.cancel.path), .text(context.language.work(.cancel)))
            )
        )
    }
}
