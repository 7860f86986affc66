/// Reads RFC 4180 CSV strictly, and says on which line each record starts.
///
/// Both CSV libraries this machine serves are lenient (a stray quote or an
/// unterminated quoted field is silently accepted, and the rest of the file
/// swallowed) and neither reports line numbers, which an import must give
/// for each problem. This reader works on UTF-8 bytes, accepts LF and CRLF,
/// and throws on malformed quoting with the line where it happened.
///
/// It reads bytes in memory, or a file a block at a time (`CSVFile`): a
/// record cut by the end of a block is read again once the next block is
/// there, so only a block and the record being read are held.
public struct CSVReader: Sequence, Sendable {
    public struct Record: Sendable, Equatable {
        /// The line (from 1) on which the record starts.
        public var line: Int
        public var fields: [String]
    }

    private let bytes: [UInt8]
    private let file: CSVFile?
    /// Bytes read from a file at once (tests make it small, to cut records).
    let blockSize: Int

    /// Prepares to read `bytes`; a UTF-8 byte-order mark is skipped.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        file = nil
        blockSize = 0
    }

    public init(string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// Prepares to read `file`, a block at a time; a UTF-8 byte-order mark is skipped.
    public init(file: CSVFile) {
        self.init(file: file, blockSize: 256 * 1024)
    }

    init(file: CSVFile, blockSize: Int) {
        bytes = []
        self.file = file
        self.blockSize = blockSize
    }

    /// Reads every record, or throws at the first malformed one.
    public func records() throws(CSVError) -> [Record] {
        var iterator = makeIterator()
        var result: [Record] = []
        while let record = try iterator.nextRecord() {
            result.append(record)
        }
        return result
    }

    public func makeIterator() -> Iterator {
        Iterator(bytes: bytes, file: file, blockSize: blockSize)
    }

    /// Walks records one at a time, so a large file is never held twice.
    public struct Iterator: IteratorProtocol, Sendable {
        /// The bytes read and not yet passed (all of them without a file).
        var bytes: [UInt8]
        var position = 0
        var line = 1
        let file: CSVFile?
        /// Whether `bytes` ends where the input ends.
        var isFinal: Bool
        private var atStart = true
        /// The error met by `next()`, which cannot throw.
        public private(set) var error: CSVError?

        let blockSize: Int

        init(bytes: [UInt8], file: CSVFile?, blockSize: Int) {
            self.bytes = bytes
            self.file = file
            self.blockSize = blockSize
            isFinal = file == nil
        }

        public mutating func next() -> Record? {
            do {
                return try nextRecord()
            } catch {
                self.error = error
                return nil
            }
        }

        /// The next record, nil at the end, or a thrown `CSVError`.
        public mutating func nextRecord() throws(CSVError) -> Record? {
            if atStart {
                try fill(atLeast: 3)
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
                atStart = false
            }
            while true {
                if position >= bytes.count {
                    try fill(atLeast: 1)
                    guard position < bytes.count else { return nil }
                }
                let (start, startLine) = (position, line)
                if let fields = try readRecord() { return Record(line: startLine, fields: fields) }
                // Cut by the end of the block: again, once more is there.
                (position, line) = (start, startLine)
                try fill(atLeast: bytes.count - position + 1)
            }
        }

        /// Reads from the file until `count` bytes are there past `position`
        /// or the file ends; the bytes already passed are let go of.
        private mutating func fill(atLeast count: Int) throws(CSVError) {
            guard let file, !isFinal else { return }
            if position > 0 {
                bytes.removeSubrange(0..<position)
                position = 0
            }
            while bytes.count < count {
                let wanted = Swift.max(blockSize, count - bytes.count)
                guard try file.read(wanted, into: &bytes, line: line) else {
                    isFinal = true
                    return
                }
            }
        }

        /// The fields of the record at `position`; nil when the bytes end
        /// before it does and more may follow.
        private mutating func readRecord() throws(CSVError) -> [String]? {
            var fields: [String] = []
            var field: [UInt8] = []
            while true {
                if position < bytes.count && bytes[position] == quote {
                    guard try readQuoted(into: &field) else { return nil }
                } else {
                    guard readBare(into: &field) else { return nil }
                }
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                if position >= bytes.count { break }
                let byte = bytes[position]
                if byte == comma {
                    position += 1
                    continue
                }
                guard skipLineEnd() else { return nil }
                break
            }
            return fields
        }

        /// False when the bytes end inside the field and more may follow.
        private mutating func readBare(into field: inout [UInt8]) -> Bool {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == comma || byte == newline || byte == carriageReturn { break }
                position += 1
            }
            field.append(contentsOf: bytes[start..<position])
            return position < bytes.count || isFinal
        }

        /// False when the bytes end inside the field (or just after its
        /// closing quote) and more may follow.
        private mutating func readQuoted(into field: inout [UInt8]) throws(CSVError) -> Bool {
            let openedOn = line
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == quote {
                    guard position < bytes.count || isFinal else { return false }
                    if position < bytes.count && bytes[position] == quote {
                        field.append(quote)
                        position += 1
                        continue
                    }
                    guard
                        position >= bytes.count
                            || [comma, newline, carriageReturn].contains(bytes[position])
                    else {
                        throw CSVError(line: line, problem: .textAfterClosingQuote)
                    }
                    return true
                }
                if byte == newline { line += 1 }
                field.append(byte)
            }
            guard isFinal else { return false }
            throw CSVError(line: openedOn, problem: .unterminatedQuote)
        }

        /// False when a CR ends the bytes and more may follow (an LF may come).
        private mutating func skipLineEnd() -> Bool {
            if position < bytes.count && bytes[position] == carriageReturn {
                guard position + 1 < bytes.count || isFinal else { return false }
                position += 1
            }
            if position < bytes.count && bytes[position] == newline { position += 1 }
            line += 1
            return true
        }
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// A CSV file that is not well formed, or cannot be read, and where.
public struct CSVError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// A quoted field is never closed.
        case unterminatedQuote
        /// Something follows a closing quote other than a comma or a line end.
        case textAfterClosingQuote
        /// Reading the file failed (the system's error number).
        case unreadable(errno: Int32)
    }

    public var line: Int
    public var problem: Problem
}
