import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// A phone number, or its last digits, finds the occupant: registered by the clerk,
/// imported, installed from the fixtures, or in a register indexed before numbers were.
@Suite struct PhoneSearchStoreTests {
    @Test(arguments: ["0645326065", "6065", "06 45 32 60 65", "+212 645 326 065", "٦٠٦٥"])
    func aFixtureOccupantIsFoundByItsNumber(_ typed: String) throws {
        // Fatima Aït Ali (#56) has 0645326065 in the fixtures.
        let database = try fixtureRegion()
        #expect(try database.occupants(search: typed).map(\.id) == [56])
        #expect(try database.occupantCount(search: typed) == 1)
    }

    @Test func digitsOfNoNumberFindNobodyAndANameStillFindsItsOwner() throws {
        let database = try fixtureRegion()
        #expect(try database.occupants(search: "99999999").isEmpty)
        #expect(try database.occupants(search: "3829").map(\.id) == [1])
        #expect(try database.occupants(search: "lahcen enn").map(\.id) == [1])
    }

    @Test func numbersRegisteredByTheClerkAndImportedAreFound() throws {
        let database = try fixtureRegion()
        let added = try database.add(
            Occupant(kind: .artisan, name: "Said Amzil", trades: ["MEN"], phone: "0712345678"),
            by: "test"
        ).id
        let csv = "kind,name,trades,phone\nartisan,Aicha Imzilen,MEN,+212 6 11 22 33 44\n"
        _ = try database.importOccupants(csv: Array(csv.utf8), file: "phones.csv", by: "test")
        #expect(try database.occupants(search: "5678").map(\.id) == [added])
        #expect(try database.occupants(search: "3344").map(\.name) == ["Aicha Imzilen"])
        #expect(try database.occupants(search: "0611223344").map(\.name) == ["Aicha Imzilen"])
    }

    @Test func aNumberEditedOrClearedIsFoundByTheNewOneOnly() throws {
        let database = try fixtureRegion()
        var fatima = try database.occupant(id: 56)
        fatima.phone = "0700112233"
        _ = try database.edit(fatima, correctionReason: nil, by: "test")
        #expect(try database.occupants(search: "6065").isEmpty)
        #expect(try database.occupants(search: "2233").map(\.id) == [56])
        fatima.phone = nil
        _ = try database.edit(fatima, correctionReason: nil, by: "test")
        #expect(try database.occupants(search: "2233").isEmpty)
        #expect(try database.occupants(search: "jc283027").map(\.id) == [56])
    }

    /// A register whose numbers were words of the search index (version 3 of
    /// the words), or not searchable at all (version 2), gets their keys when
    /// opened, and keeps no number among its words: the same as if written today.
    @Test(arguments: [2, 3])
    func aRegisterFromBeforeThePhoneKeysGetsThemWhenOpened(version: Int) throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase(writer: queue).install(
            try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        func state() throws -> [[String]] {
            try queue.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, phone_key FROM occupant ORDER BY id"
                ).map { row in row.databaseValues.map(\.description) }
                    + Row.fetchAll(db, sql: "SELECT * FROM occupant_word ORDER BY 1, 2, 3")
                    .map { row in row.databaseValues.map(\.description) }
            }
        }
        let written = try state()
        try queue.write { db in
            try db.execute(sql: "UPDATE occupant SET phone_key = NULL")
            if version == 3 {
                // The words version 3 wrote for the numbers.
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, name_key, cin, phone FROM occupant WHERE phone IS NOT NULL"
                ) {
                    guard let word = PhoneSearch.indexWord(row["phone"]) else { continue }
                    try db.execute(
                        sql: "INSERT INTO occupant_word VALUES (?, ?, ?, ?)",
                        arguments: [
                            word, row["name_key"], row["id"],
                            (row["cin"] as String?).map(TextKey.fold),
                        ])
                }
            }
            try db.execute(sql: "PRAGMA user_version = \(version)")
        }
        #expect(try state() != written)
        #expect(try AppDatabase(writer: queue).occupants(search: "6065").map(\.id) == [56])
        #expect(try state() == written)
        #expect(
            try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == OccupantWords.version)
    }
}
