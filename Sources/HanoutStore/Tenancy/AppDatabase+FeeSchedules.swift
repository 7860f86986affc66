import GRDB
import HanoutDomain

extension AppDatabase {
    /// The fee schedule of a zone, or nil when the commune set none.
    public func feeSchedule(zone: String) throws -> FeeSchedule? {
        try read { db in try Self.feeSchedule(db, zone: try Lookup.zone(db, matching: zone).code) }
    }

    /// Sets a zone's schedule: its lines replace nothing and are refused
    /// whole when two of them set a rate for one unit on one day. The dues of
    /// the zone's conventions are written again from it.
    public func setFeeSchedule(_ schedule: FeeSchedule, by clerk: String) throws {
        try write { db in try Self.setFeeSchedule(db, schedule, by: clerk, at: timestamp()) }
    }

    static func setFeeSchedule(
        _ db: Database, _ schedule: FeeSchedule, by clerk: String, at time: String
    )
        throws
    {
        let zone = try Lookup.zone(db, code: schedule.zoneCode)
        if case .failure(let problem) = schedule.validated() {
            throw TenancyRefusal.schedule(problem)
        }
        try db.execute(sql: "DELETE FROM fee_rate WHERE zone_code = ?", arguments: [zone.code])
        try db.execute(
            sql: """
                INSERT INTO fee_schedule (zone_code, convention_months, deposit_months)
                VALUES (?, ?, ?)
                ON CONFLICT (zone_code) DO UPDATE SET
                    convention_months = excluded.convention_months,
                    deposit_months = excluded.deposit_months
                """,
            arguments: [zone.code, schedule.conventionMonths, schedule.depositMonths])
        for rate in schedule.rates {
            var record = FeeRateRecord(rate, zone: zone.code)
            try record.insert(db)
        }
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .feeSchedule,
                note: "\(zone.code): \(schedule.rates.count) line(s)"))
        let occupants = try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT a.occupant_id FROM convention c
                JOIN allocation a ON a.id = c.allocation_id
                JOIN unit u ON u.id = a.unit_id WHERE u.zone_code = ?
                """, arguments: [zone.code])
        for occupant in occupants { try writeDues(db, occupantID: occupant) }
    }

    static func feeSchedule(_ db: Database, zone: String) throws -> FeeSchedule? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT convention_months, deposit_months FROM fee_schedule WHERE zone_code = ?"
                ), arguments: [zone])
        else { return nil }
        let rates = try FeeRateRecord.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM fee_rate WHERE zone_code = ? ORDER BY start_day"),
            arguments: [zone]
        ).map { try $0.rate() }
        return FeeSchedule(
            zoneCode: zone, conventionMonths: row["convention_months"],
            depositMonths: row["deposit_months"], rates: rates)
    }
}
