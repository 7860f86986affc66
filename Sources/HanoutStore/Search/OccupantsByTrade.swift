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
        let o = TableAlias(name: "o")
        if fitting && !trades.isEmpty {
            let exercising = OccupantTradeRecord.filter(
                trades.contains(OccupantTradeRecord.Columns.tradeCode))
            let rows = try exercising.limit(fewRows).fetchCount(db)
            if rows < fewRows {
                let found = try Row.fetchAll(
                    db,
                    SQLRequest(
                        literal: """
                            SELECT DISTINCT o.name_key, o.id, NULL FROM (\(exercising)) t
                            JOIN occupant o ON o.id = t.occupant_id
                            """
                    )
                ).map(OccupantSearch.Entry.init(row:))
                let ids = found.sorted { $0.precedes($1) }.prefix(limit).map(\.id)
                return try AppDatabase.occupants(db, ids: Array(ids))
            }
        }
        let condition: SQLExpression =
            trades.isEmpty
            ? fitting.sqlExpression
            : (fitting
                ? OccupantRecord.exercises(oneOf: trades, o)
                : !OccupantRecord.exercises(oneOf: trades, o))
        let request: SQL = """
            SELECT \(OccupantRecord.selection("o")) FROM occupant o INDEXED BY occupant_name_key
            WHERE \(condition) ORDER BY o.name_key, o.id LIMIT \(limit)
            """
        return try Row.fetchAll(db, SQLRequest(literal: request)).map(
            OccupantRecord.occupant(from:))
    }
}
