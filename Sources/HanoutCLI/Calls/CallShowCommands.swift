import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout call show REF`: status, dates, units, trades, grid and counts.
struct CallShowCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a call: status, dates, units, trades, counts.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String

    func run(with database: AppDatabase) throws {
        let call = try database.call(reference)
        let counts = try CallCounts(call: call, database: database)
        let language = global.language
        let day = { (day: Day) in DayFormat.show(day, in: language) }
        let units = call.units.map { unit in
            unit.readyBy.map {
                "\(unit.unitCode) (" + language.pick(fr: "prêt le ", en: "ready ") + day($0) + ")"
            }
                ?? unit.unitCode
        }
        let lines = [
            "\(call.reference) — \(call.title)",
            language.pick(fr: "Zone : ", en: "Zone: ") + call.zoneCode,
            language.pick(fr: "Statut : ", en: "Status: ") + call.status.name(in: language),
            language.pick(fr: "Dépôt des dossiers : du ", en: "Filing period: from ")
                + day(call.opensOn)
                + language.pick(fr: " au ", en: " to ") + day(call.closesOn),
            language.pick(fr: "Début des attributions : ", en: "Allocations from: ")
                + day(call.startsOn),
            language.pick(fr: "Locaux : ", en: "Units: ") + units.joined(separator: ", "),
            language.pick(fr: "Métiers : ", en: "Trades: ")
                + (call.trades.isEmpty
                    ? language.pick(fr: "tous", en: "any") : call.trades.joined(separator: ", ")),
            language.pick(fr: "Grille : ", en: "Grid: ") + call.gridCode + " ("
                + call.mode.name(in: language) + ")",
            language.pick(fr: "Pièces exigées : ", en: "Documents required: ")
                + (call.documentsRequired.isEmpty
                    ? "—" : call.documentsRequired.joined(separator: ", ")),
            language.pick(fr: "Offres : ", en: "Offers: ")
                + language.pick(
                    fr: "\(call.offerValidityDays) jours pour répondre, radié après "
                        + "\(call.strikesAllowed) refus",
                    en: "\(call.offerValidityDays) days to answer, struck off after "
                        + "\(call.strikesAllowed) refusals"),
            language.pick(
                fr: "Dossiers : \(counts.applications) (\(counts.admissible) recevables), "
                    + "offres : \(counts.offers), classement : version \(counts.rankingVersion)",
                en: "Files: \(counts.applications) (\(counts.admissible) admissible), "
                    + "offers: \(counts.offers), ranking: version \(counts.rankingVersion)"),
        ]
        // A message, not a document a writer made safe: the title and the documents come
        // from the register (an older one may hold a control character), so each line is
        // cleaned on its way to the terminal.
        try say(lines.joined(separator: "\n"))
    }
}

/// `hanout call list`: every call with its status and counts.
struct CallListCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the calls with their status and counts.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        var listing = Listing(columns: [
            .init(
                key: "reference", title: show.title(fr: "Référence", en: "Reference"), fit: .whole),
            .init(key: "zone", title: "Zone", fit: .whole),
            .init(key: "title", title: show.title(fr: "Titre", en: "Title")),
            .init(key: "status", title: show.title(fr: "Statut", en: "Status"), fit: .whole),
            .init(key: "opens", title: show.title(fr: "Ouverture", en: "Opens"), fit: .whole),
            .init(key: "closes", title: show.title(fr: "Clôture", en: "Closes"), fit: .whole),
            .init(key: "units", title: show.title(fr: "Locaux", en: "Units"), alignRight: true),
            .init(
                key: "applications", title: show.title(fr: "Dossiers", en: "Files"),
                alignRight: true),
            .init(key: "offers", title: show.title(fr: "Offres", en: "Offers"), alignRight: true),
        ])
        for call in try database.calls() {
            let counts = try CallCounts(call: call, database: database)
            listing.rows.append([
                call.reference, call.zoneCode, call.title,
                format == .table ? call.status.name(in: global.language) : call.status.rawValue,
                show.day(call.opensOn), show.day(call.closesOn), String(call.units.count),
                String(counts.applications), String(counts.offers),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}

/// What `show` and `list` count of a call.
struct CallCounts {
    var applications: Int
    var admissible: Int
    var offers: Int
    /// 0 before the call is ranked.
    var rankingVersion: Int

    init(call: Call, database: AppDatabase) throws {
        let files = try database.applications(call: call.reference)
        applications = files.count
        admissible = files.filter { $0.admissibility.isAdmissible && $0.withdrawnOn == nil }.count
        offers = try database.offers(call: call.reference).count
        rankingVersion = try database.ranking(call: call.reference)?.version ?? 0
    }
}
