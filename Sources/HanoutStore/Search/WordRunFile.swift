import Foundation

/// Sorted runs of search index rows, set aside in a temporary file while an
/// import goes on, to be merged at the end (`WordRunReader`).
///
/// The file is made in the temporary folder (`TMPDIR`) and its name removed
/// at once: it disappears when closed, or when the process ends however it
/// ends. A row is written as a flags byte (a new
/// word, a new name key, a CIN), the texts that changed from the row before
/// (length, then bytes), and the id: a run of one word and name is mostly
/// ids.
final class WordRunFile {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var written: Int64 = 0
    /// Where each run starts and ends in the file.
    private(set) var runs: [Range<Int64>] = []
    private var runStart: Int64 = 0
    private var previousWord: [UInt8] = []
    private var previousNameKey: [UInt8] = []

    static let newWord: UInt8 = 1
    static let newNameKey: UInt8 = 2
    static let hasCIN: UInt8 = 4

    init() throws {
        var template = Array(
            (NSTemporaryDirectory() as NSString).appendingPathComponent("hanout-words-XXXXXX")
                .utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { path in
            path.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw TemporaryFileFailure(code: errno) }
        _ = template.withUnsafeBufferPointer { path in path.baseAddress.map { unlink($0) } }
    }

    deinit {
        close(descriptor)
    }

    /// Adds the next row of the current run (rows come in the index's order).
    func append(word: String, nameKey: String, id: Int64, cinKey: String?) throws {
        var flags: UInt8 = cinKey == nil ? 0 : Self.hasCIN
        let isNewWord = !word.utf8.elementsEqual(previousWord)
        let isNewNameKey = isNewWord || !nameKey.utf8.elementsEqual(previousNameKey)
        if isNewWord { flags |= Self.newWord }
        if isNewNameKey { flags |= Self.newNameKey }
        buffer.append(flags)
        if isNewWord {
            previousWord = Array(word.utf8)
            appendText(previousWord)
        }
        if isNewNameKey {
            previousNameKey = Array(nameKey.utf8)
            appendText(previousNameKey)
        }
        withUnsafeBytes(of: id.littleEndian) { buffer.append(contentsOf: $0) }
        if let cinKey { appendText(Array(cinKey.utf8)) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func appendText(_ bytes: [UInt8]) {
        var length = bytes.count
        // The length in 7-bit groups, low first; the high bit says more follow.
        while length >= 0x80 {
            buffer.append(UInt8(length & 0x7F) | 0x80)
            length >>= 7
        }
        buffer.append(UInt8(length))
        buffer.append(contentsOf: bytes)
    }

    /// Ends the current run: the next row starts a new one.
    func endRun() throws {
        try flush()
        guard written > runStart else { return }
        runs.append(runStart..<written)
        runStart = written
        previousWord = []
        previousNameKey = []
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let count = buffer.withUnsafeBytes { bytes in
                write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw TemporaryFileFailure(code: count < 0 ? errno : EIO) }
            offset += count
        }
        written += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
