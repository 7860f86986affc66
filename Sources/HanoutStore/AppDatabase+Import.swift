import GRDB
import HanoutDomain

extension AppDatabase {
    /// Whether the database holds no zone yet (a first run).
    public func isEmpty() throws -> Bool {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM zone") == 0 }
    }

    /// Installs the region in one transaction: every allocation judged by the
    /// same rules as a clerk's, and the whole refused if one breaks a rule.
    public func install(_ fixtures: FixtureSet, by clerk: String) throws {
        try action { db in
            let time = timestamp()
            for trade in fixtures.trades {
                try db.execute(
                    sql: """
                        INSERT INTO trade (code, name_fr, name_en, branch_fr, branch_en, family)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        trade.code, trade.nameFr, trade.nameEn, trade.branchFr, trade.branchEn,
                        trade.family.rawValue,
                    ])
            }
            for zone in fixtures.zones { try Self.insert(db, zone) }
            for unit in fixtures.units { try Self.insert(db, unit) }
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

    static func insert(_ db: Database, _ zone: Zone) throws {
        try db.execute(
            sql: """
                INSERT INTO zone (code, name, name_key, commune, kind, area_m2, figures, note,
                    agreement, max_units_per_occupant, max_units_per_trade, season_start,
                    season_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                zone.code, zone.name, TextKey.fold(zone.name), zone.commune, zone.kind.rawValue,
                zone.areaM2, zone.figures.rawValue, zone.note, zone.agreement,
                zone.rules.maxUnitsPerOccupant, zone.rules.maxUnitsPerTrade,
                zone.season?.start.iso, zone.season?.end?.iso,
            ])
    }

    static func insert(_ db: Database, _ unit: Unit) throws {
        try db.execute(
            sql: """
                INSERT INTO unit (code, zone_code, number, area_m2, row, col, condition)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                unit.code, unit.zoneCode, unit.number, unit.areaM2, unit.row, unit.column,
                unit.condition.rawValue,
            ])
        let id = db.lastInsertedRowID
        for trade in unit.allowedTrades {
            try db.execute(
                sql: "INSERT INTO unit_trade (unit_id, trade_code) VALUES (?, ?)",
                arguments: [id, trade])
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
