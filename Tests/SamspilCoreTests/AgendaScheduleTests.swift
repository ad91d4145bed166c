import Foundation
import SamspilCore
import Testing

@Suite("Agenda schedule and drafts")
struct AgendaScheduleTests {
    let meetingID = UUID()

    func item(_ title: String, minutes: Int?, isBreak: Bool = false, purpose: StandardItem.Purpose? = nil) -> AgendaItem {
        AgendaItem(meetingID: meetingID, position: 99, number: nil, title: title, durationMinutes: minutes,
                   isBreak: isBreak, purpose: purpose)
    }

    func time(_ text: String) -> TimeOfDay? { TimeOfDay(text) }

    @Test func slotsFollowFromTheStartAndTheDurationsAndBreaksHaveNoNumber() {
        let schedule = AgendaSchedule(ordered: [item("Velkomst", minutes: 5), item("Budget", minutes: 40),
                                                item("Pause", minutes: 15, isBreak: true), item("Eventuelt", minutes: 10)],
                                      meetingStart: time("09:00"), meetingEnd: time("11:00"))
        #expect(schedule.items.map(\.number) == [1, 2, nil, 3])
        #expect(schedule.items.map(\.position) == [0, 1, 2, 3])
        #expect(schedule.items.map { $0.start?.description ?? "" } == ["09:00", "09:05", "09:45", "10:00"])
        #expect(schedule.items.last?.end == time("10:10"))
        #expect(schedule.plannedEnd == time("10:10"))
        #expect(schedule.overrunMinutes == nil)
    }

    @Test func anAgendaThatRunsPastTheEndIsToldBy() {
        let schedule = AgendaSchedule(ordered: [item("Strategi", minutes: 90), item("Budget", minutes: 45)],
                                      meetingStart: time("13:00"), meetingEnd: time("15:00"))
        #expect(schedule.overrunMinutes == 15)
    }

    @Test func withoutAStartOrADurationNothingIsTimedFromThere() {
        let noStart = AgendaSchedule(ordered: [item("A", minutes: 10)], meetingStart: nil, meetingEnd: nil)
        #expect(noStart.items[0].start == nil && noStart.plannedEnd == nil)
        let gap = AgendaSchedule(ordered: [item("A", minutes: 10), item("B", minutes: nil), item("C", minutes: 5)],
                                 meetingStart: time("09:00"), meetingEnd: time("09:30"))
        #expect(gap.items[0].end == time("09:10"))
        #expect(gap.items[2].start == nil)
        #expect(gap.overrunMinutes == nil)
    }

    @Test func numberingMayStartWhereTheBodyIs() {
        let schedule = AgendaSchedule(ordered: [item("A", minutes: 5), item("B", minutes: 5)],
                                      meetingStart: nil, meetingEnd: nil, firstNumber: 49)
        #expect(schedule.items.map(\.number) == [49, 50])
    }

    @Test func movingSwapsNeighboursAndStopsAtTheEnds() {
        let items = [item("A", minutes: 5), item("B", minutes: 5), item("C", minutes: 5)]
        #expect(items.moving(items[2].id, by: -1).map(\.title) == ["A", "C", "B"])
        #expect(items.moving(items[0].id, by: -1).map(\.title) == ["A", "B", "C"])
        #expect(items.moving(items[2].id, by: 1).map(\.title) == ["A", "B", "C"])
    }

    @Test func onlyChangedItemsAreSaved() {
        let before = AgendaSchedule(ordered: [item("A", minutes: 5), item("B", minutes: 5)],
                                    meetingStart: time("09:00"), meetingEnd: nil).items
        let after = AgendaSchedule(ordered: before + [item("C", minutes: 5)], meetingStart: time("09:00"), meetingEnd: nil)
        #expect(after.changed(comparedTo: before).map(\.title) == ["C"])
        let swapped = AgendaSchedule(ordered: before.moving(before[1].id, by: -1), meetingStart: time("09:00"), meetingEnd: nil)
        #expect(Set(swapped.changed(comparedTo: before).map(\.title)) == ["A", "B"])
    }

    @Test func newItemsGoBeforeTheClosingStandardItems() {
        let standard = StandardItem.defaults.map { item($0.title, minutes: $0.durationMinutes, purpose: $0.purpose) }
        #expect(standard.insertionIndexForNewItem() == 2)
        #expect([item("A", minutes: 5)].insertionIndexForNewItem() == 1)
        #expect(standard[1].approvesPreviousMinutes)
        #expect(item("3. Godkendelse af referat", minutes: nil).approvesPreviousMinutes)
    }

    @Test func draftsCompareFieldByFieldAndApplyToTheSections() {
        let original = AgendaItem(meetingID: meetingID, position: 0, number: 1, title: "Budget",
                                  sections: [.init(kind: .recommendation, text: "At budgettet godkendes."),
                                             .init(kind: .attachments, text: "Bilag 1"),
                                             .init(kind: .decision, heading: "Referat", text: "Godkendt.")])
        var draft = ItemDraft(original)
        #expect(draft.kind == .decision)
        #expect(draft.recommendation == "At budgettet godkendes." && draft.decision == "Godkendt.")
        draft.decision = "Godkendt med bemærkninger."
        draft.description = "Budgettet for 2025."
        #expect(draft.differences(from: ItemDraft(original)) == [.description, .decision])

        let edited = draft.applied(to: original)
        #expect(edited.sections.map(\.kind) == [.recommendation, .description, .attachments, .decision])
        #expect(edited.sections.last?.heading == "Referat")
        #expect(edited.decision == "Godkendt med bemærkninger.")
        draft.recommendation = ""
        #expect(!draft.applied(to: original).sections.contains { $0.kind == .recommendation })
    }
}

@Suite("Attachment types")
struct AttachmentTypeTests {
    @Test func theExtensionAndTheFirstBytesMustAgree() {
        #expect(AttachmentType(fileName: "Bilag 1.PDF") == .pdf)
        #expect(AttachmentType(fileName: "program.exe") == nil)
        #expect(AttachmentType(fileName: "pdf") == nil)
        #expect(AttachmentType(fileName: ".pdf") == nil)
        #expect(AttachmentType.pdf.matches(Array("%PDF-1.7\n".utf8)))
        #expect(!AttachmentType.pdf.matches(Array("MZ\u{90}\u{0}".utf8)))
        #expect(AttachmentType.docx.matches([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
        #expect(AttachmentType.docx.contentType.hasSuffix("wordprocessingml.document"))
        #expect(!AttachmentType.png.matches([0x89]))
    }
}
