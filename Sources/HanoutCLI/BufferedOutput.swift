import HanoutCSV

/// Standard output written a block at a time: an export of a million lines
/// is handed to the system in blocks as it is made, never built whole. Each
/// block goes through the `Console`, so a full disk or a closed pipe is an
/// `OutputFailure` (exit status 3), never a crash.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let blockSize = 256 * 1024

    init() {
        buffer.reserveCapacity(blockSize + 4096)
    }

    /// One CSV record (`CSVWriter`).
    mutating func writeCSV(_ fields: [String]) throws(OutputFailure) {
        CSVWriter.append(fields, to: &buffer)
        if buffer.count >= blockSize { try flush() }
    }

    /// Writes what is held: at the end, and whenever a block is full.
    /// A block always ends with a whole line, so it is whole UTF-8 text.
    mutating func flush() throws(OutputFailure) {
        guard !buffer.isEmpty else { return }
        try Console.current.emitPart(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
    }
}
