import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout export WHAT --format csv|json`: the data, for other programs.
struct ExportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export zones, units, occupants or allocations as CSV or JSON.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case zones, units, occupants, allocations
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "zones, units, occupants or allocations.") var what: What
    @Option(help: "csv or json.") var format: OutputFormat = .csv

    func validate() throws {
        if format == .table { throw ValidationError("Export as csv or json.") }
    }

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        switch what {
        case .zones:
            var listing = Listing(
                columns: [
                    "code", "name", "commune", "kind", "area_m2", "figures", "agreement",
                    "max_units_per_occupant", "max_units_per_trade", "season_from", "season_until",
                    "note",
                ]
                .map { Listing.Column(key: $0, title: $0) })
            for summary in try database.zoneSummaries(on: global.today) {
                let zone = summary.zone
                listing.rows.append([
                    zone.code, zone.name, zone.commune, zone.kind.rawValue,
                    show.number(zone.areaM2),
                    zone.figures.rawValue, zone.agreement.map(String.init) ?? "",
                    String(zone.rules.maxUnitsPerOccupant),
                    zone.rules.maxUnitsPerTrade.map(String.init) ?? "",
                    show.day(zone.season?.start), show.day(zone.season?.lastDay), zone.note,
                ])
            }
            try emit(listing.render(format))
        case .units:
            var rows: [UnitOccupancy] = []
            for summary in try database.zoneSummaries(on: global.today) {
                rows += try database.units(inZone: summary.zone.code, on: global.today)
            }
            try emit(UnitListing.make(rows, presenter: show).render(format))
        case .occupants where format == .csv:
            try OccupantListing.writeCSV(database, presenter: show)
        case .occupants:
            // The same order as the CSV (by id), gathered for the JSON encoder.
            var occupants: [Occupant] = []
            try database.eachOccupant { occupants.append($0) }
            try emit(OccupantListing.make(occupants, presenter: show).render(format))
        case .allocations:
            var listing = Listing(
                columns: [
                    "id", "unit", "occupant_id", "occupant", "trade", "from", "until", "status",
                    "decision", "note", "override_reason", "ended_reason", "recorded_by",
                    "recorded_at",
                ]
                .map { Listing.Column(key: $0, title: $0) })
            for line in try database.allocations() {
                let allocation = line.allocation
                listing.rows.append([
                    String(allocation.id), allocation.unitCode, String(allocation.occupantID),
                    line.occupantName, allocation.trade, show.day(allocation.period.start),
                    // Blank for one that held no day, never a day before its first.
                    show.day(allocation.period.isEmpty ? nil : allocation.period.lastDay),
                    allocation.status(on: global.today).rawValue,
                    allocation.decision ?? "", allocation.note ?? "",
                    allocation.overrideReason ?? "",
                    allocation.ending?.reason ?? "", allocation.recordedBy, allocation.recordedAt,
                ])
            }
            try emit(listing.render(format))
        }
    }
}
