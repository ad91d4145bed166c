/// The labels of a minutes header (`Tidspunkt:`, `Mødeleder:`, `Afbud:` ...) and what each introduces.
enum HeaderLabel: Equatable, Sendable {
    case dateAndTime, place, form, chair, minuteTakers
    case present, invited, absent, guests
    case attachments
    /// `Dagsorden`, `Referat` alone on a line: the lists are over.
    case agenda

    var isAttendanceList: Bool {
        switch self {
        case .present, .invited, .absent, .guests: true
        default: false
        }
    }

    private static let table: [String: HeaderLabel] = {
        var table: [String: HeaderLabel] = [:]
        for label in ["tidspunkt", "dato", "mødedato", "dato og tid", "dato og tidspunkt", "tid", "mødetidspunkt",
                      "mødetid", "tid og sted", "afholdt", "mødedato og tid", "mødedato og tidspunkt", "date", "time"] {
            table[label] = .dateAndTime
        }
        for label in ["sted", "mødested", "lokale", "adresse", "lokation", "mødelokale", "location", "place"] {
            table[label] = .place
        }
        for label in ["form", "mødeform"] { table[label] = .form }
        for label in ["mødeleder", "mødeledere", "formand", "ordstyrer", "mødeleder/ordstyrer", "forperson",
                      "mødeledelse", "mødeleder og ordstyrer", "dirigent", "chair"] {
            table[label] = .chair
        }
        for label in ["referent", "referenter", "referent(er)", "referenter/sekretær", "sekretær",
                      "referent/sekretær", "referatskriver", "minutes"] {
            table[label] = .minuteTakers
        }
        for label in ["mødedeltagere", "deltagere", "til stede", "tilstede", "fremmødte", "deltog", "deltagende",
                      "til stede var", "tilstedeværende", "deltagere i mødet", "deltagere på mødet", "present"] {
            table[label] = .present
        }
        for label in ["inviterede", "inviteret", "indbudte", "medlemmer", "inviterede deltagere", "indkaldte",
                      "deltagerliste", "invited", "inviterede medlemmer"] {
            table[label] = .invited
        }
        for label in ["afbud", "afbud fra", "fraværende", "forfald", "meldt afbud", "afbud/fraværende",
                      "ikke til stede", "afbud/forfald", "apologies", "absent"] {
            table[label] = .absent
        }
        for label in ["gæster", "gæst", "gæster/oplægsholdere", "oplægsholdere", "oplægsholder", "øvrige deltagere",
                      "desuden deltog", "deltog desuden", "inviterede gæster", "eksterne deltagere", "guests",
                      "gæster og oplægsholdere"] {
            table[label] = .guests
        }
        for label in ["dagsorden", "dagsordenspunkter", "indholdsfortegnelse", "referat", "indhold"] {
            table[label] = .agenda
        }
        return table
    }()

    /// The label a header line starts with and the value after it (empty when the line is only the label).
    static func split(_ text: String) -> (label: HeaderLabel, value: String)? {
        // In simple text the first `:` byte is the first `:` character.
        let colon = SimpleText.isSimple(text) ? text.utf8.firstIndex(of: UInt8(ascii: ":")) : text.firstIndex(of: ":")
        if let colon {
            let name = TextShape.folded(text[..<colon])
            let value = TextShape.trimmed(text[text.index(after: colon)...])
            if TextShape.wordCount(name) <= 5, let label = label(named: name) {
                // `Referat: ...` with a value is not the end of the lists but a minute taker in some headers.
                if label == .agenda, !value.isEmpty { return name == "referat" ? (.minuteTakers, value) : nil }
                return (label, value)
            }
            return nil
        }
        // Alone on a line: a list's label, or a field whose value is on the next line (`Mødedato`).
        let name = TextShape.trimmingTrailing(TextShape.folded(text), ["."])
        guard let label = label(named: name) else { return nil }
        return (label, "")
    }

    private static func label(named name: String) -> HeaderLabel? {
        if let label = table[name] { return label }
        // `Bilag`, `Bilag medsendt referat`, `Bilag til referatet`.
        if name == "bilag" || name.hasPrefix("bilag ") || name == "vedhæftede bilag" { return .attachments }
        // `Deltagere fra kommunerne`, `Afbud fra hospitalet`, `Gæster under punkt 3`: a list label and
        // what it is about.
        // `name` is folded: in simple text its words are what `split` gives.
        let words = SimpleText.words(Substring(name)) ?? name.split(separator: " ")
        if words.count <= 5, let first = words.first {
            switch first {
            case "deltagere", "mødedeltagere": return .present
            case "inviterede": return .invited
            case "afbud", "fraværende": return .absent
            case "gæster", "gæst": return .guests
            default: break
            }
        }
        return nil
    }
}
