import Foundation

/// Ending a seat, and handing a co-chair's seat over. A seat is never deleted or rewritten when someone
/// leaves: it gets an end date, so a person's history across bodies and jobs stays as it was.
public enum MembershipChange {
    public enum Problem: Error, Equatable, Sendable {
        /// The end date is before the seat started.
        case endsBeforeStart
        /// The seat has ended on or before the day already.
        case alreadyEnded
        /// A co-chair's seat ends: who takes over must be decided (a successor, or explicitly nobody yet).
        case successorUndecided
        /// The successor is not an ordinary member of the body on the day and after it.
        case successorNotSeated
    }

    /// What ending a co-chair's seat does with the chair.
    public enum Handover: Equatable, Sendable {
        /// The successor's seat in the body, whose holder becomes co-chair from the next day.
        case to(Membership)
        /// Nobody takes over yet (the rotation plan or a later decision names the next co-chair).
        case nobodyYet
    }

    /// The seat, ending on `day` (the last day it is held). A seat with a planned end may end earlier.
    public static func end(_ seat: Membership, on day: CalendarDay) throws(Problem) -> Membership {
        if let end = seat.period.end, end <= day { throw .alreadyEnded }
        guard let period = try? DayPeriod(start: seat.period.start, end: day) else { throw .endsBeforeStart }
        var ended = seat
        ended.period = period
        return ended
    }

    /// Ends `seat` on `day`; when it holds a chair, hands the chair over as decided. Returns every seat
    /// to store: the ended seat, and with a successor their ended seat and their new co-chair seat from
    /// the next day, for the organisation and with the title they sat with.
    public static func end(_ seat: Membership, on day: CalendarDay, handover: Handover?) throws(Problem) -> [Membership] {
        let ended = try end(seat, on: day)
        guard seat.role == .coChair else { return [ended] }
        switch handover {
        case nil:
            throw .successorUndecided
        case .nobodyYet:
            return [ended]
        case let .to(successor):
            guard successor.role == .member, successor.personID != seat.personID, successor.bodyID == seat.bodyID,
                  successor.isActive(on: day), let next = day.next, successor.isActive(on: next) else { throw .successorNotSeated }
            let former = try end(successor, on: day)
            guard let period = try? DayPeriod(start: next, end: nil) else { throw .endsBeforeStart }
            let chair = Membership(personID: successor.personID, bodyID: successor.bodyID, organisationID: successor.organisationID,
                                   role: .coChair, title: successor.title, period: period)
            return [ended, former, chair]
        }
    }
}
