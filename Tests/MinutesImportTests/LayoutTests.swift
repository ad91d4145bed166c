import SamspilCore
import Testing
@testable import MinutesImport

/// Whole documents in the layouts of the meeting systems regions and municipalities publish from. The
/// names are made up; the shapes are those of published minutes.
@Suite struct MeetingSystemLayoutTests {
    @Test func regionalSystemWithCaseNumberAboveEachItemAndAttendanceAsItemOne() {
        let minutes = Snippet.parse("""
            Referat
            til
            mødet i Sundhedsstyregruppen
            den 31. januar 2019 kl. 14:00
            i Konference 1, Regionshuset Viborg

            Sagnr.: 1-01-72-30-17

            1. Mødedeltagere

            Sagsfremstilling

            Anna Lund, Ikast-Brande Kommune
            Bo Kragh, Favrskov Kommune
            Carl Dam, Herning Kommune
            Dorte Vinther, PLO-M
            Erik Sand, HE Vest, Region Midtjylland

            Beslutning

            Der var afbud fra Bo Kragh og Carl Dam. Ida Holm deltog for Erik Sand.

            Tilbage til toppen
            Sagnr.: 1-01-72-30-18

            2. Regeringsudspil til sundhedsreform

            Administrationen indstiller,

            at Sundhedsstyregruppen drøfter udspillet

            Sagsfremstilling

            Regeringen fremlagde den 16. januar 2019 et udspil.

            Beslutning

            Sundhedsstyregruppen drøftede udspillet.

            Tilbage til toppen
            Sagnr.: 1-01-72-30-19

            3. Eventuelt

            Beslutning

            Intet.
            """)
        #expect(minutes.meeting.date == Snippet.day("2019-01-31"))
        #expect(minutes.meeting.start == Snippet.time("14:00"))
        #expect(minutes.meeting.body == "Sundhedsstyregruppen")
        #expect(minutes.meeting.location == "Konference 1, Regionshuset Viborg")
        #expect(minutes.items.map(\.caseNumber) == ["1-01-72-30-17", "1-01-72-30-18", "1-01-72-30-19"])
        #expect(Snippet.kinds(Snippet.item(2, in: minutes)) == [.recommendation, .description, .decision])
        #expect(Snippet.item(2, in: minutes)?.sections.first?.heading == "Administrationen indstiller")
        #expect(Snippet.item(2, in: minutes)?.sections.last?.text == "Sundhedsstyregruppen drøftede udspillet.")
        #expect(minutes.attendance.present.map(\.name) == ["Anna Lund", "Dorte Vinther", "Erik Sand"])
        #expect(minutes.attendance.absent.map(\.name) == ["Bo Kragh", "Carl Dam"])
        #expect(minutes.attendance.present.last?.organisation == "HE Vest, Region Midtjylland")
        #expect(!minutes.items.flatMap(\.sections).contains { $0.text.contains("Tilbage til toppen") })
    }

    @Test func clusterSystemWithAttendanceUnderItemOne() {
        let minutes = Snippet.parse("""
            Referater Faglig strategisk gruppe Vest-klyngen
            til
            mødet i
            den 22. november 2023 kl. 08:30
            i L128, Regionshospitalet
            1. Godkendelse af dagsorden
            Det indstilles,
            at | dagsorden godkendes |
            Sagsfremstilling
            Punkter til eventuelt.
            Mødeleder: Hans Vig
            Deltagere:
            Direktør Søren Lind, Herning kommune
            Hospitalsdirektør Hans Vig, Regionshospitalet
            Praksis koordinator Jørgen Bach
            Afbud:
            Direktør Anette Ørn, Struer kommune
            Lægefaglig direktør Jens Bak, Regionshospitalet
            PLO-m Susanne Krog
            Beslutning
            Godkendt
            2. Temadrøftelse om digitalisering
            Det indstilles,
            at gruppen drøfter anbefalingerne.
            Sagsfremstilling
            Behovet stiger.
            Beslutning
            Drøftet.
            """)
        #expect(minutes.meeting.chair == "Hans Vig")
        #expect(minutes.meeting.cluster == "Vest-klyngen")
        #expect(minutes.attendance.present.map(\.name) == ["Søren Lind", "Hans Vig", "Jørgen Bach"])
        #expect(minutes.attendance.absent.map(\.name) == ["Anette Ørn", "Jens Bak", "Susanne Krog"])
        #expect(minutes.attendance.absent.last?.organisation == "PLO-m")
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [.recommendation, .description, .decision])
    }

    @Test func municipalSystemWithNumberAloneAboveTheTitleAndDecisionByCommitteeAndDate() {
        let minutes = Snippet.parse("""
            Referat
            Dato: Torsdag, Marts 3, 2016 - 08:00
            Sted: Rådhuset, mødelokale 2A

            Pkt. 15
            Beslutninger om dagsordenen
            Sagsnr. 249050 Sundheds- og Omsorgsudvalget Åbent punkt
            Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 15
            Dagsordenen blev godkendt.

            Pkt. 16
            Temadrøftelse om rehabiliteringsindsatsen
            Sagsnr. 250467 Sundheds- og Omsorgsudvalget Åbent punkt
            Resume
            Udvalget drøfter status.
            Indstilling
            Forvaltningen indstiller, at rehabiliteringsindsatsen drøftes.
            Beslutningskompetence
            Sundheds- og Omsorgsudvalget
            Sagsfremstilling
            Forvaltningen holder et oplæg.
            Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16
            Drøftet.
            """)
        #expect(minutes.meeting.date == Snippet.day("2016-03-03"))
        #expect(minutes.meeting.start == Snippet.time("08:00"))
        #expect(minutes.items.map(\.number) == [15, 16])
        #expect(minutes.items.map(\.title) == ["Beslutninger om dagsordenen", "Temadrøftelse om rehabiliteringsindsatsen"])
        #expect(minutes.items.map(\.caseNumber) == ["249050", "250467"])
        #expect(Snippet.kinds(Snippet.item(16, in: minutes)) == [.description, .recommendation, .other, .description, .decision])
        #expect(Snippet.item(16, in: minutes)?.sections[1].text == "Forvaltningen indstiller, at rehabiliteringsindsatsen drøftes.")
    }

    @Test func municipalSystemWithTheTitleAboveSagNr() {
        let minutes = Snippet.parse("""
            Social- og Sundhedsudvalget
            05-04-2022
            Medlemmer
            Formand Annie Holm (A)
            Ahmed Dahl (A)
            Jette Lund (C)
            Meddelelser
            Sag nr. 24
            Beslutningskompetence: SOSU
            Sagens kerne
            Oversigt fremlægges til orientering.
            Indstilling
            Meddelelserne forelægges til orientering.
            Beslutning
            Taget til efterretning.
            Fremlæggelse af oversigt over visitation
            Sag nr. 25
            Sagens kerne
            Forvaltningen forelægger oversigten.
            Indstilling
            Social- og Sundhedsforvaltningen indstiller,
            at oversigten tages til efterretning.
            Beslutning
            Taget til efterretning.
            """)
        #expect(minutes.meeting.date == Snippet.day("2022-04-05"))
        #expect(minutes.items.map(\.number) == [24, 25])
        #expect(minutes.items.map(\.title) == ["Meddelelser", "Fremlæggelse af oversigt over visitation"])
        #expect(Snippet.item(24, in: minutes)?.sections.last?.text == "Taget til efterretning.")
        #expect(minutes.attendance.invited?.map(\.name) == ["Annie Holm", "Ahmed Dahl", "Jette Lund"])
        #expect(minutes.attendance.invited?.first?.note == "A")
    }

    @Test func regionalCommitteeWithTreatmentHeadingsAndPartyLetters() {
        let minutes = Snippet.parse("""
            Referat
            Møde i Udvalget for det nære sundhedsvæsen
            onsdag den 15. januar 2020 kl. 13:00
            Deltagere:
            Trine Birk (A), Formand
            Christian Holm (C), Næstformand- afbud
            Kirsten Rask (A)
            Jens Grum (A)

            1. Godkendelse af dagsorden
            Åbent
            Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1
            Dagsorden blev godkendt.

            2. Status på nærklinikker
            Åbent
            Resume
            Der gives en status.
            Indstilling
            Det indstilles, at orienteringen tages til efterretning.
            Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 2
            Taget til efterretning.
            """)
        #expect(minutes.meeting.body == "Udvalget for det nære sundhedsvæsen")
        #expect(minutes.meeting.date == Snippet.day("2020-01-15"))
        #expect(minutes.attendance.present.map(\.name) == ["Trine Birk", "Kirsten Rask", "Jens Grum"])
        #expect(minutes.attendance.absent.map(\.name) == ["Christian Holm"])
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [.decision])
        #expect(Snippet.kinds(Snippet.item(2, in: minutes)) == [.description, .recommendation, .decision])
    }

    @Test func municipalSystemPrintingEveryHeadingTwice() {
        let minutes = Snippet.parse("""
            Forebyggelsesudvalget – Referat – 12. januar 2021

            1. Godkendelse af dagsorden (B)

            1.     Godkendelse af dagsorden (B)

            Sagsnr.: 330-2020-164          Dok.nr.: 330-2020-488200          Åbent
            Beslutningstema
            Godkendelse af dagsorden.
            Indstilling
            Centerchefen for Sundhed og Ældre indstiller,
            1.    at dagsordenen godkendes.
            Beslutning i Forebyggelsesudvalget den 12. januar 2021:
            Godkendt.

            2. Budget 2021 (B)

            2.     Budget 2021 (B)

            Sagsnr.: 330-2020-29711
            Indstilling
            Centerchefen for Sundhed og Ældre indstiller,
            1.    at udvalget drøfter budgettet.
            Beslutning i Forebyggelsesudvalget den 12. januar 2021:
            Drøftet.
            """)
        #expect(minutes.meeting.date == Snippet.day("2021-01-12"))
        #expect(minutes.items.map(\.number) == [1, 2])
        #expect(minutes.items.map(\.caseNumber) == ["330-2020-164", "330-2020-29711"])
        #expect(Snippet.item(1, in: minutes)?.sections.last?.text == "Godkendt.")
        #expect(Snippet.kinds(Snippet.item(2, in: minutes)) == [.recommendation, .decision])
    }

    @Test func simpleMinutesWithoutAnySectionHeadingsKeepTheTextAsTheDecision() {
        let minutes = Snippet.parse("""
            Referat af bestyrelsesmøde 16. august 2012
            1. Medlemshenvendelse
            Bestyrelsen har behandlet henvendelsen og besluttet at svare skriftligt.
            2. Fastsættelse af datoer
            Listen blev gennemgået og offentliggøres i nyhedsbrevet.
            3. Eventuelt
            """)
        #expect(minutes.meeting.date == Snippet.day("2012-08-16"))
        #expect(minutes.items.map(\.number) == [1, 2, 3])
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [.decision])
        #expect(minutes.warnings.first?.hasPrefix("Ingen af punkterne har afsnitsoverskrifter") == true)
        #expect(minutes.warnings.count == 2)
    }
}

/// Smaller shapes that came with those layouts.
@Suite struct LayoutDetailTests {
    @Test(arguments: ["Ad 3. Godkendelse af regnskab", "Ad pkt. 3 Godkendelse af regnskab", "Ad. 3: Godkendelse af regnskab"])
    func adPrefixBeforeTheNumber(text: String) {
        let start = NumberedHeadingRecognizer.recognize(text)
        #expect(start?.number == 3)
        #expect(start?.rest == "Godkendelse af regnskab")
        #expect(NumberedHeadingRecognizer.recognize("Adgang 3 gange") == nil)
    }

    @Test func timeSlotOnTheLineAboveTheHeading() {
        let minutes = Snippet.parse("1. Velkomst\nBeslutning\nVelkommen.\nKl. 10.00-10.30\n2. Budget\nBeslutning\nGodkendt.")
        #expect(Snippet.item(2, in: minutes)?.start == Snippet.time("10:00"))
        #expect(Snippet.item(2, in: minutes)?.end == Snippet.time("10:30"))
        #expect(Snippet.item(1, in: minutes)?.sections.last?.text == "Velkommen.")
    }

    @Test func timeSlotAtTheStartOfTheHeading() {
        let heading = ItemHeadingText.parse("Kl. 10.00-10.30: Status på projektet v/ Anne Holm")
        #expect(heading.title == "Status på projektet")
        #expect(heading.start == Snippet.time("10:00"))
        #expect(heading.presenter == "Anne Holm")
    }

    @Test func presenterInBrackets() {
        let heading = ItemHeadingText.parse("Status på sundhedsklynger (v/ Lauge Holm) (kl. 8.10-8.25)")
        #expect(heading.title == "Status på sundhedsklynger")
        #expect(heading.presenter == "Lauge Holm")
        #expect(heading.end == Snippet.time("08:25"))
    }

    @Test func presenterOnAFieldLineUnderTheHeading() {
        let minutes = Snippet.parse("3. Budget\nOplægsholder: Anne Holm\nBeslutning\nGodkendt.")
        #expect(Snippet.item(3, in: minutes)?.presenter == "Anne Holm")
        #expect(Snippet.kinds(Snippet.item(3, in: minutes)) == [.decision])
    }

    @Test func unnumberedEventueltAfterTheNumberedItems() {
        let minutes = Snippet.parse("1. Velkomst\nBeslutning\nVelkommen.\nEventuelt\nReferat\nIntet.")
        #expect(minutes.items.map(\.title) == ["Velkomst", "Eventuelt"])
        #expect(minutes.items.last?.number == nil)
        #expect(Snippet.item(1, in: minutes)?.sections.last?.text == "Velkommen.")
    }

    @Test func wholeHoursAfterKl() {
        let minutes = Snippet.parse("Mødedato: mandag den 31. oktober 2016 kl 14-16\n1. Velkomst\nBeslutning\nOK.")
        #expect(minutes.meeting.start == Snippet.time("14:00"))
        #expect(minutes.meeting.end == Snippet.time("16:00"))
    }

    @Test func labelAloneWithItsValueOnTheNextLine() {
        let minutes = Snippet.parse("Mødedato\n21-08-2012 kl. 14:00 - 16:00\nMødested\nOUH, Patienthotellet\n1. Velkomst\nBeslutning\nOK.")
        #expect(minutes.meeting.date == Snippet.day("2012-08-21"))
        #expect(minutes.meeting.end == Snippet.time("16:00"))
        #expect(minutes.meeting.location == "OUH, Patienthotellet")
    }

    @Test func monthFirstDate() {
        #expect(DanishDates.dates(in: "Torsdag, Marts 3, 2016 - 08:00").first?.day == Snippet.day("2016-03-03"))
    }

    @Test func preliminaryMinutesAreADraft() {
        #expect(Snippet.parse("Foreløbigt referat\n1. Velkomst\nBeslutning\nOK.").meeting.status == .draft)
    }

    @Test func namedRecommendationHeadings() {
        let named = SectionHeadingRecognizer.recognize(.plain("Administrationen indstiller overfor udvalget for det nære sundhedsvæsen:"))
        #expect(named?.kind == .recommendation)
        #expect(named?.heading == "Administrationen indstiller overfor udvalget for det nære sundhedsvæsen")
        let inline = SectionHeadingRecognizer.recognize(.plain("Direktionen indstiller, at planen godkendes."))
        #expect(inline?.inlineText == "at planen godkendes.")
        #expect(SectionHeadingRecognizer.recognize(.plain("Udvalget indstiller derudover, at der spares.")) == nil)
    }

    @Test func namedRecommendationInsideADecisionIsPartOfIt() {
        let minutes = Snippet.parse("3. Budget\nBeslutning\nTiltrådt.\nUdvalget indstiller til byrådet, at budgettet vedtages.")
        #expect(Snippet.item(3, in: minutes)?.sections.map(\.kind) == [.decision])
    }

    @Test func whoRecommendsIsTheFirstLineOfAnOpenRecommendation() {
        let minutes = Snippet.parse("2. Kommissorium\nIndstilling\nDirektørkredsen indstiller,\n• at kommissoriet godkendes\nReferat\nGodkendt.")
        let item = Snippet.item(2, in: minutes)
        #expect(item?.sections.map(\.kind) == [.recommendation, .decision])
        #expect(item?.sections.first?.text == "Direktørkredsen indstiller,\n- at kommissoriet godkendes")
    }

    @Test(arguments: ["Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1",
                      "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16",
                      "Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:"])
    func committeeTreatmentHeadingsAreDecisions(text: String) {
        #expect(SectionHeadingRecognizer.recognize(.plain(text))?.kind == .decision)
    }

    @Test func navigationLinksOfAWebPageAreRemoved() {
        #expect(Snippet.texts("Godkendt.\nTilbage til toppen\n2. Budget") == ["Godkendt.", "2. Budget"])
    }

    @Test func attendanceListWithSeveralNamesOnOneLine() {
        let minutes = Snippet.parse("Til stede: Ole Busck, Henrik Pedersen, Lise Dahl og Thomas Bak.\n1. Velkomst\nBeslutning\nOK.")
        #expect(minutes.attendance.present.map(\.name) == ["Ole Busck", "Henrik Pedersen", "Lise Dahl", "Thomas Bak"])
    }

    @Test func bulletedListLabel() {
        let minutes = Snippet.parse("Deltagere\n• Bo Lind (V)\n• Eva Dam (A)\n• Afbud\n• Eva Dam (A)\n1. Velkomst\nBeslutning\nOK.")
        #expect(minutes.attendance.present.map(\.name) == ["Bo Lind"])
        #expect(minutes.attendance.absent.map(\.name) == ["Eva Dam"])
    }

    @Test func apologiesInASentence() {
        #expect(AttendanceInItems.apologies(in: "Der var afbud fra Kate Bøgh, Leif P. Christensen og Tina Ebler. Ida deltog.")
                == ["Kate Bøgh", "Leif P. Christensen", "Tina Ebler"])
    }

    @Test func dateIsNotAPhoneNumber() {
        #expect(!AttendanceList.isContactDetail("05-04-2022"))
        #expect(AttendanceList.isContactDetail("87 28 12 34"))
    }
}
