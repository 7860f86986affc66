import GRDB

/// The values of rows waiting for a `BatchInsert`: plain arrays, texts as
/// UTF-8 bytes side by side, bound in place when the rows are inserted.
/// Sendable, so that a thread of its own may gather them for the thread
/// that writes (`WordRunMerge`).
struct BatchRows: Sendable {
    private enum Kind: UInt8 {
        case null, integer, real, text
    }
    private var kinds: [Kind] = []
    /// An integer's value, a real's bits, or where a text starts in `texts`.
    private var numbers: [Int64] = []
    /// The byte count of each text (0 for other values).
    private var lengths: [Int32] = []
    private var texts: [UInt8] = []

    /// How many values are held (rows times columns).
    var count: Int { kinds.count }

    // The next value of the current row, in the order of the columns.

    mutating func append(_ value: Int64) {
        kinds.append(.integer)
        numbers.append(value)
        lengths.append(0)
    }

    mutating func append(_ value: Int?) {
        guard let value else { return appendNull() }
        append(Int64(value))
    }

    mutating func append(_ value: Double?) {
        guard let value else { return appendNull() }
        kinds.append(.real)
        numbers.append(Int64(bitPattern: value.bitPattern))
        lengths.append(0)
    }

    mutating func append(_ value: String?) {
        guard let value else { return appendNull() }
        kinds.append(.text)
        numbers.append(Int64(texts.count))
        texts.append(contentsOf: value.utf8)
        lengths.append(Int32(texts.count - Int(numbers[numbers.count - 1])))
    }

    /// A text given as its UTF-8 bytes.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        kinds.append(.text)
        numbers.append(Int64(texts.count))
        texts.append(contentsOf: bytes)
        lengths.append(Int32(bytes.count))
    }

    mutating func appendNull() {
        kinds.append(.null)
        numbers.append(0)
        lengths.append(0)
    }

    /// Forgets every value, keeping the room they took.
    mutating func removeAll() {
        kinds.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
    }

    /// Binds the values at `values` to `statement`'s parameters, in order,
    /// and executes it.
    func execute(_ statement: SQLiteStatement, with values: Range<Int>) throws {
        try texts.withUnsafeBytes { bytes in
            // The texts are bound in place: `execute` resets the statement,
            // letting go of them, before this closure ends.
            for (parameter, index) in zip(Int32(1)..., values) {
                switch kinds[index] {
                case .null:
                    statement.bindNull(at: parameter)
                case .integer:
                    statement.bind(numbers[index], at: parameter)
                case .real:
                    statement.bind(
                        Double(bitPattern: UInt64(bitPattern: numbers[index])), at: parameter)
                case .text:
                    let start = Int(numbers[index])
                    statement.bind(
                        unownedText: UnsafeRawBufferPointer(
                            rebasing: bytes[start..<start + Int(lengths[index])]),
                        at: parameter)
                }
            }
            try statement.execute()
        }
    }
}
