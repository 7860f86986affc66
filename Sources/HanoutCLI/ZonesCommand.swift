import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout zones`: every zone with its counts and occupancy.
struct ZonesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones", abstract: "List the zones with their occupancy.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Show the occupancy on this day (YYYY-MM-DD or DD/MM/YYYY; default today).")
    var on: Day?

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let summaries = try database.zoneSummaries(on: on ?? global.today)
        var listing = Listing(columns: [
            .init(key: "code", title: "Code"),
            .init(key: "name", title: show.title(fr: "Nom", en: "Name")),
            .init(key: "commune", title: "Commune"),
            .init(key: "kind", title: show.title(fr: "Type", en: "Kind")),
            .init(key: "units", title: show.title(fr: "Locaux", en: "Units"), alignRight: true),
            .init(
                key: "occupied", title: show.title(fr: "Occupés", en: "Occupied"), alignRight: true),
            .init(key: "vacant", title: show.title(fr: "Vacants", en: "Vacant"), alignRight: true),
            .init(
                key: "reserved", title: show.title(fr: "Réservés", en: "Reserved"), alignRight: true
            ),
            .init(key: "works", title: show.title(fr: "Travaux", en: "Works"), alignRight: true),
            .init(
                key: "occupancy", title: show.title(fr: "Occupation", en: "Occupancy"),
                alignRight: true),
        ])
        for summary in summaries {
            listing.rows.append([
                summary.zone.code, summary.zone.name, summary.zone.commune,
                format == .table
                    ? summary.zone.kind.name(in: global.language) : summary.zone.kind.rawValue,
                String(summary.units), String(summary.occupied), String(summary.vacant),
                String(summary.reserved), String(summary.underWorks),
                show.percent(summary.occupancy),
            ])
        }
        if format == .table {
            let units = summaries.map(\.units).reduce(0, +)
            let occupied = summaries.map(\.occupied).reduce(0, +)
            listing.rows.append([
                "", global.language.pick(fr: "Total région", en: "Region total"), "", "",
                String(units), String(occupied), String(summaries.map(\.vacant).reduce(0, +)),
                String(summaries.map(\.reserved).reduce(0, +)),
                String(summaries.map(\.underWorks).reduce(0, +)),
                show.percent(units == 0 ? 0 : Double(occupied) / Double(units)),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}
