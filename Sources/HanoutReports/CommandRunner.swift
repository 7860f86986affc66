import Foundation

/// Runs a program to its end with a deadline, and collects what it wrote.
///
/// Used for `lp` and `lpstat`: a scheduler that does not answer must not
/// freeze the clerk's program, so a run that passes its deadline is stopped
/// and reported as such.
enum CommandRunner {
    struct Result: Sendable {
        var status: Int32
        var output: String
        var errors: String
        var timedOut: Bool
    }

    /// Collects a pipe's bytes on another thread, so a chatty program never blocks on a full pipe.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            DispatchQueue.global().async {
                let bytes = handle.readDataToEndOfFile()
                self.lock.withLock { self.data = bytes }
                self.done.signal()
            }
        }

        func text(waiting seconds: Double) -> String {
            _ = done.wait(timeout: .now() + seconds)
            return lock.withLock { String(decoding: data, as: UTF8.self) }
        }
    }

    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String], timeout: Double
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let collectedOutput = Collector(output.fileHandleForReading)
        let collectedErrors = Collector(errors.fileHandleForReading)
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
        }
        return Result(
            status: process.isRunning ? -1 : process.terminationStatus,
            output: collectedOutput.text(waiting: 2), errors: collectedErrors.text(waiting: 2),
            timedOut: timedOut)
    }
}
