import Foundation
import SamspilCore
import Testing

/// E-mail addresses and phone numbers leave the public text; the numbers minutes are full of stay.
/// The lines are from the demo minutes (Sources/SamspilDemo/Minutes) unless said otherwise.
@Suite("Contact details")
struct ContactDetailsTests {
    let removed = ContactDetails.marker

    @Test func theMinuteTakersContactBlockLosesItsNumbersAndAddresses() {
        #expect(ContactDetails.redacted(in: "tlf. 7844 1416") == "tlf. \(removed)")
        #expect(ContactDetails.redacted(in: "tlf. 2928 3177 ") == "tlf. \(removed) ")
        #expect(ContactDetails.redacted(in: "katrine.gimm@midt.rm.dk") == removed)
        #expect(ContactDetails.redacted(in: "btk@silkeborg.dk") == removed)
        #expect(ContactDetails.redacted(in: "Katrine Gimm\ntlf. 7844 1416\nkatrine.gimm@midt.rm.dk")
            == "Katrine Gimm\ntlf. \(removed)\n\(removed)")
    }

    @Test func aMarkdownMailLinkKeepsItsTextUnlessTheTextIsTheAddress() {
        #expect(ContactDetails.redacted(in: "[katrine.gimm@midt.rm.dk](mailto:katrine.gimm@midt.rm.dk)  ") == "\(removed)  ")
        #expect(ContactDetails.redacted(in: "Skriv til [Ellen Høstrup](mailto:ellen.hostrup@silkeborg.dk).")
            == "Skriv til Ellen Høstrup.")
        #expect(ContactDetails.redacted(in: "Skriv til mailto:ellen.hostrup@silkeborg.dk") == "Skriv til \(removed)")
    }

    @Test func anAddressInASentenceGoesAndTheFullStopStays() {
        #expect(ContactDetails.redacted(in: "Kommunale henvendelser rettes til Vibeke Just Andersen viand@viborg.dk. ")
            == "Kommunale henvendelser rettes til Vibeke Just Andersen \(removed). ")
        #expect(ContactDetails.redacted(in: "Regionale henvendelser rettes til Sandra Bjerre Nielsen sadnil@rm.dk.")
            == "Regionale henvendelser rettes til Sandra Bjerre Nielsen \(removed).")
        #expect(ContactDetails.redacted(in: "Kontakt (ellen.høstrup@silkeborg.dk) for materialet")
            == "Kontakt (\(removed)) for materialet")
    }

    @Test(arguments: [
        "+45 12 34 56 78", "+45 7844 1416", "+4578441416", "0045 78 44 14 16", "(+45) 7844 1416", "+45-78441416",
        "12 34 56 78", "1234 5678", "7844 1416",
        "tlf. 78441416", "Tlf.: 78 44 14 16", "tlf: 7844-1416", "telefon 78441416", "Telefon: 7844 1416",
        "mobil 21246411", "Mobil: +45 2124 6411", "tel. 7844 1416", "tlf.nr. 78441416",
    ])
    func phoneNumbersInTheirDanishShapesGo(number: String) {
        let redacted = ContactDetails.redacted(in: "Ring på \(number) i dag")
        #expect(!redacted.contains { $0.isNumber }, "\(number) -> \(redacted)")
        #expect(redacted.contains(removed), "\(number) -> \(redacted)")
        #expect(redacted.hasPrefix("Ring på ") && redacted.hasSuffix(" i dag"), "\(redacted)")
    }

    @Test(arguments: [
        // Real lines of the demo minutes with numbers that are not phone numbers.
        "Kommissorium for Midtklyngens sundhedssamarbejde – godkendt 18062021",
        "• Beskriver hvorledes hovedbudskaber/paradigmeskift i sundhedsaftale 2015-2018 ",
        "Den nuværende Sundhedsaftale 2019-2023 bygger på fire visioner, hvor den første er ”Mere ",
        "Der tildeles i 2022 40 mio. kr. til henholdsvis kommunerne og regionerne, og de fordeles efter indbyggertal.",
        "<b>Region Midtjylland</b>\t<b>9.138,7</b>\t<b>8.645,2</b>\t<b>17.783,8</b>",
        "<i>Randers Klyngen</i>\t1.555,4\t1.471,4\t3.026,8",
        "9. Drøftelse af den fremtidige organisering af mobillaborantordningen (kl. 14.10) ",
        "Tidspunkt: 16. september 2022 kl. 08:00 – 10.15  ",
        // Shapes the minutes use elsewhere: case numbers, amounts, dates, periods, times, counts.
        "Sagsnr. 1-52-100-22-09", "j.nr. 21/12345", "kr. 12.345.678", "1 234 567 kr.", "18.06.2021",
        "perioden 2019 2023", "2019 2020 2021 2022", "kl. 08:10-8.25", "338 henvisninger mod et mål på 750",
        "tlf.-tid 9-12", "12 34 56 78 90", "telefonisk kontakt 2 gange", "hotel 12345678",
    ])
    func otherNumbersStay(line: String) {
        #expect(ContactDetails.redacted(in: line) == line)
        #expect(!ContactDetails.occur(in: line))
    }

    @Test func redactingTwiceChangesNothingMore() {
        let text = "Katrine Gimm, tlf. 7844 1416, katrine.gimm@midt.rm.dk, +45 2124 6411"
        let once = ContactDetails.redacted(in: text)
        #expect(ContactDetails.redacted(in: once) == once)
        #expect(once == "Katrine Gimm, tlf. \(removed), \(removed), \(removed)")
    }

    @Test func meetingsAndItemsLoseContactDetailsInEveryFreeTextField() {
        let meeting = Meeting(bodyID: UUID(), date: CalendarDay(iso: "2021-06-18")!,
                              location: "RH Viborg, ring 7844 1416 ved porten", chair: "Thomas Balle Kristensen",
                              minuteTakers: ["Katrine Gimm katrine.gimm@midt.rm.dk", "Ellen Høstrup"]).withoutContactDetails
        #expect(meeting.location == "RH Viborg, ring \(removed) ved porten")
        #expect(meeting.chair == "Thomas Balle Kristensen")
        #expect(meeting.minuteTakers == ["Katrine Gimm \(removed)", "Ellen Høstrup"])

        let item = AgendaItem(
            meetingID: meeting.id, position: 3, number: 4, title: "Spørgsmål til btk@silkeborg.dk",
            presenter: "Birthe Thoft Knudsen, tlf. 2928 3177", caseNumber: "1-52-100-22-09",
            sections: [ItemSection(kind: .recommendation, text: "At klyngestyregruppen godkender kommissoriet."),
                       ItemSection(kind: .description, heading: "Kontakt sadnil@rm.dk",
                                   text: "Regionale henvendelser rettes til Sandra Bjerre Nielsen sadnil@rm.dk.")])
        let redacted = item.withoutContactDetails
        #expect(redacted.title == "Spørgsmål til \(removed)")
        #expect(redacted.presenter == "Birthe Thoft Knudsen, tlf. \(removed)")
        #expect(redacted.caseNumber == "1-52-100-22-09")
        #expect(redacted.sections[0] == item.sections[0])
        #expect(redacted.sections[1].heading == "Kontakt \(removed)")
        #expect(redacted.sections[1].text == "Regionale henvendelser rettes til Sandra Bjerre Nielsen \(removed).")
        #expect(redacted.kind == .decision && redacted.id == item.id && redacted.number == 4)
    }
}
