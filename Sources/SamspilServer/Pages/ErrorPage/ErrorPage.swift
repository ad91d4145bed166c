import Plot

/// The page for a path or id that does not exist, and for a failure the user cannot mend.
enum ErrorPage {
    static func notFound(context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: t(.notFoundTitle)).render(
            .h1(.text(t(.notFoundTitle))),
            .p(.class("lead"), .text(t(.notFoundText))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }

    static func failure(context: PageContext) -> String {
        let language = context.language
        let t = language.text
        return Layout(context: context, title: t(.errorTitle)).render(
            .h1(.text(t(.errorTitle))),
            .p(.class("lead"), .text(t(.errorText))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }

    static func forbidden(context: PageContext, formExpired: Bool) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.forbiddenTitle)).render(
            .h1(.text(t(.forbiddenTitle))),
            .p(.class("lead"), .text(formExpired ? t(.formExpired) : t(.forbiddenText))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }

    /// A page that says one thing, for a request that cannot be served as asked.
    static func message(context: PageContext, _ text: UIText) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.errorTitle)).render(
            .h1(.text(t(.errorTitle))),
            .p(.class("lead"), .text(t(text))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }

    /// A page that says why a request could not be served and leads back to where the visitor came from.
    static func explanation(context: PageContext, _ text: String, back: SiteURL, backText: String) -> String {
        let t = context.language.text
        return Layout(context: context, title: t(.errorTitle)).render(
            .h1(.text(t(.errorTitle))),
            .p(.class("lead"), .text(text)),
            .p(.a(.href(back.path), .text(backText)))
        )
    }
}
