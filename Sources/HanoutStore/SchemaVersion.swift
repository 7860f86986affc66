import Foundation
import GRDB

/// The register's schema version: how many of the migrations, in their order, it has had.
/// The program's is the number of its last migration (`v14` is 14), so that a clerk can
/// tell the office which program and which register they have (`hanout --version`).
public enum SchemaVersion {
    /// This program's schema version.
    public static var current: Int { AppDatabase.migrator.migrations.count }

    /// What the register at a path says of its schema.
    public enum Reading: Equatable, Sendable {
        /// No file there: nothing is created to find out.
        case missing
        /// The number of the last of this program's migrations it has had (0 for a file
        /// Hanout never wrote).
        case version(Int)
        /// Written by a newer Hanout: the migrations this program does not know.
        case newer(unknown: [String])
        /// It could not be read; the reason.
        case unreadable(String)
    }

    /// Reads the register at `path` for reading only: never created, migrated or written.
    ///
    /// A register with no WAL is opened immutable, so that not even SQLite's shared-memory
    /// file is made beside it; one with a WAL (another clerk's program, or one that was
    /// killed) is opened read-only, so that steps committed into the WAL are counted.
    public static func read(at path: String) -> Reading {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        var configuration = AppDatabase.configuration()
        configuration.readonly = true
        do {
            let location = AppDatabase.hasJournal(path) ? path : AppDatabase.immutableURI(path)
            let queue = try DatabaseQueue(path: location, configuration: configuration)
            let applied = try queue.read { db in try AppDatabase.migrator.appliedIdentifiers(db) }
            let known = AppDatabase.migrator.migrations
            let unknown = applied.subtracting(known)
            guard unknown.isEmpty else { return .newer(unknown: unknown.sorted()) }
            // The last known step it has had: steps are only ever applied in order.
            return .version((known.lastIndex { applied.contains($0) } ?? -1) + 1)
        } catch let error as DatabaseError {
            return .unreadable(error.message ?? "\(error.resultCode)")
        } catch {
            return .unreadable(SystemReason.of(error))
        }
    }
}
