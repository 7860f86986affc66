/// Which dues an occupant's payments have paid, as of a day.
///
/// **The rule.** A payment that names months pays the dues of those months
/// first (every unit of the occupant, oldest first); what is left of it,
/// and every payment that names none, pays the oldest dues still unpaid,
/// in the order the payments were made. What remains after every due is a
/// credit. Reversed payments pay nothing.
public struct Settlement: Hashable, Sendable {
    /// Every due, oldest first, with what has been paid of it.
    public var dues: [SettledDue]
    /// Paid beyond every due.
    public var credit: Money
    /// Each part of a payment that went to a due.
    public var parts: [PaymentPart]

    /// Dues minus payments: positive when the occupant owes, negative for a credit.
    public var balance: Money {
        dues.reduce(Money.zero) { $0 + $1.unpaid } - credit
    }

    public var unpaid: [SettledDue] { dues.filter { $0.unpaid.isPositive } }

    /// Settles `dues` (in any order) with the payments that count on `asOf`.
    public init(dues: [Due], payments: [Payment], asOf: Day) {
        var settled = dues.sorted {
            ($0.dueOn, $0.unitCode, $0.month) < ($1.dueOn, $1.unitCode, $1.month)
        }
        .map { SettledDue(due: $0, paid: .zero) }
        var parts: [PaymentPart] = []
        let counted = payments.enumerated()
            .filter { $0.element.counts(on: asOf) }
            .sorted { ($0.element.paidOn, $0.offset) < ($1.element.paidOn, $1.offset) }
            .map(\.element)

        func pay(_ receipt: String, _ amount: inout Money, where fits: (Due) -> Bool) {
            for index in settled.indices where amount.isPositive && fits(settled[index].due) {
                let share = min(amount, settled[index].unpaid)
                guard share.isPositive else { continue }
                settled[index].paid += share
                amount -= share
                parts.append(PaymentPart(receipt: receipt, due: settled[index].due, amount: share))
            }
        }

        var leftovers: [(receipt: String, amount: Money)] = []
        for payment in counted {
            var amount = payment.amount
            if !payment.months.isEmpty {
                let months = Set(payment.months)
                pay(payment.receipt, &amount) { months.contains($0.month) }
            }
            leftovers.append((payment.receipt, amount))
        }
        var credit = Money.zero
        for (receipt, amount) in leftovers {
            var left = amount
            pay(receipt, &left) { _ in true }
            credit += left
        }
        self.dues = settled
        self.credit = credit
        self.parts = parts
    }
}

/// A due and what has been paid of it.
public struct SettledDue: Hashable, Sendable {
    public var due: Due
    public var paid: Money
    public var unpaid: Money { due.amount - paid }

    public init(due: Due, paid: Money) {
        self.due = due
        self.paid = paid
    }
}

/// The part of a payment that went to one due.
public struct PaymentPart: Hashable, Sendable {
    public var receipt: String
    public var due: Due
    public var amount: Money
}
