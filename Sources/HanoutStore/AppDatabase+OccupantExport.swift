import GRDB
import HanoutDomain

extension AppDatabase {
    /// Every occupant, in id order, handed to `body` one at a time as it is
    /// read: an export of a million occupants holds one of them, not the
    /// million.
    ///
    /// Id order is the order the tables are stored in: the occupants and
    /// their trades are two scans side by side (a merge on the id), as fast
    /// as SQLite's own shell writes the table. The directory's order (by
    /// name) would cost a seek into each table for every occupant, three
    /// times as long.
    public func eachOccupant(_ body: (Occupant) throws -> Void) throws {
        try read { db in
            let occupants = try SQLiteStatement(
                db,
                sql: """
                    SELECT id, kind, name, category, cin, nia, phone, commune, registration, members
                    FROM occupant ORDER BY id
                    """)
            defer { occupants.reset() }
            // The primary key's order: by occupant, then by code (not by rank).
            let trades = try SQLiteStatement(
                db,
                sql: "SELECT occupant_id, trade_code, rank FROM occupant_trade "
                    + "ORDER BY occupant_id, trade_code")
            defer { trades.reset() }
            var hasTrade = try trades.step()
            while try occupants.step() {
                let id = occupants.int64(at: 0)
                var codes: [String] = []
                var ranks: [Int64] = []
                while hasTrade && trades.int64(at: 0) <= id {
                    if trades.int64(at: 0) == id {
                        codes.append(trades.string(at: 1))
                        ranks.append(trades.int64(at: 2))
                    }
                    hasTrade = try trades.step()
                }
                if ranks != ranks.sorted() {
                    codes = zip(ranks, codes).sorted { $0.0 < $1.0 }.map(\.1)
                }
                try body(try Self.occupant(occupants, id: id, trades: codes))
            }
        }
    }

    /// The occupant of the current row of `eachOccupant`'s first statement.
    private static func occupant(_ row: SQLiteStatement, id: Int64, trades: [String]) throws
        -> Occupant
    {
        guard let kind = OccupantKind(rawValue: row.string(at: 1)) else {
            throw StoreError.corrupt("occupant \(id)")
        }
        var category: ArtisanCategory?
        if let text = row.optionalString(at: 3) {
            guard let known = ArtisanCategory(rawValue: text) else {
                throw StoreError.corrupt("occupant \(id)")
            }
            category = known
        }
        return Occupant(
            id: id, kind: kind, name: row.string(at: 2), category: category, trades: trades,
            cin: row.optionalString(at: 4), nia: row.optionalString(at: 5),
            phone: row.optionalString(at: 6), commune: row.optionalString(at: 7),
            registration: row.optionalString(at: 8),
            members: row.isNull(at: 9) ? nil : Int(row.int64(at: 9)))
    }
}
