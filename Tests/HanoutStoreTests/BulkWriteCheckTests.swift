import Foundation
import GRDB
import HanoutDomain
import Testing

@testable import HanoutStore

/// A bulk write does not let SQLite check its rules row by row; it checks
/// them over the tables written before it commits. A faulty import or
/// generator (here, rows written by hand inside a bulk write) is refused and
/// leaves nothing behind.
@Suite struct BulkWriteCheckTests {
    /// What a write leaves: occupants, their trades, allocations, journal lines.
    func counts(_ database: AppDatabase) throws -> [Int] {
        try database.writer.read { db in
            try ["occupant", "occupant_trade", "occupant_word", "allocation", "journal"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
    }

    /// Runs `body` as a bulk write of `tables` that also writes a good
    /// occupant and a journal line; gives the refusal.
    func refusal(
        _ database: AppDatabase, tables: [String] = AppDatabase.generatedTables,
        _ body: @escaping (Database) throws -> Void
    ) throws -> BulkWriteRefused {
        let before = try counts(database)
        let refused = try #require(throws: BulkWriteRefused.self) {
            try database.bulkWrite(checking: tables) { db in
                var writer = OccupantBulkWriter()
                let good = Occupant(id: 50, kind: .artisan, name: "Itto Amzil", trades: ["MEN"])
                try writer.insert(db, good, nameKey: TextKey.fold(good.name), cinKey: nil)
                try writer.finish(db)
                try Journal.append(
                    db, JournalEntry(at: "now", clerk: "c", action: .importOccupants, note: "t"))
                try body(db)
            }
        }
        #expect(try counts(database) == before, "nothing written")
        return refused
    }

    @Test func aTradeThatDoesNotExistIsRefused() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            var trades = BatchInsert(
                into: "occupant_trade", columns: ["occupant_id", "trade_code", "rank"])
            trades.append(Int64(50))
            trades.append("NOPE")
            trades.append(1)
            try trades.flush(db)
        }
        #expect(
            refused.reasons.map(\.english) == [
                "occupant_trade: no matching row in trade for trade_code NOPE"
            ])
    }

    /// Keys to a rowid are checked by reading both tables in order: a key
    /// missing, or of another type than an integer, finds no parent.
    @Test func anAllocationOfAMissingUnitOrOfATextOccupantIsRefused() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            try db.execute(
                sql: """
                    INSERT INTO allocation
                        (unit_id, occupant_id, trade_code, start_day, recorded_by, recorded_at)
                    VALUES (9999, 50, 'MEN', '2026-01-01', 'c', 'now'),
                           (1, 'fifty', 'MEN', '2030-01-01', 'c', 'now')
                    """)
        }
        #expect(
            Set(refused.reasons.map(\.english)) == [
                "allocation: no matching row in unit for unit_id 9999",
                "allocation: no matching row in occupant for occupant_id fifty",
            ])
    }

    /// Two keys point at the occupants, read once for both: each names its
    /// own missing occupant.
    @Test func tradesAndSearchRowsOfMissingOccupantsAreEachRefused() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            try db.execute(
                sql: """
                    INSERT INTO occupant_trade (occupant_id, trade_code, rank) VALUES (77, 'MEN', 0);
                    INSERT INTO occupant_word (word, name_key, occupant_id)
                    VALUES ('ghost', 'ghost', 78);
                    """)
        }
        #expect(
            refused.reasons.map(\.english) == [
                "occupant_trade: no matching row in occupant for occupant_id 77",
                "occupant_word: no matching row in occupant for occupant_id 78",
            ])
    }

    @Test func anOccupantOfAnUnknownKindOrNegativeMembersIsRefused() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            var occupants = BatchInsert(
                into: "occupant", columns: ["id", "kind", "name", "name_key", "members"])
            for (id, kind, members) in [(Int64(60), "robot", 1), (61, "cooperative", -3)] {
                occupants.append(id)
                occupants.append(kind)
                occupants.append("X")
                occupants.append("x")
                occupants.append(members)
            }
            try occupants.flush(db)
        }
        let messages = refused.reasons.map(\.english)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.allSatisfy { $0.contains("CHECK constraint failed in occupant") })
    }

    @Test func overlappingAllocationsWrittenWithTheTriggerOffAreRefused() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            let suspended = try SuspendedSchema.suspend(
                db, indexesOf: [], triggers: ["allocation_no_overlap_on_insert"])
            var rows = BatchInsert(
                into: "allocation",
                columns: [
                    "id", "unit_id", "occupant_id", "trade_code", "start_day", "end_day",
                    "recorded_by", "recorded_at",
                ])
            // Unit 1: a closed period, then one that begins inside it. Unit 2:
            // two open-ended periods, and one that ends the day it begins
            // (no day held, no overlap).
            for (id, unit, start, end) in [
                (Int64(1), Int64(1), "2026-01-01", "2026-03-01"),
                (2, 1, "2026-02-15", "2026-04-01"),
                (3, 2, "2026-01-01", nil), (4, 2, "2026-05-01", nil),
                (5, 1, "2026-06-01", "2026-06-01"),
            ] as [(Int64, Int64, String, String?)] {
                rows.append(id)
                rows.append(unit)
                rows.append(Int64(1))
                rows.append("MEN")
                rows.append(start)
                rows.append(end)
                rows.append("c")
                rows.append("now")
            }
            try rows.flush(db)
            try suspended.restore(db)
        }
        #expect(
            refused.reasons.map(\.english) == [
                "AOU-01: allocations 1 and 2 overlap", "AOU-02: allocations 3 and 4 overlap",
            ])
    }

    @Test func aGoodBulkWriteCommitsAndTheDatabaseEnforcesItsRulesAgainAfterARefusal() throws {
        let database = try smallDatabase()
        let refused = try refusal(database) { db in
            try db.execute(sql: "INSERT INTO occupant_word VALUES ('x', 'x', 999, NULL)")
        }
        #expect(
            refused.reasons.map(\.english) == [
                "occupant_word: no matching row in occupant for occupant_id 999"
            ])
        let settings = try database.writer.writeWithoutTransaction { db in
            try ["foreign_keys", "ignore_check_constraints"].map {
                try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? -1
            }
        }
        #expect(settings == [1, 0])
        try database.bulkWrite(checking: AppDatabase.importedTables) { db in
            var writer = OccupantBulkWriter()
            let good = Occupant(id: 50, kind: .artisan, name: "Itto Amzil", trades: ["MEN"])
            try writer.insert(db, good, nameKey: TextKey.fold(good.name), cinKey: nil)
            try writer.finish(db)
        }
        #expect(try database.occupants(search: "itto").map(\.id) == [50])
    }
}
