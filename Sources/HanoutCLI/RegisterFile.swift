import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What lies at the database's path, looked at before SQLite opens it.
///
/// SQLite takes an empty file for a new database and the migrations would write the
/// schema into it; any other file it calls damaged. Neither is a register the clerk
/// meant: both are refused before anything is written.
enum RegisterFile: Equatable {
    /// Nothing there yet: the first run creates the register.
    case missing
    /// An SQLite database (whether it is sound is the store's to say), or a file that
    /// cannot be looked at, which the store then reports in its own words.
    case sqlite
    /// An empty file.
    case empty
    /// A folder: `init --force` must not remove it (it would take everything in it).
    case folder
    /// A device, a FIFO, or a file that is not an SQLite database.
    case notSQLite

    /// The first 16 bytes of every SQLite 3 database.
    static let header = Data("SQLite format 3\0".utf8)

    /// Looks at `path`, following symbolic links, without changing it; a FIFO or a
    /// device is not opened (reading a FIFO would block).
    static func inspect(_ path: String) -> RegisterFile {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? .missing : .sqlite }
        if status.st_mode & S_IFMT == S_IFDIR { return .folder }
        guard status.st_mode & S_IFMT == S_IFREG else { return .notSQLite }
        if status.st_size == 0 { return .empty }
        guard let file = FileHandle(forReadingAtPath: path) else { return .sqlite }
        defer { try? file.close() }
        let start = (try? file.read(upToCount: header.count)) ?? nil
        return start == header ? .sqlite : .notSQLite
    }
}
