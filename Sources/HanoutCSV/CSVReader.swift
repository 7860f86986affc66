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
public struct CSVReader: Sequence, Sendable {
    public struct Record: Sendable, Equatable {
        /// The line (from 1) on which the record starts.
        public var line: Int
        public var fields: [String]
    }

    /// The longest field read, in bytes: far above any name or note a clerk
    /// types, far below what would let one line fill the memory.
    public static let maximumFieldBytes = 64 * 1024

    private let bytes: [UInt8]

    /// Prepares to read `bytes`; a UTF-8 byte-order mark is skipped.
    public init(bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
        } else {
            self.bytes = bytes
        }
    }

    public init(string: String) {
        self.init(bytes: Array(string.utf8))
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
        Iterator(bytes: bytes)
    }

    /// Walks records one at a time, so a large file is never held twice.
    public struct Iterator: IteratorProtocol, Sendable {
        let bytes: [UInt8]
        var position = 0
        var line = 1
        /// The error met by `next()`, which cannot throw.
        public private(set) var error: CSVError?

        init(bytes: [UInt8]) {
            self.bytes = bytes
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
            guard position < bytes.count else { return nil }
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            while true {
                if position < bytes.count && bytes[position] == quote {
                    try readQuoted(into: &field, index: fields.count)
                } else {
                    try readBare(into: &field, index: fields.count)
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
                skipLineEnd()
                break
            }
            return Record(line: startLine, fields: fields)
        }

        private mutating func readBare(into field: inout [UInt8], index: Int) throws(CSVError) {
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
        }

        private mutating func readQuoted(into field: inout [UInt8], index: Int) throws(CSVError) {
            let openedOn = line
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == quote {
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
                    return
                }
                try check(byte, fieldLength: field.count, index: index)
                if byte == newline { line += 1 }
                field.append(byte)
            }
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

        private mutating func skipLineEnd() {
            if position < bytes.count && bytes[position] == carriageReturn { position += 1 }
            if position < bytes.count && bytes[position] == newline { position += 1 }
            line += 1
        }
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// A CSV file that is not well formed, and where.
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
    }

    public var line: Int
    /// The position of the field in its record, from 0.
    public var field: Int
    public var problem: Problem

    public init(line: Int, field: Int, problem: Problem) {
        self.line = line
        self.field = field
        self.problem = problem
    }
}
