import SamspilCore
import Testing
@testable import MinutesImport

/// Who attended: lists, organisation headings, titles, notes, and contact blocks that are not attendance.
@Suite struct AttendanceTests {
    private let firstItem = "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt."

    @Test func organisationHeadingsGroupPeopleWithTitlesAfterTheirNames() {
        let minutes = Snippet.parse("""
            Mødedeltagere: Hospitalsenhed Vest
            Hanne Jensen, hospitalsdirektør (medformand)
            Ole Madsen, ledende overlæge
            Regionspsykiatrien
            Bo Lund, sygeplejefaglig direktør
            Holstebro Kommune
            Eva Storm, sundhedschef
            Almen praksis
            Jens Berg, praksiskoordinator
            """ + firstItem)
        let present = minutes.attendance.present
        #expect(present.map(\.name) == ["Hanne Jensen", "Ole Madsen", "Bo Lund", "Eva Storm", "Jens Berg"])
        #expect(present.map(\.organisation) == ["Hospitalsenhed Vest", "Hospitalsenhed Vest", "Regionspsykiatrien",
                                                "Holstebro Kommune", "Almen praksis"])
        #expect(present[0].title == "hospitalsdirektør")
        #expect(present[0].note == "medformand")
        #expect(minutes.attendance.invited == nil)
    }

    @Test func titlesBeforeNamesAsInOlderMinutes() {
        let minutes = Snippet.parse("""
            Afbud:
            Social- og arbejdsmarkedsdirektør Lars Hansen
            Direktør Jens Peter Hegelund
            Lægefaglig direktør Christian Møller-Nielsen, hospitalsledelsen
            """ + firstItem)
        let absent = minutes.attendance.absent
        #expect(absent.map(\.name) == ["Lars Hansen", "Jens Peter Hegelund", "Christian Møller-Nielsen"])
        #expect(absent.map(\.title) == ["Social- og arbejdsmarkedsdirektør", "Direktør", "Lægefaglig direktør"])
        #expect(absent[2].organisation == "hospitalsledelsen")
    }

    @Test func invitedMinusApologiesIsPresent() {
        let minutes = Snippet.parse("""
            Inviterede: Skive Kommune
            Anna Holm, direktør
            Per Vang, sundhedschef
            Viborg Kommune
            Lise Dal, socialchef
            Afbud:
            Per Vang, sundhedschef
            """ + firstItem)
        #expect(minutes.attendance.invited?.count == 3)
        #expect(minutes.attendance.present.map(\.name) == ["Anna Holm", "Lise Dal"])
        #expect(minutes.attendance.absent.map(\.name) == ["Per Vang"])
        #expect(minutes.attendance.absent.first?.organisation == "Skive Kommune")
    }

    @Test func participantsListThatAlsoNamesTheApologiesIsAnInvitationList() {
        let minutes = Snippet.parse("""
            Deltagere:
            Anna Holm, direktør
            Per Vang, sundhedschef
            Afbud: Per Vang
            """ + firstItem)
        #expect(minutes.attendance.present.map(\.name) == ["Anna Holm"])
        #expect(minutes.attendance.invited?.count == 2)
    }

    @Test func apologyNotedInTheParticipantsList() {
        let minutes = Snippet.parse("Deltagere:\nAnna Holm, direktør\nPer Vang, sundhedschef (afbud)" + firstItem)
        #expect(minutes.attendance.present.map(\.name) == ["Anna Holm"])
        #expect(minutes.attendance.absent.map(\.name) == ["Per Vang"])
    }

    @Test func guestsWithNotesAboutWhenTheyTookPart() {
        let minutes = Snippet.parse("""
            Gæster
            Centerleder Mette Holm, CKF – kl. 14.00
            Laura Dam, politisk konsulent, Rådet for Socialt Udsatte (virtuel deltagelse til punkt 3)
            Kathrine Ly, projektleder (punkt 4)
            """ + firstItem)
        let guests = minutes.attendance.guests
        #expect(guests.map(\.name) == ["Mette Holm", "Laura Dam", "Kathrine Ly"])
        #expect(guests.map(\.note) == ["kl. 14.00", "virtuel deltagelse til punkt 3", "punkt 4"])
        #expect(guests[0].organisation == "CKF")
        #expect(guests[1].organisation == "Rådet for Socialt Udsatte")
    }

    @Test func entriesWrappedOverTwoLinesAreJoined() {
        let minutes = Snippet.parse("""
            Mødedeltagere: Silkeborg Kommune
            Anita Holm, beskæftigelseschef (virtuel deltagelse til og med punkt
            3)
            Gæster: Per Lund, professor og forskningsleder, Institut for
            Folkesundhed, AU (virtuel deltagelse)
            Afbud: Steffen Bro, konstitueret sundheds- og omsorgschef, Silkeborg
            Kommune
            """ + firstItem)
        #expect(minutes.attendance.present.first?.note == "virtuel deltagelse til og med punkt 3")
        #expect(minutes.attendance.guests.first?.organisation == "Institut for Folkesundhed, AU")
        #expect(minutes.attendance.absent.first?.organisation == "Silkeborg Kommune")
        #expect(minutes.attendance.absent.count == 1)
    }

    @Test func contactBlocksAmongTheListsAreNotAttendance() {
        let minutes = Snippet.parse("""
            Gæster: Per Lund, professor (virtuel deltagelse)
            Katrine Gimm
            tlf. 7844 1416
            katrine.gimm@midt.rm.dk
            Birthe Knudsen
            Tlf.: +45 2928 3177
            btk@silkeborg.dk
            Laura Dam, politisk konsulent
            """ + firstItem)
        #expect(minutes.attendance.guests.map(\.name) == ["Per Lund", "Laura Dam"])
    }

    @Test func organisationAfterTheNameInsteadOfATitle() {
        let minutes = Snippet.parse("Mødedeltagere: Almen praksis\nJane Holm, PLO Midt\nOle Bak, praksiskonsulent" + firstItem)
        #expect(minutes.attendance.present[0].organisation == "PLO Midt")
        #expect(minutes.attendance.present[0].title == nil)
        #expect(minutes.attendance.present[1].organisation == "Almen praksis")
    }

    @Test func documentStartingInsideTheAttendanceList() {
        let minutes = Snippet.parse(" Praksiskoordinator Poul Olesen\nGæster\nCenterleder Mette Holm\nAfbud:\nDirektør Jens Hansen" + firstItem)
        #expect(minutes.attendance.present.map(\.name) == ["Poul Olesen"])
        #expect(minutes.attendance.guests.count == 1)
        #expect(minutes.attendance.absent.count == 1)
    }

    @Test func listLabelWithWhatItIsAbout() {
        let minutes = Snippet.parse("Deltagere fra kommunerne:\nAnna Holm, direktør\nAfbud fra hospitalet:\nBo Lind, cheflæge" + firstItem)
        #expect(minutes.attendance.present.map(\.name) == ["Anna Holm"])
        #expect(minutes.attendance.absent.map(\.name) == ["Bo Lind"])
    }

    @Test func severalPeopleOnALineSeparatedBySemicolons() {
        let minutes = Snippet.parse("Afbud: Anna Holm, direktør; Bo Lind, cheflæge, HE Vest" + firstItem)
        #expect(minutes.attendance.absent.map(\.name) == ["Anna Holm", "Bo Lind"])
        #expect(minutes.attendance.absent.last?.organisation == "HE Vest")
    }

    @Test(arguments: ["Skive Kommune", "Regionspsykiatrien", "Almen praksis", "Hospitalsenhed Midt", "HE Vest", "PLO",
                      "Aarhus Universitet", "Kommunerne:"])
    func organisationHeadingShapes(text: String) {
        #expect(AttendanceList.isOrganisationHeading(text))
    }

    @Test(arguments: ["Mette Kvist", "Thomas Balle Kristensen", "Mette Kvist, specialkonsulent", "Direktør Jens Hansen"])
    func personShapesAreNotOrganisationHeadings(text: String) {
        #expect(!AttendanceList.isOrganisationHeading(text))
    }
}
