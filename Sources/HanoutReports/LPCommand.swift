/// How Hanout talks to CUPS's `lp`: the arguments it passes and how it reads the answers.
///
/// `lp` and `lpstat` run in the C locale so that their answers can be read
/// ("request id is QUEUE-N (1 file(s))"); the clerk's own message is in
/// their language anyway.
enum LPCommand {
    /// `lp`'s arguments for a job whose document is the file at `path`.
    static func arguments(for job: PrintJob, path: String) -> [String] {
        var arguments: [String] = []
        if let printer = job.printer { arguments += ["-d", printer] }
        arguments += ["-t", job.title]
        if job.copies > 1 { arguments += ["-n", String(job.copies)] }
        arguments += job.setup.lpOptions
        // Say it is text, so that CUPS never guesses another format from the content.
        arguments += ["-o", "document-format=text/plain", path]
        return arguments
    }

    /// The job id in `lp`'s answer: the word after "request id is", else any `QUEUE-N` word.
    static func jobID(in output: String) -> String? {
        let words = output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map(String.init)
        if let index = words.firstIndex(of: "is"), index >= 2, words[index - 1] == "id",
            words.indices.contains(index + 1), looksLikeJobID(words[index + 1])
        {
            return words[index + 1]
        }
        return words.first(where: looksLikeJobID)
    }

    /// `QUEUE-N`: a queue name, a hyphen, digits.
    static func looksLikeJobID(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex else { return false }
        let number = word[word.index(after: hyphen)...]
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }

    /// The queue of a job id: `hanout-pdf-7` is on `hanout-pdf`.
    static func queue(ofJob jobID: String) -> String? {
        guard looksLikeJobID(jobID), let hyphen = jobID.lastIndex(of: "-") else { return nil }
        return String(jobID[..<hyphen])
    }

    /// Why `lp` failed, from what it wrote and whether the scheduler runs.
    static func failure(
        printer: String?, status: Int32, errors: String, schedulerRunning: Bool?
    ) -> PrintFailure {
        let lowered = errors.lowercased()
        if schedulerRunning == false || lowered.contains("scheduler is not running")
            || lowered.contains("connection refused")
        {
            return .cupsNotRunning(detail: errors)
        }
        if lowered.contains("does not exist") || lowered.contains("unknown destination")
            || lowered.contains("not found")
        {
            return .unknownPrinter(printer ?? "", detail: errors)
        }
        if printer == nil && lowered.contains("no default destination") {
            return .noPrinter(detail: errors)
        }
        return .refused(printer: printer, status: status, detail: errors)
    }

    /// Whether `lpstat -p QUEUE` says the queue is stopped ("printer X disabled since ...").
    static func saysStopped(_ lpstatOutput: String, queue: String) -> Bool {
        lpstatOutput.split(separator: "\n").contains { line in
            line.hasPrefix("printer \(queue) ") && line.contains(" disabled")
        }
    }
}
