import ArgumentParser
import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore

/// `hanout print ZONE... | --all`: the occupancy report, through CUPS or to a file.
///
/// Printing that fails (no `lp`, CUPS stopped, no printer, a refusal) saves
/// the report in a file, says where, and exits with status 1: nothing is lost.
struct PrintCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "occupancy",
        abstract: "Print the occupancy of zones through CUPS, or write it as text, CSV or HTML.",
        discussion: """
            Without --output, the text report goes to lp: to --printer, else $HANOUT_PRINTER, \
            else the CUPS default. If printing fails, the report is saved in the current folder \
            (else the data folder) and the path is shown. --output - writes to standard output.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Zones, by code or name (AOU, Tafraout).") var zones: [String] = []
    @Flag(help: "Every zone, each on new pages.") var all = false
    @Option(help: "The CUPS printer (default: $HANOUT_PRINTER, else the CUPS default).")
    var printer: String?
    @Option(help: "Write to this file instead of printing (- for standard output).")
    var output: String?
    @Option(help: "text, csv or html (csv and html need --output).") var format: ReportFormat =
        .text
    @Flag(help: "A4 landscape, 132 columns (default: portrait, 80 columns).") var landscape = false
    @Option(
        name: .customLong("as-of"),
        help: "The occupancy on this day, past or future (YYYY-MM-DD or DD/MM/YYYY; default today)."
    )
    var asOf: Day?
    @Option(help: "Copies to print.") var copies: Int = 1

    func validate() throws {
        let language = global.language
        if all == !zones.isEmpty {
            throw ValidationError(
                language.pick(
                    fr: "Donnez une ou plusieurs zones, ou --all (pas les deux).",
                    en: "Give one or more zones, or --all (not both)."))
        }
        if output == nil && format != .text {
            throw ValidationError(
                language.pick(
                    fr: "Le CSV et le HTML s'écrivent dans un fichier : ajoutez --output FICHIER.",
                    en: "CSV and HTML are written to a file: add --output FILE."))
        }
        if !(1...99).contains(copies) {
            throw ValidationError(
                language.pick(fr: "--copies va de 1 à 99.", en: "--copies goes from 1 to 99."))
        }
    }

    func run(with database: AppDatabase) throws {
        let language = global.language
        let today = global.today
        let day = asOf ?? today
        let reports = try database.occupancy(ofZones: all ? nil : zones, on: day).map {
            OccupancyReport(
                zone: $0.zone, units: $0.units, day: day, printedOn: today,
                clerk: global.clerkName)
        }
        let setup = PageSetup.a4(landscape ? .landscape : .portrait)
        if let output {
            let document = ReportDocument.render(
                reports, as: format, language: language, setup: setup)
            guard output != "-" else { return try emit(document) }
            do {
                try ReportFile.write(document, to: output)
            } catch {
                try keep(document, refusedBy: error, day: day)
            }
            return try confirm(language.pick(fr: "Écrit : \(output)", en: "Written: \(output)"))
        }
        let job = PrintJob.occupancy(
            reports, language: language, setup: setup,
            printer: PrinterSelection.resolve(explicit: printer, environment: global.environment),
            copies: copies)
        let outcome = ReportPrinter(environment: global.environment).print(
            job, savingFailuresIn: fallbackFolders)
        guard outcome.isPrinted else {
            Failure.printError(outcome.message(in: language))
            throw ExitCode.failure
        }
        try confirm(outcome.message(in: language))
    }

    var fallbackFolders: [URL] { global.reportFolders }

    /// The file named could not take the report: keep it where a failed print would, say
    /// both, and fail (exit 1) so that a script does not take it for written.
    private func keep(_ document: String, refusedBy refusal: ReportFileRefusal, day: Day) throws
        -> Never
    {
        let language = global.language
        Failure.printError(refusal.message(in: language))
        if case .notAFile = refusal {
            // `--output /dev/stdout` is a link to a pipe or a terminal: `-` is the way there.
            Failure.printError(
                language.pick(
                    fr: "Pour écrire sur la sortie standard, donnez --output -.",
                    en: "To write to standard output, give --output -."))
        }
        let name = ReportDocument.fileName(zones: all ? [] : zones, day: day, format: format)
        do {
            let saved = try ReportFile.save(document, named: name, in: fallbackFolders)
            Failure.printError(
                language.pick(
                    fr: "Rien n'est perdu : le rapport est enregistré dans \(saved.path).",
                    en: "Nothing is lost: the report is saved in \(saved.path)."))
        } catch {
            Failure.printError(
                language.pick(
                    fr: "Le rapport n'a pas pu être enregistré ailleurs non plus (\(error)).",
                    en: "The report could not be saved elsewhere either (\(error))."))
        }
        throw ExitCode.failure
    }
}

extension ReportFormat: ExpressibleByArgument {}
