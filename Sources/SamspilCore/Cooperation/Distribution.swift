import Foundation

/// Splits an amount across clusters or municipalities in proportion to their population, in whole units
/// (kroner, or places on a course), so that the parts add up to exactly the total: each gets the whole
/// part of its share, and the units left over go to the largest remainders (Hamilton's method), ties
/// to the earlier in the list.
public enum Distribution {
    public struct Part: Equatable, Sendable {
        public let name: String
        public let weight: Int
        public let amount: Int
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case noWeights
        case negative(String)

        public var description: String {
            switch self {
            case .noWeights: "Der skal være mindst én modtager med et indbyggertal over 0."
            case let .negative(name): "Indbyggertallet for \(name) kan ikke være negativt."
            }
        }
    }

    public static func split(_ total: Int, by weights: [(name: String, weight: Int)]) throws(Problem) -> [Part] {
        if let negative = weights.first(where: { $0.weight < 0 }) { throw .negative(negative.name) }
        let sum = weights.reduce(0) { $0 + $1.weight }
        guard sum > 0 else { throw .noWeights }
        // Exact integer arithmetic: total × weight fits easily for amounts in kroner and populations.
        let magnitude = abs(total)
        var amounts = weights.map { magnitude * $0.weight / sum }
        let remainders = weights.map { magnitude * $0.weight % sum }
        let left = magnitude - amounts.reduce(0, +)
        let order = remainders.indices.sorted { (remainders[$0], -$0) > (remainders[$1], -$1) }
        for index in order.prefix(left) { amounts[index] += 1 }
        let sign = total < 0 ? -1 : 1
        return zip(weights, amounts).map { Part(name: $0.name, weight: $0.weight, amount: sign * $1) }
    }
}
