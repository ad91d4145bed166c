import Foundation
import Plot

/// The signed-in user's API tokens: the list with when each was made, last used and revoked, a form to
/// make one, and the new token itself once, in the answer to the form (only its hash is kept).
enum APITokensPage {
    struct Model {
        var tokens: [APITokens.Listed]
        var newToken: String?
        var name = ""
        var nameError: String?
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let a = language.apiToken
        return Layout(context: context, title: a(.title),
                      breadcrumbs: [.init(title: language.text(.frontPage), url: .home), .init(title: a(.title), url: nil)]).render(
            .h1(.text(a(.title))),
            .p(.class("lead"), .text(a(.intro))),
            .unwrap(model.notice) { .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .unwrap(model.newToken) { token in
                .section(
                    .class("panel"),
                    .div(.class("alert alert--success"), .attribute(named: "role", value: "status"), .p(.text(a(.made)))),
                    .div(.class("form-field"),
                         .label(.for("ny-noegle"), .text(a(.title))),
                         .input(.type(.text), .id("ny-noegle"), .value(token.attributeEscaped), .readonly(true))),
                    .div(.class("alert alert--warning"), .p(.text(a(.secret))))
                )
            },
            .form(
                .method(.post), .action(SiteURL.apiTokens.path), .class("panel"),
                FormField.csrf(context),
                FormField.input(FormField.Content(name: "name", label: a(.nameLabel), value: model.name, error: model.nameError,
                                                  hint: a(.nameHint), required: true)),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(a(.create))))
            ),
            .p(.text(a(.howTo))),
            .ul(
                .li(.a(.href("/api/v1/openapi.json"), .text(a(.documentation)))),
                .li(.a(.href("/oparl/v1.1/system"), .text(a(.openData))))
            ),
            .section(
                .h2(.text(a(.listTitle))),
                model.tokens.isEmpty ? .p(.text(a(.none))) : .table(
                    .class("table"),
                    .thead(.tr(.th(.text(a(.nameLabel))), .th(.text(a(.created))), .th(.text(a(.lastUsed))), .th(.text(a(.revoked))),
                               .th(.span(.class("visually-hidden"), .text(a(.revoke)))))),
                    .tbody(.forEach(model.tokens) { token in
                        .tr(
                            .td(.text(token.name)),
                            .td(.text(token.createdAt.map(language.format) ?? "")),
                            .td(.text(token.lastUsedAt.map(language.format) ?? a(.never))),
                            .td(.text(token.revokedAt.map(language.format) ?? "")),
                            .td(.if(token.revokedAt == nil, .form(
                                .method(.post), .action(SiteURL.apiTokenRevoke(token.id).path),
                                FormField.csrf(context),
                                .button(.type(.submit), .class("button button--secondary"),
                                        .attribute(named: "aria-label", value: "\(a(.revoke)): \(token.name)"), .text(a(.revoke)))
                            )))
                        )
                    })
                )
            )
        )
    }
}
