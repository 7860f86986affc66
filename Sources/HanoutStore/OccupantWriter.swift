import GRDB
import HanoutDomain

/// Writes occupants, with their trades, for both the clerk and the imports.
enum OccupantWriter {
    /// Inserts `occupant` (with its id if non-zero); checks its trades exist
    /// unless the caller did (an import checks a whole file against the catalogue).
    static func insert(_ db: Database, _ occupant: Occupant, tradesChecked: Bool = false) throws
        -> Occupant
    {
        if !tradesChecked {
            for trade in occupant.trades where try !Lookup.tradeExists(db, code: trade) {
                throw StoreError.unknownTrade(trade)
            }
        }
        let record = try OccupantRecord(occupant).inserted(db)
        var saved = occupant
        saved.id = record.id ?? 0
        try OccupantWordWriter.insert(
            db, id: saved.id, nameKey: record.nameKey, cin: occupant.cin, phone: occupant.phone)
        for (rank, trade) in occupant.trades.enumerated() {
            try OccupantTradeRecord(occupantID: saved.id, tradeCode: trade, rank: rank).insert(db)
        }
        return saved
    }
}
