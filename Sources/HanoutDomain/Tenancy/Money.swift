/// An amount of dirhams, kept as a whole number of centimes.
///
/// Money is never a floating-point number: 0.10 + 0.20 must be 0.30 to the
/// centime, in every sum of a ledger and on every receipt. Amounts may be
/// negative (a credit on a balance); what a clerk types is read by
/// `AmountText`, which refuses what it cannot read without guessing.
public struct Money: Hashable, Comparable, Sendable {
    /// Centimes of dirham (1 MAD = 100 centimes).
    public let centimes: Int64

    public init(centimes: Int64) {
        self.centimes = centimes
    }

    /// Whole dirhams.
    public init(dirhams: Int64) {
        self.centimes = dirhams * 100
    }

    public static let zero = Money(centimes: 0)

    /// The largest amount Hanout takes from a clerk: a billion dirhams. Far
    /// above any fee or debt, and far below where sums of centimes overflow.
    public static let largest = Money(dirhams: 1_000_000_000)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.centimes < rhs.centimes }
    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(centimes: lhs.centimes + rhs.centimes)
    }
    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(centimes: lhs.centimes - rhs.centimes)
    }
    public static prefix func - (amount: Money) -> Money { Money(centimes: -amount.centimes) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

    public var isPositive: Bool { centimes > 0 }

    /// `numerator / denominator` of this amount, rounded to the nearest
    /// centime, halves away from zero (the rounding a clerk does by hand).
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        precondition(denominator > 0, "a share of an amount needs a positive denominator")
        let product = centimes * numerator
        let quotient = product / denominator
        let remainder = product % denominator
        if 2 * abs(remainder) >= denominator {
            return Money(centimes: quotient + (product < 0 ? -1 : 1))
        }
        return Money(centimes: quotient)
    }

    /// The amount with a dot and two decimals, no grouping and no currency
    /// (`1250.00`, `-3.05`): the form of files, JSON and scripts.
    public var plain: String {
        let sign = centimes < 0 ? "-" : ""
        let magnitude = centimes.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The amount as a clerk writes it: `1 250,00 MAD` in French (the
    /// spaces do not break), `MAD 1,250.00` in English.
    public func shown(in language: Language) -> String {
        let sign = centimes < 0 ? "-" : ""
        let magnitude = centimes.magnitude
        let cents = magnitude % 100
        let digits = Array(String(magnitude / 100))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                grouped.append(language == .fr ? Money.noBreakSpace : ",")
            }
            grouped.append(digit)
        }
        let decimals = "\(cents < 10 ? "0" : "")\(cents)"
        switch language {
        case .fr: return "\(sign)\(grouped),\(decimals)\(Money.noBreakSpace)MAD"
        case .en: return "\(sign)MAD\(Money.noBreakSpace)\(grouped).\(decimals)"
        }
    }

    /// U+00A0: a space a wrapped line never breaks at, so an amount stays whole.
    static let noBreakSpace: Character = "\u{00A0}"
}
