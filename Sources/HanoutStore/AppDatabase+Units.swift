import GRDB
import HanoutDomain

extension AppDatabase {
    /// The units of a zone with their state and occupant on `day`, by number.
    public func units(inZone zoneCode: String, on day: Day) throws -> [UnitOccupancy] {
        try read { db in try Self.units(db, inZone: zoneCode, on: day) }
    }

    /// One unit with its state on `day`.
    public func unit(code: String, on day: Day) throws -> UnitOccupancy {
        try read { db in
            let unit = try Lookup.unit(db, code: code).unit
            guard
                let found = try Self.units(db, inZone: unit.zoneCode, on: day).first(where: {
                    $0.unit.code == unit.code
                })
            else { throw StoreError.unknownUnit(code) }
            return found
        }
    }

    /// Each unit of the zone with the allocation that covers `day` and its
    /// occupant: the allocation found by one seek per unit (see
    /// `AllocationRecord.latest`), so a long history costs nothing.
    static func units(_ db: Database, inZone zoneCode: String, on day: Day) throws
        -> [UnitOccupancy]
    {
        let a = TableAlias(name: "a")
        let latest = AllocationRecord.latest(
            ofUnit: TableAlias(name: "u")[UnitRecord.Columns.id], onOrBefore: day
        ).select(AllocationRecord.Columns.id)
        var layout = RowLayout()
        layout.add(UnitRecord.self, as: "unit", extra: UnitRecord.computedColumns)
        layout.add(AllocationRecord.self, as: "allocation")
        layout.add(OccupantRecord.self, as: "occupant", extra: 1)
        let request = SQLRequest<Row>(
            literal: """
                SELECT \(UnitRecord.selection("u")), \(columnsOf: AllocationRecord.self, tableAlias: "a"),
                       \(OccupantRecord.selection("o"))
                FROM unit u
                LEFT JOIN allocation a
                  ON a.id = (\(latest)) AND \(AllocationRecord.covers(day, a))
                LEFT JOIN occupant o ON o.id = a.occupant_id
                WHERE u.zone_code = \(zoneCode) ORDER BY u.number
                """, adapter: layout.adapter)
        return try request.fetchAll(db).map { row in
            let unit = try UnitRecord.unit(from: RowLayout.scope("unit", of: row))
            let allocationRow = try RowLayout.scope("allocation", of: row)
            let occupantRow = try RowLayout.scope("occupant", of: row)
            guard allocationRow[AllocationRecord.Columns.id] as Int64? != nil else {
                return UnitOccupancy(unit: unit, state: unit.state(currentlyAllocated: false))
            }
            return UnitOccupancy(
                unit: unit, state: unit.state(currentlyAllocated: true),
                allocation: try AllocationRecord(row: allocationRow).allocation(
                    unitCode: unit.code),
                occupant: try OccupantRecord.occupant(from: occupantRow))
        }
    }
}
