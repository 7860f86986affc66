import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// A zone's waiting list of 100,000 read by windows, in line, to its end.
@Suite struct WaitingPageTests {
    /// A generated region of 100,000 occupants, each with a file to one call
    /// and on its zone's jewellery waiting list (made once: generating is slow).
    static let made = Result { () throws -> (AppDatabase, String) in
        let database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 0) })
        let fixtures = try FixtureSet.load(from: TestRepository.fixtures)
        try database.generate(
            RegionGenerator(
                zones: 1, units: 20, occupants: 100_000, allocations: 0, seed: 5,
                today: TestDay.day),
            trades: fixtures.trades, by: "generator")
        for grid in fixtures.grids { try database.saveGrid(grid) }
        let (zone, unit) = try database.read { db in
            try (
                String.fetchOne(db, sql: "SELECT zone_code FROM unit LIMIT 1") ?? "",
                String.fetchOne(db, sql: "SELECT code FROM unit LIMIT 1") ?? ""
            )
        }
        try database.createCall(
            Call(
                reference: "GEN-2027-01", zoneCode: zone, title: "Generated",
                units: [OfferedUnit(unitCode: unit)], trades: ["BIJ"], opensOn: day("2026-11-01"),
                closesOn: day("2026-11-20"), startsOn: day("2027-01-01"), gridCode: "TZN-2026"),
            province: "Tiznit", by: "test")
        // Files and entries written in bulk: 100,000 applies would take minutes.
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO application (call_reference, number, filed_at, occupant_id, trade_code, facts)
                    SELECT 'GEN-2027-01', row_number() OVER (ORDER BY id), '2026-11-10T09:00:00Z', id, 'BIJ', '{}'
                    FROM occupant;
                    INSERT INTO waiting_entry (application_id, zone_code, trade_code, rank, total, joined_on)
                    SELECT id, ?, 'BIJ', number, 100000 - number, '2026-11-28' FROM application;
                    """, arguments: [zone])
        }
        return (database, zone)
    }

    @Test func aWindowAtTheEndOf100000IsReadInLine() throws {
        let (database, zone) = try Self.made.get()
        let first = try database.waitingPage(
            zone: zone, trade: nil, offset: 0, limit: 60, counting: true)
        #expect(first.total == 100_000 && first.trades == ["BIJ"])
        #expect(first.lines.map(\.entry.rank) == Array(1...60))
        // How fast is the benchmarks' business; here, that the window is right.
        let last = try database.waitingPage(
            zone: zone, trade: "BIJ", offset: 99_940, limit: 60, counting: false, known: 100_000)
        #expect(last.lines.map(\.entry.rank) == Array(99_941...100_000))
        #expect(last.lines.last?.filingNumber == "GEN-2027-01/100000")
        let middle = try database.waitingPage(
            zone: zone, trade: "BIJ", offset: 50_010, limit: 60, counting: false, known: 100_000)
        #expect(
            middle.lines.map(\.entry.rank) == Array(50_011...50_070), "read from the end, in line")
        let tail = try database.waitingPage(
            zone: zone, trade: "BIJ", offset: 99_980, limit: 60, counting: false, known: 100_000)
        #expect(
            tail.lines.map(\.entry.rank) == Array(99_981...100_000), "a window past the end stops")
    }
}
