import GRDB
import GRDBSQLite

/// A prepared statement stepped through SQLite's C interface: the one place
/// that binds, steps and reads columns by hand.
///
/// The fast paths (a million rows inserted, thousands of index rows walked
/// for one key of a search) paid more for GRDB's per-row work (arguments
/// boxed one by one and copied again by SQLite, a `Row` for each step) than
/// for SQLite's own. This does only what they need, without copies:
/// - a text is bound in place (no destructor, so SQLite does not copy it):
///   its bytes must stay valid until `reset()`;
/// - a text is read in place: its bytes are valid until the next `step()`
///   or `reset()`.
///
/// The statement itself is GRDB's, compiled and finalised by GRDB, so it
/// never outlives its connection; arguments set through GRDB stay bound.
struct SQLiteStatement {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// A new statement, compiled for this caller alone (one that several
    /// callers step side by side cannot come from GRDB's cache).
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// A statement GRDB compiled, with whatever arguments GRDB bound.
    init(_ statement: Statement) {
        self.statement = statement
    }

    var sql: String { statement.sql }

    // MARK: - Binding (parameters count from 1)

    func bind(_ value: Int64, at parameter: Int32) {
        sqlite3_bind_int64(handle, parameter, value)
    }

    func bind(_ value: Double, at parameter: Int32) {
        sqlite3_bind_double(handle, parameter, value)
    }

    func bindNull(at parameter: Int32) {
        sqlite3_bind_null(handle, parameter)
    }

    /// Binds UTF-8 bytes without a copy: they must stay valid until `reset()`.
    func bind(unownedText text: UnsafeRawBufferPointer, at parameter: Int32) {
        // SQLite reads a null pointer as NULL: an empty text needs an address.
        let start = text.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
        sqlite3_bind_text(
            handle, parameter, start.assumingMemoryBound(to: CChar.self), Int32(text.count), nil)
    }

    // MARK: - Stepping

    /// Runs the statement to its next row: true on a row, false when done.
    ///
    /// On an error the statement is reset (its bindings stay) and the error
    /// thrown as GRDB's `DatabaseError`, with SQLite's message.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            // The message belongs to the connection: read it before anything else runs.
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    /// Runs a statement that gives no rows (an INSERT), then resets it.
    func execute() throws {
        defer { reset() }
        while try step() {}
    }

    /// Readies the statement to run again, its bindings cleared (unowned
    /// texts are let go of here).
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: - Reading the current row (columns count from 0)

    func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func isInteger(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_INTEGER
    }

    /// The UTF-8 bytes of a column (SQLite converts numbers to text), empty
    /// for NULL; valid until the next `step()` or `reset()`.
    func text(at column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_column_text(handle, column) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column)))
    }
}

extension SQLiteStatement {
    /// A column as a string (copied), empty for NULL.
    func string(at column: Int32) -> String {
        String(decoding: text(at: column), as: UTF8.self)
    }

    /// A column as a string (copied), nil for NULL.
    func optionalString(at column: Int32) -> String? {
        isNull(at: column) ? nil : string(at: column)
    }
}
