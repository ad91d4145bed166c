import Foundation
import SamspilCore

/// The texts of the administration of the structure: bodies, organisations, people, seats and terms of
/// reference. In Danish and English, exhaustive.
enum StructureText: CaseIterable, Sendable {
    case administrationIntro, bodiesTitle, organisationsTitle, peopleTitle, newBody, createBody, name, kind, parent, noParent
    case cluster, clusterHint, summary, bodyCreated, bodySaved, settingsTitle, settingsLink, saveSettings, nameMissing, parentLoop
    case newOrganisation, createOrganisation, organisationCreated, organisationSaved, organisationNameTaken
    case newPerson, createPerson, personCreated, personSaved, email, phone, seats, save
    case membersTitle, membersLink, currentMembers, formerMembers, noMembers, person, organisation, role, title, from, to
    case addMember, addMemberButton, memberAdded, personUnknown, newPersonCheckbox, personHint, dateInvalid, startMissing
    case personExists, personAmbiguous, parentUnknown, restructureByAdministrators
    case endBeforeStart, endMembership, endMembershipTitle, endMembershipIntro, endOn, successor, successorIntro
    case nobodyYet, endButton, membershipEnded, successorUndecided, successorNotSeated, alreadyEnded
    case termsTitle, termsLink, termsIntro, noTerms, inForce, approvedOn, approvedAt, recordedBy, olderVersions
    case addTerms, addTermsButton, termsAdded, termsText, termsTextMissing, noOrganisation, edit
    case kindMunicipality, kindHospitalUnit, kindPsychiatry, kindGeneralPractice, kindRegion, kindPatientOrganisation
    case kindResearch, kindOther

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .administrationIntro: ("Samarbejdets struktur: fora, de organisationer, der sidder i dem, og personerne. Medlemskaber og kommissorier vedligeholdes på det enkelte forum.",
                                    "The structure of the cooperation: bodies, the organisations that sit in them, and the people. Seats and terms of reference are kept on each body.")
        case .bodiesTitle: ("Fora", "Bodies")
        case .organisationsTitle: ("Organisationer", "Organisations")
        case .peopleTitle: ("Personer", "People")
        case .newBody: ("Opret et forum", "Create a body")
        case .createBody: ("Opret forum", "Create body")
        case .name: ("Navn", "Name")
        case .kind: ("Type", "Kind")
        case .parent: ("Forum over", "Parent body")
        case .noParent: ("Intet (øverste niveau)", "None (top level)")
        case .cluster: ("Klynge", "Cluster")
        case .clusterHint: ("Fx Midtklyngen. Tomt for et forum for hele regionen.", "E.g. Midtklyngen. Empty for a region-wide body.")
        case .summary: ("Kort beskrivelse", "Short description")
        case .bodyCreated: ("Forummet er oprettet.", "The body has been created.")
        case .bodySaved: ("Indstillingerne er gemt.", "The settings have been saved.")
        case .settingsTitle: ("Forummets indstillinger", "The body's settings")
        case .settingsLink: ("Indstillinger", "Settings")
        case .saveSettings: ("Gem indstillinger", "Save settings")
        case .nameMissing: ("Skriv et navn.", "Write a name.")
        case .parentLoop: ("Et forum kan ikke ligge under sig selv eller et af sine egne underfora.", "A body cannot sit under itself or one of its own sub-bodies.")
        case .newOrganisation: ("Opret en organisation", "Create an organisation")
        case .createOrganisation: ("Opret organisation", "Create organisation")
        case .organisationCreated: ("Organisationen er oprettet.", "The organisation has been created.")
        case .organisationSaved: ("Organisationen er gemt.", "The organisation has been saved.")
        case .organisationNameTaken: ("En anden organisation har allerede det navn.", "Another organisation already has that name.")
        case .newPerson: ("Opret en person", "Create a person")
        case .createPerson: ("Opret person", "Create person")
        case .personCreated: ("Personen er oprettet.", "The person has been created.")
        case .personSaved: ("Personen er gemt.", "The person has been saved.")
        case .email: ("E-mail", "E-mail")
        case .phone: ("Telefon", "Phone")
        case .seats: ("Pladser", "Seats")
        case .save: ("Gem", "Save")
        case .membersTitle: ("Medlemmer", "Members")
        case .membersLink: ("Medlemmer", "Members")
        case .currentMembers: ("Nuværende medlemmer", "Current members")
        case .formerMembers: ("Tidligere medlemmer", "Former members")
        case .noMembers: ("Ingen.", "None.")
        case .person: ("Person", "Person")
        case .organisation: ("Organisation", "Organisation")
        case .role: ("Rolle", "Role")
        case .title: ("Titel", "Title")
        case .from: ("Fra", "From")
        case .to: ("Til og med", "Up to and including")
        case .addMember: ("Tilføj et medlem", "Add a member")
        case .addMemberButton: ("Tilføj medlem", "Add member")
        case .memberAdded: ("Medlemmet er tilføjet.", "The member has been added.")
        case .personUnknown: ("Personen findes ikke i Samspil. Sæt kryds i »Opret som ny person«, hvis det er en ny person.",
                              "There is no such person in Samspil. Tick \"Create as a new person\" if it is a new person.")
        case .personExists: ("Der findes allerede en person med det navn. Fjern krydset i »Opret som ny person« for at bruge personen.",
                              "There is already a person of that name. Untick \"Create as a new person\" to use them.")
        case .personAmbiguous: ("Flere personer i Samspil har det navn. En administrator kan skelne dem ad under Administration (fx med et mellemnavn).",
                                "Several people in Samspil have that name. An administrator can tell them apart under Administration (e.g. by a middle name).")
        case .restructureByAdministrators: ("Type, placering og klynge ændres af en administrator.",
                                            "Kind, place and cluster are changed by an administrator.")
        case .parentUnknown: ("Vælg forummet over i listen.", "Choose the parent body from the list.")
        case .newPersonCheckbox: ("Opret som ny person", "Create as a new person")
        case .personHint: ("Navnet som under Personer; en person, der skifter job, beholder sin historik.", "The name as under People; a person who changes jobs keeps their history.")
        case .dateInvalid: ("Skriv en dato, fx 1.1.2025.", "Write a date, e.g. 1.1.2025.")
        case .startMissing: ("Skriv, hvornår medlemskabet begynder.", "Write when the seat starts.")
        case .endBeforeStart: ("Slutdatoen ligger før startdatoen.", "The end date is before the start date.")
        case .endMembership: ("Afslut", "End")
        case .endMembershipTitle: ("Afslut medlemskab", "End a seat")
        case .endMembershipIntro: ("Medlemskabet får en slutdato. Det slettes ikke: personens historik i forummet bevares.",
                                   "The seat gets an end date. It is not deleted: the person's history in the body is kept.")
        case .endOn: ("Sidste dag", "Last day")
        case .successor: ("Hvem overtager formandsposten?", "Who takes over the chair?")
        case .successorIntro: ("Personen er medformand. Vælg, hvem af forummets medlemmer der bliver medformand dagen efter, eller at ingen overtager endnu.",
                               "The person is co-chair. Choose which of the body's members becomes co-chair the day after, or that nobody takes over yet.")
        case .nobodyYet: ("Ingen endnu (besluttes senere)", "Nobody yet (decided later)")
        case .endButton: ("Afslut medlemskab", "End seat")
        case .membershipEnded: ("Medlemskabet er afsluttet.", "The seat has been ended.")
        case .successorUndecided: ("Vælg, hvem der overtager formandsposten, eller »Ingen endnu«.", "Choose who takes over the chair, or \"Nobody yet\".")
        case .successorNotSeated: ("Efterfølgeren skal være medlem af forummet på dagen.", "The successor must sit in the body on the day.")
        case .alreadyEnded: ("Medlemskabet er allerede afsluttet.", "The seat has already ended.")
        case .termsTitle: ("Kommissorium", "Terms of reference")
        case .termsLink: ("Kommissorium", "Terms of reference")
        case .termsIntro: ("Forummets formål, sammensætning og arbejdsform. Hver godkendt udgave gemmes, så historikken kan læses.",
                           "The body's purpose, membership and way of working. Every approved version is kept, so its history can be read.")
        case .noTerms: ("Der er ikke registreret et kommissorium for forummet.", "No terms of reference have been recorded for the body.")
        case .inForce: ("Gældende udgave", "Version in force")
        case .approvedOn: ("Godkendt", "Approved")
        case .approvedAt: ("Godkendt under", "Approved under")
        case .recordedBy: ("registreret af", "recorded by")
        case .olderVersions: ("Andre udgaver", "Other versions")
        case .addTerms: ("Registrér en ny udgave", "Record a new version")
        case .addTermsButton: ("Gem udgaven", "Save version")
        case .termsAdded: ("Den nye udgave er gemt.", "The new version has been saved.")
        case .termsText: ("Tekst (Markdown)", "Text (Markdown)")
        case .termsTextMissing: ("Skriv kommissoriets tekst.", "Write the text of the terms of reference.")
        case .noOrganisation: ("Ingen", "None")
        case .edit: ("Ret", "Edit")
        case .kindMunicipality: ("Kommune", "Municipality")
        case .kindHospitalUnit: ("Hospitalsenhed", "Hospital unit")
        case .kindPsychiatry: ("Psykiatri", "Psychiatry")
        case .kindGeneralPractice: ("Almen praksis", "General practice")
        case .kindRegion: ("Region", "Region")
        case .kindPatientOrganisation: ("Patient- eller brugerorganisation", "Patient or user organisation")
        case .kindResearch: ("Forskning og uddannelse", "Research and education")
        case .kindOther: ("Anden", "Other")
        }
        return language == .da ? da : en
    }
}

/// A form's refusal, carried as the text that explains it.
extension StructureText: Error {}

extension StructureText: PageNotice {
    static var notices: [StructureText] {
        [.bodyCreated, .bodySaved, .organisationCreated, .organisationSaved, .personCreated, .personSaved, .memberAdded,
         .membershipEnded, .termsAdded]
    }
}

extension Language {
    func structure(_ key: StructureText) -> String { key.text(in: self) }

    func name(of kind: Organisation.Kind) -> String {
        let key: StructureText = switch kind {
        case .municipality: .kindMunicipality
        case .hospitalUnit: .kindHospitalUnit
        case .psychiatry: .kindPsychiatry
        case .generalPractice: .kindGeneralPractice
        case .region: .kindRegion
        case .patientOrganisation: .kindPatientOrganisation
        case .research: .kindResearch
        case .other: .kindOther
        }
        return structure(key)
    }
}

extension MembershipChange.Problem {
    var text: StructureText {
        switch self {
        case .endsBeforeStart: .endBeforeStart
        case .alreadyEnded: .alreadyEnded
        case .successorUndecided: .successorUndecided
        case .successorNotSeated: .successorNotSeated
        }
    }
}
