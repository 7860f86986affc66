import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout units ZONE`: a zone's units with their state and occupant.
struct UnitsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "List a zone's units with their current occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The zone, by code or name (AOU, Aouartas).") var zone: String
    @Option(help: "Only units in this state: vacant, occupied, reserved, works.") var status:
        UnitState?
    @Option(help: "Only units that allow this trade (code or name, in any case).") var trade:
        String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Show the units on this day (YYYY-MM-DD or DD/MM/YYYY; default today).") var on:
        Day?

    func run(with database: AppDatabase) throws {
        let found = try database.zone(matching: zone)
        let code = try trade.map { try TradeArgument.code($0, in: database) }
        let rows = try database.units(inZone: found.code, on: on ?? global.today).filter { row in
            (status == nil || row.state == status) && (code.map(row.unit.allows(trade:)) ?? true)
        }
        try emit(
            UnitListing.make(
                rows, presenter: Presenter(language: global.language, format: format),
                on: on ?? global.today
            ).render(format, fitting: global.tableRoom))
    }
}

/// The units listing, shared by `units` and `export units`.
enum UnitListing {
    /// In a table, a reserved unit shows its holder (→ name) and last day,
    /// said expired once past `day`; files keep the columns of occupancy only.
    static func make(_ rows: [UnitOccupancy], presenter show: Presenter, on day: Day? = nil)
        -> Listing
    {
        var listing = Listing(columns: [
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit"), fit: .whole),
            .init(key: "area_m2", title: "m²", alignRight: true),
            .init(
                key: "allowed_trades", title: show.title(fr: "Métiers admis", en: "Allowed trades")),
            .init(key: "state", title: show.title(fr: "État", en: "State"), fit: .whole),
            .init(key: "occupant_id", title: "N°", alignRight: true),
            .init(key: "occupant", title: show.title(fr: "Occupant", en: "Occupant")),
            .init(key: "trade", title: show.title(fr: "Métier", en: "Trade"), fit: .whole),
            .init(key: "since", title: show.title(fr: "Depuis", en: "Since"), fit: .whole),
            .init(key: "until", title: show.title(fr: "Jusqu'au", en: "Until"), fit: .whole),
            .init(
                key: "decision", title: show.title(fr: "Décision", en: "Decision"), fit: .optional),
        ])
        for row in rows {
            let allowed = row.unit.allowedTrades.joined(separator: ";")
            var cells = [
                row.unit.code, show.number(row.unit.areaM2),
                allowed.isEmpty && show.format == .table ? "*" : allowed,
                show.format == .table ? row.state.name(in: show.language) : row.state.rawValue,
                row.occupant.map { String($0.id) } ?? "", row.occupant?.name ?? "",
                row.allocation?.trade ?? "", show.day(row.allocation?.period.start),
                show.day(row.allocation?.period.lastDay), row.allocation?.decision ?? "",
            ]
            if show.format == .table, let day, row.state != .occupied {
                cells = conditionCells(cells, row.unit, on: day, show)
            }
            listing.rows.append(cells)
        }
        return listing
    }
}

extension UnitListing {
    /// A vacant row's cells with the unit's reservation or works.
    static func conditionCells(_ cells: [String], _ unit: Unit, on day: Day, _ show: Presenter)
        -> [String]
    {
        var cells = cells
        if unit.reservationExpired(on: day) {
            cells[3] += show.language.pick(fr: " (expiré)", en: " (expired)")
        }
        if let holder = unit.detail.reservedFor, unit.condition == .reserved {
            cells[4] = String(holder)
            cells[5] = "→ " + (unit.detail.reservedForName ?? "#\(holder)")
        }
        cells[8] = show.day(unit.detail.until)
        return cells
    }
}

extension UnitState: ExpressibleByArgument {}
