import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import Testing

@testable import HanoutCLI

#if canImport(Glibc)
    import Glibc
#endif

/// `hanout backup` and `hanout restore`, through the real program (issue 14).
@Suite struct BackupCommandTests {
    /// The backups in `folder`, oldest first.
    func backups(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("hanout-") && $0.hasSuffix(".sqlite") }
            .sorted { BackupFolder.order($0) < BackupFolder.order($1) }
    }

    /// What unit `code` is on the test day in the register at `path`.
    func state(of code: String, in path: String) throws -> UnitState {
        let database = try AppDatabase.open(at: path)
        defer { try? database.close() }
        return try database.unit(code: code, on: TestDay.day).state
    }

    @Test func aBackupIsACheckedCopyNamedByItsDateAndOnlyTheLastOnesAreKept() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        #expect(try hanout.run("init").status == 0)
        #expect(try hanout.run("assign", "AOU-04", "3", "--from", TestDay.text).status == 0)
        let folder = hanout.folder.appendingPathComponent("backups")
        let first = try hanout.run("backup")
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Backup checked: \(folder.path)/hanout-"), "\(first.output)")
        let names = try backups(in: folder)
        #expect(names.count == 1)
        let name = try #require(names.first)
        // hanout-YYYY-MM-DD-HHMMSS.sqlite, private as the register is.
        #expect(name.count == "hanout-2026-12-05-021500.sqlite".count)
        let copy = folder.appendingPathComponent(name).path
        var status = stat()
        #expect(stat(copy, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(try state(of: "AOU-04", in: copy) == .occupied)
        // Four more with --keep 3: the three newest stay, nothing else is touched.
        try "a note".write(
            to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        var made = [name]
        for _ in 0..<4 {
            let outcome = try hanout.run("backup", "--keep", "3")
            #expect(outcome.status == 0, "\(outcome.errors)")
            made.append(try #require(try backups(in: folder).last))
        }
        #expect(Set(made).count == 5, "each backup has a name of its own")
        #expect(try backups(in: folder) == Array(made.suffix(3)))
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        #expect(try hanout.run("backup", "--keep", "0").status != 0)
    }

    /// A register with a backup made before AOU-04 was assigned; the backup's path.
    func registerWithABackup(_ hanout: HanoutProcess) throws -> String {
        #expect(try hanout.run("init").status == 0)
        let folder = hanout.folder.appendingPathComponent("b")
        let backup = try hanout.run("backup", "--to", folder.path)
        #expect(backup.status == 0, "\(backup.errors)")
        #expect(try hanout.run("assign", "AOU-04", "3", "--from", TestDay.text).status == 0)
        return folder.appendingPathComponent(try #require(try backups(in: folder).first)).path
    }

    /// A restore puts the backup in place and keeps the register it replaced;
    /// what is not a register is refused and replaces nothing.
    @Test func aRestoreKeepsTheReplacedRegister() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let file = try registerWithABackup(hanout)
        let text = hanout.folder.appendingPathComponent("notes.sqlite").path
        try "not a register".write(toFile: text, atomically: true, encoding: .utf8)
        let refused = try hanout.run("restore", text)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("is not a sound register"), "\(refused.errors)")
        #expect(try state(of: "AOU-04", in: hanout.database) == .occupied)
        let restored = try hanout.run("restore", file)
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(try state(of: "AOU-04", in: hanout.database) == .vacant)
        let kept = try #require(
            try FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
                .first { $0.hasPrefix("hanout-replaced-") })
        #expect(restored.output.contains(kept), "\(restored.output)")
        #expect(
            try state(of: "AOU-04", in: hanout.folder.appendingPathComponent(kept).path)
                == .occupied)
        #expect(try hanout.run("check").status == 0)
    }

    /// While another program has the register open (here the sqlite3 shell,
    /// waiting for input), a restore is refused and changes nothing.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"),
            "sqlite3 is not installed: the restore of a register in use cannot be tried"))
    func aRestoreIsRefusedWhileTheRegisterIsOpen() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let file = try registerWithABackup(hanout)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        shell.arguments = [hanout.database]
        let input = Pipe()
        let output = Pipe()
        shell.standardInput = input
        shell.standardOutput = output
        try shell.run()
        input.fileHandleForWriting.write(Data("SELECT count(*) FROM unit;\n".utf8))
        // Its answer means it has the register open (its shared memory mapped).
        #expect(!output.fileHandleForReading.availableData.isEmpty)
        let busy = try hanout.run("restore", file)
        input.fileHandleForWriting.closeFile()
        shell.waitUntilExit()
        #expect(busy.status == 1)
        #expect(busy.errors.contains("is open by other clerks"), "\(busy.errors)")
        #expect(try state(of: "AOU-04", in: hanout.database) == .occupied)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
                .allSatisfy { !$0.hasPrefix("hanout-replaced-") })
        // Once it has quit, the same restore goes through.
        #expect(try hanout.run("restore", file).status == 0)
        #expect(try state(of: "AOU-04", in: hanout.database) == .vacant)
    }

    /// Backups taken while another clerk assigns and releases are each a
    /// whole transaction's view: every one passes its own check (the journal
    /// and the allocations agree), none waits for the writer to finish.
    @Test func backupsTakenWhileAClerkWritesAreConsistent() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        #expect(try hanout.run("init").status == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = [
            "-c",
            "for i in 1 2 3 4 5 6 7 8; do \"$0\" assign AOU-04 3 && \"$0\" release AOU-04 --reason r"
                + " || exit 1; done",
            HanoutProcess.executable.path,
        ]
        writer.environment = hanout.environment
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        var taken = 0
        while writer.isRunning || taken < 2 {
            let outcome = try hanout.run("backup", "--keep", "100")
            #expect(outcome.status == 0, "\(outcome.errors)")
            taken += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(try backups(in: hanout.folder.appendingPathComponent("backups")).count == taken)
    }
}
