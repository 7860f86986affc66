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

    static func zoneSummaries(
        _ db: Database, on day: Day, where condition: String,
        arguments: [String: (any DatabaseValueConvertible)?], offset: Int, limit: Int
    ) throws -> [ZoneSummary] {
        // The window of zones is chosen first, so only its units are counted.
        let sql = """
            SELECT \(Zone.selection),
                count(u.id) AS units,
                count(a.id) AS occupied,
                sum(u.id IS NOT NULL AND a.id IS NULL AND u.condition = 'available') AS vacant,
                sum(a.id IS NULL AND u.condition = 'reserved') AS reserved,
                sum(a.id IS NULL AND u.condition = 'works') AS works
            FROM (SELECT * FROM zone WHERE \(condition)
                  ORDER BY code LIMIT :limit OFFSET :offset) z
            LEFT JOIN unit u ON u.zone_code = z.code
            \(currentAllocationJoin)
            GROUP BY z.code ORDER BY z.code
            """
        var all = arguments
        all["day"] = day.iso
        all["limit"] = min(limit, Int(Int32.max))
        all["offset"] = offset
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(all)).map { row in
            ZoneSummary(
                zone: try Zone(row: row), units: row["units"], occupied: row["occupied"],
                vacant: row["vacant"] ?? 0, reserved: row["reserved"] ?? 0,
                underWorks: row["works"] ?? 0)
        }
    }

    /// Every zone's counts in grouped passes: the units by zone, today's
    /// allocations read from the `allocation_current` index, and the few units
    /// reserved or under works. Cheaper than one seek per unit once most zones
    /// are asked for.
    static func allZoneSummaries(_ db: Database, on day: Day) throws -> [ZoneSummary] {
        var units: [String: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT zone_code, count(*) FROM unit GROUP BY zone_code")
        {
            units[row[0]] = row[1]
        }
        var occupied: [String: Int] = [:]
        let occupiedSQL = """
            SELECT u.zone_code, count(*) FROM (\(currentUnitIDs)) a
            JOIN unit u ON u.id = a.unit_id GROUP BY u.zone_code
            """
        for row in try Row.fetchAll(db, sql: occupiedSQL, arguments: ["day": day.iso]) {
            occupied[row[0]] = row[1]
        }
        var held: [String: (reserved: Int, works: Int)] = [:]
        let heldSQL =
            "SELECT zone_code, condition, count(*) FROM (\(heldUnits)) GROUP BY zone_code, condition"
        for row in try Row.fetchAll(db, sql: heldSQL, arguments: ["day": day.iso]) {
            let (zone, condition, count): (String, String, Int) = (row[0], row[1], row[2])
            if condition == "reserved" { held[zone, default: (0, 0)].reserved = count }
            if condition == "works" { held[zone, default: (0, 0)].works = count }
        }
        let zones = try Row.fetchAll(
            db, sql: "SELECT \(Zone.selection) FROM zone z ORDER BY z.code")
        return try zones.map { row in
            let zone = try Zone(row: row)
            let all = units[zone.code] ?? 0
            let taken = occupied[zone.code] ?? 0
            let (reserved, works) = held[zone.code] ?? (0, 0)
            return ZoneSummary(
                zone: zone, units: all, occupied: taken,
                vacant: max(0, all - taken - reserved - works), reserved: reserved,
                underWorks: works)
        }
    }

    /// The units of the allocations that cover `:day`, from the index alone.
    static let currentUnitIDs = """
        SELECT unit_id FROM allocation WHERE end_day IS NULL AND start_day <= :day
        UNION ALL
        SELECT unit_id FROM allocation
        WHERE end_day > :day AND start_day <= :day AND start_day < end_day
        """

    /// Units reserved or under works that no allocation covers on `:day` (a unit
    /// under works today may have been occupied on a day long past).
    static let heldUnits = """
        SELECT u.zone_code, u.condition FROM unit u
        WHERE u.condition <> 'available' AND NOT EXISTS (
            SELECT 1 FROM allocation a WHERE a.id = (
                SELECT c.id FROM allocation c
                WHERE c.unit_id = u.id AND c.start_day <= :day
                  AND c.start_day < COALESCE(c.end_day, '9999-12-31')
                ORDER BY c.start_day DESC LIMIT 1)
              AND (a.end_day IS NULL OR a.end_day > :day))
        """

    /// The region's counts on `day`, from indexes (a few milliseconds at national size).
    public func regionTotals(on day: Day) throws -> RegionTotals {
        try writer.read { db in
            let arguments: StatementArguments = ["day": day.iso]
            let occupied =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM (\(Self.currentUnitIDs))", arguments: arguments)
                ?? 0
            var held = (reserved: 0, works: 0)
            let heldSQL = "SELECT condition, count(*) FROM (\(Self.heldUnits)) GROUP BY condition"
            for row in try Row.fetchAll(db, sql: heldSQL, arguments: arguments) {
                let (condition, count): (String, Int) = (row[0], row[1])
                if condition == "reserved" { held.reserved = count }
                if condition == "works" { held.works = count }
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return RegionTotals(
                zones: try count("SELECT count(*) FROM zone"),
                units: try count("SELECT count(*) FROM unit"), occupied: occupied,
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
        try writer.read { db in
            let sql = """
                SELECT \(Unit.selection), a.id AS allocation_id,
                    u.code AS allocated_unit, a.occupant_id, a.trade_code, a.start_day, a.end_day,
                    a.decision, a.note, a.override_reason, a.recorded_by, a.recorded_at,
                    a.ended_kind, a.ended_reason, \(Occupant.selection)
                FROM unit u
                \(Self.currentAllocationJoin)
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
