import GRDB

/// The WHERE clause of the directory without a search: all occupants, or one trade's.
struct OccupantFilter {
    var clause = ""
    var arguments: [String: (any DatabaseValueConvertible)?] = [:]

    init(trade: String?) {
        guard let trade else { return }
        clause = "WHERE o.id IN (SELECT occupant_id FROM occupant_trade WHERE trade_code = :trade)"
        arguments["trade"] = trade
    }
}
