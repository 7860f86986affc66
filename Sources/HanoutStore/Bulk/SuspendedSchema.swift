import GRDB

/// Indexes and triggers taken off for a bulk write into a new database, and
/// put back from their own SQL before its transaction ends.
///
/// An index built at the end sorts its entries once, where rows written in
/// another order would land on random pages of it, one row at a time. A
/// trigger put back applies to the rows written later only: what it would
/// have checked for the rows written meanwhile is checked over the whole
/// table before the transaction commits (`BulkWriteCheck`).
struct SuspendedSchema {
    /// The CREATE statements to run again, indexes first.
    private let statements: [String]

    /// Drops the indexes of `tables` that SQLite did not make itself (those
    /// of UNIQUE constraints stay), and the triggers named.
    static func suspend(_ db: Database, indexesOf tables: [String], triggers: [String]) throws
        -> SuspendedSchema
    {
        let tableList = tables.map { "'\($0)'" }.joined(separator: ", ")
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_schema
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tableList))
                ORDER BY name
                """)
        var statements: [String] = []
        for index in indexes {
            try db.execute(sql: "DROP INDEX \(index["name"] as String)")
            statements.append(index["sql"])
        }
        for name in triggers {
            guard
                let sql = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                    arguments: [name])
            else { throw StoreError.internalInconsistency("no trigger \(name)") }
            try db.execute(sql: "DROP TRIGGER \(name)")
            statements.append(sql)
        }
        return SuspendedSchema(statements: statements)
    }

    /// Drops the indexes named.
    static func suspend(_ db: Database, indexes names: [String]) throws -> SuspendedSchema {
        var statements: [String] = []
        for name in names {
            guard
                let sql = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?",
                    arguments: [name])
            else { throw StoreError.internalInconsistency("no index \(name)") }
            try db.execute(sql: "DROP INDEX \(name)")
            statements.append(sql)
        }
        return SuspendedSchema(statements: statements)
    }

    /// Creates again what `suspend` dropped.
    func restore(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
    }
}
