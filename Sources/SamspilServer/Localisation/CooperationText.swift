import Foundation
import SamspilCore

/// The texts of the pages about how the bodies cooperate: co-chairs and their rotation plan. In Danish
/// and English, exhaustive like `UIText`: a key without both translations does not compile.
enum CooperationText: CaseIterable, Sendable {
    case coChairsTitle, coChairsLink, currentCoChairs, noCurrentCoChairs, notNamed, planTitle, planIntro, noPlan
    case period, regionSide, municipalSide, current, warningsTitle, rulesTitle, rulesIntro, saveRules
    case addPeriodTitle, from, to, fromHint, organisation, personOptional, addPeriod, deletePeriod
    case periodAdded, periodDeleted, rulesSaved, dateInvalid, toBeforeFrom, organisationMissing
    case ruleSidesChangeInDifferentYears
    case indicatorsTitle, indicatorsIntro, noIndicators, unit, target, breakdown, byCluster, byOrganisation, latest
    case newIndicatorTitle, name, descriptionLabel, createIndicator, nameMissing, unitMissing, targetInvalid
    case chartTable, group, importTitle, importIntro, csvFile, csvText, importButton, importEmpty, importReport
    case rejectedLines, line, reason, noValues, distributionTitle, distributionIntro, total, weights, weightsHint
    case distribute, share, amount, totalInvalid, weightsInvalid, indicatorCreated, distributionLink
    case trailTitle, trailLink, trailIntro, sentFrom, waiting, scheduled, takenUp, dueBy, decisionLabel
    case referTitle, referIntro, referBodies, allClusters, referPurpose, referDue, referButton, referred
    case referNoBodies, referOwnBody
    case purposeDecision, purposeComments, purposeInformation, purposeImplementation

    func text(in language: Language) -> String {
        let (da, en): (String, String) = switch self {
        case .coChairsTitle: ("Medformænd og rotationsplan", "Co-chairs and rotation plan")
        case .coChairsLink: ("Medformænd og rotationsplan", "Co-chairs and rotation plan")
        case .currentCoChairs: ("Medformænd i dag", "Co-chairs today")
        case .noCurrentCoChairs: ("Rotationsplanen har ingen periode, der dækker i dag.", "The rotation plan has no period that covers today.")
        case .notNamed: ("person ikke udpeget", "person not named")
        case .planTitle: ("Rotationsplan", "Rotation plan")
        case .planIntro: ("Forummet har to medformænd: én fra regionen (hospital eller psykiatri) og én fra en kommune. Planen viser, hvem der har formandskabet i hver periode.",
                          "The body has two co-chairs: one from the region (hospital or psychiatry) and one from a municipality. The plan shows who holds the chairs in each period.")
        case .noPlan: ("Der er ingen rotationsplan for forummet endnu.", "The body has no rotation plan yet.")
        case .period: ("Periode", "Period")
        case .regionSide: ("Regionen", "The region")
        case .municipalSide: ("Kommunerne", "The municipalities")
        case .current: ("nu", "now")
        case .warningsTitle: ("Planen bør rettes", "The plan should be corrected")
        case .rulesTitle: ("Regler for planen", "Rules for the plan")
        case .rulesIntro: ("Regler, forummet har besluttet, og som planen kontrolleres mod.", "Rules the body has decided, which the plan is checked against.")
        case .saveRules: ("Gem regler", "Save rules")
        case .addPeriodTitle: ("Tilføj en periode", "Add a period")
        case .from: ("Fra", "From")
        case .to: ("Til og med", "Up to and including")
        case .fromHint: ("Et år (2025) eller en dato (1.7.2025).", "A year (2025) or a date (1.7.2025).")
        case .organisation: ("Organisation", "Organisation")
        case .personOptional: ("Person (hvis udpeget)", "Person (if named)")
        case .addPeriod: ("Tilføj periode", "Add period")
        case .deletePeriod: ("Slet", "Delete")
        case .periodAdded: ("Perioden er tilføjet.", "The period has been added.")
        case .periodDeleted: ("Perioden er slettet.", "The period has been deleted.")
        case .rulesSaved: ("Reglerne er gemt.", "The rules have been saved.")
        case .dateInvalid: ("Skriv et år eller en dato.", "Write a year or a date.")
        case .toBeforeFrom: ("Perioden slutter, før den begynder.", "The period ends before it starts.")
        case .organisationMissing: ("Vælg en organisation.", "Choose an organisation.")
        case .ruleSidesChangeInDifferentYears: ("Regionens og kommunernes medformænd skiftes ikke samme år",
                                                "The region's and the municipalities' co-chairs do not change in the same year")
        case .indicatorsTitle: ("Indikatorer", "Indicators")
        case .indicatorsIntro: ("Tal, samarbejdet følger sine aftaler op med, fordelt på klynger eller organisationer og perioder.",
                                "Figures the cooperation follows its agreements up with, by cluster or organisation and period.")
        case .noIndicators: ("Der er ingen indikatorer endnu.", "There are no indicators yet.")
        case .unit: ("Enhed", "Unit")
        case .target: ("Mål", "Target")
        case .breakdown: ("Fordelt på", "Broken down by")
        case .byCluster: ("Klynger", "Clusters")
        case .byOrganisation: ("Organisationer", "Organisations")
        case .latest: ("Seneste periode", "Latest period")
        case .newIndicatorTitle: ("Ny indikator", "New indicator")
        case .name: ("Navn", "Name")
        case .descriptionLabel: ("Beskrivelse", "Description")
        case .createIndicator: ("Opret indikator", "Create indicator")
        case .nameMissing: ("Skriv indikatorens navn.", "Write the indicator's name.")
        case .unitMissing: ("Skriv enheden, fx henvisninger.", "Write the unit, e.g. referrals.")
        case .targetInvalid: ("Målet skal være et tal.", "The target must be a number.")
        case .chartTable: ("Tallene i diagrammet", "The figures in the chart")
        case .group: ("Gruppe", "Group")
        case .importTitle: ("Indlæs tal fra CSV", "Import figures from CSV")
        case .importIntro: ("Tre kolonner: periode (2024-K1, 2024-03 eller 2024), klynge eller organisation, og værdi. Semikolon eller komma mellem felterne; en overskriftslinje må gerne være med. Tal, der allerede er indlæst for samme periode og gruppe, erstattes.",
                            "Three columns: period (2024-K1, 2024-03 or 2024), cluster or organisation, and value. Semicolons or commas between the fields; a header line may be included. Figures already imported for the same period and group are replaced.")
        case .csvFile: ("CSV-fil", "CSV file")
        case .csvText: ("… eller indsæt linjerne her", "… or paste the lines here")
        case .importButton: ("Indlæs", "Import")
        case .importEmpty: ("Vælg en fil eller indsæt linjer.", "Choose a file or paste lines.")
        case .importReport: ("Indlæst", "Imported")
        case .rejectedLines: ("Linjer, der ikke blev indlæst", "Lines that were not imported")
        case .line: ("Linje", "Line")
        case .reason: ("Hvorfor", "Why")
        case .noValues: ("Der er ingen tal endnu.", "There are no figures yet.")
        case .distributionTitle: ("Fordel et beløb", "Distribute an amount")
        case .distributionIntro: ("Fordeler et beløb på klynger eller kommuner efter indbyggertal, i hele kroner, så delene giver præcis det samlede beløb.",
                                  "Splits an amount across clusters or municipalities by population, in whole kroner, so that the parts add up to exactly the total.")
        case .total: ("Beløb i alt (kr.)", "Total amount (DKK)")
        case .weights: ("Modtagere og indbyggertal", "Recipients and populations")
        case .weightsHint: ("Én pr. linje: navn; indbyggertal.", "One per line: name; population.")
        case .distribute: ("Fordel", "Distribute")
        case .share: ("Andel", "Share")
        case .amount: ("Beløb (kr.)", "Amount (DKK)")
        case .totalInvalid: ("Skriv beløbet som et helt tal.", "Write the amount as a whole number.")
        case .weightsInvalid: ("Skriv én modtager pr. linje: navn; indbyggertal.", "Write one recipient per line: name; population.")
        case .indicatorCreated: ("Indikatoren er oprettet.", "The indicator has been created.")
        case .distributionLink: ("Fordel et beløb efter indbyggertal", "Distribute an amount by population")
        case .trailTitle: ("Sagens forløb", "The case's course")
        case .trailLink: ("Sagens forløb", "The case's course")
        case .trailIntro: ("Hvor sagen kom fra, hvilke fora den er sendt til, og hvad hvert af dem har gjort ved den.",
                           "Where the matter came from, which bodies it was sent to, and what each of them did with it.")
        case .sentFrom: ("Sendt fra", "Sent from")
        case .waiting: ("venter på behandling", "waiting to be treated")
        case .scheduled: ("sat på en dagsorden", "on an agenda")
        case .takenUp: ("behandlet", "treated")
        case .dueBy: ("frist", "due")
        case .decisionLabel: ("Beslutning", "Decision")
        case .referTitle: ("Send sagen videre", "Refer the matter")
        case .referIntro: ("Sagen kommer på listen over kommende punkter i hvert af de valgte fora, med en henvisning hertil.",
                           "The matter goes on the list of coming items of each chosen body, with a link back here.")
        case .referBodies: ("Til", "To")
        case .allClusters: ("Alle klyngestyregrupper", "All cluster steering groups")
        case .referPurpose: ("Hvad bedes de om?", "What is asked of them?")
        case .referDue: ("Frist (valgfri)", "Due (optional)")
        case .referButton: ("Send videre", "Refer")
        case .referred: ("Sagen er sendt videre.", "The matter has been referred.")
        case .referNoBodies: ("Vælg mindst ét forum.", "Choose at least one body.")
        case .referOwnBody: ("Et forum kan ikke sende en sag til sig selv; brug Punkter til kommende møder.",
                             "A body cannot refer a matter to itself; use the coming items.")
        case .purposeDecision: ("til beslutning", "for decision")
        case .purposeComments: ("til kommentering", "for comments")
        case .purposeInformation: ("til orientering", "for information")
        case .purposeImplementation: ("til implementering", "for implementation")
        }
        return language == .da ? da : en
    }
}

extension CooperationText: PageNotice {
    static var notices: [CooperationText] { [.periodAdded, .periodDeleted, .rulesSaved, .indicatorCreated, .referred] }
}

extension Language {
    func cooperation(_ key: CooperationText) -> String { key.text(in: self) }

    /// A rotation warning in words, naming the periods by their years.
    func describe(_ warning: RotationWarning, periods: [RotationPlan.Period]) -> String {
        func name(_ id: UUID) -> String { periods.first { $0.id == id }.map(label) ?? "?" }
        switch (warning, self) {
        case let (.overlap(earlier, later), .da): return "Perioderne \(name(earlier)) og \(name(later)) overlapper."
        case let (.overlap(earlier, later), .en): return "The periods \(name(earlier)) and \(name(later)) overlap."
        case let (.gap(after, before), .da): return "Der er et hul mellem \(name(after)) og \(name(before)): ingen medformænd i mellemtiden."
        case let (.gap(after, before), .en): return "There is a gap between \(name(after)) and \(name(before)): no co-chairs in between."
        case let (.missingSide(period, side), .da):
            return "\(name(period)) mangler en medformand fra \(side == .region ? "regionen" : "kommunerne")."
        case let (.missingSide(period, side), .en):
            return "\(name(period)) has no co-chair from \(side == .region ? "the region" : "the municipalities")."
        case let (.bothSidesChange(from, to, day), .da):
            return "Både regionens og kommunernes medformand skifter \(format(day)) (fra \(name(from)) til \(name(to))), i strid med forummets regel."
        case let (.bothSidesChange(from, to, day), .en):
            return "Both the region's and the municipalities' co-chair change on \(format(day)) (from \(name(from)) to \(name(to))), against the body's rule."
        }
    }

    /// "2021–2022" for whole years, otherwise the two dates.
    func label(_ period: RotationPlan.Period) -> String {
        let wholeYears = period.start.month == 1 && period.start.day == 1 && period.end.month == 12 && period.end.day == 31
        if wholeYears {
            return period.start.year == period.end.year ? "\(period.start.year)" : "\(period.start.year)–\(period.end.year)"
        }
        return "\(format(period.start)) – \(format(period.end))"
    }

    func name(of rule: RotationRule) -> String {
        switch rule {
        case .sidesChangeInDifferentYears: cooperation(.ruleSidesChangeInDifferentYears)
        }
    }
}

extension ReferralPurpose {
    var text: CooperationText {
        switch self {
        case .decision: .purposeDecision
        case .comments: .purposeComments
        case .information: .purposeInformation
        case .implementation: .purposeImplementation
        }
    }
}
