import Foundation
import Plot
import SamspilCore

/// The indicators: the list with a form for administrators to add one, and each indicator's page with
/// its chart, the same figures as a table (for screen readers and copying), and the CSV import.
enum IndicatorPage {
    struct ListModel {
        var indicators: [(stored: Indicators.Stored, latest: IndicatorPeriod?)]
        var mayEdit: Bool
        var form = IndicatorForm()
        var notice: CooperationText?
    }

    struct Model {
        let stored: Indicators.Stored
        let values: [IndicatorValue]
        var mayEdit: Bool
        var report: Report?
        var importError: CooperationText?

        /// What an import did: the counts, and the lines it could not read.
        struct Report {
            let count: Indicators.ImportCount
            let rejected: [IndicatorCSV.Rejected]
        }
    }

    struct IndicatorForm: PostedForm {
        enum Field: String, CaseIterable { case name, unit, target, breakdown, description }
        var values: [Field: String] = [:]
        var errors: [Field: CooperationText] = [:]

        mutating func indicator() -> Indicator? {
            errors = [:]
            if self[.name].isEmpty { errors[.name] = .nameMissing }
            if self[.unit].isEmpty { errors[.unit] = .unitMissing }
            let target = self[.target].isEmpty ? nil : Double(danish: self[.target])
            if !self[.target].isEmpty, target == nil { errors[.target] = .targetInvalid }
            guard errors.isEmpty else { return nil }
            return Indicator(name: self[.name], unit: self[.unit], target: target,
                             breakdown: Indicator.Breakdown(rawValue: self[.breakdown]) ?? .cluster,
                             description: self[.description].nilIfEmpty)
        }
    }

    static func breadcrumbs(_ language: Language, _ title: String? = nil) -> [Layout.Crumb] {
        Layout.Crumb.list(language.cooperation(.indicatorsTitle), at: .indicators, entry: title, language)
    }

    static func renderList(_ model: ListModel, context: PageContext) -> String {
        let language = context.language
        let c = language.cooperation
        return Layout(context: context, title: c(.indicatorsTitle), breadcrumbs: breadcrumbs(language)).render(
            .h1(.text(c(.indicatorsTitle))),
            .p(.class("lead"), .text(c(.indicatorsIntro))),
            .unwrap(model.notice) { Fragment.empty(c($0)) },
            model.indicators.isEmpty ? Fragment.empty(c(.noIndicators)) : .table(
                .thead(.tr(.th(.text(c(.name))), .th(.text(c(.unit))), .th(.text(c(.target))), .th(.text(c(.breakdown))),
                           .th(.text(c(.latest))))),
                .tbody(.forEach(model.indicators) { row in
                    let indicator = row.stored.indicator
                    return .tr(
                        .td(.a(.href(SiteURL.indicator(slug: row.stored.slug).path), .text(indicator.name))),
                        .td(.text(indicator.unit)),
                        .td(.text(indicator.target.map(IndicatorChart.format) ?? "–")),
                        .td(.text(c(indicator.breakdown == .cluster ? .byCluster : .byOrganisation))),
                        .td(.text(row.latest?.description ?? "–"))
                    )
                })
            ),
            .p(.a(.href(SiteURL.distribution.path), .text(c(.distributionLink)))),
            .if(model.mayEdit, newIndicatorForm(model.form, context: context))
        )
    }

    private static func newIndicatorForm(_ form: IndicatorForm, context: PageContext) -> Node<HTML.BodyContext> {
        let c = context.language.cooperation
        func field(_ name: IndicatorForm.Field, _ label: CooperationText) -> FormField.Content {
            FormField.Content(name: name.rawValue, label: c(label), value: form[name], error: form.errors[name].map(c))
        }
        return .section(
            .class("panel"),
            .h2(.text(c(.newIndicatorTitle))),
            FormField.errorSummary(IndicatorForm.Field.allCases.compactMap { name in form.errors[name].map { (id: name.rawValue, message: c($0)) } },
                                   title: context.language.bodyWork(.errorSummaryTitle)),
            .form(
                .method(.post), .action(SiteURL.indicators.path),
                FormField.csrf(context),
                FormField.input(field(.name, .name)),
                FormField.input(field(.unit, .unit)),
                FormField.input(field(.target, .target)),
                FormField.select(field(.breakdown, .breakdown),
                                 options: [(Indicator.Breakdown.cluster.rawValue, c(.byCluster)), (Indicator.Breakdown.organisation.rawValue, c(.byOrganisation))]),
                FormField.textarea(field(.description, .descriptionLabel), rows: 3),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(c(.createIndicator))))
            )
        )
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let c = language.cooperation
        let indicator = model.stored.indicator
        return Layout(context: context, title: indicator.name, breadcrumbs: breadcrumbs(language, indicator.name)).render(
            .h1(.text(indicator.name)),
            .unwrap(indicator.description) { .p(.class("lead"), .text($0)) },
            .unwrap(model.report) { report(_: $0, language: language) },
            model.values.isEmpty ? Fragment.empty(c(.noValues)) : .group(
                .div(.class("chart"), .raw(IndicatorChart.svg(indicator, values: model.values))),
                .p(.a(.href(SiteURL.indicatorChart(slug: model.stored.slug).path), .text("SVG"))),
                table(indicator, values: model.values, language: language)
            ),
            .if(model.mayEdit, importForm(model, context: context))
        )
    }

    /// The figures as a table: a row per period, a column per group, and the target.
    static func table(_ indicator: Indicator, values: [IndicatorValue], language: Language) -> Node<HTML.BodyContext> {
        let c = language.cooperation
        let groups = IndicatorChart.orderedGroups(values)
        let periods = Array(Set(values.map(\.period))).sorted()
        let byKey = Dictionary(values.map { ("\($0.period)|\($0.group)", $0.value) }, uniquingKeysWith: { _, last in last })
        return .table(
            .class("figures"),
            .caption(.text("\(c(.chartTable)) (\(indicator.unit))")),
            .thead(.tr(.th(.text(c(.period))), .forEach(groups) { .th(.text($0)) },
                       .if(indicator.target != nil, .th(.text(c(.target)))))),
            .tbody(.forEach(periods) { period in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(period.description)),
                    .forEach(groups) { group in .td(.text(byKey["\(period)|\(group)"].map(IndicatorChart.format) ?? "")) },
                    .unwrap(indicator.target) { .td(.text(IndicatorChart.format($0))) })
            })
        )
    }

    private static func report(_ report: Model.Report, language: Language) -> Node<HTML.BodyContext> {
        let c = language.cooperation
        let count = report.count
        return .div(
            .class(report.rejected.isEmpty ? "alert alert--success" : "alert alert--warning"), .attribute(named: "role", value: "status"),
            .p(.text(language == .da
                ? "\(c(.importReport)): \(count.added) nye, \(count.changed) ændrede, \(count.unchanged) uændrede tal; \(report.rejected.count) linjer afvist."
                : "\(c(.importReport)): \(count.added) new, \(count.changed) changed, \(count.unchanged) unchanged figures; \(report.rejected.count) lines rejected.")),
            .if(!report.rejected.isEmpty, .table(
                .caption(.text(c(.rejectedLines))),
                .thead(.tr(.th(.text(c(.line))), .th(.text("CSV")), .th(.text(c(.reason))))),
                .tbody(.forEach(report.rejected) { line in
                    .tr(.td(.text(String(line.line))), .td(.code(.text(line.text))), .td(.text(line.reason)))
                })
            ))
        )
    }

    private static func importForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let c = context.language.cooperation
        return .section(
            .class("panel"),
            .h2(.text(c(.importTitle))),
            .p(.class("muted"), .text(c(.importIntro))),
            .unwrap(model.importError) { .div(.class("alert alert--error"), .p(.text(c($0)))) },
            .form(
                .method(.post), .action(SiteURL.indicator(slug: model.stored.slug).path), .enctype(.multipartData),
                FormField.csrf(context),
                FormField.input(FormField.Content(name: "file", label: c(.csvFile)), type: "file", extra: [("accept", ".csv,text/csv,text/plain")]),
                FormField.textarea(FormField.Content(name: "csv", label: c(.csvText)), rows: 6),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(c(.importButton))))
            )
        )
    }
}
