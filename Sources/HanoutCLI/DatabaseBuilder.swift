import Foundation
import HanoutStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates a database file from fixtures, all or nothing.
enum DatabaseBuilder {
    /// What a build does when it finds a register at its path (perhaps built meanwhile by
    /// a first run on another terminal).
    enum WhenPresent {
        /// A first run: the register another process built is the one to use.
        case useIt
        /// `init`: refused, the clerk is told to give `--force`.
        case refuse
        /// `init --force`: replaced.
        case replace
    }

    static func create(
        at path: String, from fixtures: HanoutStore.FixtureSet, clerk: String,
        whenPresent: WhenPresent, sharedWith group: gid_t? = nil
    ) throws {
        try create(at: path, whenPresent: whenPresent, sharedWith: group) { database in
            try database.install(fixtures, by: clerk)
        }
    }

    /// Refuses to build at `path` when a register is there and `force` was not given, or
    /// when a folder is there (`--force` or not: removing it would take all it holds).
    static func checkTarget(_ path: String, force: Bool) throws {
        switch RegisterFile.inspect(path) {
        case .missing: return
        case .folder: throw CLIError.folderAtPath(path: path)
        case .sqlite, .empty, .notSQLite:
            if !force { throw CLIError.databaseExists(path: path) }
        }
    }

    /// Creates a database aside with `fill`, then moves it in place: a failure
    /// leaves no half-built database behind, and the path holds at every moment either
    /// the old register or the new one (`rename` replaces a file in one step).
    ///
    /// The builds of processes killed before they finished are removed first
    /// (see ``UnfinishedBuild``). A folder at `path` is refused, never removed.
    ///
    /// Builds hold a lock on the folder (see ``FolderLock``), and `whenPresent` is decided
    /// under it: two processes never build at the same path at once.
    ///
    /// With `group`, the register is given to it (`RegisterSharing`) before it
    /// is moved in place: no clerk of the office ever finds it closed to them.
    static func create(
        at path: String, whenPresent: WhenPresent, sharedWith group: gid_t? = nil,
        fill: (AppDatabase) throws -> Void
    ) throws {
        try FolderLock.whileHolding(folderOf: path) {
            if RegisterFile.inspect(path) != .missing {
                switch whenPresent {
                case .useIt: return
                case .refuse: try checkTarget(path, force: false)
                case .replace: try checkTarget(path, force: true)
                }
            }
            try build(at: path, sharedWith: group, fill: fill)
        }
    }

    private static func build(
        at path: String, sharedWith group: gid_t?, fill: (AppDatabase) throws -> Void
    ) throws {
        UnfinishedBuild.removeAbandoned(besides: path)
        let temporary = UnfinishedBuild.path(for: path, process: getpid())
        removeDatabaseFiles(at: temporary)
        do {
            let database = try AppDatabase.open(at: temporary)
            try fill(database)
            // Closing folds the WAL back into the file: the one file moved holds it all.
            try database.close()
            if let group { try RegisterSharing.share(temporary, with: group) }
        } catch {
            removeDatabaseFiles(at: temporary)
            throw error
        }
        // The old register's WAL and shared memory would be read as the new one's.
        for suffix in UnfinishedBuild.companionSuffixes { unlink(path + suffix) }
        guard rename(temporary, path) == 0 else {
            let problem = FileProblem.fromErrno(path)
            removeDatabaseFiles(at: temporary)
            throw problem
        }
        syncFolder(of: path)
    }

    /// Removes a database file and its companions; a folder is left alone.
    static func removeDatabaseFiles(at path: String) {
        for suffix in [""] + UnfinishedBuild.companionSuffixes {
            // unlink removes files only: never a folder and what is in it.
            unlink(path + suffix)
        }
    }

    /// Writes the folder's entries to disk, so that the move survives a power cut as the
    /// database's own content does (SQLite synced it when it was closed).
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
