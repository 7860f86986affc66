import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a finished program left behind.
struct ProcessOutcome: Sendable {
    var status: Int32
    var output: String
    var errors: String
}

/// An end-to-end step that did not happen in time, or a tool that failed; the description
/// carries what the terminal showed last.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs a program to the end with a deadline.
///
/// Spawned directly rather than with Foundation's `Process`, which hands the child a socket
/// to notice its end and the test runner's blocked signals: a tmux server inheriting the
/// first never lets its client count as ended, and a program inheriting the second ignores
/// SIGTERM and SIGHUP. Here the child gets no descriptor beyond its three streams, default
/// signal handling and an empty signal mask; its output goes through files.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: FileHandle? = nil, output terminal: FileHandle? = nil, in folder: URL,
    deadline seconds: Double = 20
) throws -> ProcessOutcome {
    let name = UUID().uuidString
    let outputPath = folder.appendingPathComponent("\(name).out").path
    let errorsPath = folder.appendingPathComponent("\(name).err").path
    defer {
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorsPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input {
        posix_spawn_file_actions_adddup2(&actions, input.fileDescriptor, STDIN_FILENO)
    } else {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    }
    if let terminal {
        posix_spawn_file_actions_adddup2(&actions, terminal.fileDescriptor, STDOUT_FILENO)
    } else {
        posix_spawn_file_actions_addopen(
            &actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
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
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        throw EndToEndFailure(description: "Cannot start \(executable): error \(spawned)")
    }
    var status: Int32 = 0
    let end = Date().addingTimeInterval(seconds)
    while waitpid(pid, &status, WNOHANG) == 0 {
        if Date() >= end {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
            throw EndToEndFailure(
                description: "\(executable) \(arguments.joined(separator: " ")) "
                    + "did not end within \(Int(seconds)) s")
        }
        usleep(5_000)
    }
    let out = FileManager.default.contents(atPath: outputPath) ?? Data()
    let err = FileManager.default.contents(atPath: errorsPath) ?? Data()
    // The exit code, or 128 + the signal that ended it, as a shell reports it.
    let signal = status & 0x7f
    return ProcessOutcome(
        status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
        output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
}

/// Asks the spawn to close every descriptor above the standard streams, so that no other
/// test's pipe outlives its test in a tmux server.
private func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom =
        @convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32
        ) -> Int32
    if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, STDERR_FILENO + 1)
        return
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > STDERR_FILENO {
        posix_spawn_file_actions_addclose(&actions, descriptor)
    }
}

/// The built `hanout` program on a private database in a private folder, with today fixed.
struct HanoutProgram: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The program beside the test bundle (SwiftPM builds both into one folder).
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent("hanout")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repository.appendingPathComponent(".build/debug/hanout")
    }()

    static let today = "2026-11-29"
    /// How the title bar shows `today` in English.
    static let todayShown = "29 Nov 2026"

    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The whole environment the program gets: nothing inherited from the developer's.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HANOUT_DB": database, "HANOUT_TODAY": Self.today, "LANG": "C.UTF-8",
            "HANOUT_FIXTURES": Self.repository.appendingPathComponent("fixtures").path,
            "USER": "e2e-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
            "TERM": "xterm-256color",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// `/usr/bin/env -i` with that environment, then `command`: for a tmux pane.
    func command(_ command: [String], environment extra: [String: String] = [:]) -> [String] {
        let assignments = environment(extra).sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value)"
        }
        return ["/usr/bin/env", "-i"] + assignments + command
    }

    /// Runs a command of the program to the end.
    @discardableResult
    func run(_ arguments: String...) throws -> ProcessOutcome {
        try runProcess(Self.executable.path, arguments, environment: environment(), in: folder)
    }

    /// The rows of a `--format json` listing.
    func json(_ arguments: String...) throws -> [[String: String]] {
        let outcome = try runProcess(
            Self.executable.path, arguments + ["--format", "json"], environment: environment(),
            in: folder)
        guard outcome.status == 0,
            let rows = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8))
                as? [[String: String]]
        else {
            throw EndToEndFailure(
                description: "hanout \(arguments.joined(separator: " ")) --format json failed "
                    + "(\(outcome.status)): \(outcome.errors)")
        }
        return rows
    }
}
