import GRDB
import HanoutDomain

/// One who waits, as the waiting list screen lists them.
public struct WaitingLine: Hashable, Sendable {
    public var entry: WaitingEntry
    public var applicant: String
    /// `TAF-2027-01/0012`: the file that put them on the list.
    public var filingNumber: String

    public init(entry: WaitingEntry, applicant: String, filingNumber: String) {
        self.entry = entry
        self.applicant = applicant
        self.filingNumber = filingNumber
    }
}

/// A window of a zone's waiting list for one trade.
public struct WaitingPage: Hashable, Sendable {
    public var trade: String?
    /// The trades of the zone someone waits for, when asked.
    public var trades: [String]?
    public var lines: [WaitingLine]
    public var offset: Int
    /// How many wait for the trade, when counted.
    public var total: Int?

    public init(trade: String?, trades: [String]?, lines: [WaitingLine], offset: Int, total: Int?) {
        self.trade = trade
        self.trades = trades
        self.lines = lines
        self.offset = offset
        self.total = total
    }
}

extension AppDatabase {
    /// A window of the waiting list of `zone` for `trade` (nil: the first
    /// trade anyone waits for), in line; reads only the window, on the index
    /// by zone, trade, day joined and rank, so a list of 100,000 scrolls as
    /// fast as a short one. Counts, and lists the trades, only when asked.
    /// With the count `known`, a window in the second half is read from the
    /// end, so the last rows cost what the first do (an offset is a walk).
    public func waitingPage(
        zone: String, trade: String?, offset: Int, limit: Int, counting: Bool, known: Int? = nil
    ) throws -> WaitingPage {
        try read { db in
            let zone = try Lookup.zone(db, matching: zone).code
            var trades: [String]?
            if counting || trade == nil {
                trades = try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT trade_code FROM waiting_entry
                        WHERE zone_code = ? AND left_on IS NULL ORDER BY trade_code
                        """, arguments: [zone])
            }
            guard let trade = trade ?? trades?.first else {
                return WaitingPage(trade: nil, trades: trades, lines: [], offset: 0, total: 0)
            }
            let total =
                counting
                ? try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM waiting_entry
                        WHERE zone_code = ? AND trade_code = ? AND left_on IS NULL
                        """, arguments: [zone, trade]) : nil
            let count = total ?? known
            let fromEnd = count.map { offset > $0 / 2 } ?? false
            let direction = fromEnd ? "DESC" : "ASC"
            let (skip, take) =
                fromEnd
                ? (max(0, (count ?? 0) - offset - limit), min(limit, max(0, (count ?? 0) - offset)))
                : (offset, limit)
            // In line by the index alone (day joined, rank): a whole call's
            // list joins on one day, so sorting by its call too would sort
            // the whole list for each window. The offset walks the index
            // only; the window alone is joined to its files and names.
            var rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT w.*, a.occupant_id, a.call_reference, a.number, o.name
                    FROM (
                        SELECT application_id FROM waiting_entry
                        WHERE zone_code = ? AND trade_code = ? AND left_on IS NULL
                        ORDER BY joined_on \(direction), rank \(direction),
                            application_id \(direction)
                        LIMIT ? OFFSET ?) page
                    JOIN waiting_entry w ON w.application_id = page.application_id
                    JOIN application a ON a.id = w.application_id
                    JOIN occupant o ON o.id = a.occupant_id
                    ORDER BY w.joined_on \(direction), w.rank \(direction),
                        w.application_id \(direction)
                    """, arguments: [zone, trade, take, skip])
            if fromEnd { rows.reverse() }
            let lines = try rows.map { row -> WaitingLine in
                let record = try WaitingEntryRecord(row: row)
                let reference: String = row["call_reference"]
                let number: Int = row["number"]
                let digits = String(number)
                return WaitingLine(
                    entry: WaitingEntry(
                        applicationID: record.applicationID, occupantID: row["occupant_id"],
                        callReference: reference, zoneCode: record.zoneCode,
                        trade: record.tradeCode, rank: record.rank, total: record.total,
                        joinedOn: try Day.stored(record.joinedOn)),
                    applicant: row["name"],
                    filingNumber: reference + "/"
                        + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)
            }
            return WaitingPage(
                trade: trade, trades: trades, lines: lines, offset: offset, total: total)
        }
    }
}
