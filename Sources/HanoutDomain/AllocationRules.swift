/// The rules that say whether a unit may be allocated, and why not.
///
/// A refusal lists every broken rule, not just the first, so the clerk can
/// fix everything at once. Only the trade rule can be overridden, and only
/// with a written reason.
public enum AllocationRules {
    /// Judges `request`; on success gives the trade that will be recorded.
    public static func check(
        _ request: AllocationRequest, in context: AllocationContext
    ) -> Result<String, AllocationRefused> {
        let unit = context.unit
        let occupant = context.occupant
        let period = request.period
        let trade =
            request.trade ?? occupant.firstTrade(allowedIn: unit) ?? occupant.trades.first ?? ""
        var reasons: [Refusal] = []

        for day in [period.start] + (period.lastDay.map { [$0] } ?? []) where !day.isKept {
            reasons.append(.dayOutOfRange(day))
        }
        if unit.condition == .underWorks {
            reasons.append(.unitUnderWorks(unit: unit.code))
        }
        // Judged on the first day asked: a reservation over by then keeps no one out.
        if let holder = unit.reservationHolder(on: period.start), holder != occupant.id {
            let name = context.occupantNames[holder] ?? "#\(holder)"
            reasons.append(.unitReserved(unit: unit.code, holder: name, until: unit.detail.until))
        }
        for other in context.unitAllocations where other.period.overlaps(period) {
            let holder = context.occupantNames[other.occupantID] ?? "#\(other.occupantID)"
            reasons.append(.unitTaken(unit: unit.code, by: holder, period: other.period))
        }
        if !occupant.exercises(trade) {
            reasons.append(
                .occupantLacksTrade(occupant: occupant.name, trade: trade, trades: occupant.trades))
        }
        if let override = request.overrideReason, override.allSatisfy(\.isWhitespace) {
            reasons.append(.overrideNeedsReason)
        }
        if !unit.allows(trade: trade) && request.overrideReason == nil {
            reasons.append(
                .tradeNotAllowed(unit: unit.code, trade: trade, allowed: unit.allowedTrades))
        }
        let held = unitsHeld(
            in: context.occupantAllocationsInZone.filter { $0.occupantID == occupant.id },
            during: period, besides: unit.code)
        if held.count >= context.zone.rules.maxUnitsPerOccupant {
            reasons.append(
                .occupantLimit(
                    occupant: occupant.name, zone: context.zone.code,
                    limit: context.zone.rules.maxUnitsPerOccupant, held: held))
        }
        if let limit = context.zone.rules.maxUnitsPerTrade {
            let sameTrade = unitsHeld(
                in: context.tradeAllocationsInZone.filter { $0.trade == trade },
                during: period, besides: unit.code)
            if sameTrade.count >= limit {
                reasons.append(.tradeLimit(zone: context.zone.code, trade: trade, limit: limit))
            }
        }
        if let season = context.zone.season, !fits(period, within: season) {
            reasons.append(.outsideSeason(zone: context.zone.code, season: season))
        }
        return reasons.isEmpty ? .success(trade) : .failure(AllocationRefused(reasons: reasons))
    }

    /// The distinct units, other than `unit`, that `allocations` hold during `period`.
    static func unitsHeld(
        in allocations: [Allocation], during period: Period, besides unit: String
    ) -> [String] {
        let codes = allocations.filter { $0.unitCode != unit && $0.period.overlaps(period) }
            .map(\.unitCode)
        return Array(Set(codes)).sorted()
    }

    static func fits(_ period: Period, within season: Period) -> Bool {
        guard period.start >= season.start else { return false }
        guard let seasonEnd = season.end else { return true }
        guard let end = period.end else { return false }
        return end <= seasonEnd
    }
}

/// A refused allocation request, with every broken rule.
public struct AllocationRefused: Error, Hashable, Sendable {
    public var reasons: [Refusal]

    public init(reasons: [Refusal]) {
        self.reasons = reasons
    }

    /// Whether a written override would let the request through.
    public var isOverridable: Bool {
        reasons.allSatisfy(\.isOverridable)
    }

    /// Every reason, one a line, in the clerk's language.
    public func message(in language: Language) -> String {
        reasons.map { $0.message(in: language) }.joined(separator: "\n")
    }
}
