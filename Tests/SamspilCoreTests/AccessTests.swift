import Foundation
import SamspilCore
import Testing

@Suite("Access")
struct AccessTests {
    let cluster = UUID()
    let other = UUID()

    @Test func thePublicReadsOnlyWhatIsPublished() {
        #expect(Viewer.public.may(.readPublished, in: cluster))
        #expect(!Viewer.public.may(.readEverything, in: cluster))
        #expect(!Viewer.public.may(.edit, in: cluster))
    }

    @Test func aMemberReadsEverythingOfTheirBodyButChangesNothing() {
        let member = Viewer(userID: UUID(), name: "M", isAdministrator: false, roles: [cluster: .member])
        #expect(member.may(.readEverything, in: cluster))
        #expect(!member.may(.edit, in: cluster))
        #expect(!member.may(.readEverything, in: other))
        #expect(member.editableBodies == [])
    }

    @Test func aSecretaryEditsTheirOwnBodyOnly() {
        let secretary = Viewer(userID: UUID(), name: "S", isAdministrator: false, roles: [cluster: .secretary])
        #expect(secretary.may(.edit, in: cluster))
        #expect(secretary.may(.readEverything, in: cluster))
        #expect(!secretary.may(.edit, in: other))
        #expect(secretary.editableBodies == [cluster])
    }

    @Test func anAdministratorMayDoEverything() {
        let admin = Viewer(userID: UUID(), name: "A", isAdministrator: true, roles: [:])
        #expect(Viewer.Permission.allCases.allSatisfy { admin.may($0, in: other) })
        #expect(admin.editableBodies == nil)
    }

    @Test func passwordsMustBeLongAndVaried() {
        #expect(PasswordRule.problem(with: "kort") != nil)
        #expect(PasswordRule.problem(with: "aaaaaaaaaaaaaaaa") != nil)
        #expect(PasswordRule.problem(with: "klynge-styregruppe-2024") == nil)
    }
}
