import Foundation
import SamspilCore

/// The texts of search and topic history, in Danish and English, as `UIText` keeps the rest. The switch
/// is exhaustive, so a key without both does not compile.
enum SearchPageText: CaseIterable, Sendable {
    case search, searchTitle, searchIntro, publicOnly, query, queryHint, submit
    case filters, body, allBodies, cluster, allClusters, from, to, kind, anyKind, onlyDecisions
    case order, relevance, newest, oldest
    case resultsOne, resultsMany, resultsMoreThan, noResults, noResultsHint, page, previous, next, pagination
    case item, decision, timeline, timelineTitle, timelineIntro, timelineCapped, permalink, backToResults
    case notADate, fromAfterTo, noSuchBody

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .search: ("Søg", "Search")
        case .searchTitle: ("Søg i dagsordener og referater", "Search agendas and minutes")
        case .searchIntro: ("Find alle punkter om et emne på tværs af fora og år. Ord findes i alle bøjninger "
                            + "(\u{201C}telemedicin\u{201D} finder også \u{201C}telemedicinske\u{201D}); "
                            + "sæt ord i anførselstegn for at finde dem lige efter hinanden.",
                            "Find every item about a subject across bodies and years. Words are found in every "
                            + "inflection (\u{201C}telemedicin\u{201D} also finds \u{201C}telemedicinske\u{201D}); "
                            + "put words in quotes to find them next to each other.")
        case .publicOnly: ("Du søger i det offentliggjorte: udsendte dagsordener og godkendte referater. Log ind for at søge i dine foras øvrige materiale.",
                           "You are searching what is published: agendas sent out and approved minutes. Sign in to search the rest of your bodies' material.")
        case .query: ("Søgeord", "Search words")
        case .queryHint: ("Fx telemedicin KOL eller \"sundheds- og hospitalsplan\"", "E.g. telemedicin KOL or \"sundheds- og hospitalsplan\"")
        case .submit: ("Søg", "Search")
        case .filters: ("Afgræns", "Narrow down")
        case .body: ("Forum", "Body")
        case .allBodies: ("Alle fora", "All bodies")
        case .cluster: ("Klynge", "Cluster")
        case .allClusters: ("Alle klynger", "All clusters")
        case .from: ("Fra dato", "From date")
        case .to: ("Til dato", "To date")
        case .kind: ("Punktets art", "Kind of item")
        case .anyKind: ("Alle slags punkter", "Any kind of item")
        case .onlyDecisions: ("Kun punkter med en beslutning", "Only items with a decision")
        case .order: ("Sortér efter", "Sort by")
        case .relevance: ("Bedste match", "Best match")
        case .newest: ("Nyeste først", "Newest first")
        case .oldest: ("Ældste først", "Oldest first")
        case .resultsOne: ("1 punkt", "1 item")
        case .resultsMany: ("punkter", "items")
        case .resultsMoreThan: ("Mere end", "More than")
        case .noResults: ("Ingen punkter matcher søgningen.", "No item matches the search.")
        case .noResultsHint: ("Prøv færre ord, et bredere tidsrum eller færre afgrænsninger.",
                              "Try fewer words, a wider period or fewer filters.")
        case .page: ("Side", "Page")
        case .previous: ("Forrige side", "Previous page")
        case .next: ("Næste side", "Next page")
        case .pagination: ("Sider", "Pages")
        case .item: ("Punkt", "Item")
        case .decision: ("Beslutning", "Decision")
        case .timeline: ("Se emnets forløb over tid", "See the subject's history over time")
        case .timelineTitle: ("Forløb", "History")
        case .timelineIntro: ("Alle punkter om emnet, fra den første drøftelse til den seneste status, med beslutningen citeret.",
                              "Every item about the subject, from the first discussion to the latest status, with its decision quoted.")
        case .timelineCapped: ("Forløbet viser de første punkter. Afgræns søgningen for at se resten.",
                               "The history shows the first items. Narrow the search to see the rest.")
        case .permalink: ("Fast link til emnet", "Permanent link to the subject")
        case .backToResults: ("Tilbage til søgeresultaterne", "Back to the search results")
        case .notADate: ("Skriv datoen som ÅÅÅÅ-MM-DD, fx 2021-06-18.", "Write the date as YYYY-MM-DD, e.g. 2021-06-18.")
        case .fromAfterTo: ("Fra-datoen ligger efter til-datoen.", "The from date is after the to date.")
        case .noSuchBody: ("Der er intet forum med det navn. Vælg et fra listen.", "There is no body of that name. Choose one from the list.")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func search(_ key: SearchPageText) -> String { key.text(in: self) }

    /// A count with its thousands marked as the language does: 12.345 in Danish, 12,345 in English.
    func count(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { String(digits[max(0, $0 - 3)..<$0]) }
        return (number < 0 ? "-" : "") + groups.joined(separator: self == .da ? "." : ",")
    }
}
