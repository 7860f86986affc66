import GRDB

/// Rows for one table, inserted many per statement when `flush` is called
/// (their values wait in `BatchRows`).
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

    private var rows = BatchRows()
    /// The statements compiled so far, by number of rows.
    private var statements: [Int: SQLiteStatement] = [:]

    init(into table: String, columns: [String], rowsPerStatement: Int = 200) {
        precondition(columns.count * rowsPerStatement <= 32_766, "too many parameters")
        self.table = table
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
    }

    // The next value of the current row, in the order of `columns`.

    mutating func append(_ value: Int64) { rows.append(value) }
    mutating func append(_ value: Int?) { rows.append(value) }
    mutating func append(_ value: Double?) { rows.append(value) }
    mutating func append(_ value: String?) { rows.append(value) }
    /// A text given as its UTF-8 bytes.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) { rows.append(utf8: bytes) }
    mutating func appendNull() { rows.appendNull() }

    /// Whether the rows added fill a statement.
    var isFull: Bool { rows.count >= rowsPerStatement * columns.count }

    /// Inserts the rows added once they fill a statement.
    mutating func flushIfFull(_ db: Database) throws {
        if isFull { try flush(db) }
    }

    /// Inserts the rows added since the last flush.
    mutating func flush(_ db: Database) throws {
        try run(db, rows)
        rows.removeAll()
    }

    /// Inserts `more`, rows gathered elsewhere (by another thread), after
    /// those added here.
    mutating func insert(_ db: Database, _ more: BatchRows) throws {
        try flush(db)
        try run(db, more)
    }

    private mutating func run(_ db: Database, _ rows: BatchRows) throws {
        precondition(rows.count % columns.count == 0, "a row was left unfinished")
        var start = 0
        while start < rows.count {
            let count = min(rowsPerStatement, (rows.count - start) / columns.count)
            let statement = try self.statement(db, rows: count)
            let end = start + count * columns.count
            try rows.execute(statement, with: start..<end)
            start = end
        }
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
}
