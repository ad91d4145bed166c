import SamspilCore

/// Every text of the user interface, in Danish and English, in one table. The switch is exhaustive, so a
/// key without both translations does not compile.
public enum UIText: CaseIterable, Sendable {
    case appName, appTagline, skipToContent, mainNavigation, frontPage, breadcrumb
    case bodies, upcomingMeetings, recentMeetings, noUpcomingMeetings, noRecentMeetings, noBodies
    case members, formerMembers, meetings, meetingsIn, noMembers, noMeetings, partOf, subBodies
    case meeting, agenda, minutes, date, time, place, chair, minuteTakers, status
    case attendance, present, apologies, absent, guests, withoutOrganisation
    case attachments, itemAttachments, noItems, item, presenter, timeSlot, caseNumber, contents
    case person, memberships, presentedItems, attendedMeetings, noMemberships, noPresentedItems, noAttendance
    case role, title, organisation, period, body, from, until, current
    case notFoundTitle, notFoundText, notFoundLink, errorTitle, errorText
    case footerText, language, minutesNotApproved
    case signIn, signOut, signInTitle, signInIntro, email, phone, password, signInButton, wrongEmailOrPassword, tooManyFailures
    case forbiddenTitle, forbiddenText, formExpired
    case importMinutes, importIntro, importFiles, importBody, importUpload, importNoBodies, importPreviewTitle
    case importPreviewIntro, importConfirm, importCancel, importWarnings, importMissingDate, importDateLabel
    case importAlreadyImported, importFailed, importDone, importCancelled, importNothingChosen, importTooLarge
    case importItems, importSections, importAttendance, importUnknownBatch, importStored, importCPRNumbers, importCPRRefused

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .appName: ("Samspil", "Samspil")
        case .appTagline: ("Møder og referater i det tværsektorielle sundhedssamarbejde",
                           "Meetings and minutes of cross-sectoral health cooperation")
        case .skipToContent: ("Gå til indhold", "Skip to content")
        case .mainNavigation: ("Hovedmenu", "Main navigation")
        case .frontPage: ("Forside", "Home")
        case .breadcrumb: ("Brødkrumme", "Breadcrumb")
        case .bodies: ("Fora", "Bodies")
        case .upcomingMeetings: ("Kommende møder", "Upcoming meetings")
        case .recentMeetings: ("Seneste møder", "Recent meetings")
        case .noUpcomingMeetings: ("Der er ingen planlagte møder.", "No meetings are planned.")
        case .noRecentMeetings: ("Der er ingen afholdte møder endnu.", "No meetings have been held yet.")
        case .noBodies: ("Der er ingen fora endnu.", "There are no bodies yet.")
        case .members: ("Medlemmer", "Members")
        case .formerMembers: ("Tidligere medlemmer", "Former members")
        case .meetings: ("Møder", "Meetings")
        case .meetingsIn: ("Møder i", "Meetings in")
        case .noMembers: ("Forummet har ingen registrerede medlemmer.", "The body has no registered members.")
        case .noMeetings: ("Forummet har ingen møder endnu.", "The body has no meetings yet.")
        case .partOf: ("Hører under", "Part of")
        case .subBodies: ("Grupper under forummet", "Groups under this body")
        case .meeting: ("Møde", "Meeting")
        case .agenda: ("Dagsorden", "Agenda")
        case .minutes: ("Referat", "Minutes")
        case .date: ("Dato", "Date")
        case .time: ("Tidspunkt", "Time")
        case .place: ("Sted", "Place")
        case .chair: ("Mødeleder", "Chair")
        case .minuteTakers: ("Referenter", "Minute takers")
        case .status: ("Status", "Status")
        case .attendance: ("Deltagere", "Attendance")
        case .present: ("Mødedeltagere", "Present")
        case .apologies: ("Afbud", "Apologies")
        case .absent: ("Fraværende", "Absent")
        case .guests: ("Gæster", "Guests")
        case .withoutOrganisation: ("Øvrige", "Others")
        case .attachments: ("Bilag", "Attachments")
        case .itemAttachments: ("Bilag", "Attachments")
        case .noItems: ("Mødet har ingen punkter på dagsordenen.", "The meeting has no agenda items.")
        case .item: ("Punkt", "Item")
        case .presenter: ("Ved", "Presented by")
        case .timeSlot: ("Tid", "Time")
        case .caseNumber: ("Sagsnr.", "Case no.")
        case .contents: ("Punkter", "Items")
        case .person: ("Person", "Person")
        case .memberships: ("Medlemskaber", "Memberships")
        case .presentedItems: ("Punkter personen har fremlagt", "Items presented")
        case .attendedMeetings: ("Møder", "Meetings")
        case .noMemberships: ("Personen har ingen registrerede medlemskaber.", "No registered memberships.")
        case .noPresentedItems: ("Personen har ikke fremlagt punkter.", "No items presented.")
        case .noAttendance: ("Personen står ikke på nogen deltagerliste.", "Not on any attendance list.")
        case .role: ("Rolle", "Role")
        case .title: ("Titel", "Title")
        case .organisation: ("Organisation", "Organisation")
        case .period: ("Periode", "Period")
        case .body: ("Forum", "Body")
        case .from: ("fra", "from")
        case .until: ("til", "until")
        case .current: ("nu", "now")
        case .notFoundTitle: ("Siden findes ikke", "Page not found")
        case .notFoundText: ("Vi kunne ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.",
                             "We could not find the page you are looking for. It may have moved, or the address may be mistyped.")
        case .notFoundLink: ("Gå til forsiden", "Go to the home page")
        case .errorTitle: ("Der opstod en fejl", "Something went wrong")
        case .errorText: ("Siden kunne ikke vises lige nu. Prøv igen om lidt.",
                          "The page could not be shown right now. Please try again shortly.")
        case .footerText: ("Samspil – mødesystem for sundhedssamarbejdet", "Samspil – meetings of the health cooperation")
        case .language: ("Sprog", "Language")
        case .minutesNotApproved: ("Referatet er endnu ikke godkendt. Indtil da vises dagsordenen uden beslutninger.",
                                   "The minutes are not approved yet. Until then the agenda is shown without decisions.")
        case .signIn: ("Log ind", "Sign in")
        case .signOut: ("Log ud", "Sign out")
        case .signInTitle: ("Log ind i Samspil", "Sign in to Samspil")
        case .signInIntro: ("Sekretariater og medlemmer logger ind med deres e-mailadresse. Offentlige dagsordener og referater kan læses uden at logge ind.",
                            "Secretariats and members sign in with their e-mail address. Public agendas and minutes can be read without signing in.")
        case .email: ("E-mailadresse", "E-mail address")
        case .phone: ("Telefon", "Phone")
        case .password: ("Adgangskode", "Password")
        case .signInButton: ("Log ind", "Sign in")
        case .wrongEmailOrPassword: ("E-mailadressen eller adgangskoden er forkert.", "The e-mail address or the password is wrong.")
        case .tooManyFailures: ("For mange mislykkede forsøg. Vent et kvarter, og prøv så igen.",
                                "Too many failed attempts. Wait a quarter of an hour and try again.")
        case .forbiddenTitle: ("Du har ikke adgang", "You do not have access")
        case .forbiddenText: ("Din bruger har ikke rettighed til denne side. Kontakt forummets sekretariat, hvis du mener, at du burde have adgang.",
                              "Your account may not use this page. Contact the body's secretariat if you think you should have access.")
        case .formExpired: ("Formularen er udløbet. Genindlæs siden, og prøv igen.", "The form has expired. Reload the page and try again.")
        case .importMinutes: ("Importér referater", "Import minutes")
        case .importIntro: ("Vælg et forum og en eller flere referater (tekst, Markdown, Word eller PDF). Du ser resultatet, før noget bliver gemt.",
                            "Choose a body and one or more sets of minutes (text, Markdown, Word or PDF). You see the result before anything is stored.")
        case .importFiles: ("Referater", "Minutes")
        case .importBody: ("Forum", "Body")
        case .importUpload: ("Læs referaterne", "Read the minutes")
        case .importNoBodies: ("Du er ikke sekretær for noget forum, så du kan ikke importere referater.",
                               "You are not the secretary of any body, so you cannot import minutes.")
        case .importPreviewTitle: ("Gennemse importen", "Review the import")
        case .importPreviewIntro: ("Sådan bliver referaterne gemt. Ret datoen, hvor den mangler, og se advarslerne igennem.",
                                   "This is how the minutes will be stored. Give the date where it is missing and look through the warnings.")
        case .importConfirm: ("Gem møderne", "Store the meetings")
        case .importCancel: ("Annullér", "Cancel")
        case .importWarnings: ("Advarsler", "Warnings")
        case .importMissingDate: ("Mødedatoen står ikke i dokumentet. Angiv den:", "The document does not give the meeting date. Enter it:")
        case .importDateLabel: ("Mødedato", "Meeting date")
        case .importAlreadyImported: ("Dette dokument er allerede importeret. Det bliver ikke gemt igen.",
                                      "This document has been imported already. It will not be stored again.")
        case .importFailed: ("Dokumentet kunne ikke læses:", "The document could not be read:")
        case .importDone: ("Importen er gemt.", "The import is stored.")
        case .importCancelled: ("Importen er annulleret. Intet blev gemt.", "The import was cancelled. Nothing was stored.")
        case .importNothingChosen: ("Vælg mindst én fil.", "Choose at least one file.")
        case .importTooLarge: ("Filerne er for store til at blive sendt.", "The files are too large to upload.")
        case .importItems: ("Punkter", "Items")
        case .importSections: ("Afsnit", "Sections")
        case .importAttendance: ("Deltagere", "Attendance")
        case .importUnknownBatch: ("Importen findes ikke længere. Den kan være gemt eller annulleret.",
                                   "The import no longer exists. It may have been stored or cancelled.")
        case .importStored: ("Gemt", "Stored")
        case .importCPRNumbers: ("Referatet indeholder CPR-numre og kan ikke gemmes: importerede referater bliver offentlige med det samme, og et CPR-nummer må aldrig offentliggøres. Fjern numrene i dokumentet (her vist med fødselsdatoen alene), og importér det igen:",
                                 "The minutes contain CPR numbers and cannot be stored: imported minutes become public at once, and a CPR number must never be published. Remove the numbers from the document (shown here with the birth date only) and import it again:")
        case .importCPRRefused: ("Intet er gemt: et af referaterne indeholder CPR-numre. Annullér importen, og upload referaterne igen uden CPR-numre.",
                                 "Nothing was stored: one of the minutes contains CPR numbers. Cancel the import and upload the minutes again without CPR numbers.")
        }
        return language == .da ? da : en
    }
}

/// Texts that name domain values.
extension Language {
    func text(_ key: UIText) -> String { key.text(in: self) }

    func name(of role: Membership.Role) -> String {
        switch (role, self) {
        case (.coChair, .da): "Medformand"
        case (.coChair, .en): "Co-chair"
        case (.member, .da): "Medlem"
        case (.member, .en): "Member"
        case (.secretary, .da): "Sekretær"
        case (.secretary, .en): "Secretary"
        case (.guest, .da): "Gæst"
        case (.guest, .en): "Guest"
        }
    }

    func name(of status: MeetingStatus) -> String {
        switch (status, self) {
        case (.planned, .da): "Planlagt"
        case (.planned, .en): "Planned"
        case (.agendaPublished, .da): "Dagsorden udsendt"
        case (.agendaPublished, .en): "Agenda published"
        case (.held, .da): "Afholdt"
        case (.held, .en): "Held"
        case (.minutesDraft, .da): "Udkast til referat"
        case (.minutesDraft, .en): "Draft minutes"
        case (.minutesApproved, .da): "Godkendt referat"
        case (.minutesApproved, .en): "Approved minutes"
        }
    }

    func heading(of kind: SectionKind) -> String {
        switch (kind, self) {
        case (.recommendation, .da): "Indstilling"
        case (.recommendation, .en): "Recommendation"
        case (.description, .da): "Sagsfremstilling"
        case (.description, .en): "Case description"
        case (.attachments, .da): "Bilag"
        case (.attachments, .en): "Attachments"
        case (.decision, .da): "Beslutning"
        case (.decision, .en): "Decision"
        case (.other, .da): "Øvrigt"
        case (.other, .en): "Other"
        }
    }

    func name(of kind: Body.Kind) -> String {
        switch (kind, self) {
        case (.political, .da): "Politisk udvalg"
        case (.political, .en): "Political committee"
        case (.steeringGroup, .da): "Styregruppe"
        case (.steeringGroup, .en): "Steering group"
        case (.clusterSteeringGroup, .da): "Klyngestyregruppe"
        case (.clusterSteeringGroup, .en): "Cluster steering group"
        case (.politicalCluster, .da): "Politisk sundhedsklynge"
        case (.politicalCluster, .en): "Political health cluster"
        case (.themeGroup, .da): "Temagruppe"
        case (.themeGroup, .en): "Theme group"
        case (.workingGroup, .da): "Arbejdsgruppe"
        case (.workingGroup, .en): "Working group"
        case (.fixedGroup, .da): "Fast gruppe"
        case (.fixedGroup, .en): "Standing group"
        }
    }

    private static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                                       "september", "oktober", "november", "december"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]

    /// "18. juni 2021" / "18 June 2021".
    func format(_ day: CalendarDay) -> String {
        switch self {
        case .da: "\(day.day). \(Self.danishMonths[day.month - 1]) \(day.year)"
        case .en: "\(day.day) \(Self.englishMonths[day.month - 1]) \(day.year)"
        }
    }

    /// "kl. 8.30–12.00" / "8:30–12:00".
    func format(start: TimeOfDay?, end: TimeOfDay?) -> String? {
        func clock(_ time: TimeOfDay) -> String { self == .da ? time.danish : time.description }
        let prefix = self == .da ? "kl. " : ""
        switch (start, end) {
        case let (start?, end?): return prefix + clock(start) + "–" + clock(end)
        case let (start?, nil): return prefix + clock(start)
        case let (nil, end?): return (self == .da ? "til kl. " : "until ") + clock(end)
        case (nil, nil): return nil
        }
    }
}
