import Foundation

/// Where one of the program's streams goes: a file descriptor, or memory in tests.
enum ConsoleStream: Sendable {
    /// Standard output (1) or standard error (2), written with `write(2)`.
    case descriptor(Int32)
    /// A buffer, for tests that run commands in process.
    case memory(MemoryStream)

    /// Writes every byte, or throws the `errno` of the write that failed.
    ///
    /// Foundation's `FileHandle.write(_:)` traps when the write fails (a full
    /// disk, a closed descriptor); this never does.
    func write(_ text: String) throws(Errno) {
        var text = text
        // The text's own bytes, without a copy: an export can be a hundred megabytes.
        let written = text.withUTF8 { bytes in
            Result { () throws(Errno) in
                switch self {
                case .descriptor(let descriptor): try Self.writeAll(bytes, to: descriptor)
                case .memory(let stream): try stream.append(bytes)
                }
            }
        }
        try written.get()
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32)
        throws(Errno)
    {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            #if canImport(Glibc)
                let written = Glibc.write(descriptor, next, left)
            #else
                let written = Darwin.write(descriptor, next, left)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw Errno(code: errno)
            }
            next += written
            left -= written
        }
    }
}

/// An `errno` value from a failed system call.
struct Errno: Error, Equatable {
    var code: Int32
}
