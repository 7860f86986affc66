/// Proposes who fits a unit, and which units fit an occupant.
public enum Suggestions {
    /// An occupant proposed for a unit.
    public struct Candidate: Hashable, Sendable {
        public var occupant: Occupant
        /// The trade the occupant would exercise there.
        public var trade: String
        /// Whether that trade is allowed in the unit without an override.
        public var fitsTrade: Bool
        /// The units the occupant already holds in the zone, by code.
        public var unitsHeld: [String]
        /// Whether those are as many as the zone allows: assigning this unit too
        /// would be refused (the clerk sees who it is and why, rather than nobody).
        public var atZoneLimit: Bool

        /// How many units the occupant already holds in the zone.
        public var unitsHeldInZone: Int { unitsHeld.count }

        public init(
            occupant: Occupant, trade: String, fitsTrade: Bool, unitsHeld: [String] = [],
            atZoneLimit: Bool = false
        ) {
            self.occupant = occupant
            self.trade = trade
            self.fitsTrade = fitsTrade
            self.unitsHeld = unitsHeld
            self.atZoneLimit = atZoneLimit
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
    /// not fit stay after them, since a clerk may override the trade rule.
    /// With `includingThoseAtLimit` (a clerk looking for someone by name),
    /// occupants at the zone's limit are listed too, last, marked `atZoneLimit`.
    public static func candidates(
        for unit: Unit, in zone: Zone, among occupants: [Occupant],
        unitsHeld: [Int64: [String]], includingThoseAtLimit: Bool = false
    ) -> [Candidate] {
        let eligible = occupants.compactMap { occupant -> Candidate? in
            let held = unitsHeld[occupant.id] ?? []
            let atLimit = held.count >= zone.rules.maxUnitsPerOccupant
            guard includingThoseAtLimit || !atLimit, let main = occupant.trades.first
            else { return nil }
            let fitting = occupant.firstTrade(allowedIn: unit)
            return Candidate(
                occupant: occupant, trade: fitting ?? main, fitsTrade: fitting != nil,
                unitsHeld: held, atZoneLimit: atLimit)
        }
        let keys = Dictionary(
            eligible.map { ($0.occupant.id, TextKey.fold($0.occupant.name)) },
            uniquingKeysWith: { first, _ in first })
        return eligible.sorted { left, right in
            if left.atZoneLimit != right.atZoneLimit { return right.atZoneLimit }
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
