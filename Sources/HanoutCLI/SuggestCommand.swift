import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout suggest UNIT` or `hanout suggest --occupant ID`: ranked candidates.
struct SuggestCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose occupants for a vacant unit, or vacant units for an occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String?
    @Option(help: "Propose units for this occupant id instead.") var occupant: Int64?
    @Option(help: "At most this many rows.") var limit: Int = 20
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        if (unit == nil) == (occupant == nil) {
            throw ValidationError("Give either a UNIT or --occupant ID.")
        }
    }

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let yes = show.title(fr: "oui", en: "yes")
        let no = show.title(fr: "non", en: "no")
        if let unit {
            var listing = Listing(columns: [
                .init(key: "rank", title: "#", alignRight: true),
                .init(key: "id", title: "N°", alignRight: true),
                .init(key: "name", title: show.title(fr: "Nom", en: "Name")),
                .init(key: "trade", title: show.title(fr: "Métier", en: "Trade")),
                .init(key: "fits_trade", title: show.title(fr: "Métier admis", en: "Trade fits")),
                .init(
                    key: "units_in_zone",
                    title: show.title(fr: "Locaux dans la zone", en: "Units in zone"),
                    alignRight: true),
            ])
            let candidates = try database.candidates(forUnit: unit, on: global.today, limit: limit)
            for (index, candidate) in candidates.enumerated() {
                listing.rows.append([
                    String(index + 1), String(candidate.occupant.id), candidate.occupant.name,
                    candidate.trade, candidate.fitsTrade ? yes : no,
                    String(candidate.unitsHeldInZone),
                ])
            }
            try emit(listing.render(format, fitting: global.tableRoom))
        } else if let occupant {
            var listing = Listing(columns: [
                .init(key: "rank", title: "#", alignRight: true),
                .init(key: "unit", title: show.title(fr: "Local", en: "Unit")),
                .init(key: "area_m2", title: "m²", alignRight: true),
                .init(key: "trade", title: show.title(fr: "Métier", en: "Trade")),
                .init(key: "names_trade", title: show.title(fr: "Métier nommé", en: "Names trade")),
            ])
            let units = try database.unitCandidates(
                forOccupant: occupant, on: global.today, limit: limit)
            for (index, candidate) in units.enumerated() {
                listing.rows.append([
                    String(index + 1), candidate.unit.code, show.number(candidate.unit.areaM2),
                    candidate.trade, candidate.namesTrade ? yes : no,
                ])
            }
            try emit(listing.render(format, fitting: global.tableRoom))
        }
    }
}
