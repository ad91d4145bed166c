import Testing
@testable import MinutesImport

@Suite struct PageNoiseTests {
    @Test(arguments: ["9", "- 9 -", "Side 9", "Side 9 af 12", "9 af 12", "9/12", "Page 3 of 4"])
    func pageNumberAloneOnALineIsRemoved(pageNumber: String) {
        let texts = Snippet.texts("Det blev aftalt at\n\(pageNumber)\nfortsætte arbejdet.")
        #expect(texts == ["Det blev aftalt at", "fortsætte arbejdet."])
    }

    @Test func yearAloneOnALineIsNotAPageNumber() {
        #expect(Snippet.texts("2021-\n2022").contains("2022"))
    }

    @Test func runningHeaderRepeatedAtPageBreaksIsRemoved() {
        let page = { (n: Int, body: String) in "Referat Klyngestyregruppen 18. juni 2021\n\(body)\nSide \(n) af 3\n\u{0C}" }
        let text = page(1, "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.")
            + page(2, "2. Status\nBeslutning\nTaget til efterretning.")
            + page(3, "3. Eventuelt\nBeslutning\nIntet.")
        let texts = Snippet.texts(text)
        #expect(texts.filter { $0.hasPrefix("Referat Klyngestyregruppen") }.count == 1)
        #expect(texts.first == "Referat Klyngestyregruppen 18. juni 2021")
        #expect(!texts.contains { $0.hasPrefix("Side ") })
        #expect(texts.filter { $0 == "Beslutning" }.count == 3)
    }

    @Test func repeatedTitleLineWithoutPageBreaksIsKeptOnlyOnce() {
        let title = "Referat af møde i Sundhedsstyregruppen"
        let text = "\(title)\nDato: 3. marts 2020\n1. Punkt\ntekst\n\(title)\nmere tekst\n\(title)\nslut"
        #expect(Snippet.texts(text).filter { $0 == title }.count == 1)
    }
}

@Suite struct LineEndHyphenationTests {
    @Test func wordBrokenAtLineEndIsJoined() {
        #expect(Snippet.texts("styrke det nære sund-\nhedsvæsen i klyngen") == ["styrke det nære sundhedsvæsen", "i klyngen"])
    }

    @Test func hyphenBeforeAConjunctionIsASharedWordPartAndStays() {
        #expect(Snippet.texts("Steffen Brun, konstitueret sundheds-\nog omsorgschef") ==
                ["Steffen Brun, konstitueret sundheds- og omsorgschef"])
    }

    @Test func wordBrokenAcrossABlankLineIsJoined() {
        #expect(Snippet.texts("repræsenteret i sundhedsklyn-\n\nger. Patienterne udpeges")
                == ["repræsenteret i sundhedsklynger.", "Patienterne udpeges"])
    }

    @Test func hyphenAfterDigitsOrBeforeACapitalIsKept() {
        #expect(Snippet.texts("2021-\n2022") == ["2021-", "2022"])
        #expect(Snippet.texts("HE Midt-\nOmrådet") == ["HE Midt-", "Området"])
    }
}

@Suite struct DoubleSpacingTests {
    @Test func blankLineBetweenEveryLineIsDropped() {
        let text = (1...8).map { "linje \($0)" }.joined(separator: "\n\n")
        #expect(Snippet.lines(text).allSatisfy { !$0.isBlank })
    }

    @Test func twoBlankLinesInDoubleSpacedTextStillBreakAParagraph() {
        let text = (1...8).map { "linje \($0)" }.joined(separator: "\n\n") + "\n\n\n\nnyt afsnit"
        let lines = Snippet.lines(text)
        #expect(lines.filter(\.isBlank).count == 1)
    }

    @Test func normallySpacedTextKeepsItsParagraphBreaks() {
        let text = "første linje\nanden linje\ntredje linje\n\n\nandet afsnit\nsidste linje"
        #expect(Snippet.lines(text).map(\.text) == ["første linje", "anden linje", "tredje linje", "", "andet afsnit", "sidste linje"])
    }
}

@Suite struct LetterheadTests {
    @Test func letterheadBlockInTheMiddleOfAnItemIsMarked() {
        let lines = Snippet.lines("tekst før\nSagsbehandler: Jens Hansen\nDirekte telefon: 8728 1234\nDato: 3. marts 2020\nSagsnr.: 20/1234\ntekst efter")
        #expect(lines.filter(\.isLetterhead).map(\.text).count == 4)
        #expect(!lines[0].isLetterhead && !(lines.last?.isLetterhead ?? true))
    }

    @Test func headerDateAndPlaceAreNotALetterhead() {
        let lines = Snippet.lines("Dato: 18. juni 2021\nTid: 8.30-12.00\nSted: Viborg")
        #expect(lines.allSatisfy { !$0.isLetterhead })
    }

    @Test func letterheadIsLeftOutOfTheSectionAndGivesTheCaseNumber() {
        let minutes = Snippet.parse("""
            1. Budget
            Sagsfremstilling
            Budgettet er lagt.
            Sagsbehandler: Jens Hansen
            Sagsnr.: 20/1234
            Direkte telefon: 8728 1234
            Det er godt.
            """)
        let item = Snippet.item(1, in: minutes)
        #expect(item?.caseNumber == "20/1234")
        #expect(item?.sections.first?.text == "Budgettet er lagt.\nDet er godt.")
    }
}
