import Foundation
import GRDB

extension AppDatabase {
    /// Copies the register into a new file at `path` with SQLite's online
    /// backup, in one step: the copy is the register as one transaction saw
    /// it, whatever other clerks write meanwhile (they wait at most for the
    /// copy's read to start, never for it to end: the WAL lets them write).
    public func backUp(into path: String) throws {
        // Created for its owner only, as the register is: it holds the same numbers.
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        try StoreError.mapping {
            let copy = try DatabaseQueue(path: path)
            do {
                try writer.backup(to: copy)
                try copy.close()
            } catch {
                try? copy.close()
                throw error
            }
        }
    }

    /// Copies the register file at `source` into a new file at `destination`
    /// through SQLite (a copy of the bytes could miss what waits in its WAL),
    /// reading the source without writing to it: a closed register (a backup)
    /// is read as immutable, so not even a shared-memory file is left beside it.
    public static func copy(register source: String, to destination: String) throws {
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        try StoreError.mapping {
            var configuration = Configuration()
            configuration.readonly = true
            let from = try DatabaseQueue(
                path: hasJournal(source) ? source : immutableURI(source),
                configuration: configuration)
            defer { try? from.close() }
            let copy = try DatabaseQueue(path: destination)
            defer { try? copy.close() }
            try from.backup(to: copy)
        }
    }
}
