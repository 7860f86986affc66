import GRDB
import HanoutDomain

/// Someone waiting for a vacant unit, as the assign picker lists them first.
public struct WaitingCandidate: Hashable, Sendable {
    public var entry: WaitingEntry
    public var occupant: Occupant
    /// `TAF-2027-01/0012`: the file that put them on the list.
    public var filingNumber: String

    public init(entry: WaitingEntry, occupant: Occupant, filingNumber: String) {
        self.entry = entry
        self.occupant = occupant
        self.filingNumber = filingNumber
    }
}

/// A vacant unit given to someone other than the first in line, with no
/// written reason: refused, as a trade override is without one.
public struct PassedOverWithoutReason: ClerkError, Hashable {
    public var unit: String
    public var first: String
    public var filingNumber: String

    public func message(in language: Language) -> String {
        language.pick(
            fr:
                "\(first) (\(filingNumber)) est le premier en liste d'attente pour \(unit) : passer outre demande un motif écrit.",
            en:
                "\(first) (\(filingNumber)) is first on the waiting list for \(unit): passing over them needs a written reason."
        )
    }
}

extension AppDatabase {
    /// Who waits for `unitCode`: the waiting list of its zone for the trades
    /// it allows (every trade when it allows any), in line, the first `limit`.
    public func waitingCandidates(forUnit unitCode: String, limit: Int = 50) throws
        -> [WaitingCandidate]
    {
        try read { db in
            let unit = try Lookup.unit(db, code: unitCode).unit
            return try Self.waitingCandidates(db, for: unit, limit: limit)
        }
    }

    static func waitingCandidates(_ db: Database, for unit: HanoutDomain.Unit, limit: Int) throws
        -> [WaitingCandidate]
    {
        // The first `limit` of each trade's list, on the index, merged in the
        // waiting list screen's order: a list of 100,000 is never read whole.
        let trades: [String?] = unit.allowedTrades.isEmpty ? [nil] : unit.allowedTrades
        var line: [WaitingEntry] = []
        for trade in trades {
            line += try firstWaiting(db, zoneCode: unit.zoneCode, trade: trade, limit: limit)
        }
        line.sort {
            ($0.joinedOn, $0.rank, $0.applicationID) < ($1.joinedOn, $1.rank, $1.applicationID)
        }
        return try line.prefix(limit).map { entry in
            let number =
                try Int.fetchOne(
                    db, sql: "SELECT number FROM application WHERE id = ?",
                    arguments: [entry.applicationID]) ?? 0
            let call = try CallLookup.call(db, reference: entry.callReference).call
            return WaitingCandidate(
                entry: entry, occupant: try Lookup.occupant(db, id: entry.occupantID),
                filingNumber: call.filingNumber(number))
        }
    }

    /// The first `limit` still waiting in the zone (for `trade`, or any), in line.
    static func firstWaiting(_ db: Database, zoneCode: String, trade: String?, limit: Int) throws
        -> [WaitingEntry]
    {
        var sql = """
            SELECT w.*, a.occupant_id, a.call_reference FROM waiting_entry w
            JOIN application a ON a.id = w.application_id
            WHERE w.zone_code = ? AND w.left_on IS NULL
            """
        var arguments: StatementArguments = [zoneCode]
        if let trade {
            sql += " AND w.trade_code = ?"
            arguments += [trade]
        }
        sql += " ORDER BY w.joined_on, w.rank, w.application_id LIMIT ?"
        arguments += [limit]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let record = try WaitingEntryRecord(row: row)
            return WaitingEntry(
                applicationID: record.applicationID, occupantID: row["occupant_id"],
                callReference: row["call_reference"], zoneCode: record.zoneCode,
                trade: record.tradeCode, rank: record.rank, total: record.total,
                joinedOn: try Day.stored(record.joinedOn))
        }
    }

    /// Allocates a unit as `assign` does, judged against its waiting list in
    /// the same transaction: anyone but the first in line needs
    /// `passingOverReason`, journaled with the allocation as an override's
    /// reason is (the entry's note); whoever gets it leaves the list, placed.
    @discardableResult
    public func assign(
        _ request: AllocationRequest, passingOverReason: String?, by clerk: String
    ) throws -> Allocation {
        try write { db in
            let unit = try Lookup.unit(db, code: request.unitCode).unit
            let line = try Self.waitingCandidates(db, for: unit, limit: 1)
            var note: String?
            if let first = line.first, first.occupant.id != request.occupantID {
                let reason = passingOverReason?.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let reason, !reason.isEmpty else {
                    throw PassedOverWithoutReason(
                        unit: unit.code, first: first.occupant.name,
                        filingNumber: first.filingNumber)
                }
                note =
                    "passed over \(first.filingNumber) (\(first.occupant.name)), first in line: \(reason)"
                if let override = request.overrideReason { note = (note ?? "") + " · " + override }
            }
            let allocation = try Self.assign(db, request, by: clerk, at: timestamp(), note: note)
            // Placed: off the zone's list for the trade they got it for.
            let placed = try Int64.fetchAll(
                db,
                sql: """
                    SELECT w.application_id FROM waiting_entry w
                    JOIN application a ON a.id = w.application_id
                    WHERE w.zone_code = ? AND w.trade_code = ? AND a.occupant_id = ?
                        AND w.left_on IS NULL
                    """, arguments: [unit.zoneCode, allocation.trade, request.occupantID])
            for application in placed {
                try Self.leaveWaitingList(
                    db, applicationID: application, on: request.period.start, why: .placed)
            }
            return allocation
        }
    }
}
