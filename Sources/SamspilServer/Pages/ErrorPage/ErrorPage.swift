import Plot

/// The page for a path or id that does not exist, and for a failure the user cannot mend.
enum ErrorPage {
    static func notFound(language: Language) -> String {
        let t = language.text
        return Layout(language: language, title: t(.notFoundTitle)).render(
            .h1(.text(t(.notFoundTitle))),
            .p(.class("lead"), .text(t(.notFoundText))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }

    static func failure(language: Language) -> String {
        let t = language.text
        return Layout(language: language, title: t(.errorTitle)).render(
            .h1(.text(t(.errorTitle))),
            .p(.class("lead"), .text(t(.errorText))),
            .p(.a(.href(SiteURL.home.path), .text(t(.notFoundLink))))
        )
    }
}
