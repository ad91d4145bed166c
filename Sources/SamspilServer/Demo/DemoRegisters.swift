import Fluent
import Foundation
import SamspilCore

/// The demo's registers, from the written orientation of 18 June 2021 (item 8 of Midtklyngen's minutes):
/// an initiatives table for Midtklyngen and the region, and the agreement on good admission and discharge
/// followed through its stages to implementation in the clusters. The minutes give the approval and the
/// start of implementation; the dates of the earlier stages and the other clusters' progress are made up
/// for the demo, and their notes say so. The smoking-cessation indicator is shown in item 6, which puts
/// the follow-up of the smoking-cessation agreement on the list of coming items. Midtklyngen's terms of
/// reference are those approved under item 2.
enum DemoRegisters {
    static func store(on database: any Database) async throws {
        let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
        func body(_ slug: String) throws -> Body {
            guard let body = bodies.first(where: { $0.slug == slug }) else {
                throw DemoRotationPlans.MissingDemoData(description: "The demo's registers need the body \(slug).")
            }
            return body
        }
        let cluster = try body("midtklyngen-klyngestyregruppe")
        let steeringGroup = try body("sundhedsstyregruppen")
        let children = try body("midtklyngen-temagruppe-boern-unge-familie")
        guard let writtenOrientation = try await item(8, of: "2021-06-18", in: cluster, on: database),
              let comingItems = try await item(6, of: "2021-06-18", in: cluster, on: database),
              let viborg = try await OrganisationModel.query(on: database).filter(\.$name == "Viborg Kommune").first()?.id,
              let indicator = try await IndicatorModel.find(DemoIndicators.indicator.id, on: database)?.id else {
            throw DemoRotationPlans.MissingDemoData(
                description: "The demo's registers need items 6 and 8 of 18 June 2021, Viborg Kommune and the indicator.")
        }
        try await storeInitiatives(cluster: cluster, steeringGroup: steeringGroup, children: children, viborg: viborg,
                                   item: writtenOrientation.id, on: database)
        try await storeAgreement(steeringGroup: steeringGroup, bodies: bodies, item: writtenOrientation.id, on: database)
        try await ItemLinks.show(indicator, in: comingItems.id, on: database)
        _ = try await Structure(database: database).add(try termsOfReference(of: cluster), recordedBy: "Fællessekretariatet")
    }

    /// Midtklyngen's terms of reference as approved on 18 June 2021 (item 2, which Samspil links by the date
    /// and the word "kommissorium"): the changes the minutes list, as the document itself was an attachment.
    static func termsOfReference(of cluster: Body) throws -> TermsOfReference {
        guard let approved = CalendarDay(iso: "2021-06-18") else {
            throw DemoRotationPlans.MissingDemoData(description: "18 June 2021 is a date.")
        }
        return TermsOfReference(bodyID: cluster.id, approved: approved, text: """
            # Kommissorium for Midtklyngens sundhedssamarbejde

            Revideret efter anbefalinger fra en arbejdsgruppe og besluttet af Midtklyngens direktørkreds 28. maj 2021.
            Demoen gengiver ændringerne, som referatet opregner dem; selve kommissoriet var et bilag.

            ## Organisering

            LSR i Midtklyngen får reference til Klyngestyregruppen og ændrer navn til Voksentemagruppen for psykiatri.
            Temagruppen for den voksne patient ændrer navn til Voksentemagruppen for somatik.

            ## Fællessekretariatet

            En konsulent fra Psykiatrien i Region Midtjylland indgår i fællessekretariatet. Sekretariatet er
            administrativ indgang til Midtklyngen i den løbende planlægning og koordinering med
            sundhedsaftalesekretariatet.

            ## Formandskab og sekretariatsbetjening

            I formandskabsmøderne om dagsorden og opfølgning deltager også direktør og konsulent fra Psykiatrien i
            Region Midtjylland. Hvis HE Midt udskifter medformænd, sikres det, at medformænd fra HE Midt ikke går på
            valg samme år, som de kommunale medformænd skifter.

            ## Temagruppernes medlemmer

            - Voksentemagruppen for somatik: som udgangspunkt alle kommuner med en sundhedschef, med den nødvendige
              beslutningskompetence. Psykiatrien i Region Midtjylland indgår ikke længere.
            - Voksentemagruppen for psykiatri: 1-2 chef- eller lederrepræsentanter fra hver af de tre kommuner og én
              afdelingsledelsesrepræsentant fra Psykiatrien i Region Midtjylland.

            ## Rotationsplan for formandskaberne

            Se forummenes rotationsplaner under *Medformænd og rotationsplan*.
            """)
    }

    private static func storeInitiatives(cluster: Body, steeringGroup: Body, children: Body, viborg: UUID, item: UUID,
                                         on database: any Database) async throws {
        // Named in the minutes as one of the project's two chairs; no contact details.
        let contact = Person(name: "Maila Tandrup")
        try await PersonModel(contact).create(on: database)
        let initiatives = [
            Initiative(title: "Livets Afslutning", description: "Implementering af anbefalingerne fra projekt »Livets Afslutning« "
                + "med 7.965.504 kr. fra Sundhedsstyrelsens pulje til styrket nærvær og omsorg i ældreplejen. Fire indsatsgrupper "
                + "arbejder med forventningssamtaler, pårørende, dokumentation på tværs af sektorer og Vågetjenesten.",
                       cluster: "Midtklyngen", owningOrganisationID: viborg, contactPersonID: contact.id,
                       start: CalendarDay(iso: "2021-05-01"), end: CalendarDay(iso: "2022-04-30"), status: .ongoing),
            Initiative(title: "Fælles Gravidteam", description: "Rettidig forebyggelse målrettet sårbare gravide og sårbare familier "
                + "på tværs af kommuner, almen praksis og fødesteder. Erfaringerne i Midtklyngen er samlet i notatet "
                + "»Erfaringsopsamling – Fælles Gravidteam i Midtklyngen«.",
                       cluster: "Midtklyngen", owningBodyID: children.id, start: CalendarDay(iso: "2016-07-01"), status: .ongoing),
            Initiative(title: "TeleKOL", description: "Telemedicin til borgere med KOL. Sat på pause; ny udmelding om tidsplan "
                + "ventes efter sommerferien 2021. Midtklyngens implementeringsgruppe følger udviklingen.",
                       owningBodyID: steeringGroup.id, status: .paused),
            Initiative(title: "Telemedicin til borgere med hjertesvigt", description: "Sundhedsstyregruppen har godkendt en "
                + "governance-struktur for de tværsektorielle telemedicinske indsatser, med et advisory board-system.",
                       owningBodyID: steeringGroup.id, status: .planned),
        ]
        let store = Initiatives(database: database)
        for initiative in initiatives {
            try await store.save(initiative)
            try await store.link(item: item, to: initiative.id)
        }
    }

    private static func storeAgreement(steeringGroup: Body, bodies: [Body], item: UUID, on database: any Database) async throws {
        let agreement = CooperationCase(
            kind: .agreement, title: "Samarbejdsaftale om den gode indlæggelse og udskrivelse",
            summary: "Rammen for samarbejdet mellem kommuner, hospitaler og almen praksis om sammenhængende indlæggelses- og "
                + "udskrivelsesforløb: fra kommunal forberedelsestid med faste tidsfrister til fælles forberedelsestid uden "
                + "fastsatte tidsfrister.",
            owningBodyID: steeringGroup.id)
        let store = CooperationCases(database: database)
        try await store.create(agreement)
        let madeUp = "Datoerne er opdigtet til demoen."
        let stages: [(CooperationCase.Stage, String, String?, String?)] = [
            (.termsOfReference, "2019-09-02", "2019-11-04", madeUp),
            (.drafting, "2019-11-04", "2020-09-30", madeUp),
            (.comments, "2020-10-01", "2020-12-15", "Klyngerne og Sundhedsstyregruppens parter gav høringssvar. " + madeUp),
            (.approval, "2021-01-11", "2021-05-31", "Godkendt i Sundhedsstyregruppen, Sundhedskoordinationsudvalget, Regionsrådet "
                + "og de midtjyske kommuner."),
            (.implementation, "2021-06-01", nil, "Opstart 1. juni 2021. De nuværende varslingsfrister ophører 1. oktober 2021."),
        ]
        for (stage, started, completed, note) in stages {
            try await store.save(.init(stage: stage, started: CalendarDay(iso: started), completed: completed.flatMap(CalendarDay.init(iso:)),
                                       note: note), of: agreement.id)
        }
        let progress: [(String, String?, String?, String)] = [
            ("midtklyngen-klyngestyregruppe", "2021-06-01", nil, "Implementeringen ligger i Voksentemagruppen, som tager aftalen op 25. juni 2021."),
            ("randersklyngen-klyngestyregruppe", "2021-06-01", "2021-12-15", madeUp),
            ("vestklyngen-klyngestyregruppe", "2021-08-15", nil, madeUp),
            ("aarhusklyngen-klyngestyregruppe", "2021-06-01", "2022-02-01", madeUp),
        ]
        for (slug, started, done, note) in progress {
            guard let body = bodies.first(where: { $0.slug == slug }) else { continue }
            try await store.save(.init(stage: .implementation, bodyID: body.id, started: started.flatMap(CalendarDay.init(iso:)),
                                       done: done.flatMap(CalendarDay.init(iso:)), note: note), of: agreement.id)
        }
        try await store.link(item: item, to: agreement.id, stage: .implementation)
    }

    static func item(_ number: Int, of date: String, in body: Body, on database: any Database) async throws -> AgendaItem? {
        guard let meeting = try await MeetingModel.query(on: database).filter(\.$bodyID == body.id).filter(\.$date == date).first(),
              let meetingID = meeting.id else { return nil }
        return try await AgendaItemModel.query(on: database).filter(\.$meetingID == meetingID).filter(\.$number == number).first()?
            .domain(sections: [])
    }
}
