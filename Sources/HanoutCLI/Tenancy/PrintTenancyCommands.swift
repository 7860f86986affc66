import ArgumentParser
import HanoutDomain
import HanoutReports
import HanoutStore

/// `hanout print rack ZONE [--from D] [--until D]`: the rack on paper, a
/// fair's over its festival's days by default.
struct PrintRackCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "rack", abstract: "Print a zone's rack (a fair's over its festival's days).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var paper: DocumentPrintOptions
    @Argument(help: "The zone's code or name.") var zone: String
    @Option(help: "The first day (default: today, or a fair's first day).") var from: Day?
    @Option(help: "The last day (default: a fair's last day, else 30 days on).") var until: Day?

    func validate() throws {
        try paper.validate(in: global.language)
        if paper.format != .text {
            throw ValidationError(
                global.language.pick(
                    fr: "Le planning s'imprime en texte.", en: "The rack is printed as text."))
        }
    }

    func run(with database: AppDatabase) throws {
        let (rack, code) = try RackReading.rack(
            zone: zone, from: from, until: until, scale: nil, global: global, database: database)
        let lines = RackPicture.lines(rack, zone: code, language: global.language)
        try paper.deliver(
            lines.joined(separator: "\n") + "\n",
            pageCount: paper.setup.pageCount(lines: lines.count),
            title: "Hanout rack \(code)", fileName: "hanout-rack-\(code)-\(global.today.iso).txt",
            global: global)
    }
}

/// `hanout print arrears [--zone Z] [--older-than DAYS]`: the arrears list on paper.
struct PrintArrearsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrears", abstract: "Print the arrears list of a zone or of the region.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var paper: DocumentPrintOptions
    @Option(help: "One zone's (code or name); default the whole region.") var zone: String?
    @Option(help: "Only debts older than so many days.") var olderThan: Int?

    func validate() throws { try paper.validate(in: global.language) }

    func run(with database: AppDatabase) throws {
        let lines = try database.arrears(
            zone: zone, olderThan: olderThan, asOf: global.today, limit: 100_000)
        let listing = ArrearsListing.listing(
            lines, format: paper.format == .csv ? .csv : .table, global.language)
        let language = global.language
        let heading = language.pick(
            fr: "Impayés au \(DayFormat.show(global.today, in: .fr)) — \(zone ?? "région")",
            en: "Arrears on \(DayFormat.show(global.today, in: .en)) — \(zone ?? "region")")
        let text: String
        switch paper.format {
        case .csv: text = listing.render(.csv)
        case .text:
            text =
                heading + "\n\n"
                + listing.render(
                    .table, fitting: TableFit.Room(width: paper.setup.width, language: language))
        case .html:
            text = HTMLEscape.preformattedPage(
                title: heading, text: heading + "\n\n" + listing.render(.table), language: language,
                style: "pre { font: 9pt monospace; } @page { size: A4; }")
        }
        try paper.deliver(
            text, pageCount: paper.setup.pageCount(lines: text.split(separator: "\n").count),
            title: "Hanout arrears", fileName: "hanout-arrears-\(global.today.iso).txt",
            global: global)
    }
}
