import Foundation
import SamspilCore

/// An indicator as a bar chart in SVG, made on the server: periods along the axis, a bar for each group
/// in each period, and the target as a dashed line. It needs no script and prints as it shows; the
/// page puts the same figures in a table beside it, for screen readers and for copying.
enum IndicatorChart {
    static let width = 760.0
    static let height = 380.0
    /// Distinct for the common kinds of colour blindness (Okabe and Ito's palette), each with 3:1 or more
    /// against white.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8F7500", "#56B4E9", "#E69F00", "#000000"]

    /// The chart; `idKey` keeps the ids of its title and description apart from other charts' on the page
    /// (the indicator's own id by default; a meeting's page may show one indicator in two items).
    static func svg(_ indicator: Indicator, values: [IndicatorValue], idKey: String? = nil) -> String {
        let periods = Array(Set(values.map(\.period))).sorted()
        let groups = orderedGroups(values)
        let byKey = Dictionary(values.map { ("\($0.period)|\($0.group)", $0.value) }, uniquingKeysWith: { _, last in last })
        let top = niceMaximum(max(values.map(\.value).max() ?? 0, indicator.target ?? 0))
        let left = 64.0, right = 16.0, upper = 40.0, lower = 96.0
        let plotWidth = width - left - right, plotHeight = height - upper - lower
        func y(_ value: Double) -> Double { upper + plotHeight * (1 - max(0, value) / top) }
        let key = idKey ?? String(indicator.id.lowercased.prefix(8))

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(number(width)) \(number(height))" width="\(number(width))" height="\(number(height))" role="img" aria-labelledby="diagram-titel-\(key) diagram-beskrivelse-\(key)" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">
        <title id="diagram-titel-\(key)">\(escaped(indicator.name))</title>
        <desc id="diagram-beskrivelse-\(key)">\(escaped(description(indicator, periods: periods, groups: groups)))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="\(number(left))" y="22" font-size="15" font-weight="bold" fill="#1a1a1a">\(escaped(indicator.name))</text>

        """
        // The value axis: five steps from 0 to a round maximum.
        for step in 0...5 {
            let value = top * Double(step) / 5
            let lineY = y(value)
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(lineY))\" x2=\"\(number(width - right))\" y2=\"\(number(lineY))\" stroke=\"#dddddd\"/>\n"
            svg += "<text x=\"\(number(left - 8))\" y=\"\(number(lineY + 4))\" text-anchor=\"end\" fill=\"#545454\">\(escaped(format(value)))</text>\n"
        }
        let slot = periods.isEmpty ? plotWidth : plotWidth / Double(periods.count)
        let barWidth = max(2, (slot * 0.8) / Double(max(groups.count, 1)))
        for (periodIndex, period) in periods.enumerated() {
            let slotX = left + slot * Double(periodIndex)
            for (groupIndex, group) in groups.enumerated() {
                guard let value = byKey["\(period)|\(group)"] else { continue }
                let x = slotX + slot * 0.1 + barWidth * Double(groupIndex)
                svg += "<rect x=\"\(number(x))\" y=\"\(number(y(value)))\" width=\"\(number(barWidth))\" height=\"\(number(y(0) - y(value)))\" fill=\"\(colours[groupIndex % colours.count])\"><title>\(escaped("\(group), \(period): \(format(value)) \(indicator.unit)"))</title></rect>\n"
            }
            svg += "<text x=\"\(number(slotX + slot / 2))\" y=\"\(number(y(0) + 18))\" text-anchor=\"middle\" fill=\"#1a1a1a\">\(escaped(period.description))</text>\n"
        }
        svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(0)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(0)))\" stroke=\"#1a1a1a\"/>\n"
        if let target = indicator.target {
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(target)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(target)))\" stroke=\"#b0101e\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
            svg += "<text x=\"\(number(width - right))\" y=\"\(number(y(target) - 6))\" text-anchor=\"end\" fill=\"#b0101e\" font-weight=\"bold\">Mål: \(escaped(format(target)))</text>\n"
        }
        // The legend, in rows under the axis.
        let legendY = height - lower + 40
        for (index, group) in groups.enumerated() {
            let x = left + Double(index % 4) * 170
            let rowY = legendY + Double(index / 4) * 20
            svg += "<rect x=\"\(number(x))\" y=\"\(number(rowY - 10))\" width=\"12\" height=\"12\" fill=\"\(colours[index % colours.count])\"/>\n"
            svg += "<text x=\"\(number(x + 18))\" y=\"\(number(rowY))\" fill=\"#1a1a1a\">\(escaped(group))</text>\n"
        }
        svg += "<text x=\"16\" y=\"\(number(upper + plotHeight / 2))\" transform=\"rotate(-90 16 \(number(upper + plotHeight / 2)))\" text-anchor=\"middle\" fill=\"#545454\">\(escaped(indicator.unit))</text>\n"
        return svg + "</svg>\n"
    }

    /// The groups in the order they first appear, which is the order of the table's columns.
    static func orderedGroups(_ values: [IndicatorValue]) -> [String] {
        var seen = Set<String>()
        return values.map(\.group).filter { seen.insert($0).inserted }
    }

    /// A round number at or above `value` for the top of the axis: 1, 2, 2.5 or 5 times a power of ten.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * power >= value { return factor * power }
        return 10 * power
    }

    static func description(_ indicator: Indicator, periods: [IndicatorPeriod], groups: [String]) -> String {
        var text = "Søjlediagram over \(indicator.unit) for \(groups.joined(separator: ", "))"
        if let first = periods.first, let last = periods.last { text += " fra \(first) til \(last)" }
        if let target = indicator.target { text += ", med målet \(format(target)) som stiplet linje" }
        return text + ". Tallene står i tabellen ved diagrammet."
    }

    /// "1.204" or "12,5": Danish, without needless decimals.
    static func format(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "da_DK")
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 1
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
