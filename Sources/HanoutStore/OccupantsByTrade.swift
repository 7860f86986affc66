import GRDB
import HanoutDomain

/// The first occupants by name who exercise one of some trades, or none of them.
///
/// A frequent trade is read by walking the name index and checking each
/// occupant's trades, which stops after a screen; a rare one (fewer rows than
/// `OccupantSearch.fewRows`) is read whole through the trade index and sorted,
/// since walking the names would pass thousands before finding it.
enum OccupantsByTrade {
    static func first(
        _ db: Database, limit: Int, withOneOf trades: [String], fitting: Bool = true,
        fewRows: Int = OccupantSearch.defaultFewRows
    ) throws -> [Occupant] {
        let condition =
            trades.isEmpty
            ? (fitting ? "1" : "0")
            : (fitting ? "" : "NOT ") + OccupantSearch.hasTrade("o.id", trades.count)
        if fitting && !trades.isEmpty {
            let names = OccupantSearch.tradeList(trades.count)
            var arguments = OccupantSearch.tradeArguments(trades)
            _ = arguments.append(contentsOf: ["limit": fewRows])
            let rows =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (SELECT 1 FROM occupant_trade
                                              WHERE trade_code IN (\(names)) LIMIT :limit)
                        """, arguments: arguments) ?? 0
            if rows < fewRows {
                let found = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT o.name_key, o.id, NULL FROM occupant_trade t
                        JOIN occupant o ON o.id = t.occupant_id WHERE t.trade_code IN (\(names))
                        """, arguments: OccupantSearch.tradeArguments(trades)
                ).map(OccupantSearch.Entry.init(row:))
                let ids = found.sorted { $0.precedes($1) }.prefix(limit).map(\.id)
                return try AppDatabase.occupants(db, ids: Array(ids))
            }
        }
        var arguments = OccupantSearch.tradeArguments(trades)
        _ = arguments.append(contentsOf: ["limit": limit])
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(Occupant.selection) FROM occupant o INDEXED BY occupant_name_key
                WHERE \(condition) ORDER BY o.name_key, o.id LIMIT :limit
                """, arguments: arguments
        ).map(Occupant.init(row:))
    }
}
