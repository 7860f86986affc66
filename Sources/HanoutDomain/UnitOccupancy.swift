/// A unit with what covers it on a day: its state and, if occupied, by whom.
public struct UnitOccupancy: Hashable, Sendable {
    public var unit: Unit
    public var state: UnitState
    public var allocation: Allocation?
    public var occupant: Occupant?

    public init(
        unit: Unit, state: UnitState, allocation: Allocation? = nil,
        occupant: Occupant? = nil
    ) {
        self.unit = unit
        self.state = state
        self.allocation = allocation
        self.occupant = occupant
    }
}
