import ArgumentParser
import HanoutDomain
import HanoutReports
import HanoutStore

extension Presenter {
    /// An amount as the clerk writes it in a table, `1250.00` in files.
    func money(_ amount: Money) -> String {
        format == .table ? amount.shown(in: language) : amount.plain
    }
}

/// `hanout fees ZONE`: the zone's fee schedule, a line each.
struct FeesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "fees", abstract: "Show a zone's fee schedule.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The zone's code or name.") var zone: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        guard let schedule = try database.feeSchedule(zone: zone) else {
            throw NoSchedule(zone: zone)
        }
        var listing = Listing(columns: [
            .init(key: "from", title: show.title(fr: "Du", en: "From"), fit: .whole),
            .init(key: "until", title: show.title(fr: "Au", en: "Until"), fit: .whole),
            .init(key: "basis", title: show.title(fr: "Base", en: "Basis")),
            .init(
                key: "amount", title: show.title(fr: "Montant", en: "Amount"), alignRight: true),
            .init(key: "units", title: show.title(fr: "Locaux", en: "Units")),
            .init(key: "decision", title: show.title(fr: "Décision", en: "Decision"), fit: .wrap),
        ])
        for rate in schedule.rates {
            listing.rows.append([
                show.day(rate.period.start), show.day(rate.period.lastDay),
                format == .table ? rate.basis.name(in: global.language) : rate.basis.rawValue,
                show.money(rate.amount),
                rate.unitCodes.isEmpty
                    ? show.title(fr: "tous", en: "all") : rate.unitCodes.joined(separator: ";"),
                rate.decision ?? "",
            ])
        }
        if format == .table {
            try say(
                global.language.pick(
                    fr: "\(schedule.zoneCode) : conventions de \(schedule.conventionMonths) mois, "
                        + "caution de \(schedule.depositMonths) mois de redevance.",
                    en: "\(schedule.zoneCode): conventions of \(schedule.conventionMonths) months, "
                        + "a deposit of \(schedule.depositMonths) months of fee."))
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }

    struct NoSchedule: ClerkError {
        var zone: String
        func message(in language: Language) -> String {
            language.pick(
                fr: "La zone \(zone) n'a pas de barème de redevance.",
                en: "Zone \(zone) has no fee schedule.")
        }
    }
}

/// `hanout expiring [--within DAYS] [--zone Z]`: conventions ending soon.
struct ExpiringCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring", abstract: "List the conventions ending soon.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Within so many days from today (default 90).") var within: Int = 90
    @Option(help: "One zone's (code or name); default the whole region.") var zone: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        guard (0...3650).contains(within) else {
            throw ValidationError("--within takes 0 to 3650 days.")
        }
    }

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let conventions = try database.expiringConventions(
            within: within, zone: zone, today: global.today)
        var listing = Listing(columns: [
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit"), fit: .whole),
            .init(key: "convention", title: show.title(fr: "Convention", en: "Convention")),
            .init(key: "occupant", title: show.title(fr: "Occupant", en: "Occupant")),
            .init(
                key: "last_day", title: show.title(fr: "Dernier jour", en: "Last day"), fit: .whole),
            .init(
                key: "days_left", title: show.title(fr: "Jours", en: "Days"), alignRight: true),
            .init(
                key: "renewals", title: show.title(fr: "Renouv.", en: "Renewals"), alignRight: true),
        ])
        let names =
            format == .table ? try database.occupantNames(conventions.map(\.occupantID)) : [:]
        for convention in conventions {
            listing.rows.append([
                convention.unitCode, convention.number,
                format == .table
                    ? names[convention.occupantID] ?? "" : String(convention.occupantID),
                show.day(convention.lastDay),
                String(convention.lastDay.daysSinceEpoch - global.today.daysSinceEpoch),
                String(convention.terms.filter { $0.kind == .renewed }.count),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}

/// `hanout ledger UNIT|OCCUPANT [--as-of D]`: dues, payments, balance.
struct LedgerCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Show the ledger of a unit or an occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A unit code (AOU-07) or an occupant id.") var target: String
    @Option(help: "The day the ledger stops (default today).") var asOf: Day?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let day = asOf ?? global.today
        let ledger =
            try Int64(target).map { try database.ledger(occupantID: $0, asOf: day) }
            ?? database.ledger(unitCode: target, asOf: day)
        var listing = Listing(columns: [
            .init(key: "day", title: show.title(fr: "Jour", en: "Day"), fit: .whole),
            .init(key: "entry", title: show.title(fr: "Écriture", en: "Entry"), fit: .wrap),
            .init(key: "owed", title: show.title(fr: "Dû", en: "Owed"), alignRight: true),
            .init(key: "paid", title: show.title(fr: "Payé", en: "Paid"), alignRight: true),
            .init(key: "balance", title: show.title(fr: "Solde", en: "Balance"), alignRight: true),
        ])
        for line in ledger.lines {
            listing.rows.append([
                show.day(line.entry.day), LedgerText.entry(line.entry, global.language),
                line.entry.debit.isPositive ? show.money(line.entry.debit) : "",
                line.entry.credit.isPositive ? show.money(line.entry.credit) : "",
                show.money(line.balance),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}

/// `hanout arrears [--zone Z] [--older-than DAYS]`: who owes, oldest debt first.
struct ArrearsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrears", abstract: "List the occupants in arrears, the oldest debt first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "One zone's (code or name); default the whole region.") var zone: String?
    @Option(help: "Only debts older than so many days.") var olderThan: Int?
    @Option(help: "At most so many occupants.") var limit: Int = 1000
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let lines = try database.arrears(
            zone: zone, olderThan: olderThan, asOf: global.today, limit: limit)
        try emit(
            ArrearsListing.listing(lines, format: format, global.language)
                .render(format, fitting: global.tableRoom))
    }
}

/// The arrears list as a listing: for the command, and for paper.
enum ArrearsListing {
    static func listing(_ lines: [ArrearsLine], format: OutputFormat, _ language: Language)
        -> Listing
    {
        let show = Presenter(language: language, format: format)
        var columns: [Listing.Column] = [
            .init(key: "occupant_id", title: "#", alignRight: true),
            .init(key: "occupant", title: show.title(fr: "Occupant", en: "Occupant")),
            .init(key: "units", title: show.title(fr: "Locaux", en: "Units")),
            .init(key: "since", title: show.title(fr: "Dû depuis", en: "Owed since"), fit: .whole),
            .init(key: "days", title: show.title(fr: "Jours", en: "Days"), alignRight: true),
            .init(key: "total", title: show.title(fr: "Total", en: "Total"), alignRight: true),
        ]
        for band in AgeBand.allCases {
            columns.append(
                .init(
                    key: band.key, title: band.label, alignRight: true, fit: .optional))
        }
        var listing = Listing(columns: columns)
        for line in lines {
            let owed = line.arrears
            listing.rows.append(
                [
                    String(owed.occupantID), line.occupantName,
                    owed.unitCodes.joined(separator: ";"),
                    show.day(owed.oldestDueOn), String(owed.ageDays), show.money(owed.total),
                ] + AgeBand.allCases.map { show.money(owed.amount(in: $0)) })
        }
        return listing
    }
}
