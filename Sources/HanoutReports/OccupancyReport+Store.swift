import HanoutDomain
import HanoutStore

extension OccupancyReport {
    /// The report of one zone as the store has it on `day`.
    ///
    /// History is append-only, so any day works: a past day shows who held
    /// each unit then, a future day the allocations already decided.
    public init(
        zone: Zone, units: [UnitOccupancy], day: Day, printedOn: Day, clerk: String
    ) {
        self.init(
            zoneCode: zone.code, zoneName: zone.name, commune: zone.commune, day: day,
            printedOn: printedOn, clerk: clerk,
            units: units.map { row in
                ReportUnit(
                    code: row.unit.code, number: row.unit.number, row: row.unit.row,
                    column: row.unit.column, areaM2: row.unit.areaM2,
                    allowedTrades: row.unit.allowedTrades, state: row.state,
                    occupant: row.occupant?.name, trade: row.allocation?.trade,
                    since: row.allocation?.period.start, until: row.allocation?.period.lastDay,
                    decision: row.allocation?.decision)
            })
    }

    /// The reports of the zones named in `zones` (code or name, as `hanout units` takes them).
    ///
    /// A zone named twice is printed once, in the order first named.
    public static func load(
        zones: [String], from database: AppDatabase, on day: Day, printedOn: Day, clerk: String
    ) throws -> [OccupancyReport] {
        var seen: Set<String> = []
        var reports: [OccupancyReport] = []
        for text in zones {
            let zone = try database.zone(matching: text)
            guard seen.insert(zone.code).inserted else { continue }
            reports.append(
                OccupancyReport(
                    zone: zone, units: try database.units(inZone: zone.code, on: day), day: day,
                    printedOn: printedOn, clerk: clerk))
        }
        return reports
    }

    /// The reports of every zone, by code.
    public static func loadAll(
        from database: AppDatabase, on day: Day, printedOn: Day, clerk: String
    ) throws -> [OccupancyReport] {
        try database.zoneSummaries(on: day).map { summary in
            OccupancyReport(
                zone: summary.zone, units: try database.units(inZone: summary.zone.code, on: day),
                day: day, printedOn: printedOn, clerk: clerk)
        }
    }
}
