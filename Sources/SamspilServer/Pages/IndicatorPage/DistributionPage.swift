import Foundation
import Plot
import SamspilCore

/// The distribution helper: an amount split by population in whole kroner, the parts adding up to the
/// total (`Distribution`). A GET form, so a result can be bookmarked and sent on.
enum DistributionPage {
    struct Model {
        var total = ""
        var weights = ""
        var parts: [Distribution.Part] = []
        var errors: [Field: String] = [:]

        enum Field: String { case total = "beloeb", weights = "modtagere" }

        /// The municipalities of Midtklyngen, to start from.
        static let example = "Silkeborg Kommune; 99 500\nSkive Kommune; 46 000\nViborg Kommune; 97 800"

        init(query: [String: String], language: Language) {
            let c = language.cooperation
            total = query[Field.total.rawValue] ?? ""
            weights = query[Field.weights.rawValue] ?? Self.example
            guard query[Field.total.rawValue] != nil else { return }
            let amount = Double(danish: total).flatMap { $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }
            if amount == nil { errors[.total] = c(.totalInvalid) }
            let lines = weights.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let recipients = lines.map { line -> (name: String, weight: Int)? in
                let fields = IndicatorCSV.split(line)
                guard fields.count == 2, let weight = Double(danish: fields[1].trimmingCharacters(in: .whitespaces)),
                      weight.rounded() == weight, abs(weight) < 1e12 else { return nil }
                return (fields[0].trimmingCharacters(in: .whitespaces), Int(weight))
            }
            if recipients.isEmpty || recipients.contains(where: { $0 == nil }) { errors[.weights] = c(.weightsInvalid) }
            guard errors.isEmpty, let amount else { return }
            switch Result(catching: { () throws(Distribution.Problem) in try Distribution.split(amount, by: recipients.compactMap { $0 }) }) {
            case let .success(split): parts = split
            case let .failure(problem): errors[.weights] = problem.description
            }
        }
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let language = context.language
        let c = language.cooperation
        let sum = model.parts.reduce(0) { $0 + $1.weight }
        return Layout(context: context, title: c(.distributionTitle),
                      breadcrumbs: IndicatorPage.breadcrumbs(language, c(.distributionTitle))).render(
            .h1(.text(c(.distributionTitle))),
            .p(.class("lead"), .text(c(.distributionIntro))),
            FormField.errorSummary(model.errors.map { (id: $0.key.rawValue, message: $0.value) }, title: language.bodyWork(.errorSummaryTitle)),
            .form(
                .method(.get), .action(SiteURL.distribution.path), .class("panel"),
                FormField.input(FormField.Content(name: Model.Field.total.rawValue, label: c(.total), value: model.total,
                                                  error: model.errors[.total], required: true)),
                FormField.textarea(FormField.Content(name: Model.Field.weights.rawValue, label: c(.weights), value: model.weights,
                                                     error: model.errors[.weights], hint: c(.weightsHint)), rows: 6),
                .div(.class("actions"), .button(.type(.submit), .class("button"), .text(c(.distribute))))
            ),
            .if(!model.parts.isEmpty, .table(
                .thead(.tr(.th(.text(c(.name))), .th(.text(c(.weights))), .th(.text(c(.share))), .th(.text(c(.amount))))),
                .tbody(.forEach(model.parts) { part in
                    .tr(.td(.text(part.name)), .td(.text(IndicatorChart.format(Double(part.weight)))),
                        .td(.text(String(format: "%.2f %%", sum > 0 ? Double(part.weight) * 100 / Double(sum) : 0)
                            .replacingOccurrences(of: ".", with: language == .da ? "," : "."))),
                        .td(.text(IndicatorChart.format(Double(part.amount)))))
                }),
                .tfoot(.tr(.th(.text(language == .da ? "I alt" : "Total")), .td(.text(IndicatorChart.format(Double(sum)))), .td(.text("100 %")),
                           .td(.text(IndicatorChart.format(Double(model.parts.reduce(0) { $0 + $1.amount }))))))
            ))
        )
    }
}
