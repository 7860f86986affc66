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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(
            &actions, STDERR_FILENO, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeInheritedDescriptors(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let executable = HanoutProcess.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw ProcessFailure(description: "Cannot start \(executable): error \(spawned)")
        }
        self.pid = pid
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
