import Foundation

/// The few system calls a report file needs, with `errno` kept as the error.
///
/// Foundation's `Data.write(to:options:)` either renames a temporary file over the path
/// (replacing a device, a named pipe, a link, a file's mode and its hard links) or, when
/// asked not to overwrite, leaves the empty file it created when the write fails.
enum PosixFile {
    /// A failed system call.
    struct Failure: Error, Equatable {
        var code: Int32
        var reason: String { String(cString: strerror(code)) }
    }

    /// Creates `path`, which must not exist (not even as a link), and writes `bytes` in it.
    ///
    /// A file that was created but could not be written whole is removed: a full disk
    /// leaves nothing behind. `EEXIST` means the name is taken.
    static func create(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        do {
            try writeAll(bytes, to: descriptor)
            try closeChecked(descriptor)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Opens an existing file to write into it in place, without following a link unless
    /// `following`, without blocking on a named pipe, and without creating it.
    static func openExisting(_ path: String, following: Bool) throws(Failure) -> Int32 {
        let flags = O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (following ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        return descriptor
    }

    /// Replaces the content of the open regular file with `bytes`; the file (its mode,
    /// owner and hard links) stays the same file.
    static func replaceContent(of descriptor: Int32, with bytes: [UInt8]) throws(Failure) {
        guard ftruncate(descriptor, 0) == 0 else { throw Failure(code: errno) }
        try writeAll(bytes, to: descriptor)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            offset += written
        }
    }

    /// Closes, reporting the error a network or full file system may only give here.
    static func closeChecked(_ descriptor: Int32) throws(Failure) {
        guard close(descriptor) == 0 else { throw Failure(code: errno) }
    }
}
