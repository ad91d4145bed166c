import Plot

extension CalendarSubscriptionPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let f = language.feed
        return Layout(context: context, title: f(.myCalendar),
                      breadcrumbs: [.init(title: language.text(.frontPage), url: .home), .init(title: f(.myCalendar), url: nil)]).render(
            .h1(.text(f(.myCalendar))),
            .p(.class("lead"), .text(f(.myCalendarIntro))),
            .unwrap(model.newAddress, { address in
                .section(
                    .class("panel"),
                    .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text(f(.myCalendarMade)))),
                    .div(.class("form-field"),
                         .label(.for("kalenderadresse"), .text(f(.myCalendarAddress))),
                         .input(.type(.text), .id("kalenderadresse"), .value(address.attributeEscaped), .readonly(true))),
                    .unwrap(model.webcalAddress) { .p(.a(.href($0.attributeEscaped), .text(f(.subscribeCalendar)))) },
                    .div(.class("alert alert--warning"), .p(.text(f(.myCalendarSecret))))
                )
            }, else: .p(.text(f(model.hasAddress ? .myCalendarExists : .myCalendarNone)))),
            .form(
                .method(.post), .action(SiteURL.myCalendar.path), .class("actions"),
                FormField.csrf(context),
                .button(.type(.submit), .class(model.hasAddress || model.newAddress != nil ? "button button--secondary" : "button"),
                        .text(f(model.hasAddress || model.newAddress != nil ? .myCalendarRenew : .myCalendarNew)))
            ),
            .section(
                .h2(.text(f(.myCalendarHowTo))),
                .ul(.li(.text(f(.howToOutlook))), .li(.text(f(.howToGoogle))), .li(.text(f(.howToApple))))
            )
        )
    }
}
