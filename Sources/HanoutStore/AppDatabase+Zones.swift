import GRDB
import HanoutDomain

extension AppDatabase {
    /// Zones with their counts on `day`, by code: all of them, or one window.
    public func zoneSummaries(on day: Day, offset: Int = 0, limit: Int = Int.max) throws
        -> [ZoneSummary]
    {
        try read { db in
            if offset == 0 && limit == Int.max { return try Self.allZoneSummaries(db, on: day) }
            return try Self.zoneSummaries(
                db, on: day, of: ZoneRecord.window(offset: offset, limit: limit))
        }
    }

    /// One zone with its counts on `day`.
    public func zoneSummary(code: String, on day: Day) throws -> ZoneSummary {
        try read { db in
            let found = try Self.zoneSummaries(
                db, on: day, of: ZoneRecord.filter(ZoneRecord.Columns.code == code))
            guard let summary = found.first else { throw StoreError.unknownZone(code) }
            return summary
        }
    }

    /// The zones of `zones` (a window, or one zone) with their counts: the
    /// zones are chosen first, so only their units are counted, each by one
    /// seek in `allocation_by_unit` (see `AllocationRecord.latest`).
    static func zoneSummaries(
        _ db: Database, on day: Day, of zones: QueryInterfaceRequest<ZoneRecord>
    ) throws -> [ZoneSummary] {
        let u = TableAlias(name: "u")
        let latest = TableAlias()
        let covered = AllocationRecord.latest(
            ofUnit: u[UnitRecord.Columns.id], onOrBefore: day, latest
        )
        .select(AllocationRecord.covers(day, latest))
        let codes = zones.select(ZoneRecord.Columns.code)
        // Cached: the list of zones asks for a window at each scroll.
        let units = try db.cachedStatement(
            literal: """
                SELECT u.zone_code, u.condition, COALESCE((\(covered)), 0) FROM unit u
                WHERE u.zone_code IN (\(codes))
                """)
        var counts: [String: UnitCounts] = [:]
        let rows = try Row.fetchCursor(units)
        while let row = try rows.next() {
            counts[row[0], default: UnitCounts()].add(condition: row[1], covered: row[2])
        }
        return try summaries(of: zones.fetchCursor(db), counts)
    }

    /// Every zone's counts in one pass over the units, grouped here rather than
    /// in SQL: each unit is looked up in the set of units covered on `day`
    /// (read from the `allocation_current` index). Joining today's tens of
    /// thousands of allocations to their units and grouping them in SQLite
    /// costs a B-tree search per row, several times more than this pass.
    static func allZoneSummaries(_ db: Database, on day: Day) throws -> [ZoneSummary] {
        let covered = try coveredUnits(db, on: day)
        var counts: [String: UnitCounts] = [:]
        let units = try Row.fetchCursor(
            db,
            UnitRecord.select(
                UnitRecord.Columns.zoneCode, UnitRecord.Columns.id, UnitRecord.Columns.condition))
        while let row = try units.next() {
            counts[row[0], default: UnitCounts()].add(
                condition: row[2], covered: covered.contains(row[1]))
        }
        return try summaries(of: ZoneRecord.order(ZoneRecord.Columns.code).fetchCursor(db), counts)
    }

    /// The zones `zones` gives, with the counts of their units.
    static func summaries(of zones: RecordCursor<ZoneRecord>, _ counts: [String: UnitCounts])
        throws -> [ZoneSummary]
    {
        var summaries: [ZoneSummary] = []
        while let record = try zones.next() {
            let zone = try record.zone()
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
            } else if condition == UnitCondition.reserved.rawValue {
                reserved += 1
            } else if condition == UnitCondition.underWorks.rawValue {
                works += 1
            }
        }
    }

    /// The units an allocation covers on `day` (a unit's allocations never
    /// overlap, so at most one does), from the `allocation_current` index alone:
    /// the open-ended allocations begun by then, and those ending after it.
    static func coveredUnits(_ db: Database, on day: Day) throws -> Set<Int64> {
        let a = TableAlias()
        let unitID = a[AllocationRecord.Columns.unitID]
        let openEnded = AllocationRecord.aliased(a)
            .filter(AllocationRecord.coversOpenEnded(day, a)).select(unitID)
        let ending = AllocationRecord.aliased(a)
            .filter(AllocationRecord.coversUntilLater(day, a)).select(unitID)
        let statement = try db.cachedStatement(literal: "\(openEnded) UNION ALL \(ending)")
        var covered = Set<Int64>()
        let ids = try Int64.fetchCursor(statement)
        while let id = try ids.next() { covered.insert(id) }
        return covered
    }

    /// The region's counts on `day`: the covered units from the index, and
    /// the few reserved or under works (by the `unit_by_condition` index)
    /// looked up among them.
    public func regionTotals(on day: Day) throws -> RegionTotals {
        try read { db in
            let covered = try Self.coveredUnits(db, on: day)
            var held = UnitCounts()
            let condition = UnitRecord.Columns.condition
            let heldUnits = UnitRecord.select(UnitRecord.Columns.id, condition)
                .filter(
                    [UnitCondition.reserved.rawValue, UnitCondition.underWorks.rawValue]
                        .contains(condition))
            let units = try Row.fetchCursor(db, heldUnits)
            while let row = try units.next() {
                held.add(condition: row[1], covered: covered.contains(row[0]))
            }
            return RegionTotals(
                zones: try ZoneRecord.fetchCount(db), units: try UnitRecord.fetchCount(db),
                occupied: covered.count, reserved: held.reserved, underWorks: held.works)
        }
    }

    /// The zone named by `text`: its code or its name, ignoring case and accents.
    public func zone(matching text: String) throws -> Zone {
        try read { db in try Lookup.zone(db, matching: text) }
    }

    /// Every trade of the catalogue, by code.
    public func trades() throws -> [Trade] {
        try read { db in
            try TradeRecord.order(TradeRecord.Columns.code).fetchAll(db).map { try $0.trade() }
        }
    }
}
