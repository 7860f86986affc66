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
    ///
    /// Units naming one of the occupant's trades come through the trade index;
    /// units open to every trade rank after them and are read only when those
    /// are too few.
    public func unitCandidates(forOccupant id: Int64, on day: Day, limit: Int = 20) throws
        -> [Suggestions.UnitCandidate]
    {
        try writer.read { db in
            let occupant = try Lookup.occupant(db, id: id)
            let held = try Self.unitsHeld(db, byOccupant: id, on: day)
            func rank(_ units: [Unit]) throws -> [Suggestions.UnitCandidate] {
                let zones = try Self.zones(db, codes: Set(units.map(\.zoneCode)))
                return Suggestions.units(
                    for: occupant, among: units, zones: zones, unitsHeldByZone: held)
            }
            let names = OccupantSearch.tradeList(occupant.trades.count)
            var arguments = OccupantSearch.tradeArguments(occupant.trades)
            _ = arguments.append(contentsOf: ["day": day.iso])
            var units = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT \(Unit.selection) FROM unit_trade ut
                    JOIN unit u ON u.id = ut.unit_id
                    WHERE ut.trade_code IN (\(names)) AND \(Self.vacantFromDay) ORDER BY u.code
                    """, arguments: arguments
            ).map(Unit.init(row:))
            var ranked = try rank(units)
            if ranked.count < limit {
                units += try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(Unit.selection) FROM unit u
                        WHERE NOT EXISTS (SELECT 1 FROM unit_trade WHERE unit_id = u.id)
                          AND \(Self.vacantFromDay) ORDER BY u.code
                        """, arguments: ["day": day.iso]
                ).map(Unit.init(row:))
                ranked = try rank(units)
            }
            return Array(ranked.prefix(limit))
        }
    }

    /// Unit `u` is available and free from `:day` on: its last allocation (a
    /// unit's periods never overlap, so the last to start ends last) is over.
    static let vacantFromDay = """
        u.condition = 'available' AND NOT EXISTS (
            SELECT 1 FROM allocation a WHERE a.id = (
                SELECT c.id FROM allocation c
                WHERE c.unit_id = u.id AND c.start_day < COALESCE(c.end_day, '9999-12-31')
                ORDER BY c.start_day DESC LIMIT 1)
              AND COALESCE(a.end_day, '9999-12-31') > :day)
        """

    /// The zones with these codes, by code.
    static func zones(_ db: Database, codes: Set<String>) throws -> [String: Zone] {
        guard !codes.isEmpty else { return [:] }
        let marks = codes.map { _ in "?" }.joined(separator: ",")
        let zones = try Row.fetchAll(
            db, sql: "SELECT \(Zone.selection) FROM zone z WHERE z.code IN (\(marks))",
            arguments: StatementArguments(Array(codes))
        ).map(Zone.init(row:))
        return Dictionary(zones.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many units an occupant holds in each zone on a day.
    static func unitsHeld(_ db: Database, byOccupant id: Int64, on day: Day) throws
        -> [String: Int]
    {
        try heldCounts(db, per: "u.zone_code", where: "a.occupant_id = :key", key: id, on: day)
    }

    /// How many units each occupant holds in a zone on a day.
    static func unitsHeld(_ db: Database, zone: String, on day: Day) throws -> [Int64: Int] {
        try heldCounts(db, per: "a.occupant_id", where: "u.zone_code = :key", key: zone, on: day)
    }

    /// The allocations covering `day` that match `condition`, counted per `group`.
    private static func heldCounts<Group: DatabaseValueConvertible & Hashable>(
        _ db: Database, per group: String, where condition: String,
        key: some DatabaseValueConvertible, on day: Day
    ) throws -> [Group: Int] {
        let sql = """
            SELECT \(group), count(*) FROM allocation a JOIN unit u ON u.id = a.unit_id
            WHERE \(condition) AND \(coversDay) GROUP BY \(group)
            """
        var counts: [Group: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: ["key": key, "day": day.iso]) {
            counts[row[0]] = row[1]
        }
        return counts
    }
}
