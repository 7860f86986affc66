import Foundation
import HanoutTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `hanout` process this test starts, may kill, and alone reaps.
///
/// Foundation's `Process` reaps its child on a thread of its own, after which the pid may
/// be reused and a `kill` could reach a stranger. Here the pid stays this child's until
/// ``wait(within:)`` collects its status, so a kill sent after the child ended reaches
/// its zombie and changes nothing: the status then tells whether it finished first.
/// The child gets default signal handling, an empty signal mask, no descriptor beyond
/// its three streams, and files for its output.
final class SpawnedHanout {
    /// How the process ended, as a shell would tell it.
    enum Ending: Equatable, CustomStringConvertible {
        case exited(Int32)
        case killed(by: Int32)

        var description: String {
            switch self {
            case .exited(let status): return "exit \(status)"
            case .killed(let signal): return "killed by signal \(signal)"
            }
        }
    }

    let pid: pid_t
    let arguments: [String]
    /// When it was started.
    let started = ContinuousClock.now
    private let outputPath: String
    private let errorsPath: String
    private(set) var ending: Ending?

    init(_ arguments: [String], environment: [String: String], folder: URL) throws {
        self.arguments = arguments
        let name = UUID().uuidString
        outputPath = folder.appendingPathComponent("\(name).out").path
        errorsPath = folder.appendingPathComponent("\(name).err").path
        pid = try spawnProcess(
            HanoutProcess.executable.path, arguments, environment: environment,
            output: .file(outputPath), errorsPath: errorsPath)
    }

    deinit {
        // A test that failed half-way leaves no process behind.
        if ending == nil {
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorsPath)
    }

    /// Sends `signal`; harmless once the process has ended, as long as it is not reaped.
    func kill(_ signal: Int32 = SIGKILL) {
        guard ending == nil else { return }
        Glibc.kill(pid, signal)
    }

    /// Whether the process has ended (and then collects its status).
    var hasEnded: Bool {
        if ending != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        ending = Self.ending(status)
        return true
    }

    /// Waits for the end, killing the process if it runs past `seconds`.
    @discardableResult
    func wait(within seconds: Double = 60) throws -> Ending {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while !hasEnded {
            if ContinuousClock.now >= deadline {
                kill()
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                ending = Self.ending(status)
                throw ProcessFailure(
                    description: "hanout \(arguments.joined(separator: " ")) did not end "
                        + "within \(Int(seconds)) s")
            }
            usleep(2_000)
        }
        return ending ?? .exited(-1)
    }

    var output: String { Self.contents(of: outputPath) }
    var errors: String { Self.contents(of: errorsPath) }

    private static func contents(of path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    private static func ending(_ status: Int32) -> Ending {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .killed(by: signal)
    }
}
