import GRDB
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The indexes by CIN, NIA and phone key hold only the occupants that have
/// one (migration v15): an import of a million occupants without cards wrote
/// a million empty entries in each. The lookups through them must still
/// find them usable.
@Suite struct CardIndexesTests {
    static let cardIndexes = [
        "occupant_by_cin_any_case", "occupant_by_nia_any_case", "occupant_by_phone_key",
    ]

    @Test func theCardIndexesLeaveOutOccupantsWithoutACard() throws {
        let database = try smallDatabase()
        let partial = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, partial FROM pragma_index_list('occupant')")
                .reduce(into: [String: Bool]()) { $0[$1[0]] = $1[1] }
        }
        for index in Self.cardIndexes {
            #expect(partial[index] == true, "\(index) holds occupants without a card")
        }
        #expect(partial["occupant_name_key"] == false)
    }

    /// The plan SQLite chooses for `request`, one detail a line.
    func plan(_ db: Database, _ request: QueryInterfaceRequest<OccupantRecord>) throws -> String {
        let statement = try request.makePreparedRequest(db).statement
        return try Row.fetchAll(
            db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments
        ).map { $0["detail"] as String }.joined(separator: "\n")
    }

    @Test func aCardIsLookedUpThroughItsIndex() throws {
        let database = try smallDatabase()
        let (byCIN, byNIA) = try database.writer.read { db in
            (
                try plan(db, OccupantRecord.withCIN("je1")),
                try plan(db, OccupantRecord.withNIA("n-1"))
            )
        }
        #expect(byCIN.contains("occupant_by_cin_any_case"))
        #expect(byNIA.contains("occupant_by_nia_any_case"))
    }
}
