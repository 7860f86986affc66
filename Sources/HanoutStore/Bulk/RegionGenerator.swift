import Foundation
import GRDB
import HanoutDomain

/// Builds a large, plausible region, the same for the same seed: for
/// benchmarks and for trying the program at national scale.
///
/// Every allocation respects the rules: each unit's allocations follow one
/// another without overlap, and each occupant only ever holds periods of one
/// unit, so no occupant is over a zone's limit.
public struct RegionGenerator: Sendable {
    public var zones: Int
    public var units: Int
    public var occupants: Int
    public var allocations: Int
    public var seed: UInt64
    /// Allocations that would still run after this day end before it, so
    /// that today's occupancy is a mix of occupied and vacant units.
    public var today: Day

    public init(
        zones: Int, units: Int, occupants: Int, allocations: Int, seed: UInt64, today: Day
    ) {
        self.zones = zones
        self.units = units
        self.occupants = occupants
        self.allocations = allocations
        self.seed = seed
        self.today = today
    }

    /// Why these sizes cannot make a consistent region, if they cannot.
    public var problem: String? {
        if zones < 1 { return "--zones must be at least 1" }
        if units < zones { return "--units must be at least --zones (each zone has a unit)" }
        if units / zones > 99 * 99 { return "too many units per zone" }
        if occupants < units { return "--occupants must be at least --units" }
        if allocations < 0 { return "--allocations cannot be negative" }
        return nil
    }
}

extension AppDatabase {
    /// The tables a generated region writes.
    static let generatedTables = [
        "trade", "zone", "unit", "unit_trade", "occupant", "occupant_trade", "occupant_word",
        "allocation", "journal",
    ]

    /// Fills an empty database with a generated region, in one transaction.
    ///
    /// Written as a bulk write (`BulkWrite`), with the secondary indexes
    /// built at the end and the trigger that refuses overlapping allocations
    /// off while they are written: each unit's periods follow one another by
    /// construction (`GeneratedRows.insertAllocations`), and the whole table
    /// is checked before the transaction commits (`BulkWriteCheck`), as are
    /// the foreign keys and CHECK rules of every table written.
    public func generate(_ generator: RegionGenerator, trades: [Trade], by clerk: String) throws {
        guard generator.problem == nil, !trades.isEmpty else {
            throw StoreError.internalInconsistency(generator.problem ?? "no trades")
        }
        try bulkWrite(checking: Self.generatedTables) { db in
            // The trigger left off would not see rows already there.
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM allocation") == 0 else {
                throw StoreError.internalInconsistency("a region is generated in an empty database")
            }
            let suspended = try SuspendedSchema.suspend(
                db, indexesOf: ["unit", "occupant", "occupant_trade", "allocation"],
                triggers: ["allocation_no_overlap_on_insert"])
            var random = SplitMix64(seed: generator.seed)
            let tradeCodes = trades.map(\.code)
            try GeneratedRows.insertTrades(db, trades)
            let units = try GeneratedRows.insertZonesAndUnits(
                db, generator, tradeCodes: tradeCodes, random: &random)
            try GeneratedRows.insertOccupants(
                db, generator, unitTrades: units.trades, tradeCodes: tradeCodes, random: &random)
            let range = try GeneratedRows.insertAllocations(
                db, generator, unitTrades: units.trades, conditions: units.conditions,
                clerk: clerk, time: timestamp(), random: &random)
            try suspended.restore(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .initialize,
                    after: Journal.json([
                        "first": range.map { String($0.lowerBound) },
                        "last": range.map { String($0.upperBound) },
                    ]),
                    note: "generated: \(generator.zones) zones, \(generator.units) units, "
                        + "\(generator.occupants) occupants, \(generator.allocations) allocations, "
                        + "seed \(generator.seed)"))
        }
    }
}
