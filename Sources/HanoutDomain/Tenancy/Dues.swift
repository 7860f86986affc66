/// One month's fee owed for one unit under one convention.
public struct Due: Hashable, Sendable {
    public var conventionNumber: String
    public var unitCode: String
    public var month: Month
    /// The day it falls due: the first day of the month the convention covers.
    public var dueOn: Day
    /// The days of the month the convention covers.
    public var days: Int
    public var amount: Money

    public init(
        conventionNumber: String, unitCode: String, month: Month, dueOn: Day, days: Int,
        amount: Money
    ) {
        self.conventionNumber = conventionNumber
        self.unitCode = unitCode
        self.month = month
        self.dueOn = dueOn
        self.days = days
        self.amount = amount
    }
}

/// How the fees a convention owes are counted.
///
/// **A month is due in advance, on its first day** (the first day of the
/// convention in its first month). **A month the convention covers in part
/// is counted by its days**: the fee times the days covered over the days
/// of that month, so 10 days of a 30-day month at 600 MAD are 200 MAD; a
/// revision of the schedule during a month splits it the same way. The
/// month's sum is rounded once, to the nearest centime, so no centime is
/// lost or made up between the parts.
public enum Dues {
    /// The dues of `convention` on a unit of `areaM2` m² under `schedule`,
    /// for every month falling due on or before `asOf`.
    public static func of(
        _ convention: Convention, areaM2: Double?, schedule: FeeSchedule?, asOf: Day
    ) -> [Due] {
        let end = convention.lastDay.adding(days: 1)
        var dues: [Due] = []
        var month = Month(of: convention.start)
        while month.firstDay < end {
            let first = max(month.firstDay, convention.start)
            guard first <= asOf else { break }
            let stop = min(month.end, end)
            var weighted: Int64 = 0  // centimes × days
            var cuts = [first]
            cuts +=
                schedule?.changes(forUnit: convention.unitCode, after: first, before: stop) ?? []
            cuts.append(stop)
            for (from, to) in zip(cuts, cuts.dropFirst()) {
                let fee = monthlyFee(convention, areaM2: areaM2, schedule: schedule, on: from)
                weighted += fee.centimes * Int64(to.daysSinceEpoch - from.daysSinceEpoch)
            }
            let amount = Money(centimes: weighted).scaled(by: 1, over: Int64(month.dayCount))
            dues.append(
                Due(
                    conventionNumber: convention.number, unitCode: convention.unitCode,
                    month: month, dueOn: first, days: stop.daysSinceEpoch - first.daysSinceEpoch,
                    amount: amount))
            month = month.next
        }
        return dues
    }

    /// A month's fee on `day`: the schedule's rate for the unit, else the
    /// convention's own fee (a per-m² rate needs the unit's area).
    public static func monthlyFee(
        _ convention: Convention, areaM2: Double?, schedule: FeeSchedule?, on day: Day
    ) -> Money {
        schedule?.monthlyFee(forUnit: convention.unitCode, areaM2: areaM2, on: day)
            ?? convention.monthlyFee
    }
}
