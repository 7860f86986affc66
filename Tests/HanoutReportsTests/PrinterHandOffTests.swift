import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutReports

/// The hand-off to CUPS's `lp`, against fake `lp` scripts: what is sent, what comes back, what is kept.
@Suite struct PrinterHandOffTests {
    func job(_ setup: PageSetup = .portrait, printer: String? = nil) throws -> PrintJob {
        PrintJob.occupancy(try fixtureReports("AOU"), language: .en, setup: setup, printer: printer)
    }

    func options(_ arguments: [String]) -> [String] {
        arguments.indices.filter { arguments[$0] == "-o" && $0 + 1 < arguments.count }
            .map { arguments[$0 + 1] }
    }

    @Test func lpGetsTheTextAndItsLayoutAndTheJobIDComesBack() throws {
        let cups = try FakeCUPS.accepting()
        let job = try job()
        let result = ReportPrinter(environment: cups.environment).submit(job)
        #expect(
            result
                == .success(
                    PrintReceipt(jobID: "fake-queue-42", printer: "fake-queue", pageCount: 2)))
        #expect(cups.document == job.document)
        #expect(!cups.arguments.contains("-d"), "no printer asked: the CUPS default")
        #expect(cups.arguments.starts(with: ["-t", "Hanout AOU 2026-11-29"]))
        let options = options(cups.arguments)
        for expected in [
            "media=A4", "cpi=12", "lpi=7", "page-left=36", "page-top=36",
            "document-format=text/plain",
        ] {
            #expect(options.contains(expected), "\(expected) in \(options)")
        }
        #expect(!options.contains("landscape"))
    }

    @Test func landscapeAsksForItAndForSmallerCharacters() throws {
        let cups = try FakeCUPS.accepting()
        _ = ReportPrinter(environment: cups.environment).submit(try job(.landscape))
        let options = options(cups.arguments)
        #expect(
            options.contains("landscape") && options.contains("cpi=15") && options.contains("lpi=8")
        )
    }

    @Test func aNamedPrinterGoesToLpAsTheDestination() throws {
        let cups = try FakeCUPS.accepting(queue: "hall")
        let result = ReportPrinter(environment: cups.environment).submit(try job(printer: "hall"))
        #expect(cups.arguments.starts(with: ["-d", "hall", "-t"]))
        #expect((try? result.get())?.printer == "hall")
    }

    @Test func thePrinterIsTheOptionElseHanoutPrinterElseTheCUPSDefault() {
        let environment = ["HANOUT_PRINTER": "office"]
        #expect(PrinterSelection.resolve(explicit: "hall", environment: environment) == "hall")
        #expect(PrinterSelection.resolve(explicit: nil, environment: environment) == "office")
        #expect(PrinterSelection.resolve(explicit: "  ", environment: environment) == "office")
        #expect(PrinterSelection.resolve(explicit: nil, environment: ["HANOUT_PRINTER": ""]) == nil)
        #expect(PrinterSelection.resolve(explicit: nil, environment: [:]) == nil)
    }

    @Test func theJobIDIsReadFromLpsAnswer() {
        #expect(LPCommand.jobID(in: "request id is hanout-pdf-7 (1 file(s))\n") == "hanout-pdf-7")
        #expect(
            LPCommand.jobID(in: "l'identifiant de la requête est bureau-12 (1 fichier(s))")
                == "bureau-12")
        #expect(LPCommand.jobID(in: "nothing useful") == nil)
        #expect(LPCommand.queue(ofJob: "hanout-pdf-7") == "hanout-pdf")
        #expect(LPCommand.queue(ofJob: "hanout-pdf") == nil)
    }

    @Test func theDialogCanOfferTheQueuesAndTheDefault() throws {
        let cups = try FakeCUPS(
            lp: "exit 0",
            lpstat: """
                case "$1" in
                -e) printf 'hall\\nhanout-pdf\\noffice\\n' ;;
                -d) echo 'system default destination: hanout-pdf' ;;
                esac
                """)
        let destinations = ReportPrinter(environment: cups.environment).destinations()
        #expect(
            destinations
                == PrinterDestinations(
                    names: ["hall", "hanout-pdf", "office"], defaultName: "hanout-pdf"))
        let none = ReportPrinter(environment: try FakeCUPS.missing().environment).destinations()
        #expect(none == PrinterDestinations(names: [], defaultName: nil))
        #expect(PrinterDestinations.defaultName(in: "no system default destination\n") == nil)
    }

    // MARK: - Failures keep the report

    func expectSaved(
        _ outcome: PrintOutcome, _ job: PrintJob, in folder: URL, failure: PrintFailure,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        guard case .saved(let actual, let file) = outcome else {
            Issue.record("expected a saved report, got \(outcome)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == failure, sourceLocation: sourceLocation)
        #expect(
            file.deletingLastPathComponent().path == folder.path, sourceLocation: sourceLocation)
        #expect(
            file.lastPathComponent == "hanout-AOU-2026-11-29.txt", sourceLocation: sourceLocation)
        #expect(
            try String(contentsOf: file, encoding: .utf8) == job.document,
            sourceLocation: sourceLocation)
        for language in Language.allCases {
            #expect(
                outcome.message(in: language).contains(file.path), sourceLocation: sourceLocation)
        }
    }

    @Test func withoutLpTheReportIsSavedAndTheClerkToldWhere() throws {
        let folder = try makeTemporaryFolder("saved")
        let job = try job()
        let outcome = ReportPrinter(environment: try FakeCUPS.missing().environment)
            .print(job, savingFailuresIn: [folder])
        try expectSaved(outcome, job, in: folder, failure: .lpMissing)
        #expect(outcome.message(in: .fr).contains("lp (CUPS) n'est pas installée"))
        #expect(outcome.message(in: .en).contains("lp command (CUPS) is not installed"))
    }

    @Test func anUnknownPrinterIsNamedWithWhatLpSaid() throws {
        let cups = try FakeCUPS.refusing("lp: Error - The printer or class does not exist.")
        let folder = try makeTemporaryFolder("saved")
        let job = try job(printer: "attic")
        let outcome = ReportPrinter(environment: cups.environment).print(
            job, savingFailuresIn: [folder])
        try expectSaved(
            outcome, job, in: folder,
            failure: .unknownPrinter(
                "attic", detail: "lp: Error - The printer or class does not exist.\n"))
        #expect(outcome.message(in: .en).contains("there is no printer 'attic'"))
        #expect(
            outcome.message(in: .en).contains(
                "CUPS said: lp: Error - The printer or class does not exist."))
        #expect(outcome.message(in: .fr).contains("l'imprimante « attic » n'existe pas"))
    }

    @Test func noDefaultPrinterSaysHowToChooseOne() throws {
        let cups = try FakeCUPS.refusing("lp: Error - No default destination.")
        let folder = try makeTemporaryFolder("saved")
        let job = try job()
        let outcome = ReportPrinter(environment: cups.environment).print(
            job, savingFailuresIn: [folder])
        try expectSaved(
            outcome, job, in: folder,
            failure: .noPrinter(detail: "lp: Error - No default destination.\n"))
        #expect(outcome.message(in: .en).contains("--printer NAME"))
    }

    @Test func aSchedulerThatDoesNotRunIsToldApart() throws {
        let cups = try FakeCUPS(
            lp: "echo 'lp: Error - No default destination.' >&2\nexit 1",
            lpstat: "echo 'scheduler is not running'")
        let folder = try makeTemporaryFolder("saved")
        let job = try job()
        let outcome = ReportPrinter(environment: cups.environment).print(
            job, savingFailuresIn: [folder])
        try expectSaved(
            outcome, job, in: folder,
            failure: .cupsNotRunning(detail: "lp: Error - No default destination.\n"))
        #expect(outcome.message(in: .fr).contains("le service d'impression CUPS ne fonctionne pas"))
    }

    @Test func aRefusalShowsLpsStatusAndMessage() throws {
        let cups = try FakeCUPS(
            lp: "echo 'lp: Destination \"hall\" is not accepting jobs.' >&2\nexit 3")
        let outcome = ReportPrinter(environment: cups.environment)
            .print(try job(printer: "hall"), savingFailuresIn: [try makeTemporaryFolder("saved")])
        #expect(
            outcome.message(in: .en).contains(
                "printer 'hall' refused the report (lp failed with status 3)"))
        #expect(outcome.message(in: .en).contains("is not accepting jobs"))
        #expect(!outcome.isPrinted)
    }

    @Test func aStoppedQueueKeepsTheJobButTheClerkIsToldAndHasTheFile() throws {
        let cups = try FakeCUPS(
            lp: "echo 'request id is hall-42 (1 file(s))'",
            lpstat: "echo 'printer hall disabled since Sun Nov 29 04:35:16 2026 -'\necho '\tPaused'"
        )
        let folder = try makeTemporaryFolder("saved")
        let job = try job(printer: "hall")
        let outcome = ReportPrinter(environment: cups.environment).print(
            job, savingFailuresIn: [folder])
        guard case .saved(.printerStopped("hall", jobID: "hall-42", _), _) = outcome else {
            Issue.record("expected a stopped printer, got \(outcome)")
            return
        }
        #expect(outcome.message(in: .en).contains("job hall-42 waits in its queue"))
        #expect(outcome.message(in: .fr).contains("cupsenable hall"))
    }

    @Test func anLpThatHangsIsStoppedAndTheReportKept() throws {
        let cups = try FakeCUPS(lp: "exec /bin/sleep 30")
        let folder = try makeTemporaryFolder("saved")
        let job = try job()
        let started = Date()
        let outcome = ReportPrinter(environment: cups.environment, timeout: 0.5)
            .print(job, savingFailuresIn: [folder])
        #expect(Date().timeIntervalSince(started) < 10)
        try expectSaved(outcome, job, in: folder, failure: .timedOut(printer: nil))
    }

    @Test func aSavedReportNeverReplacesAnotherAndFindsAFolderThatTakesIt() throws {
        let folder = try makeTemporaryFolder("saved")
        let missing = folder.appendingPathComponent("does-not-exist")
        let first = try ReportFile.save(
            "one", named: "hanout-AOU-2026-11-29.txt", in: [missing, folder])
        let second = try ReportFile.save(
            "two", named: "hanout-AOU-2026-11-29.txt", in: [missing, folder])
        #expect(first.lastPathComponent == "hanout-AOU-2026-11-29.txt")
        #expect(second.lastPathComponent == "hanout-AOU-2026-11-29-2.txt")
        #expect(try String(contentsOf: first, encoding: .utf8) == "one")
        let escaping = try ReportFile.save("four", named: "../../etc/evil.txt", in: [folder])
        #expect(escaping.path == folder.appendingPathComponent("evil.txt").path)
        #expect(ReportFile.safeName("..") == "hanout-report.txt")
        #expect(throws: ReportFile.SaveFailed.self) {
            try ReportFile.save("three", named: "x.txt", in: [missing])
        }
    }
}
