import HanoutDomain
import TextLayout

/// The one writer of the command line: every word `hanout` prints goes through here.
///
/// Two promises hold for everything written:
/// - **No crash.** A write that fails (a full disk, a closed descriptor, a pipe whose
///   reader left) throws ``OutputFailure``, which ``Program`` turns into exit status 3.
/// - **Nothing reaches the terminal raw.** A message (``say(_:)``, ``confirm(_:)``,
///   ``printError(_:)``) can quote an argument or a value from the data: each of its lines
///   is cleaned with `SafeText`, so an escape sequence in a unit code typed on the command
///   line prints as text instead of retitling the terminal. A document (``emit(_:)``) comes
///   from a writer that made it safe for its format (a table of cleaned cells, the CSV and
///   JSON writers, a report renderer) and is written as it is.
///
/// Commands reach it as `Console.current`: the process's standard streams, or memory
/// when a test runs a command in process (`Console.$current.withValue`).
struct Console: Sendable {
    var output: ConsoleStream
    var errors: ConsoleStream

    /// Standard output and standard error.
    static let standard = Console(output: .descriptor(1), errors: .descriptor(2))

    /// The console commands write to.
    @TaskLocal static var current = Console.standard

    /// Writes a message on standard output, cleaned, ending with a line break.
    func say(_ message: String) throws(OutputFailure) {
        try write(Self.lines(message), to: .output, afterChange: false)
    }

    /// Writes the message that confirms a change already saved (an allocation, an import).
    ///
    /// Like ``say(_:)``, but a failure says that the change was made: a script must not
    /// take the missing confirmation for a refusal.
    func confirm(_ message: String) throws(OutputFailure) {
        try write(Self.lines(message), to: .output, afterChange: true)
    }

    /// Writes a document that its writer made safe (a listing, an export, a report) as it is.
    func emit(_ document: String) throws(OutputFailure) {
        try write(
            document.hasSuffix("\n") ? document : document + "\n", to: .output, afterChange: false)
    }

    /// Writes a part of a document as its writer makes it (a large export, a
    /// block at a time), as it is.
    func emitPart(_ text: String) throws(OutputFailure) {
        try write(text, to: .output, afterChange: false)
    }

    /// Writes a message on standard error, cleaned.
    ///
    /// A failure is dropped: there is nowhere left to report it, and the exit status
    /// already says that the command failed.
    func printError(_ message: String) {
        try? write(Self.lines(message), to: .errors, afterChange: false)
    }

    private func write(_ text: String, to stream: OutputFailure.Stream, afterChange: Bool)
        throws(OutputFailure)
    {
        do {
            try (stream == .output ? output : errors).write(text)
        } catch {
            throw OutputFailure(stream: stream, code: error.code, afterChange: afterChange)
        }
    }

    /// The message with each line cleaned and a final line break.
    static func lines(_ message: String) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { SafeText.clean(String($0)) + "\n" }.joined()
    }
}

/// Writes a message on standard output (see ``Console/say(_:)``).
func say(_ message: String) throws(OutputFailure) {
    try Console.current.say(message)
}

/// Writes the message that confirms a saved change (see ``Console/confirm(_:)``).
func confirm(_ message: String) throws(OutputFailure) {
    try Console.current.confirm(message)
}

/// Writes a listing, an export or a report as its writer made it (see ``Console/emit(_:)``).
func emit(_ document: String) throws(OutputFailure) {
    try Console.current.emit(document)
}
