import GRDB
import HanoutDomain

/// Reads inside a transaction: the pieces every action and screen needs.
enum Lookup {
    static func unit(_ db: Database, code: String) throws -> (id: Int64, unit: Unit) {
        let sql = "SELECT \(Unit.selection) FROM unit u WHERE u.code = ? COLLATE NOCASE"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [code]) else {
            throw StoreError.unknownUnit(code)
        }
        return (row["unit_id"], try Unit(row: row))
    }

    static func zone(_ db: Database, code: String) throws -> Zone {
        let sql = "SELECT \(Zone.selection) FROM zone z WHERE z.code = ? COLLATE NOCASE"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [code]) else {
            throw StoreError.unknownZone(code)
        }
        return try Zone(row: row)
    }

    /// A zone by its code or its name, ignoring case and accents ("tafraout" finds TAF).
    static func zone(_ db: Database, matching text: String) throws -> Zone {
        let key = TextKey.fold(text.trimmingCharacters(in: .whitespaces))
        let sql = """
            SELECT \(Zone.selection) FROM zone z
            WHERE lower(z.code) = ?1 OR z.name_key = ?1 OR z.name_key LIKE '%' || ?1 || '%'
            ORDER BY lower(z.code) = ?1 DESC, z.name_key = ?1 DESC, z.code LIMIT 2
            """
        let rows = try Row.fetchAll(db, sql: sql, arguments: [key])
        guard let first = rows.first else { throw StoreError.unknownZone(text) }
        let exact = (first["code"] as String).lowercased() == key || first["name_key"] == key
        if !exact && rows.count > 1 { throw StoreError.unknownZone(text) }
        return try Zone(row: first)
    }

    static func occupant(_ db: Database, id: Int64) throws -> Occupant {
        let sql = "SELECT \(Occupant.selection) FROM occupant o WHERE o.id = ?"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [id]) else {
            throw StoreError.unknownOccupant(id)
        }
        return try Occupant(row: row)
    }

    static func tradeExists(_ db: Database, code: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM trade WHERE code = ?", arguments: [code]) ?? false
    }

    static func occupantName(_ db: Database, id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM occupant WHERE id = ?", arguments: [id])
            ?? "#\(id)"
    }

    static func allocations(
        _ db: Database, where condition: String, _ arguments: StatementArguments
    )
        throws -> [Allocation]
    {
        let sql =
            "SELECT \(Allocation.selection) FROM allocation a \(Allocation.join) WHERE \(condition)"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Allocation.init(row:))
    }

    /// The allocation of a unit that covers `day`, if any; with `unendedOnly`,
    /// only one that no clerk has ended yet (an ended one is history, frozen).
    static func allocation(_ db: Database, unitID: Int64, on day: Day, unendedOnly: Bool = false)
        throws -> Allocation?
    {
        try allocations(
            db,
            where: """
                a.unit_id = ? AND a.start_day <= ? AND (a.end_day IS NULL OR a.end_day > ?)
                \(unendedOnly ? "AND a.ended_kind IS NULL" : "")
                AND a.start_day < COALESCE(a.end_day, '9999-12-31') ORDER BY a.start_day LIMIT 1
                """,
            [unitID, day.iso, day.iso]
        ).first
    }

    /// What the rules need to judge `request`, gathered in the writing transaction.
    static func context(
        _ db: Database, unitID: Int64, unit: Unit, occupant: Occupant, period: Period,
        trade: String?
    ) throws -> AllocationContext {
        let zone = try zone(db, code: unit.zoneCode)
        let end = period.end?.iso ?? "9999-12-31"
        let overlapping = "a.start_day < ? AND COALESCE(a.end_day, '9999-12-31') > ?"
        let onUnit = try allocations(
            db, where: "a.unit_id = ? AND \(overlapping)", [unitID, end, period.start.iso])
        let byOccupant = try allocations(
            db, where: "a.occupant_id = ? AND uu.zone_code = ? AND \(overlapping)",
            [occupant.id, zone.code, end, period.start.iso])
        var byTrade: [Allocation] = []
        if zone.rules.maxUnitsPerTrade != nil {
            let tradeCode = trade ?? occupant.firstTrade(allowedIn: unit) ?? occupant.trades.first
            byTrade = try allocations(
                db, where: "a.trade_code = ? AND uu.zone_code = ? AND \(overlapping)",
                [tradeCode, zone.code, end, period.start.iso])
        }
        var names: [Int64: String] = [:]
        for allocation in onUnit {
            names[allocation.occupantID] = try occupantName(db, id: allocation.occupantID)
        }
        return AllocationContext(
            unit: unit, zone: zone, occupant: occupant, unitAllocations: onUnit,
            occupantAllocationsInZone: byOccupant, tradeAllocationsInZone: byTrade,
            occupantNames: names)
    }
}
