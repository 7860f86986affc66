import Foundation
import GRDB
import Testing

/// A register written by a newer Hanout (a migration step this program does not know),
/// through the real program: refused with the clerk's words, and left byte for byte as it
/// was, whether the clerk may write it or not.
@Suite(.serialized, .timeLimit(.minutes(10))) struct NewerRegisterTests {
    /// A register made by `init`, then marked with the step `v99`, as a newer Hanout would.
    static func newerRegister() throws -> HanoutProcess {
        let hanout = HanoutProcess()
        let created = try hanout.run("init")
        try #require(created.status == 0, "\(created.errors)")
        try DatabaseQueue(path: hanout.database).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        return hanout
    }

    /// The register file and its WAL when there is one (the shared-memory file is SQLite's
    /// index of the WAL, not data).
    static func snapshot(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in [path, path + "-wal"] {
            if let data = FileManager.default.contents(atPath: name) { files[name] = data }
        }
        return files
    }

    static let message = "This register was written by a newer version of Hanout (v99)"

    @Test func aNewerRegisterIsRefusedWithTheClerksMessageAndLeftUntouched() throws {
        let hanout = try Self.newerRegister()
        defer { hanout.removeFolder() }
        let before = Self.snapshot(hanout.database)
        try #require(before[hanout.database] != nil)
        for command in [["zones"], ["assign", "AOU-04", "6"]] {
            let outcome = HanoutProcess.finish(try hanout.start(command))
            #expect(outcome.status != 0, "\(command)")
            #expect(outcome.errors.contains(Self.message), "\(command): \(outcome.errors)")
            #expect(!outcome.errors.contains("SQLite"), "\(outcome.errors)")
            #expect(outcome.output.isEmpty, "\(command): \(outcome.output)")
            #expect(Self.snapshot(hanout.database) == before, "\(command) changed the register")
        }
    }

    @Test(
        .enabled(
            if: ReadOnlyDatabaseTests.canRunAsReader,
            "runs as root without /usr/sbin/runuser to read as nobody"))
    func aNewerRegisterOpenedReadOnlyIsRefusedAlikeAndLeftUntouched() throws {
        let hanout = try Self.newerRegister()
        defer { hanout.removeFolder() }
        // Readable by anyone (the reader may be another user), writable by nobody.
        chmod(hanout.folder.path, 0o755)
        chmod(hanout.database, 0o444)
        let before = Self.snapshot(hanout.database)
        let outcome = try ReadOnlyDatabaseTests.runAsReader(
            hanout, ["zones", "--db", hanout.database])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(Self.message), "\(outcome.errors)")
        #expect(outcome.output.isEmpty, "\(outcome.output)")
        #expect(Self.snapshot(hanout.database) == before, "the read-only register changed")
    }
}
