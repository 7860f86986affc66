import GRDB
import HanoutDomain

extension AppDatabase {
    /// The occupants proposed for a unit, best first (see `Suggestions.candidates`).
    ///
    /// The first by name among those with a fitting trade; others only fill
    /// up to `limit`, so the cost follows the answer, not the table. With
    /// `search`, only occupants whose name (or CIN) starts with its words.
    /// With `includingThoseAtLimit`, the occupants found who already hold as
    /// many units in the zone as it allows follow the `limit` others, marked.
    public func candidates(
        forUnit code: String, on day: Day, search: String = "", limit: Int = 20,
        includingThoseAtLimit: Bool = false
    ) throws -> [Suggestions.Candidate] {
        try read { db in
            let unit = try Lookup.unit(db, code: code).unit
            let zone = try Lookup.zone(db, code: unit.zoneCode)
            let held = try Self.unitsHeld(db, zone: zone.code, on: day)
            let trades = unit.allowedTrades.sorted()
            // Occupants at their limit in the zone are left out by the ranking: read as
            // many more, so that `limit` are left.
            let wanted =
                limit + held.values.filter { $0.count >= zone.rules.maxUnitsPerOccupant }.count
            var pool: [Occupant]
            if search.allSatisfy(\.isWhitespace) {
                pool = try OccupantsByTrade.first(db, limit: wanted, withOneOf: trades)
                if pool.count < wanted && !trades.isEmpty {
                    pool += try OccupantsByTrade.first(
                        db, limit: wanted - pool.count, withOneOf: trades, fitting: false)
                }
            } else {
                let terms = OccupantSearch.terms(for: search)
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
                for: unit, in: zone, among: pool, unitsHeld: held,
                includingThoseAtLimit: includingThoseAtLimit)
            return ranked.filter { !$0.atZoneLimit }.prefix(limit) + ranked.filter(\.atZoneLimit)
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
        try read { db in
            let occupant = try Lookup.occupant(db, id: id)
            let held = try Self.unitsHeld(db, byOccupant: id, on: day)
            func rank(_ units: [Unit]) throws -> [Suggestions.UnitCandidate] {
                let zones = try Self.zones(db, codes: Set(units.map(\.zoneCode)))
                return Suggestions.units(
                    for: occupant, among: units, zones: zones, unitsHeldByZone: held)
            }
            let u = TableAlias(name: "u")
            let ut = TableAlias(name: "ut")
            let vacant = UnitRecord.isVacant(from: day, u)
            let allowingTrade: SQL = """
                SELECT DISTINCT \(UnitRecord.selection("u")) FROM unit_trade ut
                JOIN unit u ON u.id = ut.unit_id
                WHERE \(occupant.trades.contains(ut[UnitTradeRecord.Columns.tradeCode])) AND \(vacant)
                ORDER BY u.code
                """
            var units = try Row.fetchAll(db, SQLRequest(literal: allowingTrade)).map(
                UnitRecord.unit(from:))
            var ranked = try rank(units)
            if ranked.count < limit {
                let allowingAll: SQL = """
                    SELECT \(UnitRecord.selection("u")) FROM unit u
                    WHERE NOT EXISTS (SELECT 1 FROM unit_trade WHERE unit_id = u.id) AND \(vacant)
                    ORDER BY u.code
                    """
                units += try Row.fetchAll(db, SQLRequest(literal: allowingAll)).map(
                    UnitRecord.unit(from:))
                ranked = try rank(units)
            }
            return Array(ranked.prefix(limit))
        }
    }

    /// The zones with these codes, by code.
    static func zones(_ db: Database, codes: Set<String>) throws -> [String: Zone] {
        guard !codes.isEmpty else { return [:] }
        let zones = try ZoneRecord.filter(keys: codes).fetchAll(db).map { try $0.zone() }
        return Dictionary(zones.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many units an occupant holds in each zone on a day.
    static func unitsHeld(_ db: Database, byOccupant id: Int64, on day: Day) throws
        -> [String: Int]
    {
        try heldCounts(
            db, per: "u.zone_code",
            where: TableAlias(name: "a")[AllocationRecord.Columns.occupantID] == id, on: day)
    }

    /// The units each occupant holds in a zone on a day, by code.
    static func unitsHeld(_ db: Database, zone: String, on day: Day) throws -> [Int64: [String]] {
        let covering = AllocationRecord.covers(day, TableAlias(name: "a"))
        let request: SQL = """
            SELECT a.occupant_id, u.code FROM allocation a JOIN unit u ON u.id = a.unit_id
            WHERE u.zone_code = \(zone) AND \(covering) ORDER BY u.code
            """
        var held: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, SQLRequest(literal: request)) {
            held[row[0], default: []].append(row[1])
        }
        return held
    }

    /// The allocations covering `day` that match `condition` (on the
    /// allocation `a` or its unit `u`), counted per `group`.
    private static func heldCounts<Group: DatabaseValueConvertible & Hashable>(
        _ db: Database, per group: SQL, where condition: SQLExpression, on day: Day
    ) throws -> [Group: Int] {
        let covering = AllocationRecord.covers(day, TableAlias(name: "a"))
        let request: SQL = """
            SELECT \(group), count(*) FROM allocation a JOIN unit u ON u.id = a.unit_id
            WHERE \(condition) AND \(covering) GROUP BY \(group)
            """
        var counts: [Group: Int] = [:]
        for row in try Row.fetchAll(db, SQLRequest(literal: request)) {
            counts[row[0]] = row[1]
        }
        return counts
    }
}
