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
