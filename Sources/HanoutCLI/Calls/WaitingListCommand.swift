import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout waiting-list ZONE [--trade T]`: who waits for a unit, in line.
struct WaitingListCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "waiting-list", abstract: "Show a zone's waiting list.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The zone's code or name.") var zone: String
    @Option(help: "Only this trade, code or name.") var trade: String?
    @Flag(help: "Also those who left it, when and why.") var all = false
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let language = global.language
        let show = Presenter(language: language, format: format)
        let entries = try database.waitingList(
            zone: zone, trade: try trade.map { try TradeArgument.code($0, in: database) },
            includingLeft: all)
        var names = OccupantNames(database)
        var listing = Listing(columns: [
            .init(key: "line", title: show.title(fr: "Ordre", en: "Line"), alignRight: true),
            .init(key: "applicant", title: show.title(fr: "Candidat", en: "Applicant")),
            .init(key: "trade", title: show.title(fr: "Métier", en: "Trade"), fit: .whole),
            .init(key: "call", title: show.title(fr: "Appel", en: "Call"), fit: .whole),
            .init(key: "rank", title: show.title(fr: "Rang", en: "Rank"), alignRight: true),
            .init(key: "score", title: "Score", alignRight: true),
            .init(key: "joined", title: show.title(fr: "Inscrit le", en: "Joined"), fit: .whole),
            .init(key: "left", title: show.title(fr: "Sorti", en: "Left"), fit: .optional),
        ])
        for (index, entry) in entries.enumerated() {
            let left = entry.left.map { show.day($0.day) + " " + $0.why.name(in: language) }
            listing.rows.append([
                String(index + 1), try names.name(entry.occupantID), entry.trade,
                entry.callReference, String(entry.rank), String(entry.total),
                show.day(entry.joinedOn), left ?? "",
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}
