import Foundation
import GRDB
import HanoutDomain

/// The one owner of Hanout's SQLite database: the referee of every allocation.
///
/// It runs the migrations when opened and exposes one method per clerk
/// action, each a single `BEGIN IMMEDIATE` transaction that re-checks the
/// rules inside it, so two clerks on two terminals cannot both win a unit.
/// Its errors are `StoreError`s and the domain's refusals: GRDB's stay inside.
public final class AppDatabase: Sendable {
    /// The connection(s): a pool (WAL) for files, a queue in memory for tests.
    let writer: any DatabaseWriter
    /// The clock for the journal's timestamps.
    let now: @Sendable () -> Date

    init(writer: any DatabaseWriter, now: @escaping @Sendable () -> Date = Date.init) throws {
        self.writer = writer
        self.now = now
        try StoreError.mapping {
            // On the writer's connection: a reader opened now would be the last
            // to close, and a read-only connection cannot fold the WAL back.
            let unknown = try writer.writeWithoutTransaction { db in
                try Self.migrator.appliedIdentifiers(db).subtracting(Self.migrator.migrations)
            }
            guard unknown.isEmpty else { throw StoreError.newerVersion(unknown: Array(unknown)) }
            try Self.migrator.migrate(writer)
            try Self.writeDerivedData(writer)
        }
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// The file, and SQLite's WAL and shared-memory files beside it, are
    /// created readable by their owner only: they hold identity numbers.
    public static func open(
        at path: String, now: @escaping @Sendable () -> Date = Date.init
    ) throws -> AppDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        let pool = try StoreError.mapping {
            let pool = try DatabasePool(path: path, configuration: configuration())
            // Each commit syncs the WAL, so an acknowledged action survives a power cut,
            // not only a killed process (NORMAL's promise); one fsync per clerk action.
            // Set here, on the one writer connection: GRDB sets NORMAL when it turns WAL
            // on, after `prepareDatabase` has run.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            return pool
        }
        chmod(path, 0o600)
        return try AppDatabase(writer: pool, now: now)
    }

    /// A fresh database in memory, for tests.
    public static func inMemory(
        now: @escaping @Sendable () -> Date = Date.init
    ) throws -> AppDatabase {
        let queue = try StoreError.mapping { try DatabaseQueue(configuration: configuration()) }
        return try AppDatabase(writer: queue, now: now)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        // A second clerk's process waits for the first instead of failing
        // with "database is locked".
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        return configuration
    }

    /// Writes what the migrations leave to the program: the search words of
    /// occupants registered before the search index existed (migration v4).
    private static func writeDerivedData(_ writer: any DatabaseWriter) throws {
        let missing = try writer.writeWithoutTransaction { db in
            try OccupantRecord.fetchCount(db) > 0
                && !(try Row.fetchOne(db, sql: "SELECT 1 FROM occupant_word LIMIT 1") != nil)
        }
        guard missing else { return }
        try writer.write { db in try OccupantWords.rebuild(db) }
    }

    /// Runs `body` on a snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.mapping { try writer.read(body) }
    }

    /// Runs `body` in one immediate write transaction: the unit of a clerk action.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.mapping {
            try writer.writeWithoutTransaction { db in try Self.immediateTransaction(db, body) }
        }
    }

    /// `body` in one immediate transaction on `db`, committed if it returns.
    static func immediateTransaction<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T
    {
        var result: T?
        try db.inTransaction(.immediate) {
            result = try body(db)
            return .commit
        }
        guard let result else { throw StoreError.internalInconsistency("empty transaction") }
        return result
    }

    /// The timestamp recorded with a change (ISO 8601, UTC, to the second).
    func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: now())
    }

    /// Whether another process changed the database since `token`.
    ///
    /// SQLite's `data_version` changes when another connection commits; a
    /// screen polls it to redraw what a second clerk did.
    public func dataVersion() throws -> Int {
        // data_version is per connection: ask the one writer connection, which
        // sees every other process's commit and never changes under our own reads.
        try StoreError.mapping {
            try writer.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            }
        }
    }
}

extension AppDatabase {
    /// Closes the connections, with everything written in the file itself.
    public func close() throws {
        try StoreError.mapping {
            if let pool = writer as? DatabasePool {
                // GRDB closes the writer first; the readers, read-only, could not
                // fold the WAL into the file when they close last: fold it now.
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
                try pool.close()
            }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        }
    }
}
