import Foundation

/// Hands reports to CUPS through `lp`, and keeps them in a file when that fails.
///
/// `submit` blocks until `lp` answers (it only queues the job; a few tenths
/// of a second normally, at most `timeout`): call it off the main thread in
/// an interactive program.
public struct ReportPrinter: Sendable {
    /// The environment `lp` runs in: its `PATH` finds `lp`, and `CUPS_SERVER` and the like pass on.
    public var environment: [String: String]
    /// Seconds `lp` may take before it is stopped.
    public var timeout: Double

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, timeout: Double = 60
    ) {
        self.environment = environment
        self.timeout = timeout
    }

    /// Prints, or saves the document in the first folder of `folders` that takes it.
    public func print(_ job: PrintJob, savingFailuresIn folders: [URL]) -> PrintOutcome {
        switch submit(job) {
        case .success(let receipt):
            return .printed(receipt)
        case .failure(let failure):
            do {
                let file = try ReportFile.save(job.document, named: job.fileName, in: folders)
                return .saved(failure, file: file)
            } catch {
                return .notSaved(failure, reason: "\(error)")
            }
        }
    }

    /// Queues the job with `lp`; the job id, or why not.
    ///
    /// A job accepted by a stopped queue is a failure too: it will not come
    /// out until someone restarts the printer, and the clerk must know.
    public func submit(_ job: PrintJob) -> Result<PrintReceipt, PrintFailure> {
        guard let lp = ExecutableLookup.find("lp", environment: environment) else {
            return .failure(.lpMissing)
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(ReportFile.safeName(job.fileName))
        let answer: CommandRunner.Result
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try Data(job.document.utf8).write(to: file)
            answer = try CommandRunner.run(
                lp, LPCommand.arguments(for: job, path: file.path), environment: cLocale,
                timeout: timeout)
        } catch {
            return .failure(.couldNotRun(detail: "\(error)"))
        }
        if answer.timedOut { return .failure(.timedOut(printer: job.printer)) }
        guard answer.status == 0 else {
            return .failure(
                LPCommand.failure(
                    printer: job.printer, status: answer.status, errors: answer.errors,
                    schedulerRunning: schedulerRunning()))
        }
        let jobID = LPCommand.jobID(in: answer.output)
        let queue = job.printer ?? jobID.flatMap(LPCommand.queue(ofJob:))
        if let queue, let jobID, let status = lpstat(["-p", queue]),
            LPCommand.saysStopped(status.output, queue: queue)
        {
            return .failure(.printerStopped(queue, jobID: jobID, detail: status.output))
        }
        return .success(PrintReceipt(jobID: jobID, printer: queue, pageCount: job.pageCount))
    }

    /// The queues CUPS offers and its default, for a print dialog; empty when CUPS does not answer.
    public func destinations() -> PrinterDestinations {
        PrinterDestinations(
            names: lpstat(["-e"]).map { PrinterDestinations.names(in: $0.output) } ?? [],
            defaultName: lpstat(["-d"]).flatMap { PrinterDestinations.defaultName(in: $0.output) })
    }

    // MARK: - Asking CUPS

    private var cLocale: [String: String] {
        var environment = environment
        environment["LC_ALL"] = "C"
        environment["LANG"] = "C"
        return environment
    }

    /// Whether the scheduler runs, by `lpstat -r`; nil when that cannot be asked.
    private func schedulerRunning() -> Bool? {
        guard let answer = lpstat(["-r"]) else { return nil }
        if answer.output.contains("not running") { return false }
        return answer.output.contains("is running") ? true : nil
    }

    private func lpstat(_ arguments: [String]) -> CommandRunner.Result? {
        guard let lpstat = ExecutableLookup.find("lpstat", environment: environment) else {
            return nil
        }
        let answer = try? CommandRunner.run(
            lpstat, arguments, environment: cLocale, timeout: min(timeout, 10))
        return answer?.timedOut == false ? answer : nil
    }
}
