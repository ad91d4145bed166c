import SamspilCore
import Testing
@testable import MinutesImport

/// The meeting: date, time, status, body, chair and minute takers.
@Suite struct MeetingHeaderTests {
    private let firstItem = "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt."

    @Test func meetingDateComesFromTidspunktNotFromTheSendingDate() {
        let minutes = Snippet.parse("29. juni 2021\nReferat KLYNGESTYREGRUPPEMØDE MIDTKLYNGEN\nTidspunkt: 18. juni 2021 kl. 08:30-12:00" + firstItem)
        #expect(minutes.meeting.date == Snippet.day("2021-06-18"))
        #expect(minutes.meeting.start == Snippet.time("08:30"))
        #expect(minutes.meeting.end == Snippet.time("12:00"))
    }

    @Test func timeRangeWithSpacesAndMixedSeparators() {
        let minutes = Snippet.parse("Tidspunkt: 16. september 2022 kl. 08:00 – 10.15" + firstItem)
        #expect(minutes.meeting.start == Snippet.time("08:00"))
        #expect(minutes.meeting.end == Snippet.time("10:15"))
    }

    @Test func meetingDateFromAHeadingLine() {
        let minutes = Snippet.parse("Referat af møde i Sundhedsstyregruppen den 3. marts 2020" + firstItem)
        #expect(minutes.meeting.date == Snippet.day("2020-03-03"))
        #expect(minutes.meeting.body == "Sundhedsstyregruppen")
    }

    @Test func dateAndTimeOnSeparateLabelledLines() {
        let minutes = Snippet.parse("Dato: 12.03.2024\nTid: 15.00-17.30\nSted: Rådhuset, mødelokale 2" + firstItem)
        #expect(minutes.meeting.date == Snippet.day("2024-03-12"))
        #expect(minutes.meeting.start == Snippet.time("15:00"))
        #expect(minutes.meeting.end == Snippet.time("17:30"))
        #expect(minutes.meeting.location == "Rådhuset, mødelokale 2")
    }

    @Test(arguments: [("18.06.2021", "2021-06-18"), ("18-06-2021", "2021-06-18"), ("2021-06-18", "2021-06-18"),
                      ("18/6 2021", "2021-06-18"), ("d. 18/6-2021", "2021-06-18"), ("18. jun. 2021", "2021-06-18"),
                      ("fredag den 18. juni 2021", "2021-06-18"), ("18.06.21", "2021-06-18")])
    func dateForms(text: String, iso: String) {
        #expect(DanishDates.dates(in: text).first?.day == Snippet.day(iso))
    }

    @Test func allTwelveDanishMonthNames() {
        let names = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                     "november", "december"]
        for (index, name) in names.enumerated() {
            #expect(DanishDates.dates(in: "1. \(name) 2023").first?.day == CalendarDay(year: 2023, month: index + 1, day: 1))
        }
    }

    @Test func numbersThatAreNotDatesOrTimes() {
        #expect(DanishDates.dates(in: "9.138,7 mio. kr. og 1.555,4").isEmpty)
        #expect(DanishDates.dates(in: "31. februar 2021").isEmpty)
        #expect(DanishDates.times(in: "26.11.2014 og 1.555,4 og 24/7").isEmpty)
        #expect(DanishDates.times(in: "(kl. 8:45-9:15-)") == [Snippet.time("08:45"), Snippet.time("09:15")].compactMap { $0 })
    }

    @Test func dateAloneAtTheTopIsTheSendingDateAndIsNotUsed() {
        let minutes = Snippet.parse("21. september 2022\nReferat" + firstItem)
        #expect(minutes.meeting.date == nil)
        #expect(minutes.warnings.first?.contains("21. september 2022") == true)
    }

    @Test func udkastMeansDraft() {
        #expect(Snippet.parse("## **UDKAST REFERAT**" + firstItem, markdown: true).meeting.status == .draft)
        #expect(Snippet.parse("Udkast til referat af møde i styregruppen" + firstItem).meeting.status == .draft)
    }

    @Test func noMarkerMeansNoStatus() {
        #expect(Snippet.parse("Referat" + firstItem).meeting.status == nil)
    }

    @Test func approvedMinutesSayTheyAre() {
        #expect(Snippet.parse("Godkendt referat fra møde i styregruppen" + firstItem).meeting.status == .approved)
    }

    @Test func draftOfAnAttachmentIsNotADraftOfTheMinutes() {
        let minutes = Snippet.parse("Referat\nBilag:\n• Udkast til kommissorium\n• Notat" + firstItem)
        #expect(minutes.meeting.status == nil)
        #expect(minutes.attachments == ["Udkast til kommissorium", "Notat"])
    }

    @Test func draftMarkerAfterTheAttachmentsList() {
        let minutes = Snippet.parse("Bilag:\n• Kommissorium\nUDKAST REFERAT" + firstItem)
        #expect(minutes.meeting.status == .draft)
        #expect(minutes.attachments == ["Kommissorium"])
    }

    @Test func chairAndMinuteTakersWithAContinuationLine() {
        let minutes = Snippet.parse("Mødeleder: Thomas Balle Kristensen\nReferenter: Katrine Gimm\nEllen Høstrup\n\nInviterede:" + firstItem)
        #expect(minutes.meeting.chair == "Thomas Balle Kristensen")
        #expect(minutes.meeting.minuteTakers == ["Katrine Gimm", "Ellen Høstrup"])
    }

    @Test func minuteTakersJoinedWithOg() {
        let minutes = Snippet.parse("Referenter: Katrine Gimm og Birthe Thoft Knudsen" + firstItem)
        #expect(minutes.meeting.minuteTakers == ["Katrine Gimm", "Birthe Thoft Knudsen"])
    }

    @Test func bodyAndClusterFromTheTitle() {
        let minutes = Snippet.parse("Referat KLYNGESTYREGRUPPEMØDE RANDERSKLYNGEN" + firstItem)
        #expect(minutes.meeting.body == "Klyngestyregruppen")
        #expect(minutes.meeting.cluster == "Randersklyngen")
    }

    @Test func formWithAPlaceOnTheNextLine() {
        let minutes = Snippet.parse("Form: Fysisk møde med mulighed for virtuel\ndeltagelse\nRH Viborg, Mødelokale 22" + firstItem)
        #expect(minutes.meeting.location == "RH Viborg, Mødelokale 22")
        let formOnly = Snippet.parse("Form: Fysisk møde med mulighed for virtuel\ndeltagelse" + firstItem)
        #expect(formOnly.meeting.location == "Fysisk møde med mulighed for virtuel deltagelse")
    }

    @Test func dateFromDecisionHeadingsWhenTheHeaderHasNone() {
        let minutes = Snippet.parse("""
            Økonomiudvalget
            Punkt 49: Regnskab
            Beslutning i Økonomiudvalget den 12. marts 2024
            Godkendt.
            Punkt 50: Budget
            Beslutning i Økonomiudvalget den 12. marts 2024
            Oversendt.
            """)
        #expect(minutes.meeting.date == Snippet.day("2024-03-12"))
        #expect(minutes.warnings.contains { $0.contains("Beslutning i ... den") })
    }

    @Test func meetingAttachmentsBeforeTheItems() {
        let minutes = Snippet.parse("Bilag:\n\u{F0B7} Kommissorium (punkt 2)\n\u{F0B7} Åbent brev (punkt 3)\nBilag medsendt referat:\n\u{F0B7} Oplæg" + firstItem)
        #expect(minutes.attachments == ["Kommissorium (punkt 2)", "Åbent brev (punkt 3)", "Oplæg"])
    }
}
