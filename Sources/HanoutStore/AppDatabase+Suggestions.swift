import GRDB
import HanoutDomain

extension AppDatabase {
    /// The occupants proposed for a unit, best first (see `Suggestions.candidates`).
    ///
    /// Those with a fitting trade are read through the trade index; the rest
    /// only fill up to `limit`, so the cost follows the answer, not the table.
    ///
    /// With `search`, only occupants whose name (or CIN) starts with its words.
    public func candidates(
        forUnit code: String, on day: Day, search: String = "", limit: Int = 20
    ) throws -> [Suggestions.Candidate] {
        try writer.read { db in
            let (unitID, unit) = try Lookup.unit(db, code: code)
            let zone = try Lookup.zone(db, code: unit.zoneCode)
            let fitting =
                unit.allowedTrades.isEmpty
                ? "1"
                : "o.id IN (SELECT ot.occupant_id FROM occupant_trade ot JOIN unit_trade ut "
                    + "ON ut.trade_code = ot.trade_code WHERE ut.unit_id = :unit)"
            let held = try Self.unitsHeld(db, zone: zone.code, on: day)
            let overLimit = held.filter { $0.value >= zone.rules.maxUnitsPerOccupant }.map(\.key)
            let excluded =
                overLimit.isEmpty
                ? "" : "AND o.id NOT IN (\(overLimit.map(String.init).joined(separator: ",")))"
            var searched = ""
            var searchArguments: [String: String] = [:]
            if !search.allSatisfy(\.isWhitespace) {
                let terms = SearchWords.words(in: search)
                guard !terms.isEmpty else { return [] }
                for (index, term) in terms.enumerated() {
                    searched += """
                         AND o.id IN (SELECT occupant_id FROM occupant_word
                                      WHERE word >= :low\(index) AND word < :high\(index))
                        """
                    searchArguments["low\(index)"] = term
                    searchArguments["high\(index)"] = term + "\u{10FFFF}"
                }
            }
            func fetch(_ condition: String, _ count: Int) throws -> [Occupant] {
                let sql = """
                    SELECT \(Occupant.selection) FROM occupant o
                    WHERE \(condition) \(excluded) \(searched)
                    ORDER BY o.id IN (SELECT occupant_id FROM allocation a JOIN unit u ON u.id = a.unit_id
                                      WHERE u.zone_code = :zone AND \(Self.coversDay)),
                             o.name_key LIMIT :limit
                    """
                var arguments: StatementArguments = [
                    "unit": unitID, "zone": zone.code, "day": day.iso, "limit": count,
                ]
                _ = arguments.append(contentsOf: StatementArguments(searchArguments))
                return try Row.fetchAll(db, sql: sql, arguments: arguments)
                    .map(Occupant.init(row:))
            }
            var pool = try fetch(fitting, limit)
            if pool.count < limit && fitting != "1" {
                pool += try fetch("NOT (\(fitting))", limit - pool.count)
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
