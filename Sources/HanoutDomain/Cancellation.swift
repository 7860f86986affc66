/// An allocation cancelled as a mistake: kept in the history with no day, so
/// the unit is as it was before it was entered.
public struct AllocationCancellation: Hashable, Sendable {
    /// When (the journal's timestamp).
    public var at: String
    /// Why, in the clerk's words.
    public var reason: String

    public init(at: String, reason: String) {
        self.at = at
        self.reason = reason
    }
}

/// When an allocation may be cancelled as a mistake rather than released.
///
/// A cancellation says "this never was": fit for an allocation that nothing
/// has followed yet. Once anything else happened on the unit (a release,
/// even the same day, a transfer, a change of state), the history has moved
/// on and the clerk ends the allocation by a release, which keeps it.
public enum CancelRule {
    /// How many days after it was entered an allocation may still be cancelled.
    ///
    /// A typing mistake is found within the week, while the file is still on
    /// the clerk's desk; an older allocation has been acted on (keys handed
    /// over, rent billed) and is released, never erased from the counts.
    public static let windowDays = 7

    /// The allocation of `unit` that may be cancelled on `today`, or why none may.
    ///
    /// - Parameters:
    ///   - allocations: the unit's allocations, in any order.
    ///   - journal: the unit's journal, oldest first; its last two entries suffice.
    public static func check(
        unit: String, allocations: [Allocation], journal: [JournalEntry], today: Day
    ) -> Result<Allocation, AllocationRefused> {
        func refuse(_ refusal: Refusal) -> Result<Allocation, AllocationRefused> {
            .failure(AllocationRefused(reasons: [refusal]))
        }
        // The last one entered; an earlier one has at least this one after it.
        guard let last = allocations.max(by: { $0.id < $1.id }), last.cancellation == nil,
            let entered = Day(String(last.recordedAt.prefix(10)))
        else { return refuse(.nothingToCancel(unit: unit)) }
        // Its entry is the journal's last on the unit, written in the same
        // transaction with the same timestamp.
        guard let latest = journal.last, latest.action == .assign, latest.at == last.recordedAt
        else {
            // Not journaled one by one (loaded with the fixtures or a
            // generated region): it was there before the clerk's work began.
            guard let later = journal.last, later.action != .initialize else {
                return refuse(.cancelTooLate(unit: unit, entered: entered, days: windowDays))
            }
            return refuse(.cancelAfterLaterChange(unit: unit, change: later.action))
        }
        // A transfer journals the end of the former allocation, then the new
        // one: cancelling the new one alone would leave the unit to nobody.
        if journal.count >= 2, journal[journal.count - 2].action == .transfer,
            journal[journal.count - 2].at == latest.at
        {
            return refuse(.cancelTransfer(unit: unit))
        }
        guard today.daysSinceEpoch - entered.daysSinceEpoch <= windowDays else {
            return refuse(.cancelTooLate(unit: unit, entered: entered, days: windowDays))
        }
        return .success(last)
    }
}
