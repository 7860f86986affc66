import HanoutDomain

/// A zone's counts by state and its occupancy rate.
///
/// The rate is occupied units over all units, the same figure as the zone
/// screen and `hanout zones` show, so paper and screen never disagree.
public struct OccupancyTotals: Hashable, Sendable {
    public var units: Int
    public var occupied: Int
    public var vacant: Int
    public var reserved: Int
    public var underWorks: Int

    /// Counts the states of a zone's units.
    public init(states: [UnitState]) {
        units = states.count
        occupied = states.filter { $0 == .occupied }.count
        vacant = states.filter { $0 == .vacant }.count
        reserved = states.filter { $0 == .reserved }.count
        underWorks = states.filter { $0 == .underWorks }.count
    }

    /// The count of one state.
    public func count(_ state: UnitState) -> Int {
        switch state {
        case .vacant: return vacant
        case .occupied: return occupied
        case .reserved: return reserved
        case .underWorks: return underWorks
        }
    }

    /// Occupied units as a share of all units, from 0 to 1.
    public var rate: Double {
        units == 0 ? 0 : Double(occupied) / Double(units)
    }

    /// The rate in whole percent, rounded as the screen rounds it.
    public var percent: Int {
        Int((rate * 100).rounded())
    }
}
