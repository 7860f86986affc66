import GRDB
import HanoutDomain

extension AppDatabase {
    /// The waiting list of a zone, for one trade or all: who waits, in line,
    /// with rank, score and the day they joined; with `includingLeft`, also
    /// who left, when and why. Kept whatever became of the calls.
    public func waitingList(zone: String, trade: String? = nil, includingLeft: Bool = false)
        throws -> [WaitingEntry]
    {
        try read { db in
            let zone = try Lookup.zone(db, matching: zone)
            let entries = try Self.waitingEntries(db, zoneCode: zone.code, trade: trade)
            let list = WaitingList(zoneCode: zone.code, trade: trade ?? "", entries: entries)
            return includingLeft ? list.entries : list.waiting
        }
    }

    /// The first in line for a unit of `zone` and `trade`, if anyone waits.
    public func nextInLine(zone: String, trade: String) throws -> WaitingEntry? {
        try waitingList(zone: zone, trade: trade).first
    }

    static func waitingEntries(_ db: Database, zoneCode: String, trade: String?) throws
        -> [WaitingEntry]
    {
        var sql = """
            SELECT w.*, a.occupant_id, a.call_reference FROM waiting_entry w
            JOIN application a ON a.id = w.application_id WHERE w.zone_code = ?
            """
        var arguments: StatementArguments = [zoneCode]
        if let trade {
            sql += " AND w.trade_code = ?"
            arguments += [trade]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let record = try WaitingEntryRecord(row: row)
            var left: WaitingExit?
            if let day = record.leftOn, let text = record.leftWhy {
                guard let why = WaitingExitReason(rawValue: text) else {
                    throw StoreError.corrupt("waiting entry \(record.applicationID)")
                }
                left = WaitingExit(day: try Day.stored(day), why: why)
            }
            return WaitingEntry(
                applicationID: record.applicationID, occupantID: row["occupant_id"],
                callReference: row["call_reference"], zoneCode: record.zoneCode,
                trade: record.tradeCode, rank: record.rank, total: record.total,
                joinedOn: try Day.stored(record.joinedOn), left: left)
        }
    }

    /// The applicant leaves the waiting list on `day`, if on it and still waiting.
    static func leaveWaitingList(
        _ db: Database, applicationID: Int64, on day: Day, why: WaitingExitReason
    ) throws {
        try WaitingEntryRecord.filter(
            WaitingEntryRecord.Columns.applicationID == applicationID
                && WaitingEntryRecord.Columns.leftOn == nil
        ).updateAll(
            db, WaitingEntryRecord.Columns.leftOn.set(to: day.iso),
            WaitingEntryRecord.Columns.leftWhy.set(to: why.rawValue))
    }
}
