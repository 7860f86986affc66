import GRDB
import Testing

@testable import HanoutStore

/// The rules a bulk write checks at its end are read from the schema as
/// SQLite keeps it: comments, strings and quoted names are not rules.
@Suite struct TableRulesTests {
    @Test func eachCheckIsReadWholeAndNothingElse() {
        let sql = """
            CREATE TABLE t (
                -- a comment that says CHECK (x) is not a rule
                "check (y)" TEXT CHECK (length("check (y)") > 0),
                kind TEXT NOT NULL CHECK(kind IN ('a)', 'it''s', '/* (')) ,
                n INTEGER /* CHECK (n < 0) */ check  ( (n >= 0) AND (n < 10) ),
                CONSTRAINT pair CHECK (n IS NULL OR kind <> 'a)'))
            """
        #expect(
            TableRules.checkExpressions(in: sql) == [
                "length(\"check (y)\") > 0", "kind IN ('a)', 'it''s', '/* (')",
                "(n >= 0) AND (n < 10)", "n IS NULL OR kind <> 'a)'",
            ])
    }

    @Test func theOccupantsRulesAreTheSchemas() throws {
        let database = try smallDatabase()
        let rules = try database.writer.read { db in try TableRules(db, table: "occupant") }
        #expect(rules.checks.count == 4)
        #expect(rules.checks.contains("kind IN ('artisan','cooperative','association')"))
        #expect(rules.notNull == ["kind", "name", "name_key"])
        #expect(rules.hasRowID)
    }

    /// Each rule broken is named with its row; a row that breaks none, or
    /// whose rule gives NULL (no category), passes.
    @Test func aBrokenRuleIsNamedWithItsRow() throws {
        let queue = try DatabaseQueue()
        let reasons = try queue.write { db in
            try db.execute(
                sql: """
                    PRAGMA ignore_check_constraints = ON;
                    CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CHECK (n >= 0),
                                    c TEXT CHECK (c IN ('x', 'y')));
                    INSERT INTO t VALUES (1, 5, 'x'), (2, -1, NULL), (3, -2, 'z'), (4, NULL, NULL);
                    """)
            return try TableRules(db, table: "t").broken(db, limit: 20).map(\.english)
        }
        #expect(
            reasons == [
                "CHECK constraint failed in t: n >= 0 (row 2)",
                "CHECK constraint failed in t: n >= 0 (row 3)",
                "CHECK constraint failed in t: c IN ('x', 'y') (row 3)",
            ])
    }
}
