import Foundation
import Testing

/// Runs the program with its standard output somewhere other than a readable pipe.
extension HanoutProcess {
    /// Runs with standard output on `output` (`/dev/full`, a pipe nobody reads); standard
    /// error is read as usual.
    func run(_ arguments: [String], output: Any) throws -> Outcome {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus)")
        return Outcome(
            status: process.terminationStatus, output: "",
            errors: String(decoding: err, as: UTF8.self))
    }

    /// Runs through `/bin/sh` with `redirections` applied to the program alone
    /// (`>&-` closes its standard output), as a script would write it.
    func run(_ arguments: [String], redirections: String) throws -> Outcome {
        try run(
            ["-c", "exec \"$0\" \"$@\" \(redirections)", Self.executable.path] + arguments,
            program: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Runs `program` (the shell) with the usual environment, reading both streams.
    private func run(_ arguments: [String], program: URL) throws -> Outcome {
        let started = try start(arguments, program: program)
        let outcome = Self.finish(started)
        #expect(started.0.terminationReason == .exit, "ended by signal \(outcome.status)")
        return outcome
    }
}
