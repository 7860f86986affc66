/// Reads RFC 4180 CSV strictly, and says on which line each record starts.
///
/// Both CSV libraries this machine serves are lenient (a stray quote or an
/// unterminated quoted field is silently accepted, and the rest of the file
/// swallowed) and neither reports line numbers, which an import must give
/// for each problem. This reader works on UTF-8 bytes, accepts LF and CRLF,
/// and throws on malformed quoting with the line where it happened.
public struct CSVReader: Sequence, Sendable {
    public struct Record: Sendable, Equatable {
        /// The line (from 1) on which the record starts.
        public var line: Int
        public var fields: [String]
    }

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
                    try readQuoted(into: &field)
                } else {
                    readBare(into: &field)
                }
                fields.append(String(decoding: field, as: UTF8.self))
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

        private mutating func readBare(into field: inout [UInt8]) {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == comma || byte == newline || byte == carriageReturn { break }
                position += 1
            }
            field.append(contentsOf: bytes[start..<position])
        }

        private mutating func readQuoted(into field: inout [UInt8]) throws(CSVError) {
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
                        throw CSVError(line: line, problem: .textAfterClosingQuote)
                    }
                    return
                }
                if byte == newline { line += 1 }
                field.append(byte)
            }
            throw CSVError(line: openedOn, problem: .unterminatedQuote)
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
    }

    public var line: Int
    public var problem: Problem
}
