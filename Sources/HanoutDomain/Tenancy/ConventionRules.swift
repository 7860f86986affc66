import Foundation

/// What may be done to a convention, and the term it adds.
///
/// Each rule returns the new term or the refusal; the store writes the term
/// and moves the allocation's end with it in one transaction.
public enum ConventionRules {
    /// Renewing until `lastDay` by `decision`. `nextAllocation` is the unit's
    /// next allocation after this one, if any, with its holder's name.
    public static func renew(
        _ convention: Convention, until lastDay: Day, decision: String, on today: Day,
        nextAllocation: (start: Day, holder: String)?
    ) -> Result<ConventionTerm, TenancyRefusal> {
        if convention.isTerminated {
            return .failure(
                .conventionTerminated(number: convention.number, lastDay: convention.lastDay))
        }
        let decision = decision.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !decision.isEmpty else { return .failure(.decisionMissing) }
        guard lastDay > convention.lastDay else {
            return .failure(
                .renewalNotLater(
                    number: convention.number, lastDay: convention.lastDay, asked: lastDay))
        }
        if let next = nextAllocation, next.start <= lastDay {
            return .failure(
                .renewalOverlaps(
                    number: convention.number, unit: convention.unitCode, by: next.holder,
                    from: next.start))
        }
        let months = Month(of: convention.start).distance(to: Month(of: lastDay)) + 1
        guard months <= FeeSchedule.longestConventionMonths else {
            return .failure(.renewalTooLong(number: convention.number, months: months))
        }
        return .success(
            ConventionTerm(kind: .renewed, lastDay: lastDay, reference: decision, recordedOn: today)
        )
    }

    /// Shortening so that `lastDay` is its last day, for `reason`.
    public static func shorten(
        _ convention: Convention, until lastDay: Day, reason: String, on today: Day
    ) -> Result<ConventionTerm, TenancyRefusal> {
        endEarlier(convention, lastDay: lastDay, reason: reason, kind: .shortened, on: today)
    }

    /// Terminating so that `firstFreeDay` is the unit's first day free (as a
    /// release says it), on `ground`, for `reason`.
    public static func terminate(
        _ convention: Convention, from firstFreeDay: Day, ground: TerminationGround,
        reason: String, on today: Day
    ) -> Result<ConventionTerm, TenancyRefusal> {
        endEarlier(
            convention, lastDay: firstFreeDay.adding(days: -1), reason: reason,
            kind: .terminated(ground), on: today, allowSameEnd: true)
    }

    private static func endEarlier(
        _ convention: Convention, lastDay: Day, reason: String, kind: ConventionTermKind,
        on today: Day, allowSameEnd: Bool = false
    ) -> Result<ConventionTerm, TenancyRefusal> {
        if convention.isTerminated {
            return .failure(
                .conventionTerminated(number: convention.number, lastDay: convention.lastDay))
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return .failure(.reasonMissing) }
        guard lastDay >= convention.start else {
            return .failure(
                .endBeforeStart(number: convention.number, start: convention.start, asked: lastDay))
        }
        guard lastDay < convention.lastDay || (allowSameEnd && lastDay == convention.lastDay) else {
            return .failure(
                .shortenNotEarlier(
                    number: convention.number, lastDay: convention.lastDay, asked: lastDay))
        }
        return .success(
            ConventionTerm(kind: kind, lastDay: lastDay, reference: reason, recordedOn: today))
    }

    /// A payment checked against the occupant's conventions: a positive
    /// amount, a receipt, and months that a convention covers.
    public static func check(_ payment: Payment, conventions: [Convention], occupant: String)
        -> TenancyRefusal?
    {
        guard payment.amount.isPositive else { return .amountNotPositive(payment.amount) }
        guard !payment.receipt.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .receiptMissing
        }
        guard !conventions.isEmpty else { return .noConventionToPay(occupant: occupant) }
        let periods = conventions.map(\.period)
        let outside = payment.months.filter { month in
            let span =
                Period(start: month.firstDay, end: month.end) ?? Period(openFrom: month.firstDay)
            return !periods.contains { $0.overlaps(span) }
        }
        guard outside.isEmpty else {
            return .monthsOutsideConventions(months: outside, covered: periods)
        }
        return nil
    }
}

extension Month {
    /// Months from this one to `other` (negative when `other` is earlier).
    public func distance(to other: Month) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }
}
