/// Reads RFC 4180 CSV strictly, and says on which line each record starts.
///
/// Both CSV libraries this machine serves are lenient (a stray quote or an
/// unterminated quoted field is silently accepted, and the rest of the file
/// swallowed) and neither reports line numbers, which an import must give
/// for each problem. This reader works on UTF-8 bytes, accepts LF and CRLF,
/// and throws, with the line and the field where it happened, on what a
/// lenient reader would quietly repair: malformed quoting, bytes that are not
/// UTF-8 (never turned into U+FFFD), a NUL byte, a field longer than
/// `maximumFieldBytes`.
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

    /// The longest field read, in bytes: far above any name or note a clerk
    /// types, far below what would let one line fill the memory (and it
    /// bounds what a block must hold).
    public static let maximumFieldBytes = 64 * 1024

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
                    guard try readQuoted(into: &field, index: fields.count) else { return nil }
                } else {
                    guard try readBare(into: &field, index: fields.count) else { return nil }
                }
                guard let text = String(validating: field, as: UTF8.self) else {
                    throw CSVError(line: line, field: fields.count, problem: .notUTF8)
                }
                fields.append(text)
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
        private mutating func readBare(into field: inout [UInt8], index: Int) throws(CSVError)
            -> Bool
        {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == comma || byte == newline || byte == carriageReturn { break }
                // A quote inside a bare field means the field was meant to be
                // quoted; guessing where it ends would misread the columns.
                if byte == quote {
                    throw CSVError(line: line, field: index, problem: .quoteInBareField)
                }
                try check(byte, fieldLength: position - start, index: index)
                position += 1
            }
            field.append(contentsOf: bytes[start..<position])
            return position < bytes.count || isFinal
        }

        /// False when the bytes end inside the field (or just after its
        /// closing quote) and more may follow.
        private mutating func readQuoted(into field: inout [UInt8], index: Int) throws(CSVError)
            -> Bool
        {
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
                        throw CSVError(line: line, field: index, problem: .textAfterClosingQuote)
                    }
                    return true
                }
                try check(byte, fieldLength: field.count, index: index)
                if byte == newline { line += 1 }
                field.append(byte)
            }
            guard isFinal else { return false }
            throw CSVError(line: openedOn, field: index, problem: .unterminatedQuote)
        }

        /// Refuses a NUL byte (never text, and it cuts C strings short) and a
        /// field that has grown past the limit.
        private func check(_ byte: UInt8, fieldLength: Int, index: Int) throws(CSVError) {
            if byte == 0 { throw CSVError(line: line, field: index, problem: .nulByte) }
            if fieldLength >= CSVReader.maximumFieldBytes {
                throw CSVError(line: line, field: index, problem: .fieldTooLong)
            }
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
        /// A quote inside a field that does not start with one.
        case quoteInBareField
        /// Bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1256).
        case notUTF8
        /// A NUL byte.
        case nulByte
        /// A field longer than `CSVReader.maximumFieldBytes`.
        case fieldTooLong
        /// Reading the file failed (the system's error number).
        case unreadable(errno: Int32)
    }

    public var line: Int
    /// The position of the field in its record, from 0 (0 when the file
    /// itself cannot be read).
    public var field: Int
    public var problem: Problem

    public init(line: Int, field: Int = 0, problem: Problem) {
        self.line = line
        self.field = field
        self.problem = problem
    }
}
