import GRDB

/// Writing many rows at once: how it works.
///
/// **Who.** An import of occupants (`importOccupants`, up to a million lines)
/// and a generated region (`generate`: a country, five million allocations).
/// Each is one clerk action: one immediate transaction, all or nothing.
///
/// **What makes it fast.**
/// - Rows go many per statement, their values bound in place (`BatchInsert`
///   over `SQLiteStatement`, the one wrapper of SQLite's C interface).
/// - The search index is written in its own order, sorted in memory up to a
///   budget and in runs on disk beyond (`OccupantWordWriter`).
/// - Into an empty database, or an import as large as the directory,
///   secondary indexes are built once at the end rather than row by row
///   (`SuspendedSchema`): SQLite sorts their entries (in temporary files past
///   the page cache) instead of inserting them on random pages.
/// - SQLite does not check foreign keys and CHECK rules row by row (`settings`):
///   a foreign key opens its parent table for each row, and a rule such as
///   `kind IN (...)` builds a temporary table for each: more than half the
///   time of a million-row import.
/// - An import reads its file a block at a time (`CSVReader`) on a second
///   core (`ImportLines`), while the first checks each line against the
///   database as it comes (`OccupantImportChecks`) and writes it.
///
/// **What keeps it right.** The callers check what a clerk's action would
/// (`OccupantImportChecks`), or write rows right by construction (the
/// generator). Before the transaction commits, the database itself checks
/// every table written as a whole (`BulkWriteCheck`): foreign keys, CHECK
/// rules, and no two allocations of one unit overlapping. A faulty row, from
/// a bug in an import or in the generator, fails the whole write with
/// `BulkWriteRefused`: nothing is stored.
///
/// **What it holds in memory.** A block of the file, a statement's worth of
/// rows, the search rows up to their budget, SQLite's page cache: well under
/// 128 MiB for a million occupants, whatever the file's size.
enum BulkWrite {
    /// SQLite's settings for the write, set before its transaction (SQLite
    /// reads some of them only then) and set back after:
    /// - the page cache holds 16 MiB (2 MiB by default), so the pages of the
    ///   tables and indexes being filled stay in memory between statements
    ///   (32 MiB was no faster for a million occupants, and took the import
    ///   past its 128 MiB: SQLite's sorter, building the indexes at the end,
    ///   sizes its buffers from the cache);
    /// - foreign keys and CHECK rules are checked at the end (`BulkWriteCheck`);
    /// - SQLite's sorter takes a helper thread (`threads`): the indexes built
    ///   at the end sort a million entries each while the second core, the
    ///   file read, is idle. A million-occupant import 0.7-1 s faster; its
    ///   peak stays at the loop's (the checks' memory is given back before,
    ///   see `importOccupants`), 116 MiB.
    static let settings = [
        ("cache_size", "-16384"), ("foreign_keys", "OFF"),
        ("ignore_check_constraints", "ON"), ("threads", "1"),
    ]

    /// Runs `body` in one immediate transaction on `db` with `settings`, and
    /// checks `tables` (all those `body` writes) before it commits.
    static func run<T>(_ db: Database, checking tables: [String], _ body: (Database) throws -> T)
        throws -> T
    {
        var previous: [(String, Int)] = []
        defer {
            for (name, value) in previous.reversed() {
                try? db.execute(sql: "PRAGMA \(name) = \(value)")
            }
        }
        for (name, value) in settings {
            previous.append((name, try Int.fetchOne(db, sql: "PRAGMA \(name)") ?? 0))
            try db.execute(sql: "PRAGMA \(name) = \(value)")
        }
        return try AppDatabase.immediateTransaction(db) { db in
            let result = try body(db)
            try BulkWriteCheck.verify(db, tables: tables)
            return result
        }
    }
}

extension AppDatabase {
    /// A clerk action that writes many rows into `tables` (see `BulkWrite`).
    func bulkWrite<T>(checking tables: [String], _ body: (Database) throws -> T) throws -> T {
        try StoreError.mapping {
            try writer.writeWithoutTransaction { db in
                try BulkWrite.run(db, checking: tables, body)
            }
        }
    }
}
