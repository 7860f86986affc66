/// What a unit's occupation costs a month, as the commune decided it.
///
/// A zone's schedule is data (fixtures, then the clerk): lines of a monthly
/// amount, per unit or per m², each valid over a period so that a revision
/// applies from its date and the months before keep the old rate. A line may
/// name units, which makes it an exception to the zone's line over its
/// period (a corner shop, a larger workshop).
public struct FeeSchedule: Hashable, Sendable {
    public var zoneCode: String
    /// A convention's length when the clerk states none (e.g. 36 months).
    public var conventionMonths: Int
    /// The deposit asked at signing, in months of the fee.
    public var depositMonths: Int
    public var rates: [FeeRate]

    public init(zoneCode: String, conventionMonths: Int, depositMonths: Int, rates: [FeeRate]) {
        self.zoneCode = zoneCode
        self.conventionMonths = conventionMonths
        self.depositMonths = depositMonths
        self.rates = rates
    }

    /// The schedule as given, or what makes it unusable: lines of the same
    /// reach whose periods overlap (two rates for one unit on one day), a
    /// zero or negative amount, a length or deposit out of bounds.
    public func validated() -> Result<FeeSchedule, FeeScheduleProblem> {
        guard (1...FeeSchedule.longestConventionMonths).contains(conventionMonths) else {
            return .failure(.conventionLength(zone: zoneCode, months: conventionMonths))
        }
        guard (0...24).contains(depositMonths) else {
            return .failure(.depositMonths(zone: zoneCode, months: depositMonths))
        }
        for rate in rates where !rate.amount.isPositive || rate.amount > Money.largest {
            return .failure(.amount(zone: zoneCode, from: rate.period.start, amount: rate.amount))
        }
        for (index, first) in rates.enumerated() {
            for second in rates[(index + 1)...] where first.overlaps(second) {
                return .failure(.overlap(zone: zoneCode, first: first, second: second))
            }
        }
        return .success(self)
    }

    /// Temporary occupation of public property is authorised for ten years
    /// at most (dahir of 1918), twenty by exception.
    public static let longestConventionMonths = 240

    /// The schedule with `rate` added as a revision: every line of the same
    /// reach still running on its first day ends the day before, so the old
    /// rate keeps its months and the new one applies from its date. A line
    /// that would start on or after the revision is left as it is (the
    /// overlap is then refused by `validated`).
    public func revised(with rate: FeeRate) -> FeeSchedule {
        var revised = self
        revised.rates =
            rates.map { line in
                guard line.period.contains(rate.period.start),
                    line.period.start < rate.period.start,
                    Set(line.unitCodes.map { $0.uppercased() })
                        == Set(rate.unitCodes.map { $0.uppercased() }),
                    let ended = line.period.ending(on: rate.period.start)
                else { return line }
                var line = line
                line.period = ended
                return line
            } + [rate]
        return revised
    }

    /// The line that sets a unit's fee on a day: the unit's own line if one
    /// covers the day, else the zone's.
    public func rate(forUnit unitCode: String, on day: Day) -> FeeRate? {
        let covering = rates.filter { $0.period.contains(day) && $0.reaches(unitCode) }
        return covering.first { !$0.unitCodes.isEmpty } ?? covering.first
    }

    /// A unit's monthly fee on `day`, or nil when no line covers it (or a per-m²
    /// line meets a unit of unknown area).
    public func monthlyFee(forUnit unitCode: String, areaM2: Double?, on day: Day) -> Money? {
        rate(forUnit: unitCode, on: day)?.monthlyFee(areaM2: areaM2)
    }

    /// The deposit asked with a monthly fee: `depositMonths` of it.
    public func deposit(for fee: Money) -> Money {
        fee.scaled(by: Int64(depositMonths), over: 1)
    }

    /// The days, after `day` and before `end`, on which a unit's rate may
    /// change: where a line of the schedule starts or ends.
    func changes(forUnit unitCode: String, after day: Day, before end: Day) -> [Day] {
        var days = Set<Day>()
        for rate in rates where rate.reaches(unitCode) {
            for boundary in [rate.period.start, rate.period.end].compactMap({ $0 })
            where day < boundary && boundary < end {
                days.insert(boundary)
            }
        }
        return days.sorted()
    }
}

/// One line of a fee schedule.
public struct FeeRate: Hashable, Sendable {
    public var period: Period
    public var basis: FeeBasis
    /// A month's fee for a unit, or for one m² of it.
    public var amount: Money
    /// The units it is for; empty for every unit of the zone.
    public var unitCodes: [String]
    /// The commune's decision that set it, when known.
    public var decision: String?

    public init(
        period: Period, basis: FeeBasis, amount: Money, unitCodes: [String] = [],
        decision: String? = nil
    ) {
        self.period = period
        self.basis = basis
        self.amount = amount
        self.unitCodes = unitCodes
        self.decision = decision
    }

    func reaches(_ unitCode: String) -> Bool {
        unitCodes.isEmpty || unitCodes.contains { $0.caseInsensitiveEquals(unitCode) }
    }

    /// Two lines clash when they set a rate for the same unit on the same day
    /// at the same reach: two zone lines, or two lines naming a common unit.
    func overlaps(_ other: FeeRate) -> Bool {
        guard period.overlaps(other.period) else { return false }
        if unitCodes.isEmpty || other.unitCodes.isEmpty {
            return unitCodes.isEmpty && other.unitCodes.isEmpty
        }
        return unitCodes.contains { code in
            other.unitCodes.contains { $0.caseInsensitiveEquals(code) }
        }
    }

    /// The month's fee of a unit of `areaM2` square metres, or nil when the
    /// line is per m² and the unit's area is not known.
    public func monthlyFee(areaM2: Double?) -> Money? {
        switch basis {
        case .perUnit:
            return amount
        case .perSquareMetre:
            guard let areaM2, areaM2 > 0 else { return nil }
            let hundredths = Int64((areaM2 * 100).rounded())
            return amount.scaled(by: hundredths, over: 100)
        }
    }
}

/// How a line of the schedule counts: a fixed fee for the unit, or so much a m².
public enum FeeBasis: String, Hashable, Sendable, CaseIterable {
    case perUnit = "unit"
    case perSquareMetre = "m2"

    public func name(in language: Language) -> String {
        switch self {
        case .perUnit: return language.pick(fr: "par local", en: "per unit")
        case .perSquareMetre: return language.pick(fr: "par m²", en: "per m²")
        }
    }
}

extension String {
    fileprivate func caseInsensitiveEquals(_ other: String) -> Bool {
        self.uppercased() == other.uppercased()
    }
}
