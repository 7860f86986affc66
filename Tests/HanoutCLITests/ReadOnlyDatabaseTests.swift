import Foundation
import GRDB
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

    /// A copy taken while a change was still in the WAL (no `-shm` beside
    /// it), in a folder the reader cannot write: SQLite can only open it as
    /// immutable, which ignores the WAL. The program must not show the older
    /// file as if it were the register.
    @Test(.enabled(if: canRunAsReader, "runs as root without /usr/sbin/runuser to read as nobody"))
    func aChangeStillInTheJournalIsNeverHiddenBehindTheOlderFile() throws {
        let shell = HanoutProcess()
        defer {
            chmod(shell.folder.path, 0o755)
            try? FileManager.default.removeItem(at: shell.folder)
        }
        #expect(try shell.run("init").status == 0)
        let copy = shell.folder.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        let writer = try DatabaseQueue(path: shell.database, configuration: configuration)
        try writer.write { db in
            try db.execute(
                sql: "UPDATE zone SET name = 'Zone renamed in the journal' WHERE code = 'AOU'")
        }
        let copied = copy.appendingPathComponent("hanout.sqlite").path
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(
                atPath: shell.database + suffix, toPath: copied + suffix)
        }
        try writer.close()
        let journal =
            try FileManager.default.attributesOfItem(atPath: copied + "-wal")[.size] as? Int
        try #require((journal ?? 0) > 0, "the copy's WAL holds the change")
        chmod(shell.folder.path, 0o755)
        chmod(copied, 0o644)
        chmod(copied + "-wal", 0o644)
        chmod(copy.path, 0o555)
        defer { chmod(copy.path, 0o755) }

        let outcome = try Self.runAsReader(shell, ["zones", "--db", copied])
        if outcome.status == 0 {
            #expect(outcome.output.contains("Zone renamed in the journal"), "\(outcome.output)")
        } else {
            #expect(outcome.errors.contains(copied + "-wal"), "\(outcome.errors)")
            #expect(outcome.errors.contains("Nothing was read"))
        }
    }

    /// A register asked for where the clerk may not make one: the system's
    /// reason and the folder it concerns, never SQLite's "unable to open
    /// database file" nor Foundation's "could not be completed".
    @Test(.enabled(if: canRunAsReader, "runs as root without /usr/sbin/runuser to read as nobody"))
    func aFolderThatCannotTakeTheRegisterIsNamedWithTheSystemsReason() throws {
        let shell = HanoutProcess()
        let locked = shell.folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(shell.folder.path, 0o755)
        chmod(locked.path, 0o555)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: shell.folder)
        }
        for place in ["hanout.sqlite", "sub/hanout.sqlite"] {
            for command in [["zones"], ["init"]] {
                let path = locked.appendingPathComponent(place).path
                let outcome = try Self.runAsReader(shell, command + ["--db", path])
                #expect(outcome.status != 0)
                #expect(
                    outcome.errors.contains("\(locked.path): Permission denied"),
                    "\(outcome.errors)")
                #expect(!outcome.errors.contains("unable to open"))
                #expect(!outcome.errors.contains("could not be completed"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: locked.appendingPathComponent("sub").path))
    }
}
