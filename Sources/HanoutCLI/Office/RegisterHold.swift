import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// SQLite's own sign that a register is open: every connection to a WAL
/// register holds a shared lock on one byte of its shared-memory file (the
/// "DMS" byte, offset 128) for as long as it is open, and the first to open
/// it takes that byte exclusively to set the file up.
///
/// Taking that byte exclusively ourselves therefore tells whether any other
/// process has the register open (Hanout, the `sqlite3` shell, a backup),
/// and, held, keeps any from opening it until we let go: what replacing the
/// file under the clerks' feet needs. The lock is the kernel's (`fcntl`), so
/// a killed process lets go of it.
struct RegisterHold: ~Copyable {
    private let descriptor: Int32

    /// The register's offset of the DMS byte in its `-shm` (SQLite's
    /// `UNIX_SHM_DMS`: 120 + 8 lock bytes).
    static let openByte: off_t = 128

    /// Holds `register` closed to others, or nil if another process has it open.
    init?(register path: String) throws {
        let shm = path + "-shm"
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o777 : 0o600
        let descriptor = open(shm, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { throw FileProblem.fromErrno(shm) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = Self.openByte
        lock.l_len = 1
        guard fcntl(descriptor, F_SETLK, &lock) == 0 else {
            close(descriptor)
            if errno == EAGAIN || errno == EACCES { return nil }
            throw FileProblem.fromErrno(shm)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
