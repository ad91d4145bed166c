import Foundation
import SamspilCore

/// The texts of a body's work pages (backlog, follow-up, standard items, attendance), in Danish and
/// English, as `UIText` keeps the rest. The switch is exhaustive, so a key without both does not compile.
public enum BodyWorkText: CaseIterable, Sendable {
    // Shared
    case errorSummaryTitle, save, delete, actions, overdue, dateInvalid, dateRequired, choiceInvalid
    // Notices after a redirect
    case attendanceSaved, guestAdded, guestRemoved, backlogItemAdded, backlogItemDeleted
    case actionMarkedDone, actionMarkedDropped, actionPutBack, standardItemsSaved
    // Backlog
    case backlogTitle, backlogIntro, backlogWaiting, backlogNoneWaiting, backlogTakenUp, backlogAdd
    case backlogTitleRequired, proposedBy, proposedByHint, proposedOn, dueBy, dueHint, noDue, takenUpAt, fromMeeting
    // Follow-up
    case followUpTitle, followUpIntro, openActions, noOpenActions, recentlyClosed, noClosedActions
    case owner, due, source, markDone, markDropped, putBackBy, putBack, onAgendaBy, stateDone, stateDropped, by
    // Attendance
    case attendanceIntro, attendanceList, attendanceLocked, attendanceNobody, attendanceSave, attendanceNotOnList
    case attendanceNote, attendanceNoteExample, attendanceChooseStatus
    case statusPresent, statusApologies, statusAbsent, statusGuest
    case noGuests, addGuest, removeGuest, guestName, guestOrganisationHint, guestNameRequired, guestAlreadyOnList
    // Standard items
    case standardItemsTitle, standardItemsIntro, standardItemsUsingDefaults, standardItemsEmptyFallsBack
    case standardItemsNewItem, kind, kindNone, kindDecision, kindDiscussion, kindBriefing
    case durationMinutes, durationInvalid, placement, placementOpening, placementClosing
    case purposeApproveAgenda, purposeApprovePreviousMinutes, purposeComingItems, purposeAnyOtherBusiness

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .errorSummaryTitle: ("Der er fejl i formularen", "There is a problem with the form")
        case .save: ("Gem", "Save")
        case .delete: ("Slet", "Delete")
        case .actions: ("Handlinger", "Actions")
        case .overdue: ("Overskredet", "Overdue")
        case .dateInvalid: ("Skriv en gyldig dato, fx 18.06.2025.", "Enter a valid date, e.g. 2025-06-18.")
        case .dateRequired: ("Vælg en dato.", "Choose a date.")
        case .choiceInvalid: ("Vælg en af mulighederne.", "Choose one of the options.")

        case .attendanceSaved: ("Deltagerlisten er gemt.", "The attendance list is saved.")
        case .guestAdded: ("Gæsten er tilføjet.", "The guest is added.")
        case .guestRemoved: ("Gæsten er fjernet fra listen.", "The guest is removed from the list.")
        case .backlogItemAdded: ("Punktet er tilføjet.", "The item is added.")
        case .backlogItemDeleted: ("Punktet er slettet.", "The item is deleted.")
        case .actionMarkedDone: ("Opfølgningspunktet er markeret som udført.", "The action is marked done.")
        case .actionMarkedDropped: ("Opfølgningspunktet er markeret som droppet.", "The action is marked dropped.")
        case .actionPutBack: ("Opfølgningspunktet er sat på listen over punkter til kommende møder.",
                              "The action is on the list of items for coming meetings.")
        case .standardItemsSaved: ("Standardpunkterne er gemt. De bruges på nye møder.", "The standard items are saved. New meetings use them.")

        case .backlogTitle: ("Punkter til kommende møder", "Items for coming meetings")
        case .backlogIntro: ("Emner, som forummet har besluttet at behandle på et senere møde. Når et punkt sættes på en dagsorden, flyttes det ned under „Taget op“.",
                             "Matters the body has decided to treat at a later meeting. When an item is put on an agenda, it moves down to “Taken up”.")
        case .backlogWaiting: ("Venter", "Waiting")
        case .backlogNoneWaiting: ("Der er ingen punkter, der venter.", "No items are waiting.")
        case .backlogTakenUp: ("Taget op", "Taken up")
        case .backlogAdd: ("Tilføj punkt", "Add item")
        case .backlogTitleRequired: ("Skriv punktets titel.", "Enter the item's title.")
        case .proposedBy: ("Foreslået af", "Proposed by")
        case .proposedByHint: ("Navn eller organisation", "Name or organisation")
        case .proposedOn: ("Foreslået den", "Proposed on")
        case .dueBy: ("Behandles senest", "Due by")
        case .dueHint: ("Kan udelades", "Optional")
        case .noDue: ("Ingen frist", "No due date")
        case .takenUpAt: ("Taget op på", "Taken up at")
        case .fromMeeting: ("Fra", "From")

        case .followUpTitle: ("Opfølgning", "Follow-up")
        case .followUpIntro: ("Åbne opfølgningspunkter fra forummets møder. Overskredne frister står øverst.",
                              "Open follow-up actions from the body's meetings. Overdue ones come first.")
        case .openActions: ("Åbne opfølgningspunkter", "Open actions")
        case .noOpenActions: ("Der er ingen åbne opfølgningspunkter.", "There are no open actions.")
        case .recentlyClosed: ("Senest afsluttede", "Recently closed")
        case .noClosedActions: ("Ingen opfølgningspunkter er afsluttet endnu.", "No actions have been closed yet.")
        case .owner: ("Ansvarlig", "Owner")
        case .due: ("Frist", "Due")
        case .source: ("Fra", "From")
        case .markDone: ("Udført", "Done")
        case .markDropped: ("Droppet", "Dropped")
        case .putBackBy: ("Sæt på dagsordenen igen senest", "Put back on the agenda by")
        case .putBack: ("Sæt på dagsordenen", "Put on the agenda")
        case .onAgendaBy: ("På dagsordenen senest", "On the agenda by")
        case .stateDone: ("Udført", "Done")
        case .stateDropped: ("Droppet", "Dropped")
        case .by: ("af", "by")

        case .attendanceIntro: ("Markér for hver person, om de var til stede, meldte afbud eller var fraværende. Noten kan fx være „virtuelt“ eller „til og med punkt 3“. Medlemmer, der ikke er markeret, kommer ikke på listen.",
                                "Mark for each person whether they were present, sent apologies or were absent. The note can be e.g. “virtual” or “until item 3”. Members who are not marked stay off the list.")
        case .attendanceList: ("Deltagerliste", "Attendance list")
        case .attendanceLocked: ("Referatet er godkendt, så deltagerlisten kan ikke længere ændres.",
                                 "The minutes are approved, so the attendance list can no longer be changed.")
        case .attendanceNobody: ("Forummet har ingen medlemmer på mødets dato, og ingen står på deltagerlisten.",
                                 "The body has no members on the meeting's date, and nobody is on the list.")
        case .attendanceSave: ("Gem deltagerlisten", "Save the attendance list")
        case .attendanceNotOnList: ("ikke markeret", "not marked")
        case .attendanceNote: ("Note", "Note")
        case .attendanceNoteExample: ("fx virtuelt, til og med punkt 3", "e.g. virtual, until item 3")
        case .attendanceChooseStatus: ("Vælg til stede, afbud eller fraværende.", "Choose present, apologies or absent.")
        case .statusPresent: ("Til stede", "Present")
        case .statusApologies: ("Afbud", "Apologies")
        case .statusAbsent: ("Fraværende", "Absent")
        case .statusGuest: ("Gæst", "Guest")
        case .noGuests: ("Der er ingen gæster.", "There are no guests.")
        case .addGuest: ("Tilføj gæst", "Add guest")
        case .removeGuest: ("Fjern", "Remove")
        case .guestName: ("Navn", "Name")
        case .guestOrganisationHint: ("Findes organisationen ikke, bliver den oprettet.", "An organisation that does not exist yet is created.")
        case .guestNameRequired: ("Skriv gæstens navn.", "Enter the guest's name.")
        case .guestAlreadyOnList: ("Personen står allerede på deltagerlisten.", "The person is on the list already.")

        case .standardItemsTitle: ("Standardpunkter", "Standard items")
        case .standardItemsIntro: ("Punkterne, som hvert nyt møde begynder med. Åbningspunkter står først på dagsordenen og afslutningspunkter sidst. Slet titlen for at fjerne et punkt; udfyld en tom række for at tilføje et.",
                                   "The items every new meeting starts with. Opening items come first on the agenda and closing items last. Clear the title to remove an item; fill in an empty row to add one.")
        case .standardItemsUsingDefaults: ("Forummet bruger Samspils standardopsætning. Når du gemmer, får forummet sin egen.",
                                           "The body uses Samspil's default set. When you save, the body gets its own.")
        case .standardItemsEmptyFallsBack: ("Fjerner du alle punkter, bruger forummet igen standardopsætningen.",
                                            "If you remove every item, the body uses the default set again.")
        case .standardItemsNewItem: ("Nyt punkt", "New item")
        case .kind: ("Type", "Kind")
        case .kindNone: ("Ingen", "None")
        case .kindDecision: ("Beslutning", "Decision")
        case .kindDiscussion: ("Drøftelse", "Discussion")
        case .kindBriefing: ("Orientering", "Briefing")
        case .durationMinutes: ("Varighed i minutter", "Duration in minutes")
        case .durationInvalid: ("Varigheden skal være et helt antal minutter fra 1 til 480.",
                                "The duration must be a whole number of minutes from 1 to 480.")
        case .placement: ("Placering på dagsordenen", "Place on the agenda")
        case .placementOpening: ("Først", "First")
        case .placementClosing: ("Sidst", "Last")
        case .purposeApproveAgenda: ("Her godkendes dagsordenen.", "The agenda is approved here.")
        case .purposeApprovePreviousMinutes: ("Her godkendes referatet fra sidste møde.", "The last meeting's minutes are approved here.")
        case .purposeComingItems: ("Her behandles punkterne til kommende møder.", "The items for coming meetings are treated here.")
        case .purposeAnyOtherBusiness: ("Her kan medlemmerne tage andre emner op.", "Members may raise other matters here.")
        }
        return language == .da ? da : en
    }
}

extension BodyWorkText: PageNotice {
    static let notices: [BodyWorkText] = [
        .attendanceSaved, .guestAdded, .guestRemoved, .backlogItemAdded, .backlogItemDeleted,
        .actionMarkedDone, .actionMarkedDropped, .actionPutBack, .standardItemsSaved,
    ]

}

extension Language {
    func bodyWork(_ key: BodyWorkText) -> String { key.text(in: self) }

}
