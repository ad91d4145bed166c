import SamspilCore
import Testing
@testable import MinutesImport

/// Which numbered lines are agenda items, and which only look like them.
@Suite struct AgendaOutlineTests {
    private func numbers(_ minutes: ParsedMinutes) -> [Int] {
        Snippet.numberedItems(minutes).compactMap(\.number)
    }

    @Test func subListUnderAnUnnumberedBriefingsPartIsNotANewAgenda() {
        let minutes = Snippet.parse("""
            1. Velkomst (kl. 12.30)
            Beslutning:
            Velkommen.
            2. Status (kl. 12.40) v. Tove Kristensen
            Beslutning:
            Taget til efterretning.
            Mundtlige orienteringspunkter (kl. 15.00)
            Indstilling:
            At gruppen tager orienteringerne til efterretning
            1. Kort orientering om KOL v. Lis Kaastrup
            2. Kort orientering om Call Center v. Larry Kristiansen
            3. Kort orientering om hjerterehabilitering v. Hanne Fog
            Beslutning:
            Udsat.
            3. Eventuelt (15.20)
            Beslutning:
            Intet.
            """)
        #expect(numbers(minutes) == [1, 2, 3])
        #expect(Snippet.item(3, in: minutes)?.title == "Eventuelt")
        let briefings = minutes.items.first { $0.number == nil }
        #expect(briefings?.title == "Mundtlige orienteringspunkter")
        #expect(briefings?.start == Snippet.time("15:00"))
        #expect(briefings?.sections.first?.text.contains("Kort orientering om KOL") == true)
    }

    @Test func subListWhoseNumbersReachTheNextItemNumberIsNotTakenForIt() {
        let minutes = Snippet.parse("""
            1. Velkomst
            Beslutning:
            Velkommen.
            2. Orienteringer
            Beslutning:
            Der blev orienteret om:
            1. Budget
            2. Rekruttering
            3. Ferie
            3. Status på projektet (kl. 10.00)
            Indstilling:
            At gruppen drøfter status.
            Beslutning:
            Drøftet.
            """)
        #expect(numbers(minutes) == [1, 2, 3])
        #expect(Snippet.item(3, in: minutes)?.title == "Status på projektet")
    }

    @Test func restartAtOneInsideACaseDescriptionIsNotANewItem() {
        let minutes = Snippet.parse("""
            7. Forbrugsvariation
            Sagsfremstilling
            Flere lag:
            1. Forbrugsvariation fra 2010 til 2013.
            2. Gennemsnit af det enkelte forløb.
            Beslutning:
            Aftalt.
            8. Eventuelt
            Beslutning:
            Intet.
            """)
        #expect(numbers(minutes) == [7, 8])
        #expect(Snippet.item(7, in: minutes)?.sections.first?.text.contains("2. Gennemsnit") == true)
    }

    @Test func parenthesisEnumerationInsideACaseIsText() {
        let minutes = Snippet.parse("""
            1. Kommissorium
            Sagsfremstilling
            Forslaget indeholder:
            1) en ny organisering
            2) et fælles sekretariat
            Beslutning
            Godkendt.
            2. Eventuelt
            Beslutning
            Intet.
            """)
        #expect(numbers(minutes) == [1, 2])
    }

    @Test func numberedTableRowsAreNotItems() {
        let minutes = Snippet.parse("""
            1. Fordeling af midler
            Sagsfremstilling
            Region\tKommuner\tI alt
            1.\tRandersklyngen\t1.555,4\t3.026,8
            2.\tVestklyngen\t1.948,3\t3.791,3
            Beslutning
            Taget til efterretning.
            2. Eventuelt
            Beslutning
            Intet.
            """)
        #expect(numbers(minutes) == [1, 2])
    }

    @Test func numberedAppendixLinesAfterTheLastItemAreNotItems() {
        let minutes = Snippet.parse("""
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Eventuelt
            Beslutning
            Intet.
            Bilagsoversigt
            1. Notat om budget
            2. Kommissorium
            3. Evaluering
            """)
        #expect(numbers(minutes) == [1, 2])
    }

    @Test func tableOfContentsAtTheStartRepeatingTheTitlesIsSkipped() {
        let minutes = Snippet.parse("""
            Dagsorden
            Indholdsfortegnelse
            1. Godkendelse af dagsorden
            2. Budget 2024
            3. Eventuelt
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Budget 2024
            Sagsfremstilling
            Budgettet er lagt.
            Beslutning
            Godkendt.
            3. Eventuelt
            Beslutning
            Intet.
            """)
        #expect(numbers(minutes) == [1, 2, 3])
        #expect(Snippet.kinds(Snippet.item(2, in: minutes)) == [.description, .decision])
        #expect(Snippet.item(1, in: minutes)?.sections.first?.text == "Godkendt.")
    }

    @Test func tableOfContentsWithPageNumbersIsSkipped() {
        let minutes = Snippet.parse("""
            Punkt 49: Regnskab 2023 ........ 2
            Punkt 50: Budget 2025 ........ 3
            Punkt 49: Regnskab 2023
            Beslutning i Økonomiudvalget den 12. marts 2024
            Godkendt.
            Punkt 50: Budget 2025
            Beslutning i Økonomiudvalget den 12. marts 2024
            Oversendt.
            """)
        #expect(numbers(minutes) == [49, 50])
        #expect(Snippet.kinds(Snippet.item(49, in: minutes)) == [.decision])
    }

    @Test func numberingThatRunsOnThroughTheYearStartsAt49() {
        let minutes = Snippet.parse("""
            Punkt 49: Godkendelse af dagsorden
            Beslutning
            Godkendt.
            Punkt 50: Budgetopfølgning
            Resume
            Budgettet holder.
            Beslutning
            Taget til efterretning.
            Punkt 51: Eventuelt
            Beslutning
            Intet.
            """)
        #expect(numbers(minutes) == [49, 50, 51])
        #expect(!minutes.warnings.contains { $0.contains("Hul") })
    }

    @Test func gapInTheNumbersKeepsAClearHeading() {
        let minutes = Snippet.parse("""
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Budget
            Beslutning
            Godkendt.
            4. Eventuelt (kl. 11.50)
            Beslutning
            Intet.
            """)
        #expect(numbers(minutes) == [1, 2, 4])
    }

    @Test func pauseBetweenItemsIsAnUnnumberedPart() {
        let minutes = Snippet.parse("""
            8. Resultat
            Beslutning:
            Aftalt.
            Pause kl. 14.05-14.10
            9. Drøftelse (kl. 14.10)
            Beslutning:
            Drøftet.
            """)
        #expect(numbers(minutes) == [8, 9])
        let pause = minutes.items.first { $0.number == nil }
        #expect(pause?.title == "Pause")
        #expect(pause?.start == Snippet.time("14:05"))
        #expect(pause?.end == Snippet.time("14:10"))
        #expect(Snippet.item(8, in: minutes)?.sections.last?.text == "Aftalt.")
    }

    @Test func dividerBeforeAGroupOfItemsIsNotAnItemAndNotText() {
        let minutes = Snippet.parse("""
            4. Kort orientering
            Beslutning:
            Orienteret.
            Beslutningspunkter
            5. Implementering
            Beslutning:
            Godkendt.
            """)
        #expect(minutes.items.count == 2)
        #expect(Snippet.item(4, in: minutes)?.sections.last?.text == "Orienteret.")
    }

    @Test func writtenBriefingsPartWithItsOwnRecommendationIsKept() {
        let minutes = Snippet.parse("""
            11. Arbejdsgruppe
            Beslutning:
            Nedsat.
            Skriftlige orienteringspunkter
            Indstilling:
            At gruppen tager de skriftlige orienteringer til efterretning
            1. Bilag 9 Skriftlig status
            2. Bilag 10 Skriftlig orientering
            12. Eventuelt (15.20)
            Beslutning:
            Intet.
            """)
        #expect(numbers(minutes) == [11, 12])
        #expect(minutes.items.map(\.title).contains("Skriftlige orienteringspunkter"))
    }

    @Test func subheadingCalledOrienteringInsideAnItemDoesNotCutIt() {
        let minutes = Snippet.parse("""
            3. Status
            Beslutning
            Der var en drøftelse.
            Skriftlig orientering
            Notatet blev omdelt.
            4. Eventuelt
            Beslutning
            Intet.
            """)
        #expect(minutes.items.count == 2)
        #expect(Snippet.item(3, in: minutes)?.sections.last?.text.contains("Notatet blev omdelt.") == true)
    }

    @Test func numberedItemWithoutHeadingsAfterTheLastItemWithHeadingsIsStillAnItem() {
        let minutes = Snippet.parse("""
            7. Eventuelt
            Referat
            Intet.
            8. Skriftlig orientering
            Erfaringsopsamling med Fælles Gravidteam
            Gravidteamet blev implementeret i 2016 og er nu evalueret.
            """)
        #expect(numbers(minutes) == [7, 8])
    }
}
