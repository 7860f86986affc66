import HanoutDomain

@testable import HanoutStore

extension AppDatabase {
    /// Registers `occupant` without `OccupantFieldRule`, as a register written
    /// before the rule may hold it: the screens must show such names harmlessly.
    func registerUnchecked(_ occupant: Occupant) throws -> Occupant {
        try write { db in try OccupantWriter.insert(db, occupant) }
    }
}
