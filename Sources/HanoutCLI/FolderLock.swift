import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on the folder that holds the register, for the time of a build.
///
/// Two first runs started together (a clerk opening two terminals) both find no register:
/// without a lock both would build one, and the second would move its build over the
/// first while the first was already reading it, and remove its `-wal`. The lock is
/// `flock` on the folder itself, so nothing is left beside the register; the kernel lets
/// go of it when the process ends, even by `kill -9`.
enum FolderLock {
    /// Runs `body` while holding the lock on the folder of `path`; waits for a process
    /// that holds it (another build) to finish. Without a folder to lock (it cannot be
    /// opened), `body` runs unlocked and meets the same problem on its own.
    static func whileHolding<T>(folderOf path: String, _ body: () throws -> T) rethrows -> T {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
