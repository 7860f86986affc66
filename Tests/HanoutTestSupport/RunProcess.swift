import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a finished program left behind.
public struct ProcessOutcome: Sendable {
    /// The exit code, or 128 + the signal that ended it, as a shell reports it.
    public var status: Int32
    public var output: String
    public var errors: String

    public init(status: Int32, output: String, errors: String) {
        self.status = status
        self.output = output
        self.errors = errors
    }
}

/// A program that could not start, or did not end in time.
public struct ProcessFailure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Runs a program to the end with a deadline: the one way the tests run a program.
///
/// Spawned directly rather than with Foundation's `Process`, which hands the child a socket
/// to notice its end and the test runner's blocked signals: a tmux server inheriting the
/// first never lets its client count as ended, and a program inheriting the second ignores
/// SIGTERM and SIGHUP. Here the child gets no descriptor beyond its three streams, default
/// signal handling and an empty signal mask; its output goes through files.
public func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: FileHandle? = nil, output terminal: FileHandle? = nil, in folder: URL,
    workingDirectory: URL? = nil, deadline seconds: Double = 20
) throws -> ProcessOutcome {
    let name = UUID().uuidString
    let outputPath = folder.appendingPathComponent("\(name).out").path
    let errorsPath = folder.appendingPathComponent("\(name).err").path
    defer {
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorsPath)
    }
    let pid = try spawnProcess(
        executable, arguments, environment: environment, input: input,
        output: terminal.map { .handle($0) } ?? .file(outputPath), errorsPath: errorsPath,
        workingDirectory: workingDirectory)
    var status: Int32 = 0
    let end = Date().addingTimeInterval(seconds)
    while waitpid(pid, &status, WNOHANG) == 0 {
        if Date() >= end {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
            throw ProcessFailure(
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

/// Where a spawned program's standard output goes.
public enum SpawnedOutput {
    case handle(FileHandle)
    case file(String)
}

/// Starts `executable` with no descriptor beyond its three streams, default
/// signal handling and an empty signal mask (see `runProcess`), its standard
/// error in the file at `errorsPath`, in `workingDirectory` when given (else
/// the tests'); gives its pid, which the caller reaps.
public func spawnProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: FileHandle? = nil, output: SpawnedOutput, errorsPath: String,
    workingDirectory: URL? = nil
) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input {
        posix_spawn_file_actions_adddup2(&actions, input.fileDescriptor, STDIN_FILENO)
    } else {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    }
    switch output {
    case .handle(let handle):
        posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, STDOUT_FILENO)
    case .file(let path):
        posix_spawn_file_actions_addopen(
            &actions, STDOUT_FILENO, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
    posix_spawn_file_actions_addopen(
        &actions, STDERR_FILENO, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    closeInheritedDescriptors(&actions)
    if let workingDirectory { try changeDirectory(&actions, to: workingDirectory.path) }
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
        throw ProcessFailure(description: "Cannot start \(executable): error \(spawned)")
    }
    return pid
}

/// Asks the spawn to close every descriptor above the standard streams, so that no other
/// test's pipe outlives its test in a tmux server (and no child holds another's pipe).
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

/// Asks the spawn to start the child in `path`. glibc has it since 2.29, but
/// Swift's Glibc module does not declare it: it is looked up by name.
private func changeDirectory(_ actions: inout posix_spawn_file_actions_t, to path: String) throws {
    typealias AddChangeDirectory =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?)
        -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
        throw ProcessFailure(description: "This C library cannot start a program in a folder")
    }
    _ = unsafeBitCast(symbol, to: AddChangeDirectory.self)(&actions, path)
}
