import GRDB
import HanoutDomain

extension AppDatabase {
    /// The occupants proposed for a unit, best first (see `Suggestions.candidates`).
    ///
    /// The first by name among those with a fitting trade; others only fill
    /// up to `limit`, so the cost follows the answer, not the table. With
    /// `search`, only occupants whose name (or CIN) starts with its words.
    public func candidates(
        forUnit code: String, on day: Day, search: String = "", limit: Int = 20
    ) throws -> [Suggestions.Candidate] {
        try writer.read { db in
            let unit = try Lookup.unit(db, code: code).unit
            let zone = try Lookup.zone(db, code: unit.zoneCode)
            let held = try Self.unitsHeld(db, zone: zone.code, on: day)
            let trades = unit.allowedTrades.sorted()
            // Occupants at their limit in the zone are left out by the ranking: read as
            // many more, so that `limit` are left.
            let wanted = limit + held.values.filter { $0 >= zone.rules.maxUnitsPerOccupant }.count
            var pool: [Occupant]
            if search.allSatisfy(\.isWhitespace) {
                pool = try OccupantsByTrade.first(db, limit: wanted, withOneOf: trades)
                if pool.count < wanted && !trades.isEmpty {
                    pool += try OccupantsByTrade.first(
                        db, limit: wanted - pool.count, withOneOf: trades, fitting: false)
                }
            } else {
                let terms = SearchWords.words(in: search)
                guard !terms.isEmpty else { return [] }
                func found(_ trades: [String], _ count: Int) throws -> [Int64] {
                    try OccupantSearch(terms: terms, trades: trades)
                        .run(db, offset: 0, limit: count, counting: .none).ids
                }
                var ids = try found(trades, wanted)
                if ids.count < wanted && !trades.isEmpty {
                    let fitting = Set(ids)
                    ids += try found([], wanted + ids.count).filter { !fitting.contains($0) }
                        .prefix(wanted - ids.count)
                }
                pool = try Self.occupants(db, ids: ids)
            }
            let ranked = Suggestions.candidates(
                for: unit, in: zone, among: pool, unitsHeldInZone: held)
            return Array(ranked.prefix(limit))
        }
    }

    /// The vacant units that fit an occupant, best first (see `Suggestions.units`).
    public func unitCandidates(forOccupant id: Int64, on day: Day, limit: Int = 20) throws
        -> [Suggestions.UnitCandidate]
    {
        try writer.read { db in
            let occupant = try Lookup.occupant(db, id: id)
            let list = occupant.trades.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }
                .joined(separator: ",")
            // Vacant: available, with no allocation now or later.
            let sql = """
                SELECT \(Unit.selection) FROM unit u
                WHERE u.condition = 'available'
                  AND (NOT EXISTS (SELECT 1 FROM unit_trade WHERE unit_id = u.id)
                       OR EXISTS (SELECT 1 FROM unit_trade WHERE unit_id = u.id
                                  AND trade_code IN (\(list))))
                  AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.unit_id = u.id
                                  AND COALESCE(a.end_day, '9999-12-31') > :day
                                  AND a.start_day < COALESCE(a.end_day, '9999-12-31'))
                ORDER BY u.code
                """
            let units = try Row.fetchAll(db, sql: sql, arguments: ["day": day.iso])
                .map(Unit.init(row:))
            let zoneCodes = Set(units.map(\.zoneCode))
            var zones: [String: Zone] = [:]
            for code in zoneCodes { zones[code] = try Lookup.zone(db, code: code) }
            let heldSQL = """
                SELECT u.zone_code, count(*) FROM allocation a JOIN unit u ON u.id = a.unit_id
                WHERE a.occupant_id = :occupant AND \(Self.coversDay) GROUP BY u.zone_code
                """
            var held: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: heldSQL, arguments: ["occupant": id, "day": day.iso])
            {
                held[row[0]] = row[1]
            }
            let ranked = Suggestions.units(
                for: occupant, among: units, zones: zones, unitsHeldByZone: held)
            return Array(ranked.prefix(limit))
        }
    }

    /// How many units each occupant holds in a zone on a day.
    static func unitsHeld(_ db: Database, zone: String, on day: Day) throws -> [Int64: Int] {
        let sql = """
            SELECT a.occupant_id, count(*) FROM allocation a JOIN unit u ON u.id = a.unit_id
            WHERE u.zone_code = :zone AND \(coversDay) GROUP BY a.occupant_id
            """
        var held: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: ["zone": zone, "day": day.iso]) {
            held[row[0]] = row[1]
        }
        return held
    }
}
