import Foundation
import GRDB
import HanoutDomain
import Testing

@testable import HanoutStore

/// Shipped migrations are history: the schema after each one is kept in
/// `Schema/history.sql`, so that editing an old migration fails here.
/// A new migration adds its section (run once with `HANOUT_RECORD_SCHEMA=1`
/// to write the file, then read the difference before committing it).
@Suite struct SchemaHistoryTests {
    static let historyFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schema/history.sql")

    /// The schema as SQLite keeps it, one statement a line, in a stable order.
    static func schema(_ db: Database) throws -> [String] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE sql IS NOT NULL AND name <> 'grdb_migrations'
                ORDER BY type, name
                """
        ).map { row in
            let sql = (row["sql"] as String).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            return "\(row["type"] as String) \(row["name"] as String): \(sql);"
        }
    }

    /// The schema after each migration, as the file keeps it.
    static func history() throws -> String {
        var text = ""
        for identifier in AppDatabase.migrator.migrations {
            let queue = try DatabaseQueue()
            try AppDatabase.migrator.migrate(queue, upTo: identifier)
            text += "-- after \(identifier)\n"
            text += try queue.read(schema).joined(separator: "\n") + "\n\n"
        }
        return text
    }

    @Test func eachMigrationStillBuildsTheSchemaItShippedWith() throws {
        let built = try Self.history()
        if ProcessInfo.processInfo.environment["HANOUT_RECORD_SCHEMA"] == "1" {
            try built.write(to: Self.historyFile, atomically: true, encoding: .utf8)
        }
        let kept = try String(contentsOf: Self.historyFile, encoding: .utf8)
        let builtLines = built.split(separator: "\n", omittingEmptySubsequences: false)
        let keptLines = kept.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (new, old)) in zip(builtLines, keptLines).enumerated() where new != old {
            Issue.record(
                "Schema/history.sql line \(index + 1) differs:\nkept:  \(old)\nbuilt: \(new)")
            break
        }
        #expect(builtLines.count == keptLines.count)
    }

    @Test func theOccupantsOfADatabaseFromBeforeTheSearchIndexAreIndexedWhenOpened() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase.migrator.migrate(queue, upTo: "v3")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO trade VALUES ('MEN', 'Menuiserie', 'Carpentry', 'Bois', 'Wood', 'service');
                    INSERT INTO occupant (id, kind, name, name_key, cin)
                    VALUES (7, 'artisan', 'Brahim Aït Lahcen', 'brahim ait lahcen', 'JE1234');
                    INSERT INTO occupant_trade VALUES (7, 'MEN', 0);
                    """)
        }
        let database = try AppDatabase(writer: queue)
        #expect(try database.occupants(search: "ait").map(\.id) == [7])
        #expect(try database.occupants(search: "je12").map(\.id) == [7])
    }

    /// The register file and its WAL when there is one, by name: what a refusal must leave
    /// as it found it (the shared-memory file is SQLite's index of the WAL, not data).
    static func snapshot(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in [path, path + "-wal"] {
            if let data = FileManager.default.contents(atPath: name) { files[name] = data }
        }
        return files
    }

    @Test func aDatabaseWrittenByANewerHanoutIsRefusedUntouched() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-newer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path
        _ = try AppDatabase.open(at: path)
        // A step this program does not know, as a newer Hanout would have recorded it.
        try DatabaseQueue(path: path, configuration: AppDatabase.configuration()).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        let before = Self.snapshot(path)
        try #require(before[path] != nil)
        #expect(throws: StoreError.newerVersion(unknown: ["v99"])) {
            try AppDatabase.open(at: path)
        }
        // Refused before anything was written: not a migration, not a search word.
        let after = Self.snapshot(path)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after == before, "the register changed although it was refused")
    }

    /// A register written by an older Hanout is announced before it is updated
    /// (a million occupants take a minute); a new file and a current one are not.
    @Test func anOlderRegisterIsAnnouncedBeforeItIsUpdatedAndOnlyThen() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-update-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path
        var announced = 0
        _ = try AppDatabase.open(at: path, announcingUpdate: { announced += 1 })
        #expect(announced == 0, "a new register is made, not updated")

        // Search words cut by an older version (a migration behind is announced alike).
        try DatabaseQueue(path: path, configuration: AppDatabase.configuration()).write { db in
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        _ = try AppDatabase.open(at: path, announcingUpdate: { announced += 1 })
        #expect(announced == 1)
        _ = try AppDatabase.open(at: path, announcingUpdate: { announced += 1 })
        #expect(announced == 1, "updated once")
    }
}
