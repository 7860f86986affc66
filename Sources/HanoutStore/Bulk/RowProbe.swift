import GRDB

/// Whether a row exists, asked once per line of a large import: a prepared
/// `SELECT 1 ... WHERE column = ?` stepped by hand (`SQLiteStatement`).
/// Through GRDB's cursors, the same question cost four times the index
/// search itself, several seconds for a million CINs.
struct RowProbe {
    private let statement: SQLiteStatement

    /// A probe of `sql`, a query with one parameter.
    init(_ db: Database, sql: String) throws {
        statement = try SQLiteStatement(db, sql: sql)
    }

    func exists(_ value: Int64) throws -> Bool {
        defer { statement.reset() }
        statement.bind(value, at: 1)
        return try statement.step()
    }

    func exists(_ value: String) throws -> Bool {
        var value = value
        return try value.withUTF8 { bytes in
            // Bound in place: the statement lets go of the bytes before the closure ends.
            defer { statement.reset() }
            statement.bind(unownedText: UnsafeRawBufferPointer(bytes), at: 1)
            return try statement.step()
        }
    }
}
