import SamspilCore
import Testing
@testable import MinutesImport

/// Section headings in their many spellings, and how an item's text is split by them.
@Suite struct SectionHeadingTests {
    private func kind(_ text: String) -> SectionKind? {
        SectionHeadingRecognizer.recognize(.plain(text))?.kind
    }

    @Test(arguments: ["Indstilling", "Indstilling:", "Indstilling.", "INDSTILLING", "Indstillinger", "Det indstilles,",
                      "Forslag til beslutning", "Beslutningsforslag", "Direktionens indstilling", "Indstilling fra direktionen"])
    func recommendationHeadings(text: String) {
        #expect(kind(text) == .recommendation)
    }

    @Test(arguments: ["Sagsfremstilling", "Beskrivelse af sagen", "Beskrivelse af sagen:", "Baggrund", "Resume", "Resumé",
                      "Sagsforløb", "Sagsbeskrivelse", "Tidligere beslutninger", "Formål", "Sagens kerne", "Beslutningstema"])
    func descriptionHeadings(text: String) {
        #expect(kind(text) == .description)
    }

    @Test(arguments: ["Beslutning", "Beslutning:", "Referat", "REFERAT", "Konklusion", "Udvalgets beslutning", "Drøftelse:",
                      "Opsummering", "Aftaler",
                      "Beslutning i Social- og Sundhedsudvalget den 3. marts 2020", "Beslutning i Økonomiudvalget"])
    func decisionHeadings(text: String) {
        #expect(kind(text) == .decision)
    }

    @Test(arguments: ["Bilag", "Bilag:", "Vedhæftede bilag", "Bilagsliste"])
    func attachmentHeadings(text: String) {
        #expect(kind(text) == .attachments)
    }

    @Test(arguments: ["Beslutningskompetence", "Kompetence:", "Økonomiske konsekvenser", "Lovgrundlag"])
    func fieldsOfMeetingSystemsAreOtherSections(text: String) {
        #expect(kind(text) == .other)
    }

    @Test(arguments: ["Referat fra sidste møde blev godkendt", "Bilag 5 Notat fra temamødet", "Baggrunden er, at",
                      "Beslutningen blev taget", "Kommunerne", "Beslutning i sagen blev udsat til næste møde."])
    func proseIsNotAHeading(text: String) {
        #expect(kind(text) == nil)
    }

    @Test func markdownBoldHeadingIsAHeading() {
        let line = MarkdownReader.readLine("#### **Indstilling**")
        #expect(line.flatMap { SectionHeadingRecognizer.recognize($0) }?.kind == .recommendation)
    }

    @Test func bulletedLineIsNeverAHeading() {
        #expect(SectionHeadingRecognizer.recognize(DocumentLine(text: "Bilag", isBullet: true)) == nil)
    }

    @Test func headingWithItsTextOnTheSameLine() {
        let heading = SectionHeadingRecognizer.recognize(.plain("Referat: Dagsorden godkendt."))
        #expect(heading == SectionHeading(kind: .decision, heading: "Referat", inlineText: "Dagsorden godkendt."))
    }

    @Test func impersonalRecommendationWithItsTextOnTheSameLine() {
        let heading = SectionHeadingRecognizer.recognize(.plain("Det indstilles, at udvalget godkender budgettet."))
        #expect(heading?.kind == .recommendation)
        #expect(heading?.heading == "Det indstilles")
        #expect(heading?.inlineText == "at udvalget godkender budgettet.")
    }
}

@Suite struct ItemSectionTests {
    @Test func sectionsInTheOrderUsersKnow() {
        let minutes = Snippet.parse("""
            1. Godkendelse af dagsorden v/ formandskabet
            Indstilling
            • At Klyngestyregruppen godkender dagsordenen
            Beskrivelse af sagen
            Velkomst og godkendelse.
            Bilag:
            • Dagsorden
            Referat
            Dagsordenen blev godkendt.
            """)
        let item = Snippet.item(1, in: minutes)
        #expect(Snippet.kinds(item) == [.recommendation, .description, .attachments, .decision])
        #expect(item?.sections.map(\.heading) == ["Indstilling", "Beskrivelse af sagen", "Bilag", "Referat"])
        #expect(item?.sections.first?.text == "- At Klyngestyregruppen godkender dagsordenen")
    }

    @Test func decisionPrintedBeforeTheCaseDescription() {
        let minutes = Snippet.parse("""
            Punkt 52: Budgetopfølgning
            Beslutning i Økonomiudvalget den 12. marts 2024
            Taget til efterretning.
            Resume
            Forvaltningen har fulgt op på budgettet.
            Sagsforløb
            Sagen har været i høring.
            Indstilling
            Forvaltningen indstiller, at orienteringen tages til efterretning.
            """)
        let item = Snippet.item(52, in: minutes)
        #expect(Snippet.kinds(item) == [.decision, .description, .description, .recommendation])
        #expect(item?.sections.first?.heading == "Beslutning i Økonomiudvalget den 12. marts 2024")
    }

    @Test func inlineHeadingsInMarkdownBold() {
        let minutes = Snippet.parse("""
            ## 2. Status på sundhedsklynger

            ### Beskrivelse af sagen

            Arbejdet skrider frem.

            **Bilag:** Notat fra Sundhedsministeriet

            ## REFERAT

            Orienteringen blev taget til efterretning.
            """, markdown: true)
        let item = Snippet.item(2, in: minutes)
        #expect(Snippet.kinds(item) == [.description, .attachments, .decision])
        #expect(item?.sections[1].text == "Notat fra Sundhedsministeriet")
    }

    @Test func textBeforeTheFirstHeadingIsTheCaseDescription() {
        let minutes = Snippet.parse("""
            7. Opfølgning på temamøde (kl. 13.35) v. Inge Bank
            Den 2. februar blev der afholdt temamøde mellem kommunerne og hospitalet.
            Temadagen satte retning for arbejdet.
            Indstilling
            At gruppen identificerer udfordringer
            Beslutning:
            Drøftet.
            """)
        let item = Snippet.item(7, in: minutes)
        #expect(Snippet.kinds(item) == [.description, .recommendation, .decision])
        #expect(item?.sections.first?.heading == nil)
    }

    @Test func shortSubtitleUnderTheHeadingIsKeptAsOther() {
        let minutes = Snippet.parse("""
            #### 7. Eventuelt (kl. 9.55-10.15)

            - **herunder gensidig orientering**

            #### REFERAT

            Intet.
            """, markdown: true)
        let item = Snippet.item(7, in: minutes)
        #expect(item?.sections.map(\.kind) == [.other, .decision])
    }

    @Test func unknownSubheadingStaysInTheSectionItIsIn() {
        let minutes = Snippet.parse("""
            ## 4. Bemanding

            ## REFERAT

            Generelt gik sommeren godt.

            ### *Kommunerne*

            Der mangler assistenter.

            #### *Psykiatrien*

            Der mangler læger.
            """, markdown: true)
        let item = Snippet.item(4, in: minutes)
        #expect(item?.sections.count == 1)
        #expect(item?.sections.first?.text == "Generelt gik sommeren godt.\n\nKommunerne\n\nDer mangler assistenter.\n\nPsykiatrien\n\nDer mangler læger.")
    }

    @Test func wrappedLinesOfAParagraphAreJoinedInTheSectionText() {
        let minutes = Snippet.parse("""
            1. Budget
            Beslutning:
            Region Midtjylland er i gang med at beskrive en spareplan på ca. 660 mio. kr. frem til
            2019. Dette svarer til ca. 4 % af det samlede driftsbudget, og der vil
            komme en opfølgning.
            Næste afsnit.
            """)
        #expect(Snippet.item(1, in: minutes)?.sections.first?.text ==
                "Region Midtjylland er i gang med at beskrive en spareplan på ca. 660 mio. kr. frem til 2019. Dette svarer til ca. 4 % af det samlede driftsbudget, og der vil komme en opfølgning.\nNæste afsnit.")
    }

    @Test func emptyHeadingIsKeptButHasNoText() {
        let minutes = Snippet.parse("1. Eventuelt\nBeslutning:\n2. Næste møde\nBeslutning:\nAftalt.")
        #expect(Snippet.item(1, in: minutes)?.sections.map(\.kind) == [.decision])
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [])
    }
}
