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

    /// Most occupants with a number: the index is written again whole; a few:
    /// only theirs are found and replaced. Either way, the same index.
    @Test(arguments: [false, true])
    func aRegisterIndexedBeforeNumbersIsIndexedAgainWhenOpened(fewNumbers: Bool) throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase(writer: queue).install(
            try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        if fewNumbers {
            try queue.write { db in
                try db.execute(sql: "UPDATE occupant SET phone = NULL WHERE id <> 56")
                try db.execute(sql: "DELETE FROM occupant_word WHERE word LIKE '#%'")
                try OccupantWordWriter.rebuild(db)
            }
        }
        let words = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM occupant_word")
        }
        try queue.write { db in
            try db.execute(sql: "DELETE FROM occupant_word WHERE word LIKE '#%'")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        #expect(try AppDatabase(writer: queue).occupants(search: "6065").map(\.id) == [56])
        #expect(
            try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM occupant_word") }
                == words)
    }
}
