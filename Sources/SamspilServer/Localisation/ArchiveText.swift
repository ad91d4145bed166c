import Foundation
import SamspilCore

/// The texts of the public archive (a body's year pages, the marking of public attachments), in Danish
/// and English, as `UIText` keeps the rest. The switch is exhaustive, so a key without both does not compile.
enum ArchiveText: CaseIterable, Sendable {
    case yearTitle, yearIntro, yearIntroMembers, otherYears, allMeetings
    case published, agendaOnly, agendaAndMinutes, notPublished
    case minutes, minutesApproved, minutesDraftNotPublic, minutesDraft, minutesNotYet, cancelled
    case publicAttachment

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .yearTitle: ("Møder i", "Meetings in")
        case .yearIntro: ("Dagsordener offentliggøres, når de er udsendt, og referater, når de er godkendt. "
                          + "Kontaktoplysninger er fjernet.",
                          "Agendas are published when they are sent out, minutes once they are approved. "
                          + "Contact details are removed.")
        case .yearIntroMembers: ("Du ser alle forummets møder i året, også dem der ikke er offentlige endnu.",
                                 "You see all the body's meetings of the year, also those not yet public.")
        case .otherYears: ("Andre år", "Other years")
        case .allMeetings: ("Alle forummets møder", "All the body's meetings")
        case .published: ("Offentliggjort", "Published")
        case .agendaOnly: ("Dagsorden", "Agenda")
        case .agendaAndMinutes: ("Dagsorden og referat", "Agenda and minutes")
        case .notPublished: ("Ikke offentliggjort", "Not published")
        case .minutes: ("Referat", "Minutes")
        case .minutesApproved: ("Godkendt", "Approved")
        case .minutesDraftNotPublic: ("Udkast, ikke offentligt før det er godkendt", "Draft, not public until approved")
        case .minutesDraft: ("Udkast", "Draft")
        case .minutesNotYet: ("Ikke skrevet endnu", "Not written yet")
        case .cancelled: ("Aflyst", "Cancelled")
        case .publicAttachment: ("Offentligt bilag", "Public attachment")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func archive(_ key: ArchiveText) -> String { key.text(in: self) }
}
