import GRDB
import GRDBSQLite

/// Rows for one table, inserted many per statement when `flush` is called.
///
/// Each execution of an INSERT has a fixed cost in SQLite (cursors opened and
/// closed, the statement's program started and halted), which, paid once per
/// row, was a large part of a million-row import. The values wait in plain
/// arrays (texts as UTF-8 bytes side by side) and are bound through SQLite's
/// C interface without copies: GRDB's arguments, boxed one by one and copied
/// again by SQLite, cost more than the insert itself.
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
    private var statements: [Int: Statement] = [:]

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

    mutating func appendNull() {
        kinds.append(.null)
        numbers.append(0)
        lengths.append(0)
    }

    /// Inserts the rows added once they fill a statement.
    mutating func flushIfFull(_ db: Database) throws {
        if kinds.count >= rowsPerStatement * columns.count { try flush(db) }
    }

    /// Inserts the rows added since the last flush.
    mutating func flush(_ db: Database) throws {
        precondition(kinds.count % columns.count == 0, "a row was left unfinished")
        var start = 0
        while start < kinds.count {
            let rows = min(rowsPerStatement, (kinds.count - start) / columns.count)
            let statement = try self.statement(db, rows: rows)
            let end = start + rows * columns.count
            try run(db, statement, start..<end)
            start = end
        }
        kinds.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
    }

    private mutating func statement(_ db: Database, rows: Int) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let statement = try db.makeStatement(
            sql: "INSERT OR ROLLBACK INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ","))
        statements[rows] = statement
        return statement
    }

    private func run(_ db: Database, _ statement: Statement, _ values: Range<Int>) throws {
        let handle = statement.sqliteStatement
        let (code, message) = texts.withUnsafeBytes { bytes in
            // The texts are bound in place (no destructor: SQLite does not copy
            // them), so the statement runs and lets go of them inside this closure.
            let base = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
            for (parameter, index) in zip(Int32(1)..., values) {
                switch kinds[index] {
                case .null:
                    sqlite3_bind_null(handle, parameter)
                case .integer:
                    sqlite3_bind_int64(handle, parameter, numbers[index])
                case .real:
                    sqlite3_bind_double(
                        handle, parameter, Double(bitPattern: UInt64(bitPattern: numbers[index])))
                case .text:
                    sqlite3_bind_text(
                        handle, parameter,
                        (base + Int(numbers[index])).assumingMemoryBound(to: CChar.self),
                        lengths[index], nil)
                }
            }
            let code = sqlite3_step(handle)
            let message = code == SQLITE_DONE ? nil : db.lastErrorMessage
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            return (code, message)
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
