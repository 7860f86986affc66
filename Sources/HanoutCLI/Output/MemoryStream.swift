import Foundation

/// A stream kept in memory, so that a test can run a command in process and read what it wrote.
///
/// `failing` makes every write fail with that `errno`, as a full disk (`ENOSPC`) would.
final class MemoryStream: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private let failing: Int32?

    init(failing: Int32? = nil) {
        self.failing = failing
    }

    /// Everything written so far, as UTF-8 text.
    var text: String {
        lock.withLock { String(decoding: bytes, as: UTF8.self) }
    }

    func append(_ more: UnsafeBufferPointer<UInt8>) throws(Errno) {
        if let failing { throw Errno(code: failing) }
        lock.withLock { bytes.append(contentsOf: more) }
    }
}
