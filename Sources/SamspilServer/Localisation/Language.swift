/// The languages of the user interface. Danish is the language of the users and of the minutes;
/// English serves guests and the code's readers.
public enum Language: String, Sendable, CaseIterable {
    case da
    case en

    /// Picks the first supported language of an `Accept-Language` header (`en-GB,en;q=0.9,da;q=0.8`),
    /// by quality; Danish when none is supported.
    public init(acceptLanguage header: String?) {
        guard let header else { self = .da; return }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Language, Double, Int)? in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first?.lowercased().split(separator: "-").first,
                  let language = Language(rawValue: String(tag)) else { return nil }
            let quality = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality, index)
        }
        self = ranked.filter { $0.1 > 0 }.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.first?.0 ?? .da
    }
}
