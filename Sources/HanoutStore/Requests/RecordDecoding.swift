import GRDB
import HanoutDomain

// Domain values from rows that hold a record's columns followed by the
// values computed for it (the trades of a unit or of an occupant).

extension UnitRecord {
    /// The name under which a query selects `allowedTrades(u)`.
    static let allowedTradesKey = "allowed_trades"

    /// The name under which a query selects the name of the unit's reservation holder.
    static let holderNameKey = "reserved_for_name"
    /// The values `selection` adds after the unit's columns.
    static let computedColumns = 2

    /// The columns of the unit aliased `alias` in a query, then the trades it
    /// allows and the name of the occupant it is reserved for.
    static func selection(_ alias: String) -> SQL {
        let unit = TableAlias(name: alias)
        let trades = allowedTrades(unit)
        return """
            \(columnsOf: UnitRecord.self, tableAlias: alias), \(trades) AS allowed_trades, \
            (SELECT name FROM occupant WHERE id = \(unit[Columns.reservedFor])) AS reserved_for_name
            """
    }

    /// A unit read from a row laid out by `selection`.
    static func unit(from row: Row) throws -> Unit {
        try UnitRecord(row: row).unit(
            allowedTrades: tradeList(row[allowedTradesKey]), holderName: row[holderNameKey])
    }
}

extension OccupantRecord {
    /// The name under which a query selects `trades(o)`.
    static let tradesKey = "trades"

    /// The columns of the occupant aliased `alias` in a query, then its trades.
    static func selection(_ alias: String) -> SQL {
        let trades = trades(TableAlias(name: alias))
        return "\(columnsOf: OccupantRecord.self, tableAlias: alias), \(trades) AS trades"
    }

    /// An occupant read from a row laid out by `selection`.
    static func occupant(from row: Row) throws -> Occupant {
        try OccupantRecord(row: row).occupant(trades: tradeList(row[tradesKey]))
    }
}

/// Trade codes stored joined by `;`.
func tradeList(_ joined: String?) -> [String] {
    joined?.split(separator: ";").map(String.init) ?? []
}
