import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout occupants`: the directory, filtered by trade or searched by name.
struct OccupantsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "occupants", abstract: "List the occupants, each with an id.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only occupants of this trade (code or name, in any case).") var trade: String?
    @Option(
        help: """
            Names (or CIN) starting with these words, ignoring case and accents; \
            digits alone find a phone number by its last digits.
            """)
    var search: String?
    @Option(help: "At most this many rows.") var limit: Int = 1000
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let code = try trade.map { try TradeArgument.code($0, in: database) }
        let occupants = try database.occupants(trade: code, search: search, limit: limit)
        try emit(
            OccupantListing.make(
                occupants, presenter: Presenter(language: global.language, format: format)
            ).render(format, fitting: global.tableRoom))
    }
}

/// The occupants listing, shared by `occupants` and `export occupants`.
enum OccupantListing {
    static func make(_ occupants: [Occupant], presenter show: Presenter) -> Listing {
        var listing = Listing(columns: columns(show))
        for occupant in occupants { listing.rows.append(row(occupant, show)) }
        return listing
    }

    /// Every occupant of `database` as CSV, in id order, written as it is
    /// read: a million lines are never held at once.
    static func writeCSV(_ database: AppDatabase, presenter show: Presenter) throws {
        var output = BufferedOutput()
        try output.writeCSV(columns(show).map(\.key))
        try database.eachOccupant { occupant in try output.writeCSV(row(occupant, show)) }
        try output.flush()
    }

    static func columns(_ show: Presenter) -> [Listing.Column] {
        [
            .init(key: "id", title: "N°", alignRight: true),
            .init(key: "kind", title: show.title(fr: "Type", en: "Kind")),
            .init(key: "name", title: show.title(fr: "Nom", en: "Name")),
            .init(
                key: "category", title: show.title(fr: "Catégorie", en: "Category"),
                fit: .optional),
            .init(key: "trades", title: show.title(fr: "Métiers", en: "Trades")),
            .init(key: "commune", title: "Commune"),
            .init(key: "cin", title: "CIN", fit: .whole),
            .init(key: "nia", title: "NIA", fit: .optional),
            .init(key: "phone", title: show.title(fr: "Téléphone", en: "Phone"), fit: .optional),
            .init(
                key: "registration", title: show.title(fr: "Immatriculation", en: "Registration"),
                fit: .optional),
            .init(
                key: "members", title: show.title(fr: "Membres", en: "Members"), alignRight: true,
                fit: .optional),
        ]
    }

    /// One occupant's values, in the order of `columns`.
    static func row(_ occupant: Occupant, _ show: Presenter) -> [String] {
        let table = show.format == .table
        return [
            String(occupant.id),
            table ? occupant.kind.name(in: show.language) : occupant.kind.rawValue,
            occupant.name,
            (table ? occupant.category?.name(in: show.language) : occupant.category?.rawValue)
                ?? "",
            // Most have one trade: no joining for them (a million rows exported).
            occupant.trades.count == 1
                ? occupant.trades[0] : occupant.trades.joined(separator: ";"),
            occupant.commune ?? "", occupant.cin ?? "",
            occupant.nia ?? "", occupant.phone ?? "", occupant.registration ?? "",
            occupant.members.map(String.init) ?? "",
        ]
    }
}

/// `hanout trades`: the catalogue of trades.
struct TradesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "trades", abstract: "List the catalogue of trades.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        // The clerk reads one name, in their language; a script gets both, by key.
        let table = format == .table
        var listing = Listing(
            columns: [.init(key: "code", title: "Code")]
                + (table
                    ? [.init(key: "name", title: show.title(fr: "Métier", en: "Trade"))]
                    : [
                        .init(key: "name_fr", title: "name_fr"),
                        .init(key: "name_en", title: "name_en"),
                    ])
                + [
                    .init(key: "branch", title: show.title(fr: "Filière", en: "Branch")),
                    .init(key: "family", title: show.title(fr: "Famille", en: "Family")),
                ])
        for trade in try database.trades() {
            listing.rows.append(
                [trade.code]
                    + (table ? [trade.name(in: global.language)] : [trade.nameFr, trade.nameEn])
                    + [
                        global.language.pick(fr: trade.branchFr, en: trade.branchEn),
                        table ? trade.family.name(in: global.language) : trade.family.rawValue,
                    ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}
