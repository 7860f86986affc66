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
    static func create(at path: String, from fixtures: HanoutStore.FixtureSet, clerk: String) throws
    {
        try create(at: path, fill: { database in try database.install(fixtures, by: clerk) })
    }

    /// Creates a database aside with `fill`, then moves it in place: a failure
    /// leaves no half-built database behind.
    ///
    /// The builds of processes killed before they finished are removed first
    /// (see ``UnfinishedBuild``).
    static func create(at path: String, fill: (AppDatabase) throws -> Void) throws {
        UnfinishedBuild.removeAbandoned(besides: path)
        let temporary = UnfinishedBuild.path(for: path, process: getpid())
        removeDatabaseFiles(at: temporary)
        do {
            let database = try AppDatabase.open(at: temporary)
            try fill(database)
            try database.close()
        } catch {
            removeDatabaseFiles(at: temporary)
            throw error
        }
        removeDatabaseFiles(at: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        syncFolder(of: path)
    }

    static func removeDatabaseFiles(at path: String) {
        for suffix in [""] + UnfinishedBuild.companionSuffixes {
            try? FileManager.default.removeItem(atPath: path + suffix)
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
