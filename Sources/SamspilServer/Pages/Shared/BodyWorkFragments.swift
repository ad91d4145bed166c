import Foundation
import Plot
import SamspilCore

/// Pieces the pages of a body's work share (backlog, follow-up, standard items, attendance).
enum BodyWorkFragment {
    /// The pages of a body's work, for the links between them.
    enum Section: CaseIterable {
        case followUp, backlog, standardItems

        func url(_ body: Body) -> SiteURL {
            switch self {
            case .followUp: .followUp(bodySlug: body.slug)
            case .backlog: .backlog(bodySlug: body.slug)
            case .standardItems: .standardItems(bodySlug: body.slug)
            }
        }

        var title: BodyWorkText {
            switch self {
            case .followUp: .followUpTitle
            case .backlog: .backlogTitle
            case .standardItems: .standardItemsTitle
            }
        }

        /// Members read the follow-up and the backlog; the standard items are the secretary's.
        var needsEdit: Bool { self == .standardItems }
    }

    static func breadcrumbs(_ body: Body, _ title: String, _ language: Language) -> [Layout.Crumb] {
        [.init(title: language.text(.frontPage), url: .home), .init(title: body.name, url: .body(slug: body.slug)),
         .init(title: title, url: nil)]
    }

    /// Links to the body's other work pages: "Opfølgning · Punkter til kommende møder · Standardpunkter".
    static func sectionLinks(_ body: Body, current: Section, mayEdit: Bool, _ language: Language) -> Node<HTML.BodyContext> {
        let others = Section.allCases.filter { $0 != current && (mayEdit || !$0.needsEdit) }
        return .nav(
            .class("muted"), .attribute(named: "aria-label", value: body.name.attributeEscaped),
            .p(.group(others.enumerated().map { index, section in
                .group(.if(index > 0, .text(" · ")), .a(.href(section.url(body).path), .text(language.bodyWork(section.title))))
            }))
        )
    }

    /// The summary of a form's errors at its top; each links to its field.
    static func errorSummary(_ errors: [(id: String, message: String)], _ language: Language) -> Node<HTML.BodyContext> {
        FormField.errorSummary(errors, title: language.bodyWork(.errorSummaryTitle))
    }

    /// A due date; "Overskredet" beside it when it has passed.
    static func due(_ day: CalendarDay, overdue: Bool, _ language: Language) -> Node<HTML.BodyContext> {
        .group(Fragment.date(day, language),
               .if(overdue, .group(.text(" "), .span(.class("tag tag--draft"), .text(language.bodyWork(.overdue))))))
    }

    /// A link to an item on its meeting's page: "18. juni 2021, 4. Status på projektet".
    static func place(_ place: ItemPlace, _ language: Language) -> Node<HTML.BodyContext> {
        .a(.href(place.href), .text(language.format(place.meeting.date) + ", " + place.itemText))
    }

    /// A form of one button that posts `fields`, e.g. a delete. Plot writes attribute values as they are,
    /// so the values and the label, which may hold what users typed, are escaped here.
    static func buttonForm(action: SiteURL, fields: [(String, String)], label: String, accessibleLabel: String? = nil,
                           secondary: Bool = true, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(action.path),
            FormField.csrf(context),
            .forEach(fields) { name, value in .input(.type(.hidden), .name(name), .value(value.attributeEscaped)) },
            .button(.type(.submit), .class(secondary ? "button button--secondary" : "button"),
                    .unwrap(accessibleLabel) { .attribute(named: "aria-label", value: $0.attributeEscaped) },
                    .text(label))
        )
    }
}
