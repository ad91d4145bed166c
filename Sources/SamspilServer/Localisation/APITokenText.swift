import SamspilCore

/// The texts of the page where a user makes and revokes personal API tokens, in Danish and English.
/// Exhaustive like `UIText`: a key without both translations does not compile.
enum APITokenText: CaseIterable, Sendable {
    case title, intro, nameLabel, nameHint, create, made, secret, howTo, listTitle, none, created, lastUsed, never
    case revoked, revoke, revokedNotice, documentation, openData

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .title: ("API-nøgler", "API tokens")
        case .intro: ("Med en personlig API-nøgle kan et andet system læse og skrive i Samspil som dig, med præcis de rettigheder du selv har: et sagssystem, et regneark eller en rapport. Lav en nøgle for hvert system, så du kan tilbagekalde den ene uden at røre de andre.",
                      "With a personal API token another system can read and write in Samspil as you, with exactly the rights you have yourself: a case system, a spreadsheet or a report. Make one token per system, so you can revoke one without touching the others.")
        case .nameLabel: ("Hvad skal nøglen bruges til?", "What is the token for?")
        case .nameHint: ("F.eks. »Afrapportering til regionen«. Navnet står i listen nedenfor.", "E.g. \"Reporting to the region\". The name is shown in the list below.")
        case .create: ("Lav en API-nøgle", "Make an API token")
        case .made: ("Nøglen er lavet.", "The token has been made.")
        case .secret: ("Nøglen giver adgang som dig: del den ikke, og læg den ikke i e-mails. Kopiér den nu; den vises ikke igen.",
                       "The token gives access as you: do not share it or put it in e-mails. Copy it now; it is not shown again.")
        case .howTo: ("Send nøglen i headeren »Authorization: Bearer NØGLE«. Uden nøgle svarer API'et som til offentligheden.",
                      "Send the token in the header \"Authorization: Bearer TOKEN\". Without a token the API answers as to the public.")
        case .listTitle: ("Dine nøgler", "Your tokens")
        case .none: ("Du har ingen API-nøgler.", "You have no API tokens.")
        case .created: ("Lavet", "Made")
        case .lastUsed: ("Sidst brugt", "Last used")
        case .never: ("Aldrig", "Never")
        case .revoked: ("Tilbagekaldt", "Revoked")
        case .revoke: ("Tilbagekald", "Revoke")
        case .revokedNotice: ("Nøglen er tilbagekaldt og virker ikke længere.", "The token has been revoked and no longer works.")
        case .documentation: ("API'ets dokumentation (OpenAPI)", "The API's documentation (OpenAPI)")
        case .openData: ("Åbne data uden nøgle (OParl 1.1)", "Open data without a token (OParl 1.1)")
        }
        return language == .da ? da : en
    }
}

extension Language {
    func apiToken(_ key: APITokenText) -> String { key.text(in: self) }
}
