#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for `CSVReader`, which reads it a block at a time: a large
/// import never holds the whole file.
public final class CSVFile: Sendable {
    let descriptor: Int32
    /// The file's size in bytes when it is a regular file (not a pipe).
    public let size: Int?

    /// Opens `path` for reading; nil when it cannot be opened.
    public init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        size = isRegular ? Int(status.st_size) : nil
    }

    deinit {
        close(descriptor)
    }

    /// Appends up to `count` bytes read from the file to `buffer`; false at
    /// the end of the file. A failure is reported on `line`.
    func read(_ count: Int, into buffer: inout [UInt8], line: Int) throws(CSVError) -> Bool {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var got = -1
        while got < 0 {
            got = buffer.withUnsafeMutableBytes { bytes in
                Self.read(descriptor, bytes.baseAddress.map { $0 + start }, count)
            }
            if got < 0 && errno != EINTR {
                buffer.removeLast(count)
                throw CSVError(line: line, problem: .unreadable(errno: errno))
            }
        }
        buffer.removeLast(count - got)
        return got > 0
    }

    private static func read(_ descriptor: Int32, _ target: UnsafeMutableRawPointer?, _ count: Int)
        -> Int
    {
        #if canImport(Glibc)
            Glibc.read(descriptor, target, count)
        #else
            Darwin.read(descriptor, target, count)
        #endif
    }
}
