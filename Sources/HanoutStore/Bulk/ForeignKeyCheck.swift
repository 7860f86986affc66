import GRDB

/// The foreign keys of a table written by a bulk write, checked over the
/// whole table (`BulkWriteCheck`), each key in the cheapest way that is
/// still complete.
///
/// SQLite's `foreign_key_check` looks each child row's parent up: for the
/// four million rows of the search index of a million occupants, written in
/// the order of their words, that is four million lookups on pages of the
/// occupant table scattered beyond the page cache (6 s, half of all the
/// checks). When the parent key is the parent's rowid, the same answer comes
/// from two reads in order: the parent's rowids, ascending, once for all the
/// keys that point at that table (`RowIDSet`), then the child's keys, each
/// looked up among them.
struct ForeignKeyCheck {
    let table: String
    let column: String
    let parent: String
    /// The parent's column, nil for its rowid.
    let parentColumn: String?

    /// The foreign keys of `table`; nil when one of them has several columns
    /// (none in Hanout's schema: `foreign_key_check` serves then).
    static func keys(of table: String, _ db: Database) throws -> [ForeignKeyCheck]? {
        // Columns: id, seq, table, from, to, on_update, on_delete, match.
        let rows = try Row.fetchAll(
            db, sql: "PRAGMA foreign_key_list(\(table.quotedDatabaseIdentifier))")
        guard rows.allSatisfy({ ($0[1] as Int) == 0 }) else { return nil }
        return try rows.map { row in
            let parent: String = row[2]
            let to: String? = row[4]
            let rowID = try rowIDColumn(of: parent, db)
            let isRowID = rowID != nil && (to == nil || to?.lowercased() == rowID?.lowercased())
            return ForeignKeyCheck(
                table: table, column: row[3], parent: parent, parentColumn: isRowID ? nil : to)
        }
    }

    /// The column that is `table`'s rowid (an INTEGER PRIMARY KEY), if any.
    private static func rowIDColumn(of table: String, _ db: Database) throws -> String? {
        let withoutRowID =
            try Bool.fetchOne(
                db, sql: "SELECT wr FROM pragma_table_list WHERE name = ?", arguments: [table])
            ?? true
        guard !withoutRowID else { return nil }
        // Columns: cid, name, type, notnull, dflt_value, pk.
        let keyColumns = try Row.fetchAll(
            db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))"
        ).filter { ($0[5] as Int) > 0 }
        guard keyColumns.count == 1, (keyColumns[0][2] as String).uppercased() == "INTEGER"
        else { return nil }
        return keyColumns[0][1]
    }

    /// The keys of child rows that find no parent row, at most `limit`.
    /// `parentRowIDs` keeps the rowids of each parent table read, for the
    /// other keys that point at it.
    func brokenKeys(_ db: Database, limit: Int, parentRowIDs: inout [String: RowIDSet]) throws
        -> [String]
    {
        let child = table.quotedDatabaseIdentifier
        let key = column.quotedDatabaseIdentifier
        guard let parentColumn else {
            return try brokenRowIDKeys(db, limit: limit, parentRowIDs: &parentRowIDs)
        }
        return try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT \(key) FROM \(child)
                WHERE \(key) IS NOT NULL AND \(key) NOT IN (
                    SELECT \(parentColumn.quotedDatabaseIdentifier)
                    FROM \(parent.quotedDatabaseIdentifier))
                LIMIT \(limit)
                """)
    }

    private func brokenRowIDKeys(
        _ db: Database, limit: Int, parentRowIDs: inout [String: RowIDSet]
    ) throws -> [String] {
        let parentIDs = try parentRowIDs[parent] ?? Self.rowIDs(of: parent, db)
        parentRowIDs[parent] = parentIDs

        let key = column.quotedDatabaseIdentifier
        let children = try SQLiteStatement(
            db,
            sql: "SELECT \(key) FROM \(table.quotedDatabaseIdentifier) WHERE \(key) IS NOT NULL")
        defer { children.reset() }
        var broken: [String] = []
        while broken.count < limit, try children.step() {
            // A rowid is an integer: a key of another type finds no parent.
            guard children.isInteger(at: 0) else {
                broken.append(children.string(at: 0))
                continue
            }
            let id = children.int64(at: 0)
            if !parentIDs.contains(id), !broken.contains(String(id)) {
                broken.append(String(id))
            }
        }
        return broken
    }

    /// The rowids of `table`, read in order.
    private static func rowIDs(of table: String, _ db: Database) throws -> RowIDSet {
        var ids: [Int64] = []
        let rows = try SQLiteStatement(
            db, sql: "SELECT rowid FROM \(table.quotedDatabaseIdentifier) ORDER BY rowid")
        defer { rows.reset() }
        while try rows.step() { ids.append(rows.int64(at: 0)) }
        return RowIDSet(ascending: ids)
    }
}
