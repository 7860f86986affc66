import Foundation
import HanoutCSV

/// Standard output written a block at a time: an export of a million lines
/// is handed to the system in blocks as it is made, never built whole.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let blockSize = 256 * 1024

    init() {
        buffer.reserveCapacity(blockSize + 4096)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= blockSize { flush() }
    }

    /// One CSV record (`CSVWriter`).
    mutating func writeCSV(_ fields: [String]) {
        CSVWriter.append(fields, to: &buffer)
        if buffer.count >= blockSize { flush() }
    }

    /// Writes what is held: at the end, and whenever a block is full.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
