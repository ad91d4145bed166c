import Foundation
import SamspilCore

/// The texts of the cooperation's registers: initiatives, and agreements and development tasks followed
/// through their stages, and the links to them from agenda items. In Danish and English, exhaustive.
enum RegisterText: CaseIterable, Sendable {
    case initiativesTitle, initiativesIntro, noInitiatives, regionWide, allClusters, allStatuses, filter, cluster, status
    case initiative, owner, contact, periodColumn, items, newInitiative, editInitiative, title, description, start, end
    case saveInitiative, createInitiative, initiativeCreated, initiativeSaved, titleMissing, ownerMissing, ownerNotYours
    case contactUnknown, contactAmbiguous, clusterNotYours, dateInvalid, endBeforeStart, noItems, itemsIntro, contactHint, ownerBody, ownerOrganisation
    case statusPlanned, statusOngoing, statusPaused, statusCompleted, statusStopped, copyHint
    case casesTitle, casesIntro, noCases, kindAgreement, kindDevelopmentTask, kind, currentStage, allDone, clustersDone
    case newCase, createCase, caseCreated, owningBody, stagesTitle, stageNotStarted, stageOngoing, stageDone, since, completedOn
    case clustersTitle, clusterColumn, started, done, note, saveStage, stageSaved, saveCluster, clusterSaved
    case endWithoutStart, stageItems
    case stageTermsOfReference, stageDrafting, stageFrame, stageDevelopmentAndTest, stageComments, stageApproval
    case stageImplementation, stageSpread
    case linksTitle, linksIntro, linkInitiative, linkCase, stage, link, unlink, linked, unlinked, noChoice
    case showIndicator, linkedInitiatives, linkedCases, cooperationTitle, administrationTitle, initiativesAbout

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .initiativesTitle: ("Initiativer", "Initiatives")
        case .initiativesIntro: ("Indsatser og projekter i klyngerne og regionen: hvem der ejer dem, hvem man kan spørge, hvordan de står, og hvor de er drøftet.",
                                 "Initiatives and projects in the clusters and the region: who owns them, whom to ask, how they stand, and where they were discussed.")
        case .noInitiatives: ("Der er ingen initiativer, der passer.", "No initiatives match.")
        case .regionWide: ("Hele regionen", "The whole region")
        case .allClusters: ("Alle klynger", "All clusters")
        case .allStatuses: ("Alle", "All")
        case .filter: ("Vis", "Show")
        case .cluster: ("Klynge", "Cluster")
        case .status: ("Status", "Status")
        case .initiative: ("Initiativ", "Initiative")
        case .owner: ("Forankret i", "Owned by")
        case .contact: ("Kontaktperson", "Contact person")
        case .periodColumn: ("Periode", "Period")
        case .items: ("Drøftet", "Discussed")
        case .newInitiative: ("Registrér et initiativ", "Register an initiative")
        case .editInitiative: ("Ret initiativet", "Edit the initiative")
        case .title: ("Titel", "Title")
        case .description: ("Beskrivelse", "Description")
        case .start: ("Start", "Start")
        case .end: ("Slut", "End")
        case .saveInitiative: ("Gem ændringer", "Save changes")
        case .createInitiative: ("Registrér initiativ", "Register initiative")
        case .initiativeCreated: ("Initiativet er registreret.", "The initiative has been registered.")
        case .initiativeSaved: ("Ændringerne er gemt.", "The changes have been saved.")
        case .titleMissing: ("Skriv en titel.", "Write a title.")
        case .ownerMissing: ("Vælg det forum eller den organisation, initiativet er forankret i.", "Choose the body or organisation that owns the initiative.")
        case .ownerNotYours: ("Du kan kun registrere initiativer for de fora, du er sekretær for, og deres klynger.",
                              "You can only register initiatives for the bodies you are secretary of and their clusters.")
        case .contactUnknown: ("Personen findes ikke i Samspil. Skriv navnet, som det står under Personer, eller lad feltet stå tomt.",
                               "There is no such person in Samspil. Write the name as it is under People, or leave the field empty.")
        case .contactAmbiguous: ("Flere personer i Samspil har det navn. En administrator kan skelne dem ad under Administration.",
                                 "Several people in Samspil have that name. An administrator can tell them apart under Administration.")
        case .clusterNotYours: ("Vælg en klynge, du er sekretær i, eller hele regionen.", "Choose a cluster you are secretary in, or the whole region.")
        case .dateInvalid: ("Skriv en dato, fx 1.6.2021.", "Write a date, e.g. 1.6.2021.")
        case .endBeforeStart: ("Slutdatoen ligger før startdatoen.", "The end date is before the start date.")
        case .noItems: ("Ingen dagsordenspunkter er knyttet hertil endnu.", "No agenda items are linked yet.")
        case .itemsIntro: ("Punkter knyttes fra punktets redigeringsside under »Initiativer og sager«.",
                           "Items are linked from the item's editing page under \"Initiatives and cases\".")
        case .contactHint: ("Navnet på en person i Samspil.", "The name of a person in Samspil.")
        case .ownerBody: ("Fora", "Bodies")
        case .ownerOrganisation: ("Organisationer", "Organisations")
        case .statusPlanned: ("Planlagt", "Planned")
        case .statusOngoing: ("I gang", "Ongoing")
        case .statusPaused: ("Sat på pause", "Paused")
        case .statusCompleted: ("Afsluttet", "Completed")
        case .statusStopped: ("Stoppet", "Stopped")
        case .copyHint: ("Tabellen kan markeres og kopieres direkte ind i et referat.", "The table can be selected and pasted straight into minutes.")
        case .casesTitle: ("Samarbejdsaftaler og udviklingsopgaver", "Agreements and development tasks")
        case .casesIntro: ("Sager, der følges fra kommissorium til implementering i alle klynger.",
                           "Cases followed from terms of reference to implementation in every cluster.")
        case .noCases: ("Der er ingen samarbejdsaftaler eller udviklingsopgaver endnu.", "There are no agreements or development tasks yet.")
        case .kindAgreement: ("Samarbejdsaftale", "Cooperation agreement")
        case .kindDevelopmentTask: ("Udviklingsopgave", "Development task")
        case .kind: ("Type", "Kind")
        case .currentStage: ("Nu", "Now")
        case .allDone: ("Alle faser er afsluttet", "All stages are done")
        case .clustersDone: ("klynger færdige", "clusters done")
        case .newCase: ("Opret en sag", "Create a case")
        case .createCase: ("Opret", "Create")
        case .caseCreated: ("Sagen er oprettet.", "The case has been created.")
        case .owningBody: ("Ansvarligt forum", "Responsible body")
        case .stagesTitle: ("Faser", "Stages")
        case .stageNotStarted: ("ikke startet", "not started")
        case .stageOngoing: ("i gang", "ongoing")
        case .stageDone: ("afsluttet", "done")
        case .since: ("siden", "since")
        case .completedOn: ("afsluttet", "completed")
        case .clustersTitle: ("Klyngerne", "The clusters")
        case .clusterColumn: ("Klynge", "Cluster")
        case .started: ("Startet", "Started")
        case .done: ("Færdig", "Done")
        case .note: ("Note", "Note")
        case .saveStage: ("Gem fasen", "Save stage")
        case .stageSaved: ("Fasen er gemt.", "The stage has been saved.")
        case .saveCluster: ("Gem", "Save")
        case .clusterSaved: ("Klyngens status er gemt.", "The cluster's status has been saved.")
        case .endWithoutStart: ("En fase kan ikke afsluttes, før den er startet: skriv også en startdato.",
                                "A stage cannot end before it has started: write a start date too.")
        case .stageItems: ("Behandlet", "Treated")
        case .stageTermsOfReference: ("Kommissorium", "Terms of reference")
        case .stageDrafting: ("Udarbejdelse", "Drafting")
        case .stageFrame: ("Ramme", "Frame")
        case .stageDevelopmentAndTest: ("Udvikling og afprøvning", "Development and test")
        case .stageComments: ("Høring", "Comments")
        case .stageApproval: ("Godkendelse", "Approval")
        case .stageImplementation: ("Implementering i klyngerne", "Implementation in the clusters")
        case .stageSpread: ("Udbredelse til alle klynger", "Spread to every cluster")
        case .linksTitle: ("Initiativer og sager", "Initiatives and cases")
        case .linksIntro: ("Knyt punktet til et initiativ eller en fase i en samarbejdsaftale eller udviklingsopgave, og vis en indikator i punktet. Det kan også gøres, efter referatet er godkendt: det ændrer ikke referatet.",
                           "Link the item to an initiative or a stage of an agreement or development task, and show an indicator in the item. This can be done after the minutes are approved too: it does not change the minutes.")
        case .linkInitiative: ("Initiativ", "Initiative")
        case .linkCase: ("Samarbejdsaftale eller udviklingsopgave", "Agreement or development task")
        case .stage: ("Fase", "Stage")
        case .link: ("Knyt til", "Link")
        case .unlink: ("Fjern", "Remove")
        case .linked: ("Punktet er knyttet til.", "The item has been linked.")
        case .unlinked: ("Forbindelsen er fjernet.", "The link has been removed.")
        case .noChoice: ("Vælg først i listen.", "Choose from the list first.")
        case .showIndicator: ("Indikator", "Indicator")
        case .linkedInitiatives: ("Initiativ", "Initiative")
        case .linkedCases: ("Sag", "Case")
        case .cooperationTitle: ("Samarbejdet", "The cooperation")
        case .administrationTitle: ("Administration", "Administration")
        case .initiativesAbout: ("Indsatser og projekter pr. klynge, med ejer, kontaktperson og status.",
                                 "Initiatives and projects by cluster, with owner, contact person and status.")
        }
        return language == .da ? da : en
    }
}

/// A form's refusal, carried as the text that explains it.
extension RegisterText: Error {}

extension RegisterText: PageNotice {
    static var notices: [RegisterText] { [.initiativeCreated, .initiativeSaved, .caseCreated, .stageSaved, .clusterSaved, .linked, .unlinked] }
}

extension Language {
    func register(_ key: RegisterText) -> String { key.text(in: self) }

    func name(of status: Initiative.Status) -> String {
        let key: RegisterText = switch status {
        case .planned: .statusPlanned
        case .ongoing: .statusOngoing
        case .paused: .statusPaused
        case .completed: .statusCompleted
        case .stopped: .statusStopped
        }
        return register(key)
    }

    func name(of kind: CooperationCase.Kind) -> String {
        register(kind == .agreement ? .kindAgreement : .kindDevelopmentTask)
    }

    func name(of stage: CooperationCase.Stage) -> String {
        let key: RegisterText = switch stage {
        case .termsOfReference: .stageTermsOfReference
        case .drafting: .stageDrafting
        case .frame: .stageFrame
        case .developmentAndTest: .stageDevelopmentAndTest
        case .comments: .stageComments
        case .approval: .stageApproval
        case .implementation: .stageImplementation
        case .spread: .stageSpread
        }
        return register(key)
    }

    func name(of state: CooperationCase.State) -> String {
        let key: RegisterText = switch state {
        case .notStarted: .stageNotStarted
        case .ongoing: .stageOngoing
        case .done: .stageDone
        }
        return register(key)
    }

    /// "1.5.2021 – 30.4.2022", "fra 1.5.2021", or "–".
    func span(_ start: CalendarDay?, _ end: CalendarDay?) -> String {
        switch (start, end) {
        case let (start?, end?): "\(format(start)) – \(format(end))"
        case let (start?, nil): (self == .da ? "fra " : "from ") + format(start)
        case let (nil, end?): (self == .da ? "til " : "until ") + format(end)
        case (nil, nil): "–"
        }
    }
}
