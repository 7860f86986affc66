/// A zone with every one of its units as they stand on a day: what a report is made of.
public struct ZoneOccupancy: Hashable, Sendable {
    public var zone: Zone
    /// The zone's units with their state and occupant on the day, by number.
    public var units: [UnitOccupancy]

    public init(zone: Zone, units: [UnitOccupancy]) {
        self.zone = zone
        self.units = units
    }
}
