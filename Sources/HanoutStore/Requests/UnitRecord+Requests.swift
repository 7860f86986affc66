import GRDB
import HanoutDomain

extension UnitRecord {
    /// The trades unit `u` allows, by code, joined by `;` (NULL when it allows every trade).
    static func allowedTrades(_ u: TableAlias<Void>) -> SQLExpression {
        SQL(
            """
            (SELECT group_concat(trade_code, ';') FROM
                (SELECT trade_code FROM unit_trade WHERE unit_id = \(u[Columns.id])
                 ORDER BY trade_code))
            """
        ).sqlExpression
    }

    /// Unit `u` is available (neither reserved nor under works) and free from
    /// `day` on: its last allocation, the one that ends last, is over by then.
    ///
    /// The last allocation is found by one seek, then judged: asking instead
    /// whether any allocation runs then would read the whole history of
    /// every vacant unit.
    static func isVacant(from day: Day, _ u: TableAlias<Void>) -> SQLExpression {
        let latest = AllocationRecord.latest(ofUnit: u[Columns.id])
            .select(AllocationRecord.Columns.id)
        let a = TableAlias()
        let running = AllocationRecord.aliased(a)
            .filter(a[AllocationRecord.Columns.id] == latest)
            .filter(AllocationRecord.runs(onOrAfter: day, a))
        return u[Columns.condition] == UnitCondition.available.rawValue && !running.exists()
    }

    /// The unit whose code is `code`, in any case (`unit_by_code_any_case`).
    static func withCode(_ code: String) -> QueryInterfaceRequest<UnitRecord> {
        filter(Columns.code.collating(.nocase) == code)
    }
}

extension DerivableRequest<UnitRecord> {
    /// The units of the zone whose code is `zoneCode`.
    func inZone(_ zoneCode: String) -> Self {
        filter(UnitRecord.Columns.zoneCode == zoneCode)
    }
}

extension ZoneRecord {
    /// The zone whose code is `code`, in any case (`zone_by_code_any_case`).
    static func withCode(_ code: String) -> QueryInterfaceRequest<ZoneRecord> {
        filter(Columns.code.collating(.nocase) == code)
    }

    /// Zones `offset ..< offset + limit` by code.
    static func window(offset: Int, limit: Int) -> QueryInterfaceRequest<ZoneRecord> {
        order(Columns.code).limit(min(limit, Int(Int32.max)), offset: offset)
    }
}

extension OccupantRecord {
    /// The trades of occupant `o`, in the order declared, joined by `;`.
    static func trades(_ o: TableAlias<Void>) -> SQLExpression {
        SQL(
            """
            (SELECT group_concat(trade_code, ';') FROM
                (SELECT trade_code FROM occupant_trade WHERE occupant_id = \(o[Columns.id])
                 ORDER BY rank))
            """
        ).sqlExpression
    }

    /// The occupants whose CIN is `cin`, in any case (`occupant_by_cin_any_case`).
    static func withCIN(_ cin: String) -> QueryInterfaceRequest<OccupantRecord> {
        filter(Columns.cin.collating(.nocase) == cin)
    }

    /// The occupants whose NIA is `nia`, in any case (`occupant_by_nia_any_case`).
    static func withNIA(_ nia: String) -> QueryInterfaceRequest<OccupantRecord> {
        filter(Columns.nia.collating(.nocase) == nia)
    }

    /// Occupant `o` exercises one of `trades`.
    static func exercises(oneOf trades: [String], _ o: TableAlias<Void>) -> SQLExpression {
        OccupantTradeRecord
            .filter(
                OccupantTradeRecord.Columns.occupantID == o[Columns.id]
                    && trades.contains(OccupantTradeRecord.Columns.tradeCode)
            )
            .exists()
    }
}
