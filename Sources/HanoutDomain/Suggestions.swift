/// Proposes who fits a unit, and which units fit an occupant.
public enum Suggestions {
    /// An occupant proposed for a unit.
    public struct Candidate: Hashable, Sendable {
        public var occupant: Occupant
        /// The trade the occupant would exercise there.
        public var trade: String
        /// Whether that trade is allowed in the unit without an override.
        public var fitsTrade: Bool
        /// How many units the occupant already holds in the zone.
        public var unitsHeldInZone: Int

        public init(occupant: Occupant, trade: String, fitsTrade: Bool, unitsHeldInZone: Int) {
            self.occupant = occupant
            self.trade = trade
            self.fitsTrade = fitsTrade
            self.unitsHeldInZone = unitsHeldInZone
        }
    }

    /// A unit proposed for an occupant.
    public struct UnitCandidate: Hashable, Sendable {
        public var unit: Unit
        public var trade: String
        /// Whether the unit names the trade, rather than allowing any trade.
        public var namesTrade: Bool
        public var unitsHeldInZone: Int

        public init(unit: Unit, trade: String, namesTrade: Bool, unitsHeldInZone: Int) {
            self.unit = unit
            self.trade = trade
            self.namesTrade = namesTrade
            self.unitsHeldInZone = unitsHeldInZone
        }
    }

    /// The occupants eligible for `unit`, best first.
    ///
    /// Eligible means under the zone's limit of units per occupant. Those whose
    /// trades fit the unit come first, then those who hold no unit in the zone
    /// yet, then by name ignoring case and accents. Occupants whose trades do
    /// not fit stay at the end, since a clerk may override the trade rule.
    public static func candidates(
        for unit: Unit, in zone: Zone, among occupants: [Occupant],
        unitsHeldInZone: [Int64: Int]
    ) -> [Candidate] {
        let eligible = occupants.compactMap { occupant -> Candidate? in
            let held = unitsHeldInZone[occupant.id] ?? 0
            guard held < zone.rules.maxUnitsPerOccupant, let main = occupant.trades.first
            else { return nil }
            let fitting = occupant.firstTrade(allowedIn: unit)
            return Candidate(
                occupant: occupant, trade: fitting ?? main, fitsTrade: fitting != nil,
                unitsHeldInZone: held)
        }
        let keys = Dictionary(
            eligible.map { ($0.occupant.id, TextKey.fold($0.occupant.name)) },
            uniquingKeysWith: { first, _ in first })
        return eligible.sorted { left, right in
            if left.fitsTrade != right.fitsTrade { return left.fitsTrade }
            if (left.unitsHeldInZone == 0) != (right.unitsHeldInZone == 0) {
                return left.unitsHeldInZone == 0
            }
            let leftKey = keys[left.occupant.id] ?? ""
            let rightKey = keys[right.occupant.id] ?? ""
            if leftKey != rightKey { return leftKey < rightKey }
            return left.occupant.id < right.occupant.id
        }
    }

    /// The vacant units that fit `occupant`'s trades, best first.
    ///
    /// `vacantUnits` are units with no allocation and not under works or
    /// reserved; units in zones where the occupant reached the limit are left
    /// out. Units that name one of the occupant's trades come before units
    /// open to any trade, then units in zones where the occupant holds
    /// nothing, then by code.
    public static func units(
        for occupant: Occupant, among vacantUnits: [Unit], zones: [String: Zone],
        unitsHeldByZone: [String: Int]
    ) -> [UnitCandidate] {
        let fitting = vacantUnits.compactMap { unit -> UnitCandidate? in
            guard unit.condition == .available, let trade = occupant.firstTrade(allowedIn: unit)
            else { return nil }
            let held = unitsHeldByZone[unit.zoneCode] ?? 0
            let limit = zones[unit.zoneCode]?.rules.maxUnitsPerOccupant ?? 1
            guard held < limit else { return nil }
            return UnitCandidate(
                unit: unit, trade: trade, namesTrade: !unit.allowedTrades.isEmpty,
                unitsHeldInZone: held)
        }
        return fitting.sorted { left, right in
            if left.namesTrade != right.namesTrade { return left.namesTrade }
            if (left.unitsHeldInZone == 0) != (right.unitsHeldInZone == 0) {
                return left.unitsHeldInZone == 0
            }
            return left.unit.code < right.unit.code
        }
    }
}
