import GRDB
import HanoutDomain

/// What the database checks row by row for a clerk, checked over whole
/// tables at the end of a bulk write (`BulkWrite`), inside its transaction:
/// foreign keys, CHECK rules (and NOT NULL), and the invariant of the
/// trigger a generated region leaves off while it writes (`SuspendedSchema`):
/// no two allocations of one unit overlap.
enum BulkWriteCheck {
    /// Reasons shown at most: a faulty generator would break the same rule
    /// on every row.
    static let shownReasons = 20

    /// Throws `BulkWriteRefused` if a row of `tables` breaks a rule.
    static func verify(_ db: Database, tables: [String]) throws {
        var reasons: [BulkWriteRefused.Reason] = []
        var parentRowIDs: [String: RowIDSet] = [:]
        for table in tables {
            reasons += try brokenForeignKeys(db, table, parentRowIDs: &parentRowIDs)
        }
        reasons += try brokenRules(db, tables)
        if tables.contains("allocation") { reasons += try overlappingAllocations(db) }
        guard reasons.isEmpty else {
            throw BulkWriteRefused(reasons: Array(reasons.prefix(shownReasons)))
        }
    }

    /// Rows of `table` whose foreign key finds no parent row; `parentRowIDs`
    /// keeps the rowids of the parent tables read (see `ForeignKeyCheck`).
    static func brokenForeignKeys(
        _ db: Database, _ table: String, parentRowIDs: inout [String: RowIDSet]
    ) throws -> [BulkWriteRefused.Reason] {
        if let keys = try ForeignKeyCheck.keys(of: table, db) {
            return try keys.flatMap { key in
                try key.brokenKeys(db, limit: shownReasons, parentRowIDs: &parentRowIDs).map {
                    value in
                    BulkWriteRefused.Reason(
                        fr: "\(table) : aucune ligne de \(key.parent) ne correspond à "
                            + "\(key.column) \(value)",
                        en: "\(table): no matching row in \(key.parent) for \(key.column) \(value)")
                }
            }
        }
        // Columns: table, rowid (NULL without one), parent table, key number.
        let rows = try Row.fetchAll(
            db, sql: "PRAGMA foreign_key_check(\(table.quotedDatabaseIdentifier))")
        return rows.prefix(shownReasons).map { row in
            let (table, parent): (String, String) = (row[0], row[2])
            let rowID = (row[1] as Int64?).map { " \($0)" } ?? ""
            return BulkWriteRefused.Reason(
                fr: "\(table)\(rowID) : aucune ligne de \(parent) ne lui correspond",
                en: "\(table)\(rowID): no matching row in \(parent)")
        }
    }

    /// Rows of `tables` that break a CHECK rule or a NOT NULL.
    ///
    /// The bulk write told SQLite to ignore CHECK rules while it wrote: they
    /// are enforced again first, then evaluated over every row of each table
    /// that has some, in one scan (`TableRules`); tables without a CHECK rule
    /// are not read again.
    static func brokenRules(_ db: Database, _ tables: [String]) throws -> [BulkWriteRefused.Reason]
    {
        try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        var reasons: [BulkWriteRefused.Reason] = []
        for table in tables {
            let rules = try TableRules(db, table: table)
            guard !rules.checks.isEmpty else { continue }
            reasons += try rules.broken(db, limit: shownReasons)
        }
        return reasons
    }

    /// No two allocations of one unit share a day (`end_day` is the first
    /// day free again; NULL, never free).
    ///
    /// Taken in order of start, a unit's allocations share no day when each
    /// starts on or after the end of the one before: if two overlap, so do
    /// the first of them and the one right after it. One pass over the index
    /// by unit and start (ties by end, then id: any order of ties will do),
    /// with no join per row: seconds for five million.
    static func overlappingAllocations(_ db: Database) throws -> [BulkWriteRefused.Reason] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT u.code, a.previous, a.id FROM (
                    SELECT unit_id, id, start_day,
                           lag(id) OVER byStart AS previous,
                           lag(end_day) OVER byStart AS previous_end,
                           lag(end_day IS NULL) OVER byStart AS previous_open
                    FROM allocation
                    -- An allocation ended the day it began holds no day.
                    WHERE end_day IS NULL OR start_day < end_day
                    -- The order of the index by unit (`allocation_by_unit`): no sort.
                    WINDOW byStart AS (PARTITION BY unit_id ORDER BY start_day, end_day, id)
                ) a JOIN unit u ON u.id = a.unit_id
                WHERE a.previous_open OR a.start_day < a.previous_end
                LIMIT \(shownReasons)
                """)
        return rows.map { row in
            let (unit, first, second): (String, Int64, Int64) = (row[0], row[1], row[2])
            return BulkWriteRefused.Reason(
                fr: "\(unit) : les attributions \(first) et \(second) se chevauchent",
                en: "\(unit): allocations \(first) and \(second) overlap")
        }
    }
}

/// A bulk write refused at its end because rows written broke a rule of the
/// database (a bug in an import or in the generator): nothing was written.
public struct BulkWriteRefused: ClerkError, Equatable {
    public struct Reason: Equatable, Sendable {
        public var french: String
        public var english: String

        init(fr: String, en: String) {
            french = fr
            english = en
        }
    }

    public var reasons: [Reason]

    public func message(in language: Language) -> String {
        let header = language.pick(
            fr: "Écriture refusée, rien n'a été enregistré : la base a trouvé",
            en: "Write refused, nothing was saved: the database found")
        return ([header] + reasons.map { "  " + language.pick(fr: $0.french, en: $0.english) })
            .joined(separator: "\n")
    }
}
