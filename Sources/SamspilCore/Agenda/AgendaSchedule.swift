import Foundation

/// The agenda as the secretary plans it: positions and numbers follow the order of the items, and each
/// item's time slot follows from the meeting's start and the durations before it.
public struct AgendaSchedule: Sendable, Equatable {
    /// The items in order, with `position`, `number`, `start` and `end` set.
    public let items: [AgendaItem]
    /// When the last item ends; nil when a duration or the meeting's start is missing.
    public let plannedEnd: TimeOfDay?
    /// How many minutes the agenda runs past the meeting's end; nil when it fits or cannot be told.
    public let overrunMinutes: Int?

    /// - Parameters:
    ///   - items: in the order they are to have.
    ///   - firstNumber: the number of the first numbered item; some bodies number on through the year.
    public init(ordered items: [AgendaItem], meetingStart: TimeOfDay?, meetingEnd: TimeOfDay?, firstNumber: Int = 1) {
        var number = firstNumber
        var clock = meetingStart?.minutesSinceMidnight
        var scheduled: [AgendaItem] = []
        for (position, original) in items.enumerated() {
            var item = original
            item.position = position
            // Breaks have no number, and neither have the unnumbered parts of imported minutes
            // ("Mundtlige orienteringspunkter"): without a number and a duration, they stay as written.
            if item.isBreak || (item.number == nil && item.durationMinutes == nil) {
                item.number = nil
            } else {
                item.number = number
                number += 1
            }
            // An item without a duration keeps the times it has (an imported item's printed slot), and
            // the items after it cannot be timed.
            if let start = clock, let duration = item.durationMinutes {
                item.start = TimeOfDay(minutesSinceMidnight: start)
                item.end = TimeOfDay(minutesSinceMidnight: start + duration)
                clock = start + duration
            } else {
                clock = nil
            }
            scheduled.append(item)
        }
        self.items = scheduled
        let end = clock.flatMap { TimeOfDay(minutesSinceMidnight: $0) }
        plannedEnd = end
        if let clock, let meetingEnd, clock > meetingEnd.minutesSinceMidnight {
            overrunMinutes = clock - meetingEnd.minutesSinceMidnight
        } else {
            overrunMinutes = nil
        }
    }

    /// The items whose place, number or time the schedule changed: the ones to save.
    public func changed(comparedTo before: [AgendaItem]) -> [AgendaItem] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return items.filter { item in
            guard let previous = old[item.id] else { return true }
            return previous.position != item.position || previous.number != item.number
                || previous.start != item.start || previous.end != item.end
        }
    }
}

extension TimeOfDay {
    /// nil past midnight: a meeting day does not run into the next.
    public init?(minutesSinceMidnight minutes: Int) {
        guard minutes >= 0, minutes < 24 * 60 else { return nil }
        self.init(hour: minutes / 60, minute: minutes % 60)
    }
}

extension Array where Element == AgendaItem {
    /// The order after moving the item with `id` one place up or down; unchanged at either end.
    public func moving(_ id: UUID, by offset: Int) -> [AgendaItem] {
        guard let index = firstIndex(where: { $0.id == id }) else { return self }
        let target = index + offset
        guard indices.contains(target) else { return self }
        var moved = self
        moved.swapAt(index, target)
        return moved
    }

    /// Where a new item goes: before the closing standard items ("Punkter til kommende møder",
    /// "Eventuelt"), so the agenda keeps its frame.
    public func insertionIndexForNewItem() -> Int {
        let closing: Set<StandardItem.Purpose> = [.comingItems, .anyOtherBusiness]
        var index = count
        while index > 0, let purpose = self[index - 1].purpose, closing.contains(purpose) { index -= 1 }
        return index
    }
}
