/// How long a debt has been owed, in the bands a treasurer reads.
public enum AgeBand: Int, Hashable, Sendable, CaseIterable, Comparable {
    case upTo30 = 0
    case upTo60
    case upTo90
    case over90

    /// The band of a debt owed for `days` days (0 the day it falls due).
    public init(days: Int) {
        switch days {
        case ..<31: self = .upTo30
        case 31...60: self = .upTo60
        case 61...90: self = .upTo90
        default: self = .over90
        }
    }

    public var label: String {
        switch self {
        case .upTo30: return "0–30"
        case .upTo60: return "31–60"
        case .upTo90: return "61–90"
        case .over90: return "> 90"
        }
    }

    /// The band as a key of files and scripts (`days_0_30`, `days_over_90`).
    public var key: String {
        switch self {
        case .upTo30: return "days_0_30"
        case .upTo60: return "days_31_60"
        case .upTo90: return "days_61_90"
        case .over90: return "days_over_90"
        }
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an occupant owes on a day: dues fallen due and unpaid, by age.
public struct Arrears: Hashable, Sendable {
    public var occupantID: Int64
    public var asOf: Day
    public var total: Money
    /// The amount in each band, in `AgeBand` order.
    public var byBand: [Money]
    /// The day the oldest unpaid due fell due.
    public var oldestDueOn: Day
    /// The units whose dues are unpaid, in code order.
    public var unitCodes: [String]

    /// Days since the oldest unpaid due fell due.
    public var ageDays: Int { asOf.daysSinceEpoch - oldestDueOn.daysSinceEpoch }

    public func amount(in band: AgeBand) -> Money { byBand[band.rawValue] }

    /// The arrears of a settlement on `asOf`, or nil when nothing due is unpaid.
    /// A credit is not set against them: it is shown on the ledger, and the
    /// settlement has already used it on the oldest dues.
    public init?(occupantID: Int64, settlement: Settlement, asOf: Day) {
        self.init(occupantID: occupantID, unpaid: settlement.unpaid, asOf: asOf)
    }

    /// The arrears of the unpaid dues given (those falling due after `asOf` are left out).
    public init?(occupantID: Int64, unpaid: [SettledDue], asOf: Day) {
        let owed = unpaid.filter { $0.due.dueOn <= asOf && $0.unpaid.isPositive }
        guard let oldest = owed.map(\.due.dueOn).min() else { return nil }
        var byBand = Array(repeating: Money.zero, count: AgeBand.allCases.count)
        for due in owed {
            let band = AgeBand(days: asOf.daysSinceEpoch - due.due.dueOn.daysSinceEpoch)
            byBand[band.rawValue] += due.unpaid
        }
        self.occupantID = occupantID
        self.asOf = asOf
        self.total = owed.reduce(.zero) { $0 + $1.unpaid }
        self.byBand = byBand
        self.oldestDueOn = oldest
        self.unitCodes = Set(owed.map(\.due.unitCode)).sorted()
    }

    /// The order of the arrears list: the oldest debt first, then by
    /// occupant number so that the order never wavers (and a window of the
    /// list is read in that order from an index of unpaid dues).
    public static func listOrder(_ lhs: Arrears, _ rhs: Arrears) -> Bool {
        (lhs.oldestDueOn, lhs.occupantID) < (rhs.oldestDueOn, rhs.occupantID)
    }
}
