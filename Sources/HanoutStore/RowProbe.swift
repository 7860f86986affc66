import GRDB
import GRDBSQLite

/// Whether a row exists, asked once per line of a large import: a prepared
/// `SELECT 1 ... WHERE column = ?` stepped through SQLite's C interface.
/// Through GRDB's cursors, the same question cost four times the index
/// search itself, several seconds for a million CINs.
struct RowProbe {
    private let statement: Statement

    /// A probe of `sql`, a query with one parameter.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    func exists(_ db: Database, _ value: Int64) throws -> Bool {
        sqlite3_bind_int64(statement.sqliteStatement, 1, value)
        return try step(db)
    }

    func exists(_ db: Database, _ value: String) throws -> Bool {
        var value = value
        // Bound in place (no destructor): the step runs inside the closure.
        return try value.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { text in
                let empty = UnsafeRawPointer(("" as StaticString).utf8Start)
                sqlite3_bind_text(
                    statement.sqliteStatement, 1,
                    text.baseAddress ?? empty.assumingMemoryBound(to: CChar.self),
                    Int32(text.count), nil)
                return try step(db)
            }
        }
    }

    private func step(_ db: Database) throws -> Bool {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        let message = code == SQLITE_ROW || code == SQLITE_DONE ? nil : db.lastErrorMessage
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_ROW || code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return code == SQLITE_ROW
    }
}
