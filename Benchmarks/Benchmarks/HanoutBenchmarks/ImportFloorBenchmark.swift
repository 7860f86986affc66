import Benchmark
import Foundation
import GRDB

/// The least SQLite itself takes to store what an import of the benchmark's
/// occupant file stores (issue 9), to set the import's own figure against.
///
/// The rows come ready made from a register that imported the file: they are
/// written into a fresh register (`hanout init`) as the import writes them,
/// in one immediate transaction with the import's settings (`BulkWrite`), the
/// secondary indexes dropped before and built at the end, the search rows in
/// their own order, then committed. No CSV is read, no id given, nothing
/// folded or checked: what the import takes beyond this is its own work.
func importFloorBenchmark(smoke: Bool) {
    Benchmark(
        "Import occupants floor: SQLite alone (in process)",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0,
            maxDuration: .seconds(smoke ? 1 : 60), maxIterations: 3)
    ) { (benchmark, prepared: (settings: BenchSettings, template: String, imported: String)) in
        let target = prepared.settings.workFolder.appendingPath("floor-target.sqlite")
        WriteDriver.remove(target)
        do {
            try FileManager.default.copyItem(atPath: prepared.template, toPath: target)
            benchmark.startMeasurement()
            let written = try ImportFloor.write(into: target, from: prepared.imported)
            benchmark.stopMeasurement()
            let expected = try ImportFloor.occupantCount(prepared.imported)
            guard written == expected else {
                fail("floor: \(written) occupants written, the imported register has \(expected)")
            }
        } catch { fail("\(error)") }
    } setup: {
        await prepare {
            let settings = try BenchSettings.load()
            let work = settings.workFolder
            let template = work.appendingPath("floor-template.sqlite")
            let imported = work.appendingPath("floor-imported.sqlite")
            for path in [template, imported] { WriteDriver.remove(path) }
            try settings.run("init", "--db", template)
            try FileManager.default.copyItem(atPath: template, toPath: imported)
            try settings.run(
                "import", "occupants", try OccupantFile.exported(settings: settings), "--db",
                imported)
            return (settings, template, imported)
        }
    } teardown: {
        let work = BenchSettings.workFolderPath
        for name in ["floor-target", "floor-template", "floor-imported"] {
            WriteDriver.remove(work.appendingPath("\(name).sqlite"))
        }
    }
}

/// The writing of `importFloorBenchmark`.
enum ImportFloor {
    /// The import's settings for its transaction (`BulkWrite.settings`), and
    /// the register's own `synchronous` (`AppDatabase`).
    static let settings = [
        "synchronous = FULL", "cache_size = -16384", "foreign_keys = OFF",
        "ignore_check_constraints = ON", "threads = 1",
    ]

    /// Writes into the register at `target` the occupants of the register at
    /// `imported` that `target` lacks (those with a larger id: both began as
    /// the same `hanout init`); gives how many occupants `target` has then.
    static func write(into target: String, from imported: String) throws -> Int {
        let queue = try DatabaseQueue(path: target)
        return try queue.writeWithoutTransaction { db in
            for setting in settings { try db.execute(sql: "PRAGMA \(setting)") }
            try db.execute(sql: "ATTACH DATABASE ? AS imported", arguments: [imported])
            try db.inTransaction(.immediate) {
                let before = try Int64.fetchOne(db, sql: "SELECT max(id) FROM occupant") ?? 0
                let indexes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT name, sql FROM main.sqlite_schema
                        WHERE type = 'index' AND sql IS NOT NULL
                          AND tbl_name IN ('occupant', 'occupant_trade')
                        """)
                for index in indexes {
                    try db.execute(sql: "DROP INDEX main.\(index["name"] as String)")
                }
                // Each in the order of its table's key, as the import writes them.
                try db.execute(
                    sql: """
                        INSERT INTO main.occupant
                        SELECT * FROM imported.occupant WHERE id > :before ORDER BY id;
                        INSERT INTO main.occupant_trade
                        SELECT * FROM imported.occupant_trade WHERE occupant_id > :before
                        ORDER BY occupant_id, trade_code;
                        INSERT INTO main.occupant_word
                        SELECT * FROM imported.occupant_word WHERE occupant_id > :before
                        ORDER BY word, name_key, occupant_id;
                        """, arguments: ["before": before])
                for index in indexes { try db.execute(sql: index["sql"]) }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE imported")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM occupant") ?? 0
        }
    }

    static func occupantCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM occupant") ?? 0
        }
    }
}
