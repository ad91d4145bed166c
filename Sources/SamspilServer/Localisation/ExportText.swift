import SamspilCore

/// The texts of a meeting's documents: the buttons and what a failed export says. Exhaustive like
/// `UIText`: a key without both translations does not compile.
enum ExportText: CaseIterable, Sendable {
    case documentsHeading, agenda, minutes, word, pdf, print, pdfUnavailable, exportFailed, backToMeeting

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .documentsHeading: ("Hent som dokument", "Download as a document")
        case .agenda: ("Dagsorden", "Agenda")
        case .minutes: ("Referat", "Minutes")
        case .word: ("Word", "Word")
        case .pdf: ("PDF", "PDF")
        case .print: ("Udskriftsvenlig", "Printable")
        case .pdfUnavailable: ("PDF kan ikke laves på denne server, fordi Chromium ikke er installeret. Hent Word-udgaven eller den udskriftsvenlige udgave i stedet, og bed serverens administrator installere Chromium (Debian/Ubuntu: sudo apt-get install chromium).",
                               "PDF cannot be made on this server because Chromium is not installed. Download the Word or the printable version instead, and ask the server's administrator to install Chromium (Debian/Ubuntu: sudo apt-get install chromium).")
        case .exportFailed: ("Dokumentet kunne ikke laves. Prøv igen om lidt; sker det igen, så hent en anden udgave og kontakt serverens administrator.",
                             "The document could not be made. Try again in a moment; if it happens again, download another version and contact the server's administrator.")
        case .backToMeeting: ("Tilbage til mødet", "Back to the meeting")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func export(_ key: ExportText) -> String { key.text(in: self) }
}
