import HanoutDomain
import TextLayout

/// One zone's occupancy on a day, ready to print: what every renderer draws from.
///
/// Every string that comes from data (names, codes, decisions) and the
/// clerk's name is cleaned with `SafeText` here, once, so that no renderer
/// (text for the printer, CSV, HTML) can forget it: an escape sequence or a
/// bidi override in a name never reaches paper or a file.
public struct OccupancyReport: Hashable, Sendable {
    /// The zone's code (`AOU`).
    public var zoneCode: String
    public var zoneName: String
    public var commune: String
    /// The day the occupancy is shown for (`--as-of`, else today).
    public var day: Day
    /// The day the report is made.
    public var printedOn: Day
    /// Who prints it, as the journal names the clerk.
    public var clerk: String
    /// Every unit of the zone, by number.
    public var units: [ReportUnit]
    /// A unit's sheet (`sheet(of:history:)`) rather than a zone's report: its
    /// history is printed, and no totals.
    public var isUnitSheet = false
    /// For a unit's sheet, its allocations, oldest first.
    public var unitHistory: [AllocationLine] = []

    /// Builds a report, cleaning every string for the printer.
    public init(
        zoneCode: String, zoneName: String, commune: String, day: Day, printedOn: Day,
        clerk: String, units: [ReportUnit]
    ) {
        self.zoneCode = SafeText.clean(zoneCode)
        self.zoneName = SafeText.clean(zoneName)
        self.commune = SafeText.clean(commune)
        self.day = day
        self.printedOn = printedOn
        self.clerk = SafeText.clean(clerk)
        self.units = units.sorted { ($0.number, $0.code) < ($1.number, $1.code) }
    }

    /// The report of one zone as it stood on `day`, from what the caller read for it.
    ///
    /// The report reads no store: `hanout print` and the print dialog load the
    /// zone and its units (`AppDatabase.occupancy(ofZones:on:)`) and hand them here.
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

    /// The counts, taken from the rows themselves so that they always agree with the table.
    public var totals: OccupancyTotals {
        OccupancyTotals(states: units.map(\.state))
    }

    /// The same report restricted to some units (a unit's own sheet, from its detail screen).
    public func selecting(units codes: Set<String>) -> OccupancyReport {
        var report = self
        report.units = units.filter { codes.contains($0.code) }
        return report
    }
}
