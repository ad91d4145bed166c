import Plot

/// The sign-in form. `error` is shown above it after a failed attempt; the e-mail is kept.
enum SignInPage {
    struct Model: Equatable {
        var email = ""
        var error: UIText?
        /// Where to go after signing in: a path of this site only.
        var next: String?
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.signInTitle)).render(
            .h1(.text(t(.signInTitle))),
            .p(.class("lead"), .text(t(.signInIntro))),
            .unwrap(model.error) { error in
                .div(.class("alert alert--error"), .attribute(named: "role", value: "alert"), .p(.text(t(error))))
            },
            .form(
                .class("form"), .method(.post), .action(SiteURL.signIn.path),
                .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrf)),
                .unwrap(model.next) { .input(.type(.hidden), .name("next"), .value($0.attributeEscaped)) },
                .div(.class("form-field"),
                     .label(.for("email"), .text(t(.email))),
                     .input(.type(.email), .id("email"), .name("email"), .value(model.email.attributeEscaped),
                            .attribute(named: "autocomplete", value: "username"), .required(true))),
                .div(.class("form-field"),
                     .label(.for("password"), .text(t(.password))),
                     .input(.type(.password), .id("password"), .name("password"),
                            .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                .button(.type(.submit), .class("button"), .text(t(.signInButton)))
            )
        )
    }
}
