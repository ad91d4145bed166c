import Plot
import SamspilCore

extension StandardItemsPage {
    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let w = language.bodyWork
        let errors = model.rows.enumerated().flatMap { index, row in
            Row.Field.allCases.compactMap { field in
                row.errors[field].map { (id: Row.fieldName(field, row: index), message: "\(rowTitle(row, index, language)): \(w($0))") }
            }
        }
        return Layout(context: context, title: "\(w(.standardItemsTitle)) – \(model.body.name)",
                      breadcrumbs: BodyWorkFragment.breadcrumbs(model.body, w(.standardItemsTitle), language)).render(
            .h1(.text(w(.standardItemsTitle)), .br(), .span(.class("muted"), .text(model.body.name))),
            BodyWorkFragment.sectionLinks(model.body, current: .standardItems, mayEdit: true, language),
            .p(.class("lead"), .text(w(.standardItemsIntro))),
            .unwrap(model.notice) { Fragment.notice(w($0)) },
            .if(model.usesDefaults, .div(.class("alert"), .p(.text(w(.standardItemsUsingDefaults))))),
            BodyWorkFragment.errorSummary(errors, language),
            .form(
                .method(.post), .action(SiteURL.standardItems(bodySlug: model.body.slug).path),
                FormField.csrf(context),
                .input(.type(.hidden), .name("rows"), .value(String(model.rows.count))),
                // Rows are body content; `component` places them in the form.
                .forEach(Array(model.rows.enumerated())) { index, row in .component(rowFields(row, index: index, language: language)) },
                .p(.class("muted"), .text(w(.standardItemsEmptyFallsBack))),
                .button(.type(.submit), .class("button"), .text(w(.save)))
            )
        )
    }

    /// "Punkt 2: Eventuelt", or "Nyt punkt" for an empty row.
    private static func rowTitle(_ row: Row, _ index: Int, _ language: Language) -> String {
        let w = language.bodyWork
        return row.isBlank && row.errors.isEmpty ? w(.standardItemsNewItem) : "\(language.text(.item)) \(index + 1)"
    }

    private static func rowFields(_ row: Row, index: Int, language: Language) -> Node<HTML.BodyContext> {
        let w = language.bodyWork
        func field(_ field: Row.Field, _ label: String, _ value: String, hint: String? = nil) -> FormField.Content {
            FormField.Content(name: Row.fieldName(field, row: index), label: label, value: value,
                              error: row.errors[field].map(w), hint: hint)
        }
        let kinds: [(value: String, label: String)] = [("", w(.kindNone))]
            + AgendaItemKind.allCases.map { ($0.rawValue, w(kindName($0))) }
        let placements: [(value: String, label: String)] = StandardItem.Placement.allCases.map { ($0.rawValue, w(placementName($0))) }
        return .element(named: "fieldset", nodes: [
            .class("standard-item"),
            .element(named: "legend", text: rowTitle(row, index, language)),
            .input(.type(.hidden), .name(Row.fieldName(.purpose, row: index)), .value(row.purpose.attributeEscaped)),
            FormField.input(field(.title, language.text(.title), row.title,
                                  hint: StandardItem.Purpose(rawValue: row.purpose).map { w(purposeHint($0)) })),
            .div(
                .class("columns"),
                FormField.select(field(.kind, w(.kind), row.kind), options: kinds),
                FormField.input(field(.duration, w(.durationMinutes), row.duration), type: "number",
                                extra: [("min", "\(durations.lowerBound)"), ("max", "\(durations.upperBound)")]),
                FormField.select(field(.placement, w(.placement), row.placement), options: placements)
            ),
            FormField.textarea(field(.recommendation, language.heading(of: .recommendation), row.recommendation), rows: 2),
        ])
    }

    static func kindName(_ kind: AgendaItemKind) -> BodyWorkText {
        switch kind {
        case .decision: .kindDecision
        case .discussion: .kindDiscussion
        case .briefing: .kindBriefing
        }
    }

    static func placementName(_ placement: StandardItem.Placement) -> BodyWorkText {
        switch placement {
        case .opening: .placementOpening
        case .closing: .placementClosing
        }
    }

    static func purposeHint(_ purpose: StandardItem.Purpose) -> BodyWorkText {
        switch purpose {
        case .approveAgenda: .purposeApproveAgenda
        case .approvePreviousMinutes: .purposeApprovePreviousMinutes
        case .comingItems: .purposeComingItems
        case .anyOtherBusiness: .purposeAnyOtherBusiness
        }
    }
}
