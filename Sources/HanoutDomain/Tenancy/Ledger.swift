/// The account of an occupant or of a unit: dues, payments and reversals in
/// the order they happened, with the balance after each line.
public struct Ledger: Hashable, Sendable {
    public var lines: [LedgerLine]

    /// What is owed at the end (negative for a credit).
    public var balance: Money { lines.last?.balance ?? .zero }

    /// An occupant's ledger: every due of its conventions, every payment
    /// whole, and each reversal as a line of its own, up to `asOf`.
    public init(dues: [Due], payments: [Payment], asOf: Day) {
        var entries: [LedgerLine.Entry] = dues.filter { $0.dueOn <= asOf }.map { .due($0) }
        for payment in payments where payment.paidOn <= asOf {
            entries.append(
                .payment(receipt: payment.receipt, on: payment.paidOn, amount: payment.amount))
            if let reversal = payment.reversal, reversal.on <= asOf {
                entries.append(
                    .reversal(
                        receipt: payment.receipt, on: reversal.on, amount: payment.amount,
                        reason: reversal.reason))
            }
        }
        self.init(entries: entries)
    }

    /// A unit's ledger: its dues, and the parts of payments that went to
    /// them (`Settlement`), since a payment is the occupant's, not the unit's.
    public init(unitCode: String, settlement: Settlement, paidOn: [String: Day], asOf: Day) {
        var entries: [LedgerLine.Entry] = settlement.dues
            .filter { $0.due.unitCode == unitCode && $0.due.dueOn <= asOf }
            .map { .due($0.due) }
        for part in settlement.parts where part.due.unitCode == unitCode {
            let day = paidOn[part.receipt] ?? part.due.dueOn
            entries.append(
                .paymentPart(
                    receipt: part.receipt, on: day, amount: part.amount, month: part.due.month))
        }
        self.init(entries: entries)
    }

    /// Entries in any order, put in the order they happened with their balances.
    public init(entries: [LedgerLine.Entry]) {
        var balance = Money.zero
        lines = entries.enumerated()
            .sorted {
                ($0.element.day, $0.element.order, $0.offset) < (
                    $1.element.day, $1.element.order, $1.offset
                )
            }
            .map { _, entry in
                balance += entry.debit - entry.credit
                return LedgerLine(entry: entry, balance: balance)
            }
    }
}

/// One line of a ledger.
public struct LedgerLine: Hashable, Sendable {
    public var entry: Entry
    /// Owed after this line (negative for a credit).
    public var balance: Money

    public enum Entry: Hashable, Sendable {
        case due(Due)
        case payment(receipt: String, on: Day, amount: Money)
        case paymentPart(receipt: String, on: Day, amount: Money, month: Month)
        case reversal(receipt: String, on: Day, amount: Money, reason: String)

        public var day: Day {
            switch self {
            case .due(let due): return due.dueOn
            case .payment(_, let on, _), .paymentPart(_, let on, _, _), .reversal(_, let on, _, _):
                return on
            }
        }

        /// Owed by this line.
        public var debit: Money {
            switch self {
            case .due(let due): return due.amount
            case .reversal(_, _, let amount, _): return amount
            case .payment, .paymentPart: return .zero
            }
        }

        /// Paid by this line.
        public var credit: Money {
            switch self {
            case .payment(_, _, let amount), .paymentPart(_, _, let amount, _): return amount
            case .due, .reversal: return .zero
            }
        }

        /// On one day, dues come before the payments that meet them, and a
        /// payment before its reversal.
        var order: Int {
            switch self {
            case .due: return 0
            case .payment, .paymentPart: return 1
            case .reversal: return 2
            }
        }
    }
}
