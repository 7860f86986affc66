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

    /// Whether the register was opened for reading only (a file or folder the
    /// clerk cannot write, a backup copy on read-only media).
    public let isReadOnly: Bool

    init(
        writer: any DatabaseWriter, now: @escaping @Sendable () -> Date = Date.init,
        readOnly: Bool = false, announcingUpdate announce: () -> Void = {}
    ) throws {
        self.writer = writer
        self.now = now
        self.isReadOnly = readOnly
        if readOnly {
            try Self.checkVersion(writer)
            return
        }
        try StoreError.mapping {
            // On the writer's connection: a reader opened now would be the last
            // to close, and a read-only connection cannot fold the WAL back.
            let (unknown, isUpdate) = try writer.writeWithoutTransaction { db in
                let applied = try Self.migrator.appliedIdentifiers(db)
                let searchWords = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                // A new file is made, not updated: only a register already
                // written by an older Hanout is announced.
                let isUpdate =
                    !applied.isEmpty
                    && (applied.count < Self.migrator.migrations.count
                        || searchWords < OccupantWords.version)
                return (applied.subtracting(Self.migrator.migrations), isUpdate)
            }
            guard unknown.isEmpty else { throw StoreError.newerVersion(unknown: Array(unknown)) }
            if isUpdate { announce() }
            try Self.migrator.migrate(writer)
            try Self.writeDerivedData(writer)
        }
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// The file, and SQLite's WAL and shared-memory files beside it, are
    /// created readable by their owner only: they hold identity numbers. A
    /// shared register (`RegisterSharing`) keeps its group's modes.
    /// A file the clerk cannot write, or one in a folder they cannot write
    /// (where SQLite could not keep its WAL), is opened for reading: every
    /// listing works, and a change is refused as `StoreError.readOnly`.
    ///
    /// `announcingUpdate` is called before a register written by an older
    /// Hanout is updated (its schema, its search words): a million occupants
    /// take a minute, once, which the clerk should not take for a hang.
    public static func open(
        at path: String, now: @escaping @Sendable () -> Date = Date.init,
        announcingUpdate announce: () -> Void = {}
    ) throws -> AppDatabase {
        if let problem = SystemReason.openingProblem(at: path) {
            throw StoreError.unreachable(problem)
        }
        if isReadOnly(path) { return try openForReading(at: path, now: now) }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.unreachable("\(directory): \(SystemReason.of(error))")
            }
        }
        // A shared register keeps its group's modes (SQLite gives its WAL and
        // shared memory the register's own); any other is its owner's only.
        let shared = RegisterSharing.isShared(path)
        let previousMask = umask(shared ? 0o007 : 0o077)
        defer { umask(previousMask) }
        if FileManager.default.fileExists(atPath: path) { try refuseNewer(at: path) }
        let pool = try StoreError.mapping {
            try DatabasePool(path: path, configuration: configuration())
        }
        if !shared { chmod(path, 0o600) }
        // GRDB sets `synchronous = NORMAL` with WAL, which may lose the last
        // commits on a power cut (never corrupts the file). A clerk told
        // "Assigned" must find it after one: FULL syncs the WAL at each
        // commit, a few milliseconds a clerk's action never notices. Only
        // the writer's connection writes, so only it needs the setting.
        try StoreError.mapping {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        return try AppDatabase(writer: pool, now: now, announcingUpdate: announce)
    }

    /// Refuses a register written by a newer Hanout before the pool opens it.
    ///
    /// Opening a pool writes (GRDB makes sure of a non-empty WAL by creating and dropping
    /// a table), which would leave a register it then refuses changed: a plain connection
    /// only reads, and closing it folds back an empty WAL, which writes nothing.
    private static func refuseNewer(at path: String) throws {
        let applied = try StoreError.mapping {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            return try queue.read { db in try migrator.appliedIdentifiers(db) }
        }
        let unknown = applied.subtracting(migrator.migrations)
        guard unknown.isEmpty else { throw StoreError.newerVersion(unknown: Array(unknown)) }
    }

    /// Whether the file at `path` exists and cannot be written, or its folder cannot.
    static func isReadOnly(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
    }

    /// Opens an existing register for reading only.
    ///
    /// SQLite reads a WAL database through its shared-memory file; in a
    /// folder where that file cannot be made, the register is opened as
    /// immutable (SQLite's "WAL on read-only media"), which is right for a
    /// backup copy and for a folder nobody may write.
    static func openForReading(
        at path: String, now: @escaping @Sendable () -> Date
    ) throws -> AppDatabase {
        var configuration = configuration()
        configuration.readonly = true
        do {
            let queue = try StoreError.mapping {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                _ = try queue.read { db in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                }
                return queue
            }
            return try AppDatabase(writer: queue, now: now, readOnly: true)
        } catch StoreError.unreachable, StoreError.readOnly {
            // Immutable means SQLite ignores the WAL: changes committed but not
            // yet copied into the file would be silently missing. Refuse rather
            // than show an older register as if it were the register.
            if hasJournal(path) { throw StoreError.journalUnreadable(path + "-wal") }
            let queue = try StoreError.mapping {
                try DatabaseQueue(path: immutableURI(path), configuration: configuration)
            }
            return try AppDatabase(writer: queue, now: now, readOnly: true)
        }
    }

    /// Whether changes wait in the register's WAL, not yet in its file.
    static func hasJournal(_ path: String) -> Bool {
        let size =
            (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        return (size ?? 0) > 0
    }

    /// The register at `path` as SQLite opens a file that cannot change: no
    /// lock, no shared memory, no WAL read (see `hasJournal`).
    static func immutableURI(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var components = URLComponents()
        components.scheme = "file"
        components.path = url.path
        components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
        return components.string ?? "file:\(url.path)?immutable=1"
    }

    /// Refuses a register this program cannot read as it is: written by a
    /// newer Hanout, or (opened read-only, so not migrated) by an older one.
    private static func checkVersion(_ writer: any DatabaseWriter) throws {
        let applied = try StoreError.mapping {
            try writer.read { db in try migrator.appliedIdentifiers(db) }
        }
        let unknown = applied.subtracting(migrator.migrations)
        guard unknown.isEmpty else { throw StoreError.newerVersion(unknown: Array(unknown)) }
        guard applied.count == migrator.migrations.count else {
            throw StoreError.readOnlyNeedsUpdate
        }
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
    /// occupants registered before the search index existed (migration v4), or
    /// cut by an older version of `OccupantWords` (see its `version`), and the
    /// keys of their phone numbers (migration v13).
    private static func writeDerivedData(_ writer: any DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            let written = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            guard written < OccupantWords.version else { return }
            try immediateTransaction(db) { db in
                if try OccupantRecord.fetchCount(db) > 0 {
                    try OccupantWordWriter.reindex(db, writtenWith: written)
                }
                try db.execute(sql: "PRAGMA user_version = \(OccupantWords.version)")
            }
        }
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
