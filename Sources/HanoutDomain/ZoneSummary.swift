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
