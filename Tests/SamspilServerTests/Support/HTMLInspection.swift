import Foundation

/// Small structural look-ups in rendered HTML, so tests assert what a reader sees rather than the
/// exact markup.
struct HTMLInspection {
    let html: String

    /// How many times a literal piece of markup occurs.
    func count(_ fragment: String) -> Int {
        html.components(separatedBy: fragment).count - 1
    }

    /// The text of every element matching a simple pattern, e.g. `<h3>(.*?)</h3>`.
    func captures(_ pattern: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// The part of the page between two literal markers.
    func between(_ start: String, and end: String) -> HTMLInspection {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else {
            return HTMLInspection(html: "")
        }
        return HTMLInspection(html: String(html[from.upperBound..<to.lowerBound]))
    }
}
