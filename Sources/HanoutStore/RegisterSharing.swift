import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A register shared by the clerks of an office (`hanout init --shared
/// GROUP`): its file readable and writable by a group, in a setgid folder of
/// that group, so that SQLite's WAL and shared-memory files, which it
/// creates with the register's own mode, belong to the group too whoever
/// makes them and whatever their umask.
public enum RegisterSharing {
    /// The mode of a shared register and of its WAL and shared memory.
    public static let fileMode: mode_t = 0o660
    /// The mode of its folder: the group's, setgid so new files take its group.
    public static let folderMode: mode_t = 0o2770

    /// Whether the register at `path` is shared: its group may read and write it.
    public static func isShared(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_mode & 0o060 == 0o060
    }

    /// The register's group, if it is shared.
    public static func group(of path: String) -> gid_t? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o060 == 0o060 else { return nil }
        return status.st_gid
    }

    /// Gives the register at `path` (and its WAL and shared memory, if any)
    /// to `group` with `fileMode`.
    public static func share(_ path: String, with group: gid_t) throws {
        for file in [path, path + "-wal", path + "-shm"] {
            guard FileManager.default.fileExists(atPath: file) else { continue }
            guard chown(file, uid_t.max, group) == 0, chmod(file, fileMode) == 0 else {
                throw StoreError.unreachable("\(file): \(String(cString: strerror(errno)))")
            }
        }
    }
}
