import Foundation

/// Reads indicator figures from CSV as secretaries export them from Excel or a data warehouse: three
/// columns, period, group and value (`periode;klynge;værdi`), separated by semicolons (Danish Excel) or
/// commas, a header row or none, decimal commas or points, thousands separated by dots or spaces. A
/// line that cannot be read is reported with its number and what is wrong; the others are kept.
public enum IndicatorCSV {
    public struct Rejected: Equatable, Sendable {
        /// 1 for the first line of the file.
        public let line: Int
        public let text: String
        public let reason: String
    }

    public struct Result: Equatable, Sendable {
        public var values: [IndicatorValue]
        public var rejected: [Rejected]
    }

    /// `groups` are the names a value's group must be one of (the clusters, or the organisations), matched
    /// without regard to case; nil accepts any.
    public static func read(_ text: String, groups: [String]? = nil) -> Result {
        var result = Result(values: [], rejected: [])
        var seen: [String: Int] = [:]
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}"))
            guard !line.isEmpty else { continue }
            let fields = split(line).map { $0.trimmingCharacters(in: .whitespaces) }
            func reject(_ reason: String) { result.rejected.append(Rejected(line: number, text: line, reason: reason)) }
            guard fields.count == 3 else {
                reject("Linjen skal have tre felter (periode, gruppe, værdi), ikke \(fields.count).")
                continue
            }
            guard let period = IndicatorPeriod(fields[0]) else {
                // A first line of words is the header.
                if result.values.isEmpty, result.rejected.isEmpty, Double(danish: fields[2]) == nil { continue }
                reject("»\(fields[0])« er ikke en periode; skriv fx 2024-K1, 2024-03 eller 2024.")
                continue
            }
            var group = fields[1]
            if let groups {
                guard let known = groups.first(where: { $0.compare(group, options: .caseInsensitive) == .orderedSame }) else {
                    reject("»\(group)« er ikke en af: \(groups.joined(separator: ", ")).")
                    continue
                }
                group = known
            }
            guard let value = Double(danish: fields[2]) else {
                reject("»\(fields[2])« er ikke et tal.")
                continue
            }
            let key = "\(period)|\(group.lowercased())"
            if let earlier = seen[key] {
                reject("\(period) for \(group) står også på linje \(earlier).")
                continue
            }
            seen[key] = number
            result.values.append(IndicatorValue(period: period, group: group, value: value))
        }
        return result
    }

    /// The fields of a line: `;` when the line has one, else `,`; double quotes around a field keep its separators.
    public static func split(_ line: String) -> [String] {
        let separator: Character = line.contains(";") ? ";" : ","
        var fields: [String] = []
        var current = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if quoted, previous == "\"" { current.append("\"") }
                quoted.toggle()
            } else if character == separator, !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        fields.append(current)
        return fields
    }
}

extension Double {
    /// "1.234,5", "1 234,5", "1234.5", "338": numbers as Danish and English spreadsheets write them.
    public init?(danish text: String) {
        var text = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard !text.isEmpty else { return nil }
        if text.contains(",") {
            // Decimal comma: dots are thousands.
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if text.filter({ $0 == "." }).count > 1 || text.range(of: #"^-?\d{1,3}(\.\d{3})+$"#, options: .regularExpression) != nil {
            // 1.234.567 or 12.500: thousands.
            text = text.replacingOccurrences(of: ".", with: "")
        }
        guard text.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil, let value = Double(text) else { return nil }
        self = value
    }
}
