import SamspilCore

/// The texts of the calendar and news feeds' links and of the personal calendar page, in Danish and
/// English. Exhaustive like `UIText`: a key without both translations does not compile.
enum FeedText: CaseIterable, Sendable {
    case subscribeCalendar, newsFeed, allNewsFeed, myCalendar, myCalendarIntro, myCalendarAddress, myCalendarNew
    case myCalendarRenew, myCalendarNone, myCalendarExists, myCalendarSecret, myCalendarHowTo
    case howToOutlook, howToGoogle, howToApple, myCalendarMade

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .subscribeCalendar: ("Abonnér på kalender", "Subscribe to the calendar")
        case .newsFeed: ("Nyheder (Atom)", "News (Atom)")
        case .allNewsFeed: ("Nye dagsordener og referater (Atom)", "New agendas and minutes (Atom)")
        case .myCalendar: ("Min kalender", "My calendar")
        case .myCalendarIntro: ("Abonnér på møderne i dine fora i din egen kalender. Kalenderen viser alt, hvad du må læse: også planlagte møder og dagsordener, der ikke er udsendt endnu. Aflyste møder bliver stående som aflyst.",
                                "Subscribe to the meetings of your bodies in your own calendar. It shows everything you may read: also planned meetings and agendas not yet published. Cancelled meetings stay, marked as cancelled.")
        case .myCalendarAddress: ("Din kalenderadresse", "Your calendar address")
        case .myCalendarNew: ("Lav en kalenderadresse", "Make a calendar address")
        case .myCalendarRenew: ("Lav en ny adresse (den gamle holder op med at virke)", "Make a new address (the old one stops working)")
        case .myCalendarNone: ("Du har ingen kalenderadresse endnu.", "You have no calendar address yet.")
        case .myCalendarExists: ("Du har en kalenderadresse. Af sikkerhedshensyn vises den kun, når den laves. Har du mistet den, så lav en ny: den gamle holder straks op med at virke.",
                                 "You have a calendar address. For safety it is only shown when it is made. If you lost it, make a new one: the old one stops working at once.")
        case .myCalendarSecret: ("Adressen er personlig: alle, der kender den, kan se dine møder. Del den ikke. Kopiér den nu; den vises ikke igen.",
                                 "The address is personal: anyone who knows it can see your meetings. Do not share it. Copy it now; it is not shown again.")
        case .myCalendarHowTo: ("Sådan abonnerer du", "How to subscribe")
        case .howToOutlook: ("Outlook: Kalender → Tilføj kalender → Abonner fra internettet (eller Fra internettet), og indsæt adressen.",
                             "Outlook: Calendar → Add calendar → Subscribe from web (or From Internet), and paste the address.")
        case .howToGoogle: ("Google Kalender: Andre kalendere → + → Fra webadresse, og indsæt adressen.",
                            "Google Calendar: Other calendars → + → From URL, and paste the address.")
        case .howToApple: ("Apple Kalender: Arkiv → Nyt kalenderabonnement (på iPhone: Indstillinger → Kalender → Konti → Tilføj konto → Andet → Tilføj abonnementskalender), og indsæt adressen.",
                           "Apple Calendar: File → New Calendar Subscription (on iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar), and paste the address.")
        case .myCalendarMade: ("Din nye kalenderadresse er lavet. En tidligere adresse virker ikke længere.",
                               "Your new calendar address is made. An earlier address no longer works.")
        }
        return language == .da ? da : en
    }
}

/// The texts of calling a meeting off and on again.
enum CancellationText: CaseIterable, Sendable {
    case cancelMeeting, cancelTitle, cancelExplanation, confirmCancel, cancelled, cancelledNotice, cancelRefused
    case reinstateMeeting, reinstateExplanation, reinstated, reinstateRefused, auditCancelled, auditReinstated

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .cancelMeeting: ("Aflys mødet", "Cancel the meeting")
        case .cancelTitle: ("Aflys mødet?", "Cancel the meeting?")
        case .cancelExplanation: ("Mødet markeres som aflyst på mødesiden og i alle kalendere, der abonnerer på det. Dagsordenen bliver stående. Du kan genoptage mødet senere.",
                                  "The meeting is marked as cancelled on its page and in every calendar subscribed to it. The agenda stays. You can reinstate the meeting later.")
        case .confirmCancel: ("Aflys mødet", "Cancel the meeting")
        case .cancelled: ("Mødet er aflyst.", "The meeting is cancelled.")
        case .cancelledNotice: ("Mødet er aflyst", "The meeting is cancelled")
        case .cancelRefused: ("Mødet kan ikke aflyses: det er allerede afholdt eller aflyst.",
                              "The meeting cannot be cancelled: it has been held or cancelled already.")
        case .reinstateMeeting: ("Genoptag mødet", "Reinstate the meeting")
        case .reinstateExplanation: ("Mødet holdes alligevel: det står igen som et almindeligt møde på mødesiden og i kalendrene.",
                                     "The meeting takes place after all: it shows as an ordinary meeting again on its page and in calendars.")
        case .reinstated: ("Mødet er genoptaget.", "The meeting is reinstated.")
        case .reinstateRefused: ("Mødet er ikke aflyst.", "The meeting is not cancelled.")
        case .auditCancelled: ("Mødet aflyst", "Meeting cancelled")
        case .auditReinstated: ("Mødet genoptaget", "Meeting reinstated")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func feed(_ key: FeedText) -> String { key.text(in: self) }
    func cancellation(_ key: CancellationText) -> String { key.text(in: self) }
}

extension CancellationText: PageNotice {
    static let notices: [CancellationText] = [.cancelled, .cancelRefused, .reinstated, .reinstateRefused]
}
