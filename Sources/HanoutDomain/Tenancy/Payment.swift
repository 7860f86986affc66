/// Money an occupant paid, against a receipt.
///
/// A payment is never edited or deleted: a mistaken one is reversed by a
/// later entry (`PaymentReversal`), and both stay in the ledger.
public struct Payment: Hashable, Sendable {
    /// The receipt number (quittance), unique in the register.
    public var receipt: String
    public var occupantID: Int64
    public var paidOn: Day
    public var amount: Money
    /// The months the payer named; empty to pay the oldest dues first.
    public var months: [Month]
    /// The entry that reversed it, if one did.
    public var reversal: PaymentReversal?

    public init(
        receipt: String, occupantID: Int64, paidOn: Day, amount: Money, months: [Month] = [],
        reversal: PaymentReversal? = nil
    ) {
        self.receipt = receipt
        self.occupantID = occupantID
        self.paidOn = paidOn
        self.amount = amount
        self.months = months
        self.reversal = reversal
    }

    /// Whether it counts on `day`: paid by then and not reversed by then.
    public func counts(on day: Day) -> Bool {
        paidOn <= day && (reversal.map { $0.on > day } ?? true)
    }
}

/// The entry that cancels a mistaken payment, with its reason.
public struct PaymentReversal: Hashable, Sendable {
    public var on: Day
    public var reason: String

    public init(on: Day, reason: String) {
        self.on = on
        self.reason = reason
    }
}
