/// What the rules need to know to judge one allocation request.
///
/// The store gathers it inside the transaction that will write the
/// allocation, so the judgement and the write see the same data. Lists may
/// hold more than needed (say, every allocation of the unit): the rules keep
/// only those whose period overlaps the one asked.
public struct AllocationContext: Sendable {
    public var unit: Unit
    public var zone: Zone
    public var occupant: Occupant
    /// Allocations of the unit asked for.
    public var unitAllocations: [Allocation]
    /// The occupant's allocations in the zone.
    public var occupantAllocationsInZone: [Allocation]
    /// Allocations in the zone for the trade asked.
    public var tradeAllocationsInZone: [Allocation]
    /// Names of the occupants those allocations mention, to say who holds what.
    public var occupantNames: [Int64: String]

    public init(
        unit: Unit, zone: Zone, occupant: Occupant, unitAllocations: [Allocation] = [],
        occupantAllocationsInZone: [Allocation] = [], tradeAllocationsInZone: [Allocation] = [],
        occupantNames: [Int64: String] = [:]
    ) {
        self.unit = unit
        self.zone = zone
        self.occupant = occupant
        self.unitAllocations = unitAllocations
        self.occupantAllocationsInZone = occupantAllocationsInZone
        self.tradeAllocationsInZone = tradeAllocationsInZone
        self.occupantNames = occupantNames
    }
}
