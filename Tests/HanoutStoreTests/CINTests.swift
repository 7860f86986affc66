import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// One card, one occupant, whatever the case it is typed in (`je124543`
/// beside `JE124543` was accepted, and a repeated CIN reached the clerk as
/// "UNIQUE constraint failed: occupant.cin").
@Suite struct CINTests {
    func artisan(_ cin: String) -> Occupant {
        Occupant(kind: .artisan, name: "Ijja Oubella", trades: ["MEN"], cin: cin)
    }

    @Test func aCINIsKeptInCapitalsWithoutTheSpacesAround() throws {
        let database = try smallDatabase()
        let saved = try database.add(artisan("  je124543 "), by: "c")
        #expect(try database.occupant(id: saved.id).cin == "JE124543")
    }

    @Test func theSameCardInAnotherCaseIsRefusedWithItsHolder() throws {
        let database = try smallDatabase()
        let first = try database.add(artisan("JE124543"), by: "c")
        let refusal = try #require(throws: StoreError.self) {
            try database.add(artisan("je124543"), by: "c")
        }
        #expect(refusal == .cinTaken(cin: "JE124543", by: "Ijja Oubella", id: first.id))
        #expect(!refusal.message(in: .en).contains("constraint"))
        #expect(try database.occupants(search: "je124543").count == 1)
    }

    @Test func checkReportsOneCardHeldTwiceInDifferentCases() throws {
        let database = try smallDatabase()
        try database.writer.write { db in
            // As a register written before CINs were kept in capitals may hold.
            try db.execute(
                sql: """
                    INSERT INTO occupant (kind, name, name_key, cin) VALUES
                    ('artisan', 'A', 'a', 'je1'), ('artisan', 'B', 'b', 'JE1')
                    """)
        }
        let problems = try database.check(today: TestDay.day).map { $0.message(in: .en) }
        #expect(problems.contains("CIN JE1 belongs to 2 occupants (ignoring case)"))
    }
}
