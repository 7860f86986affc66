import HanoutDomain

/// One zone's counts on a day, as the zones screen and `hanout zones` show them.
public struct ZoneSummary: Hashable, Sendable {
    public var zone: Zone
    public var units: Int
    public var occupied: Int
    public var vacant: Int
    public var reserved: Int
    public var underWorks: Int

    public init(
        zone: Zone, units: Int, occupied: Int, vacant: Int, reserved: Int, underWorks: Int
    ) {
        self.zone = zone
        self.units = units
        self.occupied = occupied
        self.vacant = vacant
        self.reserved = reserved
        self.underWorks = underWorks
    }

    /// Occupied units as a share of all units, from 0 to 1.
    public var occupancy: Double {
        units == 0 ? 0 : Double(occupied) / Double(units)
    }
}

/// A unit with what covers it on a day: its state and, if occupied, by whom.
public struct UnitOccupancy: Hashable, Sendable {
    public var unit: HanoutDomain.Unit
    public var state: UnitState
    public var allocation: Allocation?
    public var occupant: Occupant?

    public init(
        unit: HanoutDomain.Unit, state: UnitState, allocation: Allocation? = nil,
        occupant: Occupant? = nil
    ) {
        self.unit = unit
        self.state = state
        self.allocation = allocation
        self.occupant = occupant
    }
}

/// An allocation with the names a listing needs.
public struct AllocationLine: Hashable, Sendable {
    public var allocation: Allocation
    public var occupantName: String
    public var zoneCode: String

    public init(allocation: Allocation, occupantName: String, zoneCode: String) {
        self.allocation = allocation
        self.occupantName = occupantName
        self.zoneCode = zoneCode
    }
}

/// The whole region's counts on a day, read from indexes.
public struct RegionTotals: Hashable, Sendable {
    public var zones: Int
    public var units: Int
    public var occupied: Int
    public var reserved: Int
    public var underWorks: Int

    public init(zones: Int, units: Int, occupied: Int, reserved: Int, underWorks: Int) {
        self.zones = zones
        self.units = units
        self.occupied = occupied
        self.reserved = reserved
        self.underWorks = underWorks
    }

    /// `reserved` and `underWorks` count only units free that day, so the
    /// vacant ones are the rest.
    public var vacant: Int { max(0, units - occupied - reserved - underWorks) }

    public var occupancy: Double { units == 0 ? 0 : Double(occupied) / Double(units) }
}
