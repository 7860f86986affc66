import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout call allocate REF [--commit]`: the run's preview; written only with --commit.
struct CallAllocateCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Preview the offers the ranking gives; --commit makes them.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String
    @Flag(help: "Make the offers and fill the waiting lists.") var commit = false
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "The day the offers are made (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let preview =
            commit
            ? try database.commitAllocation(
                call: reference, on: on ?? global.today, by: global.clerkName)
            : try database.allocationPreview(call: reference)
        let show = Presenter(language: global.language, format: format)
        var names = OccupantNames(database)
        var listing = Listing(columns: [
            .init(key: "rank", title: show.title(fr: "Rang", en: "Rank"), alignRight: true),
            .init(key: "applicant", title: show.title(fr: "Candidat", en: "Applicant")),
            .init(key: "trade", title: show.title(fr: "Métier", en: "Trade"), fit: .whole),
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit"), fit: .whole),
            .init(key: "outcome", title: show.title(fr: "Résultat", en: "Outcome"), fit: .wrap),
        ])
        for proposal in preview.proposals {
            let choice = proposal.preference.map {
                global.language.pick(fr: "offre (choix \($0))", en: "offer (choice \($0))")
            }
            listing.rows.append([
                String(proposal.rank), try names.name(proposal.occupantID), proposal.trade,
                proposal.unitCode, choice ?? global.language.pick(fr: "offre", en: "offer"),
            ])
        }
        for left in preview.notPlaced {
            listing.rows.append([
                String(left.rank), try names.name(left.occupantID), left.trade, "",
                left.reason.message(in: global.language),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
        if format == .table {
            let language = global.language
            try say(
                commit
                    ? language.pick(
                        fr: "\(preview.proposals.count) offre(s) faite(s); les autres attendent.",
                        en: "\(preview.proposals.count) offer(s) made; the others wait.")
                    : language.pick(
                        fr: "Aperçu : rien n'est écrit. Ajoutez --commit pour faire les offres.",
                        en: "Preview: nothing written. Add --commit to make the offers."))
        }
    }
}
