import Foundation
import GRDB

/// The CHECK rules and NOT NULL columns of a table, read from its schema,
/// checked over its rows by one scan at the end of a bulk write
/// (`BulkWriteCheck.brokenRules`).
///
/// SQLite's `quick_check(table)` evaluates the same rules, but also walks
/// every page of each of the table's indexes, which SQLite itself wrote: of
/// a million-occupant import, 2.4 s, where one scan evaluating the rules
/// takes 1 s. A rule is broken where it is false; NULL passes, as in SQLite.
struct TableRules {
    let table: String
    /// The expressions of the table's CHECK rules, as its schema writes them.
    let checks: [String]
    /// The columns declared NOT NULL.
    let notNull: [String]
    /// Whether rows have a rowid to name them by.
    let hasRowID: Bool

    init(_ db: Database, table: String) throws {
        self.table = table
        let sql =
            try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
                arguments: [table]) ?? ""
        checks = Self.checkExpressions(in: sql)
        // Columns: cid, name, type, notnull, dflt_value, pk.
        notNull = try Row.fetchAll(
            db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))"
        ).filter { ($0[3] as Int) != 0 }.map { $0[1] }
        hasRowID =
            !(try Bool.fetchOne(
                db, sql: "SELECT wr FROM pragma_table_list WHERE name = ?", arguments: [table])
            ?? false)
    }

    var isEmpty: Bool { checks.isEmpty && notNull.isEmpty }

    /// What rows break, at most `limit` rows: for each, every rule it breaks.
    func broken(_ db: Database, limit: Int) throws -> [BulkWriteRefused.Reason] {
        guard !isEmpty else { return [] }
        let conditions =
            checks.map { "NOT (\($0))" }
            + notNull.map { "\($0.quotedDatabaseIdentifier) IS NULL" }
        // Each condition is 1 where broken, 0 or NULL where not.
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(hasRowID ? "rowid" : "NULL"), \(conditions.joined(separator: ", "))
                FROM \(table.quotedDatabaseIdentifier)
                WHERE \(conditions.map { "(\($0))" }.joined(separator: " OR "))
                LIMIT \(limit)
                """)
        return rows.flatMap { row -> [BulkWriteRefused.Reason] in
            let rowID = (row[0] as Int64?).map { " (row \($0))" } ?? ""
            var reasons: [BulkWriteRefused.Reason] = []
            for (index, check) in checks.enumerated() where row[index + 1] as Bool? == true {
                let message = "CHECK constraint failed in \(table): \(check)\(rowID)"
                reasons.append(BulkWriteRefused.Reason(fr: message, en: message))
            }
            for (index, column) in notNull.enumerated()
            where row[checks.count + index + 1] as Bool? == true {
                let message = "NULL value in \(table).\(column)\(rowID)"
                reasons.append(BulkWriteRefused.Reason(fr: message, en: message))
            }
            return reasons
        }
    }

    /// The expression of each CHECK rule of a CREATE TABLE statement: what
    /// follows each CHECK keyword, between its parentheses. Strings, quoted
    /// names and comments are stepped over whole, so a parenthesis or the
    /// word CHECK inside them counts for nothing.
    static func checkExpressions(in sql: String) -> [String] {
        let bytes = Array(sql.utf8)
        var expressions: [String] = []
        var index = 0
        var expectingRule = false
        while index < bytes.count {
            let byte = bytes[index]
            if let end = skipped(bytes, at: index) {
                index = end
            } else if isNameByte(byte) {
                let start = index
                while index < bytes.count && isNameByte(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                expectingRule = word.uppercased() == "CHECK"
            } else if byte == UInt8(ascii: "("), expectingRule {
                let end = closing(bytes, from: index)
                expressions.append(
                    String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                        .trimmingCharacters(in: .whitespacesAndNewlines))
                index = end + 1
                expectingRule = false
            } else {
                // Spaces between CHECK and its parenthesis keep it expected.
                if !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                    expectingRule = false
                }
                index += 1
            }
        }
        return expressions
    }

    /// Where a string, quoted name or comment starting at `index` ends (the
    /// index after it); nil when none starts there.
    private static func skipped(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let closer: [UInt8]
        switch byte {
        case UInt8(ascii: "'"): closer = [UInt8(ascii: "'")]
        case UInt8(ascii: "\""): closer = [UInt8(ascii: "\"")]
        case UInt8(ascii: "`"): closer = [UInt8(ascii: "`")]
        case UInt8(ascii: "["): closer = [UInt8(ascii: "]")]
        case UInt8(ascii: "-") where next == UInt8(ascii: "-"): closer = [0x0A]
        case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
            closer = [UInt8(ascii: "*"), UInt8(ascii: "/")]
        default: return nil
        }
        var position = index + (closer.count == 2 || closer == [0x0A] ? 2 : 1)
        while position < bytes.count {
            if bytes[position...].starts(with: closer) {
                // A doubled quote inside a string is a quote, not its end.
                if closer.count == 1 && closer != [0x0A] && closer != [UInt8(ascii: "]")]
                    && position + 1 < bytes.count && bytes[position + 1] == closer[0]
                {
                    position += 2
                    continue
                }
                return position + closer.count
            }
            position += 1
        }
        return bytes.count
    }

    /// The index of the parenthesis closing the one at `open`.
    private static func closing(_ bytes: [UInt8], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < bytes.count {
            if let end = skipped(bytes, at: index) {
                index = end
                continue
            }
            if bytes[index] == UInt8(ascii: "(") { depth += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return bytes.count
    }

    /// A byte of a keyword or a bare name (any byte of a non-ASCII letter too).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "$") || byte >= 0x80
    }
}
