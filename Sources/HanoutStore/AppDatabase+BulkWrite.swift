import GRDB

extension AppDatabase {
    /// A clerk action (`action`: one immediate transaction) that writes many
    /// rows, with SQLite set for it before the transaction begins (it reads
    /// these settings then) and set back after:
    ///
    /// - What SQLite needs to undo one statement is kept in memory, not in a
    ///   temporary file that a statement of many rows wrote page by page.
    /// - The page cache is larger, as in `OccupantWords.withLargeCache`.
    /// - Foreign keys and check constraints are not enforced: `body` must
    ///   write only rows that keep them (as `OccupantBulkWriter` does). SQLite
    ///   checks a foreign key by opening the parent table for each row, and
    ///   the occupant's `kind IN (...)` builds a temporary table for each
    ///   row: more than half the time of a million-row import.
    ///
    /// Journaling and syncing are untouched: the transaction is as safe as
    /// any other, and a failure writes nothing.
    func bulkAction<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            let settings = [
                ("temp_store", "MEMORY"), ("foreign_keys", "OFF"),
                ("ignore_check_constraints", "ON"), ("cache_size", "-262144"),
            ]
            var previous: [(String, Int)] = []
            defer {
                for (name, value) in previous { try? db.execute(sql: "PRAGMA \(name) = \(value)") }
            }
            for (name, value) in settings {
                previous.append((name, try Int.fetchOne(db, sql: "PRAGMA \(name)") ?? 0))
                try db.execute(sql: "PRAGMA \(name) = \(value)")
            }
            return try Self.immediateTransaction(db, body)
        }
    }
}
