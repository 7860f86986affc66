import Foundation
import HanoutTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `hanout` program on a private database, as a clerk's shell would.
struct HanoutProcess {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable = BuiltProgram.hanout

    let folder: URL
    /// Removes the folder when the last copy of this value goes: a test
    /// leaves nothing in the temporary folder, whether it says so or not.
    private let removal: FolderRemoval
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }
    var today = TestDay.text
    var language = "C.UTF-8"

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removal = FolderRemoval(folder)
    }

    /// The whole environment the program gets: nothing inherited from the developer's.
    var environment: [String: String] {
        [
            "HANOUT_DB": database, "HANOUT_TODAY": today, "LANG": language,
            "HANOUT_FIXTURES": TestRepository.fixtures.path,
            "USER": "test-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
        ]
    }

    /// Starts the program; call `finish` on the result.
    func start(_ arguments: [String], program: URL = executable) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, output, errors)
    }

    /// How long a run may take before it is taken for a hang: generous, for a debug build
    /// on a loaded two-core machine, where a command takes a second or two.
    static let deadline: Duration = .seconds(180)

    /// Reads both streams to their end and waits for the program, within `deadline`.
    ///
    /// A program still running then is killed (SIGKILL) and the test gets an issue, so that
    /// a hang fails one test instead of stopping the run.
    static func finish(
        _ started: (Process, Pipe, Pipe), deadline: Duration = deadline,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        let (process, output, errors) = started
        let out = StreamReader(output.fileHandleForReading)
        let err = StreamReader(errors.fileHandleForReading)
        let seconds = Double(deadline.components.seconds)
        let end = Date().addingTimeInterval(seconds)
        // Each stream, then the program, within what is left of the deadline: a program
        // may close its streams long before it ends (`>&- 2>&-`).
        var ended =
            out.wait(seconds: seconds) && err.wait(seconds: max(0, end.timeIntervalSinceNow))
        while ended && process.isRunning {
            if Date() >= end { ended = false }
            usleep(5_000)
        }
        if !ended {
            // The program and what it started (`runuser` forks the program it runs): a
            // child left alive would keep the streams, and Foundation's watch on the
            // process, open.
            let tree = processTree(process.processIdentifier)
            for pid in tree { kill(pid, SIGSTOP) }
            for pid in tree { kill(pid, SIGKILL) }
            let program = process.executableURL?.lastPathComponent ?? "?"
            let arguments = (process.arguments ?? []).joined(separator: " ")
            Issue.record(
                "\(program) \(arguments) did not end within \(Int(seconds)) s: killed",
                sourceLocation: sourceLocation)
            _ = out.wait(seconds: 10)
            _ = err.wait(seconds: 10)
            let reaped = Date().addingTimeInterval(10)
            while process.isRunning && Date() < reaped { usleep(5_000) }
            guard !process.isRunning else {
                Issue.record("still running after SIGKILL", sourceLocation: sourceLocation)
                return Outcome(status: -1, output: "", errors: "")
            }
        }
        return Outcome(
            status: process.terminationStatus, output: String(decoding: out.data, as: UTF8.self),
            errors: String(decoding: err.data, as: UTF8.self))
    }

    /// `pid` and every process below it, read from `/proc`, the deepest first.
    static func processTree(_ pid: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let name = stat.lastIndex(of: ")")
            else { continue }
            // `pid (name) state ppid …`: the name may hold spaces and parentheses.
            let fields = stat[stat.index(after: name)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) {
                children[parent, default: []].append(child)
            }
        }
        func below(_ pid: pid_t) -> [pid_t] {
            (children[pid] ?? []).flatMap { below($0) + [$0] }
        }
        return below(pid) + [pid]
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Outcome {
        Self.finish(try start(arguments))
    }

    /// Starts the program as a child this test alone reaps: see ``SpawnedHanout``.
    func spawn(_ arguments: [String]) throws -> SpawnedHanout {
        try SpawnedHanout(arguments, environment: environment, folder: folder)
    }

    /// Removes the private folder and the database in it.
    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Rows of a JSON listing.
    func json(_ arguments: String...) throws -> [[String: String]] {
        let outcome = Self.finish(try start(arguments))
        let data = Data(outcome.output.utf8)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: String]]) ?? []
    }
}

/// One stream of a child read to its end on a thread of its own, so that the reader can
/// stop waiting for it.
private final class StreamReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var collected = Data()
    private var ended = false

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let data = handle.readDataToEndOfFile()
            lock.withLock {
                collected = data
                ended = true
            }
            done.signal()
        }
    }

    /// Whether the stream ended within `seconds` (at once if it had already).
    func wait(seconds: Double) -> Bool {
        if lock.withLock({ ended }) { return true }
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()  // a later wait returns at once too
        return true
    }

    /// What was read: empty until the stream ended.
    var data: Data { lock.withLock { collected } }
}

/// A folder removed when nothing refers to it any more.
private final class FolderRemoval: Sendable {
    let folder: URL

    init(_ folder: URL) { self.folder = folder }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
