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
                    _ = try Self.assign(
                        db, item.request, by: clerk, at: time, journal: .initialize,
                        ending: item.ending)
                } catch let error as ClerkError {
                    problems.append(
                        ImportProblem(
                            file: "allocations.csv", line: item.line,
                            fr: error.message(in: .fr), en: error.message(in: .en)))
                }
            }
            guard problems.isEmpty else { throw ImportFailed(problems: problems) }
            try Journal.append(
                db,
                JournalEntry(
                    at: time, clerk: clerk, action: .initialize,
                    note: "\(fixtures.zones.count) zones, \(fixtures.units.count) units, "
                        + "\(fixtures.occupants.count) occupants, "
                        + "\(fixtures.allocations.count) allocations"))
        }
    }

    /// Imports occupants from CSV: all of them, or none when a line is wrong.
    ///
    /// Every problem is reported with its line and field; trades must exist
    /// and ids (optional) must be new. Returns the number imported.
    ///
    /// The file is read once (on a second thread, see `OccupantLinePipe`),
    /// each line checked and written as it comes, in one transaction; from
    /// the first problem on, lines are only checked, to name every bad one,
    /// and the transaction is rolled back.
    @discardableResult
    public func importOccupants(csv bytes: [UInt8], file: String, by clerk: String) throws -> Int {
        let lines = OccupantLinePipe(bytes: bytes, file: file)
        defer { lines.cancel() }
        var problems = lines.headerProblems
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        return try bulkAction { db -> Int in
            // A line is at least "artisan,X,ABC" and its end: at most one in 14 bytes.
            var checks = try OccupantImportChecks(
                db, file: file, expectedLines: bytes.count / 14)
            var writer = OccupantBulkWriter()
            var count = 0
            while let chunk = lines.next() {
                for line in chunk {
                    problems += line.read.problems
                    guard var occupant = line.read.occupant else { continue }
                    problems += try checks.check(db, &occupant, line: line.read.line)
                    guard problems.isEmpty else { continue }
                    try writer.insert(db, occupant, nameKey: line.nameKey, cinKey: line.cinKey)
                    count += 1
                }
            }
            // A file with its header and no line is a wrong file (an export's
            // template, a save cut short), not an import to journal.
            if problems.isEmpty && count == 0 {
                problems.append(
                    ImportProblem(
                        file: file, line: 2,
                        fr: "aucun occupant sous l'en-tête : le fichier n'a qu'une ligne d'en-tête",
                        en: "no occupant below the header: the file has only its header row"))
            }
            guard problems.isEmpty else { throw ImportFailed(problems: problems) }
            try writer.finish(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .importOccupants,
                    note: "\(count) occupants from \(file)"))
            return count
        }
    }
}
