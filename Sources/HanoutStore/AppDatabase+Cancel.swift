import GRDB
import HanoutDomain

extension AppDatabase {
    /// Cancels the allocation of `unitCode` entered by mistake, if `CancelRule`
    /// allows it on `today`: it is kept, marked cancelled and ended the day it
    /// began, so it counts no day; the unit is as it was before, reserved
    /// again if the allocation had taken its reservation.
    ///
    /// Throws `AllocationRefused` with the rule's refusal, or a `StoreError`.
    @discardableResult
    public func cancel(unitCode: String, reason: String, today: Day, by clerk: String) throws
        -> Allocation
    {
        try write { db in
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw StoreError.reasonRequired }
            let (unitID, unit) = try Lookup.unit(db, code: unitCode)
            let lastEntered = try Lookup.allocations(
                db,
                AllocationRecord.all().ofUnit(id: unitID)
                    .order(AllocationRecord.Columns.id.desc).limit(1))
            let journal = try Self.lastJournalEntries(db, unitCode: unit.code, count: 2)
            let allocation = try CancelRule.check(
                unit: unit.code, allocations: lastEntered, journal: journal, today: today
            ).get()
            let time = timestamp()
            try AllocationRecord.filter(key: allocation.id).updateAll(
                db,
                AllocationRecord.Columns.endDay.set(to: allocation.period.start.iso),
                AllocationRecord.Columns.cancelledAt.set(to: time),
                AllocationRecord.Columns.cancelledReason.set(to: reason))
            var cancelled = allocation
            cancelled.period =
                allocation.period.ending(on: allocation.period.start)
                ?? allocation.period
            cancelled.cancellation = AllocationCancellation(at: time, reason: reason)
            // The rule checked that the allocation's entry is the last: what
            // it says the unit was before is what the unit goes back to.
            // A reservation comes back whole: its holder, reason and last day.
            let before = Journal.fields(journal.last?.before)
            if before["condition"] == UnitCondition.reserved.rawValue {
                try Self.writeCondition(
                    db, unitID: unitID, .reserved, Journal.conditionDetail(before))
            }
            try Journal.append(
                db,
                JournalEntry(
                    at: time, clerk: clerk, action: .cancel, unitCode: unit.code,
                    occupantID: allocation.occupantID, before: Journal.snapshot(allocation),
                    after: Journal.snapshot(cancelled), note: reason))
            return cancelled
        }
    }

    /// The last `count` journal entries of a unit, oldest first.
    static func lastJournalEntries(_ db: Database, unitCode: String, count: Int) throws
        -> [JournalEntry]
    {
        try JournalRecord.filter(JournalRecord.Columns.unitCode == unitCode)
            .order(JournalRecord.Columns.id.desc).limit(count).fetchAll(db)
            .reversed().map { try $0.entry() }
    }
}
