import GRDB
import HanoutDomain

extension AppDatabase {
    /// The condition that an allocation `a` covers the day bound to `:day`.
    static let coversDay = """
        a.start_day <= :day AND (a.end_day IS NULL OR a.end_day > :day)
        AND a.start_day < COALESCE(a.end_day, '9999-12-31')
        """

    /// Joins `a`, the allocation of unit `u` that covers `:day`, if any.
    ///
    /// A unit's allocations never overlap, so the one covering a day is the
    /// last to start on or before it: one index seek per unit, whatever the
    /// length of its history, instead of a scan of that history.
    static let currentAllocationJoin = """
        LEFT JOIN allocation a ON a.id = (
            SELECT c.id FROM allocation c
            WHERE c.unit_id = u.id AND c.start_day <= :day
              AND c.start_day < COALESCE(c.end_day, '9999-12-31')
            ORDER BY c.start_day DESC LIMIT 1)
          AND (a.end_day IS NULL OR a.end_day > :day)
        """

    /// Zones with their counts on `day`, by code: all of them, or one window.
    public func zoneSummaries(on day: Day, offset: Int = 0, limit: Int = Int.max) throws
        -> [ZoneSummary]
    {
        try writer.read { db in
            if offset == 0 && limit == Int.max { return try Self.allZoneSummaries(db, on: day) }
            return try Self.zoneSummaries(
                db, on: day, where: "1", arguments: [:], offset: offset, limit: limit)
        }
    }

    /// One zone with its counts on `day`.
    public func zoneSummary(code: String, on day: Day) throws -> ZoneSummary {
        try writer.read { db in
            let found = try Self.zoneSummaries(
                db, on: day, where: "code = :code", arguments: ["code": code], offset: 0,
                limit: 1)
            guard let summary = found.first else { throw StoreError.unknownZone(code) }
            return summary
        }
    }

    /// The zones chosen by `condition`, by code, one window of them, with
    /// their counts: the window is chosen first, so only its units are counted,
    /// each by one seek (see `coversUnit`).
    static func zoneSummaries(
        _ db: Database, on day: Day, where condition: String,
        arguments: [String: (any DatabaseValueConvertible)?], offset: Int, limit: Int
    ) throws -> [ZoneSummary] {
        var all = arguments
        all["day"] = day.iso
        all["limit"] = min(limit, Int(Int32.max))
        all["offset"] = offset
        let arguments = StatementArguments(all)
        let window = """
            SELECT code FROM zone WHERE \(condition) ORDER BY code LIMIT :limit OFFSET :offset
            """
        // Cached: the list of zones asks for a window at each scroll.
        let units = try db.cachedStatement(
            sql: """
                SELECT u.zone_code, u.condition, \(coversUnit) FROM unit u
                WHERE u.zone_code IN (\(window))
                """)
        var counts: [String: UnitCounts] = [:]
        let rows = try Row.fetchCursor(units, arguments: arguments)
        while let row = try rows.next() {
            counts[row[0], default: UnitCounts()].add(condition: row[1], covered: row[2])
        }
        let zones = try db.cachedStatement(
            sql: "SELECT \(Zone.selection) FROM zone z WHERE z.code IN (\(window)) ORDER BY z.code"
        )
        return try summaries(of: Row.fetchCursor(zones, arguments: arguments), counts)
    }

    /// Whether an allocation covers unit `u` on `:day`: the last one to start
    /// on or before it (a unit's allocations never overlap), if it has not
    /// ended by then. One seek in `allocation_by_unit`, which holds the end
    /// day too, so the allocation itself is not read.
    static let coversUnit = """
        COALESCE((
            SELECT c.end_day IS NULL OR c.end_day > :day FROM allocation c
            WHERE c.unit_id = u.id AND c.start_day <= :day
              AND c.start_day < COALESCE(c.end_day, '9999-12-31')
            ORDER BY c.start_day DESC LIMIT 1), 0)
        """

    /// Every zone's counts in one pass over the units, grouped here rather than
    /// in SQL: each unit is looked up in the set of units covered on `day`
    /// (read from the `allocation_current` index). Joining today's tens of
    /// thousands of allocations to their units and grouping them in SQLite
    /// costs a B-tree search per row, several times more than this pass.
    static func allZoneSummaries(_ db: Database, on day: Day) throws -> [ZoneSummary] {
        let covered = try coveredUnits(db, on: day)
        var counts: [String: UnitCounts] = [:]
        let units = try Row.fetchCursor(db, sql: "SELECT zone_code, id, condition FROM unit")
        while let row = try units.next() {
            counts[row[0], default: UnitCounts()].add(
                condition: row[2], covered: covered.contains(row[1]))
        }
        let zones = try Row.fetchCursor(
            db, sql: "SELECT \(Zone.selection) FROM zone z ORDER BY z.code")
        return try summaries(of: zones, counts)
    }

    /// The zones read by `zones` with the counts of their units.
    ///
    /// A cursor, not fetched rows: copied rows would look each column up by name again.
    static func summaries(of zones: RowCursor, _ counts: [String: UnitCounts]) throws
        -> [ZoneSummary]
    {
        var summaries: [ZoneSummary] = []
        while let row = try zones.next() {
            let zone = try Zone(row: row)
            let count = counts[zone.code] ?? UnitCounts()
            summaries.append(
                ZoneSummary(
                    zone: zone, units: count.units, occupied: count.occupied,
                    vacant: count.units - count.occupied - count.reserved - count.works,
                    reserved: count.reserved, underWorks: count.works))
        }
        return summaries
    }

    /// A zone's units by what they are on a day; reserved and works count only
    /// the units no allocation covers (a unit under works today may have been
    /// occupied on a day long past).
    struct UnitCounts {
        var units = 0
        var occupied = 0
        var reserved = 0
        var works = 0

        mutating func add(condition: String, covered: Bool) {
            units += 1
            if covered {
                occupied += 1
            } else if condition == "reserved" {
                reserved += 1
            } else if condition == "works" {
                works += 1
            }
        }
    }

    /// The units of the allocations that cover `:day`, from the index alone.
    static let currentUnitIDs = """
        SELECT unit_id FROM allocation WHERE end_day IS NULL AND start_day <= :day
        UNION ALL
        SELECT unit_id FROM allocation
        WHERE end_day > :day AND start_day <= :day AND start_day < end_day
        """

    /// The units an allocation covers on `day` (a unit's allocations never
    /// overlap, so at most one does).
    static func coveredUnits(_ db: Database, on day: Day) throws -> Set<Int64> {
        var covered = Set<Int64>()
        let ids = try Int64.fetchCursor(db, sql: currentUnitIDs, arguments: ["day": day.iso])
        while let id = try ids.next() { covered.insert(id) }
        return covered
    }

    /// The region's counts on `day`: the covered units from the index, and
    /// the few reserved or under works (by the `unit_by_condition` index)
    /// looked up among them.
    public func regionTotals(on day: Day) throws -> RegionTotals {
        try writer.read { db in
            let covered = try Self.coveredUnits(db, on: day)
            var held = UnitCounts()
            let heldSQL = "SELECT id, condition FROM unit WHERE condition IN ('reserved', 'works')"
            let units = try Row.fetchCursor(db, sql: heldSQL)
            while let row = try units.next() {
                held.add(condition: row[1], covered: covered.contains(row[0]))
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return RegionTotals(
                zones: try count("SELECT count(*) FROM zone"),
                units: try count("SELECT count(*) FROM unit"), occupied: covered.count,
                reserved: held.reserved, underWorks: held.works)
        }
    }

    /// The zone named by `text`: its code or its name, ignoring case and accents.
    public func zone(matching text: String) throws -> Zone {
        try writer.read { db in try Lookup.zone(db, matching: text) }
    }

    /// Every trade of the catalogue, by code.
    public func trades() throws -> [Trade] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM trade ORDER BY code").map { row in
                Trade(
                    code: row["code"], nameFr: row["name_fr"], nameEn: row["name_en"],
                    branchFr: row["branch_fr"], branchEn: row["branch_en"],
                    family: TradeFamily(rawValue: row["family"]) ?? .art)
            }
        }
    }

    /// The units of a zone with their state and occupant on `day`, by number.
    public func units(inZone zoneCode: String, on day: Day) throws -> [UnitOccupancy] {
        try writer.read { db in try Self.units(db, inZone: zoneCode, on: day) }
    }

    /// The units of a zone on `day`, inside a read that may cover several zones.
    static func units(_ db: Database, inZone zoneCode: String, on day: Day) throws
        -> [UnitOccupancy]
    {
        let sql = """
            SELECT \(Unit.selection), a.id AS allocation_id,
                u.code AS allocated_unit, a.occupant_id, a.trade_code, a.start_day, a.end_day,
                a.decision, a.note, a.override_reason, a.recorded_by, a.recorded_at,
                a.ended_kind, a.ended_reason, \(Occupant.selection)
            FROM unit u
            \(currentAllocationJoin)
            LEFT JOIN occupant o ON o.id = a.occupant_id
            WHERE u.zone_code = :zone ORDER BY u.number
            """
        return try Row.fetchAll(db, sql: sql, arguments: ["day": day.iso, "zone": zoneCode])
            .map { row in
                let unit = try Unit(row: row)
                let hasAllocation = (row["allocation_id"] as Int64?) != nil
                return UnitOccupancy(
                    unit: unit, state: unit.state(currentlyAllocated: hasAllocation),
                    allocation: hasAllocation ? try Allocation(row: row) : nil,
                    occupant: hasAllocation ? try Occupant(row: row) : nil)
            }
    }

    /// One unit with its state on `day`.
    public func unit(code: String, on day: Day) throws -> UnitOccupancy {
        let zoneCode = try writer.read { db in try Lookup.unit(db, code: code).unit.zoneCode }
        guard
            let found = try units(inZone: zoneCode, on: day).first(where: {
                $0.unit.code == code.uppercased()
            })
        else { throw StoreError.unknownUnit(code) }
        return found
    }

    /// Occupants, filtered by trade and by a search that ignores case and accents.
    ///
    /// Each word of `search` matches the start of a word of the name or the
    /// CIN ("hassan" finds "Hassane", "ait" finds "Aït"). Sorted by name;
    /// `limit` and `offset` read one window of the list.
    public func occupants(
        trade: String? = nil, search: String? = nil, limit: Int = Int.max, offset: Int = 0
    ) throws -> [Occupant] {
        try occupantPage(
            trade: trade, search: search, offset: offset, limit: limit, counting: .none
        ).occupants
    }

    /// How many occupants `occupants(trade:search:)` would list in all.
    public func occupantCount(trade: String? = nil, search: String? = nil) throws -> Int {
        try occupantPage(trade: trade, search: search, offset: 0, limit: 0, counting: .all)
            .count?.atLeast ?? 0
    }

    /// One window of the directory, with its count as far as `counting` asks.
    ///
    /// Without a search, the name index gives the window and the count is
    /// exact (asked once per listing: it reads the whole index); given the
    /// count already `known`, a window nearer the end is read from the end.
    /// With a search, see `OccupantSearch`: it counts exactly when that is
    /// cheap, and otherwise only up to the bound asked.
    public func occupantPage(
        trade: String? = nil, search: String? = nil, offset: Int, limit: Int, counting: Counting,
        known: Int? = nil
    ) throws -> OccupantPage {
        try writer.read { db in
            let limit = min(limit, Int(Int32.max))
            if let search, !search.allSatisfy(\.isWhitespace) {
                let found = try OccupantSearch(
                    terms: SearchWords.words(in: search), trades: trade.map { [$0] } ?? []
                )
                .run(db, offset: offset, limit: limit, counting: counting)
                return OccupantPage(
                    occupants: try Self.occupants(db, ids: found.ids), count: found.count)
            }
            let filter = OccupantFilter(trade: trade)
            var arguments = filter.arguments
            // OFFSET steps over the rows it skips: skip from the nearer end.
            let fromEnd = known.map { $0 - min($0, offset + limit) }
            let backwards = fromEnd.map { $0 < offset } ?? false
            arguments["limit"] = backwards ? max(0, min(limit, (known ?? 0) - offset)) : limit
            arguments["offset"] = backwards ? fromEnd : offset
            let order = backwards ? "o.name_key DESC, o.id DESC" : "o.name_key, o.id"
            let sql = """
                SELECT \(Occupant.selection) FROM occupant o \(filter.clause)
                ORDER BY \(order) LIMIT :limit OFFSET :offset
                """
            var occupants = try Row.fetchAll(
                db, sql: sql, arguments: StatementArguments(arguments)
            ).map(Occupant.init(row:))
            if backwards { occupants.reverse() }
            guard counting != .none else { return OccupantPage(occupants: occupants, count: nil) }
            let count =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM occupant o \(filter.clause)",
                    arguments: StatementArguments(filter.arguments)) ?? 0
            return OccupantPage(occupants: occupants, count: .exactly(count))
        }
    }

    /// The occupants with these ids, in the order given.
    static func occupants(_ db: Database, ids: [Int64]) throws -> [Occupant] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        let found = try Row.fetchAll(
            db, sql: "SELECT \(Occupant.selection) FROM occupant o WHERE o.id IN (\(list))"
        ).map(Occupant.init(row:))
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    /// One occupant by id.
    public func occupant(id: Int64) throws -> Occupant {
        try writer.read { db in try Lookup.occupant(db, id: id) }
    }

    /// The allocations of a unit or of an occupant, oldest first.
    public func allocations(unitCode: String? = nil, occupantID: Int64? = nil) throws
        -> [AllocationLine]
    {
        try writer.read { db in
            var conditions = ["1"]
            var arguments: [any DatabaseValueConvertible] = []
            if let unitCode {
                conditions.append("uu.code = ? COLLATE NOCASE")
                arguments.append(unitCode)
            }
            if let occupantID {
                conditions.append("a.occupant_id = ?")
                arguments.append(occupantID)
            }
            let sql = """
                SELECT \(Allocation.selection), o.name AS occupant_name, uu.zone_code
                FROM allocation a \(Allocation.join) JOIN occupant o ON o.id = a.occupant_id
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY a.start_day, a.id
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
                row in
                AllocationLine(
                    allocation: try Allocation(row: row), occupantName: row["occupant_name"],
                    zoneCode: row["zone_code"])
            }
        }
    }

    /// The journal, newest last; for one unit or one occupant when asked.
    public func journal(unitCode: String? = nil, occupantID: Int64? = nil, limit: Int = 1000)
        throws -> [JournalEntry]
    {
        try writer.read { db in
            var conditions = ["1"]
            var arguments: [any DatabaseValueConvertible] = []
            if let unitCode {
                conditions.append("unit_code = ? COLLATE NOCASE")
                arguments.append(unitCode)
            }
            if let occupantID {
                conditions.append("occupant_id = ?")
                arguments.append(occupantID)
            }
            arguments.append(limit)
            let sql = """
                SELECT * FROM (SELECT * FROM journal WHERE \(conditions.joined(separator: " AND "))
                               ORDER BY id DESC LIMIT ?) ORDER BY id
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
                .map(JournalEntry.init(row:))
        }
    }
}
