import SamspilCore
import Testing
@testable import MinutesImport

/// Warnings where a secretary should look before trusting the parse.
@Suite struct WarningTests {
    @Test func gapInTheItemNumbers() {
        let minutes = Snippet.parse("""
            Dato: 3. marts 2020
            1. Godkendelse af dagsorden (kl. 10.00)
            Beslutning
            Godkendt.
            3. Budget (kl. 10.10)
            Beslutning
            Godkendt.
            """)
        #expect(minutes.warnings == ["Hul i punktnumrene: efter punkt 1 kommer punkt 3 (punkt 2 mangler)."])
    }

    @Test func itemWithoutSections() {
        let minutes = Snippet.parse("""
            Dato: 3. marts 2020
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Skriftlig orientering
            Status på projektet er, at det går godt.
            3. Eventuelt
            """)
        #expect(minutes.warnings.count == 2)
        #expect(minutes.warnings[0].hasPrefix("Punkt 2 (Skriftlig orientering) har ingen afsnitsoverskrifter"))
        #expect(minutes.warnings[1].hasPrefix("Punkt 3 (Eventuelt) har ingen tekst"))
    }

    @Test func dateThatCouldNotBeRead() {
        let minutes = Snippet.parse("Referat\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.")
        #expect(minutes.meeting.date == nil)
        #expect(minutes.warnings == ["Mødedatoen kunne ikke læses i teksten. Angiv datoen ved import (fx --date ÅÅÅÅ-MM-DD)."])
    }

    @Test func noAgendaItemsAtAll() {
        let minutes = Snippet.parse("Dato: 3. marts 2020\nEt notat uden dagsorden.")
        #expect(minutes.warnings == ["Der blev ikke fundet nogen nummererede dagsordenspunkter."])
    }

    @Test func apologyFromSomeoneNotInvited() {
        let minutes = Snippet.parse("""
            Dato: 3. marts 2020
            Inviterede:
            Anna Holm, direktør
            Afbud:
            Bo Lund, sundhedschef
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            """)
        #expect(minutes.warnings == ["Bo Lund har meldt afbud, men står ikke på listen over inviterede."])
    }

    @Test func cleanMinutesHaveNoWarnings() {
        let minutes = Snippet.parse("Dato: 3. marts 2020\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.")
        #expect(minutes.warnings.isEmpty)
    }
}
