import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The search finds an Arabic name in any of its usual spellings (`ArabicSpelling`),
/// in a register written today and in one whose words were cut before.
@Suite struct ArabicSearchTests {
    @Test func eachSpellingFindsTheOccupantRegisteredInAnother() throws {
        let database = try fixtureRegion()
        let ibrahim = try database.add(
            Occupant(id: 0, kind: .artisan, name: "إبراهيم آيت الحسن", trades: ["MEN"]),
            by: "test"
        ).id
        let fatima = try database.add(
            Occupant(id: 0, kind: .artisan, name: "فاطمة الزهراء", trades: ["MEN"]), by: "test"
        ).id
        // The fixtures hold "إبراهيم أمزيل" (#17) and "فاطمة أيت علي" (#56).
        #expect(try database.occupants(search: "ابراهيم").map(\.id) == [ibrahim, 17])
        #expect(try database.occupants(search: "ايت ابرا").map(\.id) == [ibrahim])
        #expect(try Set(database.occupants(search: "فاطمه").map(\.id)) == [fatima, 56])
        #expect(try database.occupants(search: "الزهرا فاطمه").map(\.id) == [fatima])
        #expect(try database.occupants(search: "إبراهيم الحسن").map(\.id) == [ibrahim])
    }

    @Test func aRegisterWhoseWordsWereCutBeforeIsIndexedAgainWhenOpened() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        let database = try AppDatabase(writer: queue)
        try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        let ibrahim = try database.add(
            Occupant(id: 0, kind: .artisan, name: "إبراهيم Aït", trades: ["MEN"]), by: "test"
        ).id
        let before = try queue.read { db in try Self.words(db, of: ibrahim) }
        // The words as the cut before version 2 wrote them, and no version recorded.
        try queue.write { db in
            try db.execute(
                sql: "DELETE FROM occupant_word WHERE occupant_id = ?", arguments: [ibrahim])
            for word in ["إبراهيم", "ait"] {
                try db.execute(
                    sql: """
                        INSERT INTO occupant_word (word, name_key, occupant_id, cin_key)
                        SELECT ?, name_key, id, NULL FROM occupant WHERE id = ?
                        """, arguments: [word, ibrahim])
            }
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        #expect(try !database.occupants(search: "ابراهيم").map(\.id).contains(ibrahim))

        let reopened = try AppDatabase(writer: queue)
        #expect(try reopened.occupants(search: "ابراهيم").map(\.id).contains(ibrahim))
        #expect(try queue.read { db in try Self.words(db, of: ibrahim) } == before)
        let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == OccupantWords.version)
        #expect(try reopened.occupants(search: "ait").map(\.id).contains(ibrahim))
    }

    static func words(_ db: Database, of id: Int64) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT word FROM occupant_word WHERE occupant_id = ? ORDER BY word",
            arguments: [id])
    }
}
