import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A pseudo-terminal pair of 80x24, as a clerk's terminal window would be.
struct PseudoTerminal {
    let master: Int32
    let slave: Int32

    init(width: Int = 80, height: Int = 24) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(
            ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw BenchFailure("openpty failed: errno \(errno)")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        self.master = master
        self.slave = slave
    }

    /// Reads what the program wrote so far without waiting; gives the byte count.
    func drain() -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return total }
            total += count
        }
    }

    func close() {
        _ = Glibc.close(master)
        _ = Glibc.close(slave)
    }
}

/// The real `hanout` program, started with its standard streams on a
/// pseudo-terminal whose every byte a thread reads, as a terminal would.
///
/// `wait()` gives the exit status and the peak resident memory of the child
/// (`getrusage` through `wait4`).
final class ChildProcess: Sendable {
    struct End {
        var status: Int32
        /// Peak resident set size of the child, in bytes.
        var peakResidentBytes: Int
    }

    let pid: pid_t
    let master: Int32
    private let received = Mutex(Received())
    private let readerDone = DispatchSemaphore(value: 0)

    private struct Received {
        var bytes: [UInt8] = []
        var count = 0
        var last = ContinuousClock.now
        var keep = true
    }

    /// Starts `program`; with `outputFile`, its standard output goes to that
    /// file (made anew) instead of the terminal, as `> FILE` in a shell.
    init(
        program: String, arguments: [String], environment: [String: String],
        keepOutput: Bool = true, outputFile: String? = nil
    ) throws {
        let terminal = try PseudoTerminal()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, terminal.slave, target)
        }
        if let outputFile {
            posix_spawn_file_actions_addopen(
                &actions, STDOUT_FILENO, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, as a program started from a shell in a terminal.
        // (POSIX_SPAWN_SETSID, which Swift's Glibc does not show without _GNU_SOURCE.)
        posix_spawnattr_setflags(&attributes, 0x80)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        Self.resetPeakResident()
        var pid: pid_t = 0
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        // Only the child holds the slave now: reads on the master fail once it exits.
        _ = Glibc.close(terminal.slave)
        guard status == 0 else {
            _ = Glibc.close(terminal.master)
            throw BenchFailure("cannot start \(program): error \(status)")
        }
        self.pid = pid
        master = terminal.master
        received.withLock { $0.keep = keepOutput }
        let thread = Thread { [self] in readAll() }
        thread.start()
    }

    private func readAll() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            received.withLock { state in
                state.count += count
                state.last = .now
                if state.keep { state.bytes += buffer[0..<count] }
            }
        }
        readerDone.signal()
    }

    /// Types `bytes` on the terminal.
    func type(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                write(master, $0.baseAddress, $0.count)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Bytes the program wrote so far.
    var outputCount: Int { received.withLock { $0.count } }

    /// Waits until the program has written more than `minimum` bytes and then
    /// nothing for `quiet` (it drew its frame and waits for a key); or, for a key
    /// that changes nothing on screen, until nothing came for `idle`; at most `timeout`.
    func waitForQuiet(
        after minimum: Int, quiet: Duration = .milliseconds(40),
        idle: Duration = .seconds(1), timeout: Duration
    ) {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started.advanced(by: timeout)
        while clock.now < deadline {
            let (count, last) = received.withLock { ($0.count, $0.last) }
            if count > minimum && last.duration(to: clock.now) >= quiet { return }
            if count == minimum && started.duration(to: clock.now) >= idle { return }
            usleep(2_000)
        }
    }

    /// Waits for the child to end; the reader has then read all it wrote.
    func wait() -> End {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        readerDone.wait()
        _ = Glibc.close(master)
        let exited = status & 0x7f == 0
        return End(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            // Linux gives ru_maxrss in kibibytes.
            peakResidentBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// Sets this process's peak resident memory back to what it holds now.
    ///
    /// The child's peak (`ru_maxrss`) starts from this process's: `posix_spawn`
    /// runs the child in this process's memory until `exec`, and Linux keeps
    /// the larger peak of the two. A setup that once held much (the import's,
    /// cutting the ids off an 80 MB export in memory: 1.5 GB) was reported as
    /// the program's own peak. Writing 5 to `clear_refs` (Linux 4.0) resets it.
    static func resetPeakResident() {
        let file = open("/proc/self/clear_refs", O_WRONLY)
        guard file >= 0 else { return }
        _ = write(file, "5", 1)
        _ = Glibc.close(file)
    }

    /// What the program wrote (when kept).
    func output() -> [UInt8] { received.withLock { $0.bytes } }
}
