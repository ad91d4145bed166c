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
    case footerText, language

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
