import Foundation
import GRDB
import Testing

@testable import HanoutStore

/// `hanout --version` names the register's schema: read from the file, never written.
@Suite struct SchemaVersionTests {
    let folder: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-schema-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    func register(upTo step: String?) throws -> String {
        let path = folder.appendingPathComponent("hanout.sqlite").path
        let queue = try DatabaseQueue(path: path)
        if let step { try AppDatabase.migrator.migrate(queue, upTo: step) }
        try queue.close()
        return path
    }

    /// What lies in the folder, byte for byte.
    func files() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = FileManager.default.contents(
                atPath: folder.appendingPathComponent(name).path)
        }
        return files
    }

    @Test func theProgramsVersionIsTheNumberOfItsLastMigration() {
        let last = AppDatabase.migrator.migrations.last
        #expect(last == "v\(SchemaVersion.current)")
    }

    @Test func aRegisterLeftAtAnOlderStepReadsThatStepAndIsLeftAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try register(upTo: "v3")
        let before = try files()
        #expect(SchemaVersion.read(at: path) == .version(3))
        #expect(try files() == before, "reading the version changed the folder")
    }

    @Test func aCurrentRegisterReadsTheProgramsVersion() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try register(upTo: AppDatabase.migrator.migrations.last)
        #expect(SchemaVersion.read(at: path) == .version(SchemaVersion.current))
    }

    @Test func aNewerRegisterNamesTheStepsThisProgramDoesNotKnow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try register(upTo: "v2")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        #expect(SchemaVersion.read(at: path) == .newer(unknown: ["v99"]))
    }

    @Test func noFileIsMissingAndNoneIsCreated() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("none.sqlite").path
        #expect(SchemaVersion.read(at: path) == .missing)
        #expect(try files().isEmpty)
    }

    @Test func aFileThatIsNotSQLiteIsUnreadableNotAnError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        guard case .unreadable = SchemaVersion.read(at: path) else {
            Issue.record("not unreadable: \(SchemaVersion.read(at: path))")
            return
        }
    }
}
