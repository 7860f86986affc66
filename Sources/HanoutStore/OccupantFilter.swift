import GRDB

/// The WHERE clause shared by the occupant listing and its count.
struct OccupantFilter {
    var clause = ""
    var arguments: [String: (any DatabaseValueConvertible)?] = [:]

    /// Nil when the search has words but none that can match (only punctuation).
    init?(trade: String?, search: String?) {
        var conditions: [String] = []
        if let trade {
            conditions.append(
                "o.id IN (SELECT occupant_id FROM occupant_trade WHERE trade_code = :trade)")
            arguments["trade"] = trade
        }
        if let search, !search.allSatisfy(\.isWhitespace) {
            guard let pattern = FTS5Pattern(matchingAllPrefixesIn: search) else { return nil }
            conditions.append(
                "o.id IN (SELECT rowid FROM occupant_fts WHERE occupant_fts MATCH :pattern)")
            arguments["pattern"] = pattern
        }
        if !conditions.isEmpty { clause = "WHERE " + conditions.joined(separator: " AND ") }
    }
}
