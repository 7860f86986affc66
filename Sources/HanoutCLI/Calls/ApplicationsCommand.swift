import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout applications CALL`: a call's files in the order they were filed.
struct ApplicationsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications", abstract: "List a call's applications.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var call: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let theCall = try database.call(call)
        var names = OccupantNames(database)
        var listing = Listing(columns: [
            .init(key: "id", title: "Id", alignRight: true),
            .init(
                key: "number", title: show.title(fr: "N° de dépôt", en: "Filing number"),
                fit: .whole),
            .init(key: "filed", title: show.title(fr: "Déposé le", en: "Filed"), fit: .whole),
            .init(key: "applicant", title: show.title(fr: "Candidat", en: "Applicant")),
            .init(key: "trade", title: show.title(fr: "Métier", en: "Trade"), fit: .whole),
            .init(
                key: "preferences", title: show.title(fr: "Préférences", en: "Preferences"),
                fit: .optional),
            .init(
                key: "missing", title: show.title(fr: "Pièces manquantes", en: "Missing"),
                fit: .wrap),
            .init(key: "mark", title: show.title(fr: "Note", en: "Mark"), alignRight: true),
            .init(key: "state", title: show.title(fr: "État", en: "State"), fit: .wrap),
        ])
        for application in try database.applications(call: theCall.reference) {
            let state =
                application.withdrawnOn.map {
                    global.language.pick(fr: "retiré ", en: "withdrawn ") + show.day($0)
                } ?? application.admissibility.name(in: global.language)
            listing.rows.append([
                String(application.id), application.filingNumber,
                show.day(Day(String(application.filedAt.prefix(10)))),
                try names.name(application.occupantID), application.trade,
                application.preferences.joined(separator: " "),
                application.missingDocuments(of: theCall).joined(separator: ", "),
                application.committeeMark.map(String.init) ?? "", state,
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}
