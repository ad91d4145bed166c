import SamspilCore
import Testing
@testable import MinutesImport

/// Item headings: number, title, time slot and presenter in the forms minutes write them.
@Suite struct ItemHeadingTests {
    /// The first item of a snippet that is one heading followed by a decision.
    private func heading(_ text: String, markdown: Bool = false) -> ParsedMinutes.Item? {
        Snippet.numberedItems(Snippet.parse(text + "\nBeslutning\nGodkendt.", markdown: markdown)).first
    }

    @Test func itemHeadingWithTimeSlotAndPresenterAfterV() {
        let item = heading("5. Implementering af sundhedsaftalen (kl. 13.00) v. Tove Kristensen")
        #expect(item?.number == 5)
        #expect(item?.title == "Implementering af sundhedsaftalen")
        #expect(item?.start == Snippet.time("13:00"))
        #expect(item?.end == nil)
        #expect(item?.presenter == "Tove Kristensen")
    }

    @Test func markdownItemHeadingWithSlotRangeAndTwoPresentersAfterVSlash() {
        let item = heading("## 2. Status (kl. 08:10-8.25) v/ Lauge Clemmensen og Mette Andreassen", markdown: true)
        #expect(item?.title == "Status")
        #expect(item?.start == Snippet.time("08:10"))
        #expect(item?.end == Snippet.time("08:25"))
        #expect(item?.presenter == "Lauge Clemmensen og Mette Andreassen")
    }

    @Test func boldMarkdownHeadingWithTitleEndingInAFullStopAndSlotWithTrailingDash() {
        let item = heading("#### **4. Bemandingssituationen i efteråret/vinteren. (kl. 8:45-9:15-) v/ Thomas**", markdown: true)
        #expect(item?.title == "Bemandingssituationen i efteråret/vinteren.")
        #expect(item?.start == Snippet.time("08:45"))
        #expect(item?.end == Snippet.time("09:15"))
        #expect(item?.presenter == "Thomas")
    }

    @Test func bareTimeInBracketsIsTheStart() {
        let item = heading("12. Eventuelt (15.20)")
        #expect(item?.title == "Eventuelt")
        #expect(item?.start == Snippet.time("15:20"))
    }

    @Test func timeSlotWithoutBracketsAfterKl() {
        let item = heading("7. Eventuelt kl. 9.55-10.15")
        #expect(item?.title == "Eventuelt")
        #expect(item?.start == Snippet.time("09:55"))
        #expect(item?.end == Snippet.time("10:15"))
    }

    @Test func capitalVSlashWithoutSpaceBeforeThePresenter() {
        let item = heading("5. Budget 2023 – Afledte konsekvenser (kl. 9.25-9.45) V/Thomas Balle Kristensen")
        #expect(item?.title == "Budget 2023 – Afledte konsekvenser")
        #expect(item?.presenter == "Thomas Balle Kristensen")
    }

    @Test func presenterWithoutTimeSlot() {
        let item = heading("3. Temadrøftelse – Lighed i Sundhed v/ Peter Borup og Laura Kofod")
        #expect(item?.title == "Temadrøftelse – Lighed i Sundhed")
        #expect(item?.presenter == "Peter Borup og Laura Kofod")
        #expect(item?.start == nil)
    }

    @Test func titleWrappedOntoTheNextLineWithTheSlot() {
        let item = heading("8. Resultat af forbrugsvariationsprojektet ift. den aktivitetsbestemte\n\nmedfinansiering (kl. 13.50) v. Inge Bank")
        #expect(item?.title == "Resultat af forbrugsvariationsprojektet ift. den aktivitetsbestemte medfinansiering")
        #expect(item?.presenter == "Inge Bank")
        #expect(item?.start == Snippet.time("13:50"))
    }

    @Test func titleWrappedOverThreeLinesWithTheBracketClosedOnTheLast() {
        let item = heading("""
            11. Nedsættelse af en arbejdsgruppe med det formål at sætte et
            øget fokus på de socialt udsatte i Region Midtjylland (kl.
            14.45) v. Nære Sundhedstilbud
            """)
        #expect(item?.title == "Nedsættelse af en arbejdsgruppe med det formål at sætte et øget fokus på de socialt udsatte i Region Midtjylland")
        #expect(item?.start == Snippet.time("14:45"))
        #expect(item?.presenter == "Nære Sundhedstilbud")
    }

    @Test func presenterOnTheLineAfterTheSlot() {
        let item = heading("4. Kort orientering om besparelser (kl. 12.50)\n\nv. Lars Dahl Pedersen")
        #expect(item?.title == "Kort orientering om besparelser")
        #expect(item?.presenter == "Lars Dahl Pedersen")
    }

    @Test func presenterMarkerEndsTheLineAndTheNameFollows() {
        let minutes = Snippet.parse("""
            6. Inddragelse af brugerrepræsentanter (kl. 13.25) v.
            Kirsten Fog
            På sidste møde blev der orienteret om rådet.
            Beslutning:
            Aftalt.
            """)
        let item = Snippet.item(6, in: minutes)
        #expect(item?.presenter == "Kirsten Fog")
        #expect(item?.sections.first?.text == "På sidste møde blev der orienteret om rådet.")
    }

    @Test func presenterSurnameWrappedOntoTheNextLine() {
        let item = heading("4. Status på projekt Type 2 diabetes v/ Kathrine\nHald")
        #expect(item?.presenter == "Kathrine Hald")
        #expect(item?.title == "Status på projekt Type 2 diabetes")
    }

    @Test func presenterMarkerWithTheGroupOnTheNextLine() {
        let item = heading("6. Punkter til kommende møder (kl. 10:25-10:35) v/\nformandskabet")
        #expect(item?.presenter == "formandskabet")
        #expect(item?.end == Snippet.time("10:35"))
    }

    @Test func completeHeadingDoesNotSwallowTheProseBelowIt() {
        let minutes = Snippet.parse("""
            5. Implementering af sundhedsaftalen (kl. 13.00) v. Tove Kristensen
            Sundhedsaftalen står overfor at skulle træde i kraft.
            Indstilling:
            At gruppen drøfter den.
            """)
        #expect(Snippet.item(5, in: minutes)?.presenter == "Tove Kristensen")
        #expect(Snippet.kinds(Snippet.item(5, in: minutes)) == [.description, .recommendation])
    }

    @Test(arguments: ["Punkt 3: Godkendelse af regnskab", "Pkt. 3 Godkendelse af regnskab", "Punkt 3. Godkendelse af regnskab",
                      "Punkt 3 - Godkendelse af regnskab"])
    func municipalPunktPrefix(text: String) {
        let item = heading(text)
        #expect(item?.number == 3)
        #expect(item?.title == "Godkendelse af regnskab")
    }

    @Test(arguments: ["Lukket: 12. Salg af grund", "12. Lukket: Salg af grund", "Lukket punkt 12: Salg af grund"])
    func closedItemKeepsItsNumberAndLosesTheMarker(text: String) {
        let item = heading(text)
        #expect(item?.number == 12)
        #expect(item?.title == "Salg af grund")
    }

    @Test func caseNumberInTheHeadingOrOnTheLineBelow() {
        #expect(heading("3. Budget 2024 (Sagsnr. 24/1234)")?.caseNumber == "24/1234")
        #expect(heading("3. Budget 2024 (Sagsnr. 24/1234)")?.title == "Budget 2024")
        let minutes = Snippet.parse("3. Budget 2024\nSagsnr.: 1-52-100-22-09\nBeslutning\nGodkendt.")
        #expect(Snippet.item(3, in: minutes)?.caseNumber == "1-52-100-22-09")
    }

    @Test func timeSlotOnTheLineBelowTheHeading() {
        let minutes = Snippet.parse("3. Budget 2024\nKl. 10.00-10.30\nBeslutning\nGodkendt.")
        #expect(Snippet.item(3, in: minutes)?.start == Snippet.time("10:00"))
        #expect(Snippet.item(3, in: minutes)?.end == Snippet.time("10:30"))
    }

    @Test func dateAtTheStartOfALineIsNotAnItem() {
        #expect(NumberedHeadingRecognizer.recognize("18. juni 2021 kl. 08:30-12:00") == nil)
        #expect(NumberedHeadingRecognizer.recognize("16. april 2021. Hovedpunkterne fra drøftelsen") == nil)
    }

    @Test func numbersThatAreNotItemNumbersAreNotCandidates() {
        #expect(NumberedHeadingRecognizer.recognize("2019. Dette svarer til ca. 4 %") == nil)
        #expect(NumberedHeadingRecognizer.recognize("7.965.504 kr. fra puljen") == nil)
        #expect(NumberedHeadingRecognizer.recognize("3.1 Underpunkt") == nil)
        // `1)` is a weak candidate: the agenda decides (see agendaNumberedWithParentheses).
        #expect(NumberedHeadingRecognizer.recognize("1) første forhold")?.hasParenthesis == true)
    }

    @Test func agendaNumberedWithParentheses() {
        let minutes = Snippet.parse("""
            1) Godkendelse af dagsorden
            Beslutning: Godkendt.
            2) Budget 2024
            Sagsfremstilling
            Budgettet indeholder:
            1) en ny pulje
            2) en besparelse
            Beslutning: Vedtaget.
            3) Eventuelt
            Beslutning: Intet.
            """)
        #expect(Snippet.numberedItems(minutes).compactMap(\.number) == [1, 2, 3])
        #expect(Snippet.item(2, in: minutes)?.sections.first?.text.contains("1) en ny pulje") == true)
    }

    @Test func timeSlotBetweenTheNumberAndTheTitleOfAWordList() {
        let minutes = Snippet.parse("1.\t13.00-13.15\tVelkomst\nBeslutning\nVelkommen.\n2.\t13.15-13.45\tBudget\nBeslutning\nGodkendt.")
        let item = Snippet.item(2, in: minutes)
        #expect(item?.title == "Budget")
        #expect(item?.start == Snippet.time("13:15"))
        #expect(item?.end == Snippet.time("13:45"))
    }
}
