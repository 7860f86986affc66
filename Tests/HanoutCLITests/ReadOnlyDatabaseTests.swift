import Foundation
import Testing

/// A register that cannot be written (a backup copy, a 0444 file, a 0555
/// folder) can still be read by every listing and by `check`; a change is
/// refused with the words "read-only", not SQLite's.
@Suite(.serialized, .timeLimit(.minutes(10))) struct ReadOnlyDatabaseTests {
    /// Runs `hanout` as someone who cannot write `folder`: this user when it
    /// is not root (root writes anything), else `nobody` through runuser.
    static func runAsReader(_ shell: HanoutProcess, _ arguments: [String]) throws
        -> HanoutProcess.Outcome
    {
        if getuid() != 0 { return HanoutProcess.finish(try shell.start(arguments)) }
        return HanoutProcess.finish(
            try shell.start(
                ["-u", "nobody", "--", HanoutProcess.executable.path] + arguments,
                program: URL(fileURLWithPath: "/usr/sbin/runuser")))
    }

    enum Lock: String, CaseIterable {
        case file = "a 0444 file"
        case folder = "a 0555 folder"
    }

    /// Root writes any file: as root, the reader is `nobody`, through runuser.
    static let canRunAsReader =
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")

    @Test(
        .enabled(if: canRunAsReader, "runs as root without /usr/sbin/runuser to read as nobody"),
        arguments: Lock.allCases)
    func everyReadingCommandWorksAndAChangeSaysReadOnly(_ lock: Lock) throws {
        let shell = HanoutProcess()
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        #expect(try shell.run("init").status == 0)
        // Readable by anyone (the reader may be another user), writable by nobody.
        chmod(shell.folder.path, 0o755)
        chmod(shell.database, lock == .file ? 0o444 : 0o644)
        if lock == .folder { chmod(shell.folder.path, 0o555) }
        defer { chmod(shell.folder.path, 0o755) }
        let readers = [
            ["zones"], ["units", "AOU"], ["occupants", "--search", "ait"], ["trades"],
            ["history", "AOU-01"], ["suggest", "AOU-04"], ["export", "occupants"], ["check"],
        ]
        for command in readers {
            let outcome = try Self.runAsReader(shell, command + ["--db", shell.database])
            #expect(outcome.status == 0, "\(command): \(outcome.errors)")
            #expect(!outcome.errors.contains("readonly database"))
        }
        let change = try Self.runAsReader(shell, ["assign", "AOU-04", "6", "--db", shell.database])
        #expect(change.status == 1)
        #expect(change.errors.contains("read-only"))
        #expect(!change.errors.contains("attempt to write"))
    }
}
