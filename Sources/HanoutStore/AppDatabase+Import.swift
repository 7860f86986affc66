import GRDB
import HanoutDomain

extension AppDatabase {
    /// Whether the database holds no zone yet (a first run).
    public func isEmpty() throws -> Bool {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM zone") == 0 }
    }

    /// Installs the region in one transaction: every allocation judged by the
    /// same rules as a clerk's, and the whole refused if one breaks a rule.
    public func install(_ fixtures: FixtureSet, by clerk: String) throws {
        try write { db in
            let time = timestamp()
            for trade in fixtures.trades { try TradeRecord(trade).insert(db) }
            for zone in fixtures.zones { try ZoneRecord(zone).insert(db) }
            for unit in fixtures.units {
                var record = UnitRecord(unit)
                try record.insert(db)
                for trade in unit.allowedTrades {
                    try UnitTradeRecord(unitID: record.id ?? 0, tradeCode: trade).insert(db)
                }
            }
            for occupant in fixtures.occupants { _ = try OccupantWriter.insert(db, occupant) }
            var problems: [ImportProblem] = []
            for item in fixtures.allocations {
                do {
                    // Journaled as loaded, on its own day: not as made today.
                    _ = try Self.assign(
                        db, item.request, by: clerk, at: item.request.period.start.iso,
                        journal: .initialize, ending: item.ending)
                } catch let error as ClerkError {
                    problems.append(
                        ImportProblem(
                            file: "allocations.csv", line: item.line,
                            fr: error.message(in: .fr), en: error.message(in: .en)))
                }
            }
            for grid in fixtures.grids { _ = try Self.saveGrid(db, grid) }
            for schedule in fixtures.feeSchedules {
                do {
                    try Self.setFeeSchedule(db, schedule, by: clerk, at: time)
                } catch let error as ClerkError {
                    problems.append(
                        ImportProblem(
                            file: "fees.json", fr: error.message(in: .fr),
                            en: error.message(in: .en)))
                }
            }
            guard problems.isEmpty else { throw ImportFailed(problems: problems) }
            // After the region, as a clerk would: the calls act on its units and occupants.
            if let calls = fixtures.calls {
                problems = try Self.replay(calls, db)
                guard problems.isEmpty else { throw ImportFailed(problems: problems) }
            }
            try Journal.append(
                db,
                JournalEntry(
                    at: time, clerk: clerk, action: .initialize,
                    note: "\(fixtures.zones.count) zones, \(fixtures.units.count) units, "
                        + "\(fixtures.occupants.count) occupants, "
                        + "\(fixtures.allocations.count) allocations"))
        }
    }
}
