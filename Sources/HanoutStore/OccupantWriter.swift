import GRDB
import HanoutDomain

/// Writes occupants, with their trades, for both the clerk and the imports.
enum OccupantWriter {
    /// Inserts `occupant` (with its id if non-zero); checks its trades exist.
    static func insert(_ db: Database, _ occupant: Occupant) throws -> Occupant {
        for trade in occupant.trades where try !Lookup.tradeExists(db, code: trade) {
            throw StoreError.unknownTrade(trade)
        }
        try db.execute(
            sql: """
                INSERT INTO occupant (id, kind, name, name_key, category, cin, nia, phone, commune,
                                      registration, members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                occupant.id == 0 ? nil : occupant.id, occupant.kind.rawValue, occupant.name,
                TextKey.fold(occupant.name), occupant.category?.rawValue, occupant.cin,
                occupant.nia, occupant.phone, occupant.commune, occupant.registration,
                occupant.members,
            ])
        var saved = occupant
        saved.id = db.lastInsertedRowID
        for (rank, trade) in occupant.trades.enumerated() {
            try db.execute(
                sql: "INSERT INTO occupant_trade (occupant_id, trade_code, rank) VALUES (?, ?, ?)",
                arguments: [saved.id, trade, rank])
        }
        return saved
    }
}
