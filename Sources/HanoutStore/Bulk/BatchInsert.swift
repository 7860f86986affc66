import GRDB

/// Rows for one table, inserted many per statement when `flush` is called.
///
/// Each execution of an INSERT has a fixed cost in SQLite (cursors opened and
/// closed, the statement's program started and halted), which, paid once per
/// row, was a large part of a million-row import. The values wait in plain
/// arrays (texts as UTF-8 bytes side by side) and are bound in place
/// (`SQLiteStatement`): GRDB's arguments, boxed one by one and copied again by
/// SQLite, cost more than the insert itself.
///
/// `INSERT OR ROLLBACK`: a statement of many rows that may stop halfway needs
/// SQLite to journal every page it touches, to undo just that statement. The
/// callers check every row before, so a broken constraint is a bug, and
/// ending the whole transaction then is right.
struct BatchInsert {
    let table: String
    let columns: [String]
    let rowsPerStatement: Int

    private enum Kind: UInt8 {
        case null, integer, real, text
    }
    private var kinds: [Kind] = []
    /// An integer's value, a real's bits, or where a text starts in `texts`.
    private var numbers: [Int64] = []
    /// The byte count of each text (0 for other values).
    private var lengths: [Int32] = []
    private var texts: [UInt8] = []
    /// The statements compiled so far, by number of rows.
    private var statements: [Int: SQLiteStatement] = [:]

    init(into table: String, columns: [String], rowsPerStatement: Int = 200) {
        precondition(columns.count * rowsPerStatement <= 32_766, "too many parameters")
        self.table = table
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
    }

    // The next value of the current row, in the order of `columns`.

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

    /// Whether the rows added fill a statement.
    var isFull: Bool { kinds.count >= rowsPerStatement * columns.count }

    /// Inserts the rows added once they fill a statement.
    mutating func flushIfFull(_ db: Database) throws {
        if isFull { try flush(db) }
    }

    /// Inserts the rows added since the last flush.
    mutating func flush(_ db: Database) throws {
        precondition(kinds.count % columns.count == 0, "a row was left unfinished")
        var start = 0
        while start < kinds.count {
            let rows = min(rowsPerStatement, (kinds.count - start) / columns.count)
            let statement = try self.statement(db, rows: rows)
            let end = start + rows * columns.count
            try run(statement, start..<end)
            start = end
        }
        kinds.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
    }

    private mutating func statement(_ db: Database, rows: Int) throws -> SQLiteStatement {
        if let statement = statements[rows] { return statement }
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let statement = try SQLiteStatement(
            db,
            sql: "INSERT OR ROLLBACK INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ","))
        statements[rows] = statement
        return statement
    }

    private func run(_ statement: SQLiteStatement, _ values: Range<Int>) throws {
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
