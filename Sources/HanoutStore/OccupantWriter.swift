import GRDB
import HanoutDomain

/// Writes occupants, with their trades, for both the clerk and the imports.
enum OccupantWriter {
    /// Inserts `occupant` (with its id if non-zero); checks its trades exist
    /// unless the caller did (an import checks a whole file against the catalogue).
    ///
    /// Statements come from GRDB's cache: an import of a million rows
    /// compiles them once, not once a row.
    static func insert(_ db: Database, _ occupant: Occupant, tradesChecked: Bool = false) throws
        -> Occupant
    {
        if !tradesChecked {
            for trade in occupant.trades where try !Lookup.tradeExists(db, code: trade) {
                throw StoreError.unknownTrade(trade)
            }
        }
        let nameKey = TextKey.fold(occupant.name)
        try db.cachedStatement(
            sql: """
                INSERT INTO occupant (id, kind, name, name_key, category, cin, nia, phone, commune,
                                      registration, members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                occupant.id == 0 ? nil : occupant.id, occupant.kind.rawValue, occupant.name,
                nameKey, occupant.category?.rawValue, occupant.cin,
                occupant.nia, occupant.phone, occupant.commune, occupant.registration,
                occupant.members,
            ])
        var saved = occupant
        saved.id = db.lastInsertedRowID
        try OccupantWords.insert(db, id: saved.id, nameKey: nameKey, cin: occupant.cin)
        for (rank, trade) in occupant.trades.enumerated() {
            try db.cachedStatement(
                sql: "INSERT INTO occupant_trade (occupant_id, trade_code, rank) VALUES (?, ?, ?)"
            ).execute(arguments: [saved.id, trade, rank])
        }
        return saved
    }
}
