import ArgumentParser
import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore

/// `hanout print ranking CALL`: the ranking, criterion by criterion, through CUPS or to a file.
struct PrintRankingCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranking",
        abstract: "Print a call's ranking (every applicant, score per criterion, files set aside).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var paper: DocumentPrintOptions
    @Argument(help: "The call's reference.") var call: String
    @Option(help: "The ranking's version (default the latest).") var version: Int?

    func validate() throws { try paper.validate(in: global.language) }

    func run(with database: AppDatabase) throws {
        let report = try CallReportGathering.report(
            call: call, version: version, members: [], withOutcome: false, global: global,
            database: database)
        try paper.deliver(report, .ranking, global: global)
    }
}

/// `hanout print minutes CALL --member NAME...`: the draft of the committee's minutes.
struct PrintMinutesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Print a draft of the committee's minutes (procès-verbal) of a call.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var paper: DocumentPrintOptions
    @Argument(help: "The call's reference.") var call: String
    @Option(name: .customLong("member"), help: "A committee member present (repeat).")
    var members: [String] = []

    func validate() throws { try paper.validate(in: global.language) }

    func run(with database: AppDatabase) throws {
        let report = try CallReportGathering.report(
            call: call, version: nil, members: members, withOutcome: true, global: global,
            database: database)
        try paper.deliver(report, .minutes, global: global)
    }
}

/// Where and how a document (a call's, a letter, a rack) goes: the same choices as `hanout print`.
struct DocumentPrintOptions: ParsableArguments {
    @Option(help: "The CUPS printer (default: $HANOUT_PRINTER, else the CUPS default).")
    var printer: String?
    @Option(help: "Write to this file instead of printing (- for standard output).")
    var output: String?
    @Option(help: "text, csv or html (csv and html need --output).") var format: ReportFormat =
        .text
    @Flag(help: "A4 landscape, 132 columns (default: portrait, 80 columns).") var landscape = false
    @Option(help: "Copies to print.") var copies: Int = 1

    func validate(in language: Language) throws {
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

    var setup: PageSetup { PageSetup.a4(landscape ? .landscape : .portrait) }

    /// To the file named, or to `lp`; a failed print is saved and said, exit 1, as `hanout print`.
    func deliver(_ report: CallReport, _ kind: CallReportText.Kind, global: GlobalOptions) throws {
        let document = CallReportDocument.render(
            report, kind, as: format, language: global.language, setup: setup)
        let pages = CallReportText(kind, language: global.language, setup: setup).pages(report)
        try deliver(
            document, pageCount: pages.count,
            title: "Hanout \(kind.rawValue) \(report.call.reference)",
            fileName: CallReportDocument.fileName(
                kind, call: report.call.reference, day: report.printedOn, format: .text),
            global: global)
    }

    /// A document made for these options: to the file named, or to `lp`.
    func deliver(
        _ document: String, pageCount: Int, title: String, fileName: String, global: GlobalOptions
    ) throws {
        let language = global.language
        if let output {
            guard output != "-" else { return try emit(document) }
            do {
                try ReportFile.write(document, to: output)
            } catch {
                Failure.printError(error.message(in: language))
                throw ExitCode.failure
            }
            return try confirm(language.pick(fr: "Écrit : \(output)", en: "Written: \(output)"))
        }
        let job = PrintJob(
            document: document, title: title, fileName: fileName, setup: setup,
            printer: PrinterSelection.resolve(explicit: printer, environment: global.environment),
            copies: copies, pageCount: pageCount)
        let outcome = ReportPrinter(environment: global.environment).print(
            job, savingFailuresIn: global.reportFolders)
        guard outcome.isPrinted else {
            Failure.printError(outcome.message(in: language))
            throw ExitCode.failure
        }
        try confirm(outcome.message(in: language))
    }
}

/// Reads what a call's document shows and hands it over as values: the
/// reports never query the store.
enum CallReportGathering {
    static func report(
        call reference: String, version: Int?, members: [String], withOutcome: Bool,
        global: GlobalOptions, database: AppDatabase
    ) throws -> CallReport {
        let call = try database.call(reference)
        guard let ranking = try database.ranking(call: call.reference, version: version) else {
            throw CallRefusal.notRanked(call: call.reference)
        }
        let files = Dictionary(
            uniqueKeysWithValues: try database.applications(call: call.reference).map {
                ($0.id, $0)
            })
        var names = OccupantNames(database)
        let ranked = try ranking.entries.map {
            CallReport.Ranked(
                rank: $0.rank, filingNumber: files[$0.applicationID]?.filingNumber ?? "",
                applicant: try names.name($0.occupantID), trade: $0.trade, score: $0.score)
        }
        let setAside = try ranking.setAside.map { aside in
            let file = files[aside.applicationID]
            return CallReport.SetAside(
                filingNumber: file?.filingNumber ?? "",
                applicant: try file.map { try names.name($0.occupantID) } ?? "",
                trade: file?.trade ?? "", reason: aside.reason)
        }
        var offers: [CallReport.OfferLine] = []
        var waiting: [CallReport.Waiting] = []
        if withOutcome {
            offers = try database.offers(call: call.reference).map { offer in
                let file = files[offer.applicationID]
                return CallReport.OfferLine(
                    filingNumber: file?.filingNumber ?? "",
                    applicant: try file.map { try names.name($0.occupantID) } ?? "",
                    unitCode: offer.unitCode, dueBy: offer.dueBy,
                    state: offer.state(on: global.today))
            }
            waiting = try database.waitingList(zone: call.zoneCode)
                .filter { $0.callReference == call.reference }
                .map {
                    CallReport.Waiting(
                        applicant: try names.name($0.occupantID), trade: $0.trade, rank: $0.rank,
                        total: $0.total, joinedOn: $0.joinedOn)
                }
        }
        return CallReport(
            call: call, zoneName: try database.zone(matching: call.zoneCode).name,
            ranking: ranking, ranked: ranked, setAside: setAside, offers: offers,
            waiting: waiting, members: members, printedOn: global.today, clerk: global.clerkName)
    }
}
