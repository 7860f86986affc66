import GRDB
import HanoutDomain

// Rows decode straight into the domain's plain values here, and only here,
// so the domain never depends on GRDB and a schema change touches one file.

extension Zone {
    static let selection = """
        z.code, z.name, z.name_key, z.commune, z.kind, z.area_m2, z.figures, z.note, z.agreement,
        z.max_units_per_occupant, z.max_units_per_trade, z.season_start, z.season_end
        """

    init(row: Row) throws {
        guard let kind = ZoneKind(rawValue: row["kind"]),
            let figures = FigureSource(rawValue: row["figures"])
        else { throw StoreError.corrupt("zone \(row["code"] as String? ?? "?")") }
        var season: Period?
        if let start: String = row["season_start"], let startDay = Day(start) {
            season = Period(start: startDay, end: (row["season_end"] as String?).flatMap(Day.init))
        }
        self.init(
            code: row["code"], name: row["name"], commune: row["commune"], kind: kind,
            areaM2: row["area_m2"], figures: figures, note: row["note"],
            agreement: row["agreement"],
            rules: ZoneRules(
                maxUnitsPerOccupant: row["max_units_per_occupant"],
                maxUnitsPerTrade: row["max_units_per_trade"]),
            season: season)
    }
}

extension Unit {
    /// Columns for a unit, with its allowed trades folded into one field.
    static let selection = """
        u.id AS unit_id, u.code AS unit_code, u.zone_code, u.number, u.area_m2 AS unit_area,
        u.row, u.col, u.condition,
        (SELECT group_concat(trade_code, ';') FROM
            (SELECT trade_code FROM unit_trade WHERE unit_id = u.id ORDER BY trade_code))
            AS allowed_trades
        """

    init(row: Row) throws {
        guard let condition = UnitCondition(rawValue: row["condition"]) else {
            throw StoreError.corrupt("unit \(row["unit_code"] as String? ?? "?")")
        }
        let trades = (row["allowed_trades"] as String?)?.split(separator: ";").map(String.init)
        self.init(
            zoneCode: row["zone_code"], number: row["number"], areaM2: row["unit_area"],
            allowedTrades: trades ?? [], row: row["row"], column: row["col"],
            condition: condition)
    }
}

extension Occupant {
    static let selection = """
        o.id, o.kind, o.name, o.category, o.cin, o.nia, o.phone, o.commune, o.registration,
        o.members,
        (SELECT group_concat(trade_code, ';') FROM
            (SELECT trade_code FROM occupant_trade WHERE occupant_id = o.id ORDER BY rank))
            AS trades
        """

    init(row: Row) throws {
        guard let kind = OccupantKind(rawValue: row["kind"]) else {
            throw StoreError.corrupt("occupant \(row["id"] as Int64? ?? 0)")
        }
        let trades = (row["trades"] as String?)?.split(separator: ";").map(String.init)
        self.init(
            id: row["id"], kind: kind, name: row["name"],
            category: (row["category"] as String?).flatMap(ArtisanCategory.init(rawValue:)),
            trades: trades ?? [], cin: row["cin"], nia: row["nia"], phone: row["phone"],
            commune: row["commune"], registration: row["registration"], members: row["members"])
    }
}

extension Allocation {
    static let selection = """
        a.id AS allocation_id, uu.code AS allocated_unit, a.occupant_id, a.trade_code,
        a.start_day, a.end_day, a.decision, a.note, a.override_reason, a.recorded_by,
        a.recorded_at, a.ended_kind, a.ended_reason
        """
    /// The join that gives an allocation its unit code.
    static let join = "JOIN unit uu ON uu.id = a.unit_id"

    init(row: Row) throws {
        let id: Int64 = row["allocation_id"]
        guard let start = Day(row["start_day"] as String? ?? ""),
            let period = Period(
                start: start, end: (row["end_day"] as String?).flatMap(Day.init))
        else { throw StoreError.corrupt("allocation \(id)") }
        var ending: AllocationEnding?
        if let kind = (row["ended_kind"] as String?).flatMap(EndingKind.init(rawValue:)) {
            ending = AllocationEnding(kind: kind, reason: row["ended_reason"] ?? "")
        }
        self.init(
            id: id, unitCode: row["allocated_unit"], occupantID: row["occupant_id"],
            trade: row["trade_code"], period: period, decision: row["decision"],
            note: row["note"], overrideReason: row["override_reason"],
            recordedBy: row["recorded_by"], recordedAt: row["recorded_at"], ending: ending)
    }
}

extension JournalEntry {
    init(row: Row) throws {
        guard let action = JournalAction(rawValue: row["action"]) else {
            throw StoreError.corrupt("journal \(row["id"] as Int64? ?? 0)")
        }
        self.init(
            id: row["id"], at: row["at"], clerk: row["clerk"], action: action,
            unitCode: row["unit_code"], occupantID: row["occupant_id"],
            decision: row["decision"], before: row["before"], after: row["after"],
            note: row["note"])
    }
}
