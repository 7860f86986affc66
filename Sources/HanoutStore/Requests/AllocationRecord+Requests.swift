import GRDB
import HanoutDomain

// What an allocation means in time, defined once. Every query about who
// holds a unit on a day, or whether two periods meet, is built from these.
//
// Open-ended is NULL in `end_day`, never a date: no day a clerk can type
// stands for "no end". An allocation ended the day it began covers no day
// and meets no period (a same-day cancellation).

extension AllocationRecord {
    /// Allocation `a` has at least one day.
    static func hasDays(_ a: TableAlias<Void>) -> SQLExpression {
        a[Columns.endDay] == nil || a[Columns.endDay] > a[Columns.startDay]
    }

    /// Allocation `a` covers `day`: it began on or before it and had not ended by then.
    static func covers(_ day: Day, _ a: TableAlias<Void>) -> SQLExpression {
        a[Columns.startDay] <= day.iso && (a[Columns.endDay] == nil || a[Columns.endDay] > day.iso)
    }

    /// `covers(day)` of an open-ended allocation, and of one with an end: the
    /// two cases apart, each a range of an index that begins with `end_day`
    /// (SQLite does not make a range of an `OR`).
    static func coversOpenEnded(_ day: Day, _ a: TableAlias<Void>) -> SQLExpression {
        a[Columns.endDay] == nil && a[Columns.startDay] <= day.iso
    }

    /// See `coversOpenEnded`.
    static func coversUntilLater(_ day: Day, _ a: TableAlias<Void>) -> SQLExpression {
        a[Columns.endDay] > day.iso && a[Columns.startDay] <= day.iso
    }

    /// Allocation `a` shares at least one day with `period`.
    static func overlaps(_ period: Period, _ a: TableAlias<Void>) -> SQLExpression {
        guard !period.isEmpty else { return false.sqlExpression }
        let endsAfterStart = a[Columns.endDay] == nil || a[Columns.endDay] > period.start.iso
        guard let end = period.end else { return hasDays(a) && endsAfterStart }
        return hasDays(a) && endsAfterStart && a[Columns.startDay] < end.iso
    }

    /// Allocations `a` and `b` share at least one day (what the
    /// `allocation_no_overlap` triggers refuse for one unit).
    static func overlap(_ a: TableAlias<Void>, _ b: TableAlias<Void>) -> SQLExpression {
        hasDays(a) && hasDays(b)
            && (a[Columns.endDay] == nil || b[Columns.startDay] < a[Columns.endDay])
            && (b[Columns.endDay] == nil || a[Columns.startDay] < b[Columns.endDay])
    }

    /// Allocation `a` still has days on or after `day`: it covers it or starts later.
    static func runs(onOrAfter day: Day, _ a: TableAlias<Void>) -> SQLExpression {
        hasDays(a) && (a[Columns.endDay] == nil || a[Columns.endDay] > day.iso)
    }

    /// The allocation of `unit` (the id of a unit row in an enclosing query)
    /// that began last on or before `day`, if it has days.
    ///
    /// A unit's allocations never overlap, so this is the only one that can
    /// cover `day`: one seek in `allocation_by_unit`, however long the unit's
    /// history, where "every allocation covering the day" would scan it.
    static func latest(
        ofUnit unit: some SQLExpressible, onOrBefore day: Day, _ a: TableAlias<Void> = TableAlias()
    ) -> QueryInterfaceRequest<AllocationRecord> {
        AllocationRecord.aliased(a)
            .filter(a[Columns.unitID] == unit && a[Columns.startDay] <= day.iso && hasDays(a))
            .order(a[Columns.startDay].desc)
            .limit(1)
    }

    /// The allocation of `unit` that began last, if it has days: the one that
    /// ends last (see `latest(ofUnit:onOrBefore:)`).
    static func latest(ofUnit unit: some SQLExpressible, _ a: TableAlias<Void> = TableAlias())
        -> QueryInterfaceRequest<AllocationRecord>
    {
        AllocationRecord.aliased(a)
            .filter(a[Columns.unitID] == unit && hasDays(a))
            .order(a[Columns.startDay].desc)
            .limit(1)
    }
}

extension DerivableRequest<AllocationRecord> {
    /// The allocations that cover `day`.
    func covering(_ day: Day) -> Self {
        let a = TableAlias()
        return aliased(a).filter(AllocationRecord.covers(day, a))
    }

    /// The allocations that share a day with `period`.
    func overlapping(_ period: Period) -> Self {
        let a = TableAlias()
        return aliased(a).filter(AllocationRecord.overlaps(period, a))
    }

    /// The allocations with days on or after `day`.
    func running(onOrAfter day: Day) -> Self {
        let a = TableAlias()
        return aliased(a).filter(AllocationRecord.runs(onOrAfter: day, a))
    }

    /// The allocations of the unit whose id is `id`.
    func ofUnit(id: Int64) -> Self {
        filter(AllocationRecord.Columns.unitID == id)
    }

    /// The allocations of the occupant whose id is `id`.
    func ofOccupant(id: Int64) -> Self {
        filter(AllocationRecord.Columns.occupantID == id)
    }
}
