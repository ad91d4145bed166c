import SamspilCore
import Testing
@testable import MinutesImport

/// Shapes of text that `pdftotext` makes of minutes written in Word: numbers of Word's automatic numbering
/// on a line of their own, sometimes before text that belongs to the item above; dashes lost between
/// times; running headers and `Side N af M` at every page break.
@Suite struct PdfTextTests {
    @Test func numberAloneOnItsLineAndTheTitleBelow() {
        let minutes = Snippet.parse("""
            UDKAST REFERAT
            1.

            Velkomst og godkendelse af dagsorden (kl. 08:00-08:10)

            Indstilling
            \u{F0B7} At Klyngestyregruppen godkender dagsordenen
            REFERAT
            Godkendt.
            """)
        #expect(Snippet.item(1, in: minutes)?.title == "Velkomst og godkendelse af dagsorden")
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [.recommendation, .decision])
    }

    @Test func numberPrintedBeforeTextOfTheItemAboveFindsTheTitleWithTheTimeSlot() {
        let minutes = Snippet.parse("""
            6.
            Punkter til kommende møder (kl. 9.45-9.55)
            REFERAT
            Forslag til kommende møde

            7.

            Temadrøftelse af datapakker og indikatorer
            oversigt over igangsatte initiativer.

            Eventuelt (kl. 9.55-10.15)
            herunder gensidig orientering
            REFERAT
            Intet.
            """)
        let item = Snippet.item(7, in: minutes)
        #expect(item?.title == "Eventuelt")
        #expect(item?.start == Snippet.time("09:55"))
        #expect(minutes.items.count == 2)
    }

    @Test func titleWrappedOntoTheLineWithTheSlotAfterANumberAlone() {
        let minutes = Snippet.parse("""
            4.
            Kort orientering om de kommende besparelser i
            Region Midtjylland (kl. 12.50) v. Lars Dahl Pedersen
            Beslutning:
            Orienteret.
            """)
        #expect(Snippet.item(4, in: minutes)?.title == "Kort orientering om de kommende besparelser i Region Midtjylland")
        #expect(Snippet.item(4, in: minutes)?.presenter == "Lars Dahl Pedersen")
    }

    @Test func timesGluedTogetherWhereTheDashWasLost() {
        #expect(DanishDates.times(in: "(kl. 08:0008:10)") == [Snippet.time("08:00"), Snippet.time("08:10")].compactMap { $0 })
        #expect(ItemHeadingText.parse("Velkomst (kl. 08:0008:10)").end == Snippet.time("08:10"))
    }

    @Test func presenterNamesWrappedWithOg() {
        let minutes = Snippet.parse("2. Status på Sundhedsklynger (kl. 08:10-8.25) v/ Lauge\nClemmensen og Mette Andreassen\nIndstilling\nAt gruppen drøfter status.")
        #expect(Snippet.item(2, in: minutes)?.presenter == "Lauge Clemmensen og Mette Andreassen")
    }

    @Test func endOfAWrappedSentenceIsNotAnUnnumberedPart() {
        let minutes = Snippet.parse("""
            1. Godkendelse af dagsorden
            Beskrivelse af sagen
            Velkomst, præsentation og punkter til
            eventuelt.
            Referat
            Godkendt.
            """)
        #expect(minutes.items.count == 1)
        #expect(Snippet.kinds(Snippet.item(1, in: minutes)) == [.description, .decision])
    }

    @Test func pagesWithRunningHeaderAndPageNumbers() {
        let minutes = Snippet.parse("""
            Klyngens sundhedssamarbejde · Klyngestyregruppen
            Referat
            Tidspunkt: 18. juni 2021 kl. 08:30-12:00
            1. Godkendelse af dagsorden v/ formandskabet
            Referat
            Dagsordenen blev godkendt.
            Side 1 af 2
            \u{0C}Klyngens sundhedssamarbejde · Klyngestyregruppen
            2. Eventuelt
            Referat
            Intet.
            Side 2 af 2
            """)
        #expect(minutes.items.map(\.number) == [1, 2])
        #expect(Snippet.item(1, in: minutes)?.sections.last?.text == "Dagsordenen blev godkendt.")
        #expect(Snippet.item(2, in: minutes)?.sections.last?.text == "Intet.")
    }
}
