import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout ranking CALL [--version N]`: every applicant with the points of
/// each criterion (one column a criterion, so csv and json keep them too),
/// then the files set aside with their reason.
struct RankingCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranking", abstract: "Show a call's ranking, criterion by criterion.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var call: String
    @Option(help: "The version (default the latest).") var version: Int?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let language = global.language
        guard let ranking = try database.ranking(call: call, version: version) else {
            throw CallRefusal.notRanked(call: call.uppercased())
        }
        let files = Dictionary(
            uniqueKeysWithValues: try database.applications(call: ranking.callReference).map {
                ($0.id, $0)
            })
        let show = Presenter(language: language, format: format)
        let criteria = ranking.entries.first?.score.lines ?? []
        var names = OccupantNames(database)
        var listing = Listing(
            columns: [
                .init(key: "rank", title: show.title(fr: "Rang", en: "Rank"), alignRight: true),
                .init(
                    key: "number", title: show.title(fr: "N° de dépôt", en: "Filing number"),
                    fit: .whole),
                .init(key: "applicant", title: show.title(fr: "Candidat", en: "Applicant")),
                .init(key: "trade", title: show.title(fr: "Métier", en: "Trade"), fit: .whole),
                .init(key: "total", title: "Total", alignRight: true),
            ]
                // Headed by the grid's short names (`years`, `no_unit`): the
                // labels are sentences. A terminal shows the points of as many
                // criteria as fit, the others named on the last line (`--wide`,
                // CSV and JSON have them all; `print ranking` has the labels).
                + criteria.map {
                    .init(key: $0.key, title: $0.key, alignRight: true, fit: .optional)
                }
                + [
                    .init(
                        key: "status", title: show.title(fr: "Recevable", en: "Admissible"),
                        fit: .wrap)
                ])
        for entry in ranking.entries {
            listing.rows.append(
                [
                    String(entry.rank), files[entry.applicationID]?.filingNumber ?? "",
                    try names.name(entry.occupantID), entry.trade, String(entry.total),
                ] + entry.score.lines.map { String($0.points) }
                    + [Admissibility.admissible.name(in: language)])
        }
        for aside in ranking.setAside {
            let file = files[aside.applicationID]
            listing.rows.append(
                [
                    "", file?.filingNumber ?? "",
                    try file.map { try names.name($0.occupantID) } ?? "",
                    file?.trade ?? "", "",
                ] + criteria.map { _ in "" } + [aside.reason.message(in: language)])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
        if format == .table {
            try say(RankingHeading.text(ranking, in: language))
        }
    }
}

/// The line that says which ranking this is: version, frozen or not, the lot's seed.
enum RankingHeading {
    static func text(_ ranking: Ranking, in language: Language) -> String {
        let frozen =
            ranking.isFrozen
            ? language.pick(fr: "figé", en: "frozen")
            : language.pick(fr: "non figé", en: "not frozen")
        let reason = ranking.reason.map {
            language.pick(fr: ", motif : \($0)", en: ", reason: \($0)")
        }
        return language.pick(
            fr: "Classement \(ranking.callReference), version \(ranking.version) (\(frozen)), "
                + "tirage au sort \(ranking.seed)",
            en: "Ranking \(ranking.callReference), version \(ranking.version) (\(frozen)), "
                + "lot seed \(ranking.seed)") + (reason ?? "") + "."
    }
}
