import Foundation

/// Reads back one run of a `WordRunFile`, a row at a time, a block of the
/// file at a time: the runs of an import are merged side by side, each with
/// only its block in memory.
final class WordRunReader {
    private let descriptor: Int32
    private var next: Int64
    private let end: Int64
    private var block: [UInt8] = []
    private var position = 0

    // The current row.
    private(set) var word: [UInt8] = []
    private(set) var nameKey: [UInt8] = []
    private(set) var id: Int64 = 0
    /// The CIN key's bytes, when `hasCINKey`.
    private(set) var cinKey: [UInt8] = []
    private(set) var hasCINKey = false
    private(set) var isDone = false

    static let blockSize = 64 * 1024

    /// A reader of `run` in `file`, on its first row.
    init(descriptor: Int32, run: Range<Int64>) throws {
        self.descriptor = descriptor
        next = run.lowerBound
        end = run.upperBound
        try step()
    }

    /// Moves to the next row; `isDone` after the last.
    func step() throws {
        guard try available(1) else {
            isDone = true
            return
        }
        let flags = block[position]
        position += 1
        if flags & WordRunFile.newWord != 0 { try text(into: &word) }
        if flags & WordRunFile.newNameKey != 0 { try text(into: &nameKey) }
        guard try available(8) else { throw TemporaryFileFailure(code: EIO) }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            block.withUnsafeBytes { source in
                target.copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: source[position..<position + 8]))
            }
        }
        id = Int64(littleEndian: value)
        position += 8
        hasCINKey = flags & WordRunFile.hasCIN != 0
        if hasCINKey { try text(into: &cinKey) }
    }

    /// Index order: the word's bytes, then the name key's, then the id.
    func precedes(_ other: WordRunReader) -> Bool {
        let byWord = compare(word, other.word)
        if byWord != 0 { return byWord < 0 }
        let byName = compare(nameKey, other.nameKey)
        return byName != 0 ? byName < 0 : id < other.id
    }

    private func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in BinaryCollation.compare(a, b) }
        }
    }

    private func text(into bytes: inout [UInt8]) throws {
        var length = 0
        var shift = 0
        while true {
            guard try available(1) else { throw TemporaryFileFailure(code: EIO) }
            let byte = block[position]
            position += 1
            length |= Int(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        guard try available(length) else { throw TemporaryFileFailure(code: EIO) }
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: block[position..<position + length])
        position += length
    }

    /// Whether `count` bytes are there to read, reading the file as needed;
    /// false at the end of the run.
    private func available(_ count: Int) throws -> Bool {
        while block.count - position < count {
            guard next < end else { return false }
            block.removeSubrange(0..<position)
            position = 0
            let wanted = Int(min(Int64(max(Self.blockSize, count)), end - next))
            let start = block.count
            block.append(contentsOf: repeatElement(0, count: wanted))
            let read = block.withUnsafeMutableBytes { bytes in
                pread(descriptor, bytes.baseAddress.map { $0 + start }, wanted, off_t(next))
            }
            guard read > 0 else { throw TemporaryFileFailure(code: read < 0 ? errno : EIO) }
            block.removeLast(wanted - read)
            next += Int64(read)
        }
        return true
    }
}
