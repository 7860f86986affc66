import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct RegionGeneratorTests {
    func generated(seed: UInt64 = 7) throws -> AppDatabase {
        let database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 0) })
        let trades = try FixtureSet.load(from: TestRepository.fixtures).trades
        try database.generate(
            RegionGenerator(
                zones: 5, units: 40, occupants: 120, allocations: 400, seed: seed,
                today: TestDay.day),
            trades: trades, by: "generator")
        return database
    }

    @Test func theRegionHasTheSizesAskedAndBreaksNoRule() throws {
        let database = try generated()
        let zones = try database.zoneSummaries(on: TestDay.day)
        #expect(zones.count == 5)
        #expect(zones.map(\.units).reduce(0, +) == 40)
        #expect(try database.occupantCount() == 120)
        #expect(try database.allocations().count == 400)
        #expect(try database.check(today: TestDay.day).isEmpty)
        let past = try database.check(today: day("2010-06-01")).map { $0.message(in: .en) }
        #expect(past.allSatisfy { $0.contains("is occupied but marked") }, "\(past)")
        let occupied = zones.map(\.occupied).reduce(0, +)
        #expect(occupied > 0 && occupied < 40, "a living region: some occupied, some not")
    }

    @Test func theSameSeedGivesTheSameRegionAndAnotherSeedAnother() throws {
        func fingerprint(_ database: AppDatabase) throws -> [String] {
            try database.allocations().map {
                "\($0.allocation.unitCode) \($0.allocation.occupantID) \($0.allocation.period.start.iso) \($0.occupantName)"
            }
        }
        #expect(try fingerprint(generated(seed: 7)) == fingerprint(generated(seed: 7)))
        #expect(try fingerprint(generated(seed: 7)) != fingerprint(generated(seed: 8)))
    }

    @Test func theSchemaIsWholeAgainAfterTheBulkWriteAndStillRefusesAnOverlap() throws {
        func schema(_ database: AppDatabase) throws -> [String] {
            try database.writer.read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_schema ORDER BY name"
                )
            }
        }
        let generated = try generated()
        #expect(try schema(generated) == schema(try AppDatabase.inMemory()))
        let overlapping = try generated.writer.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT unit_id, occupant_id, trade_code, start_day FROM allocation LIMIT 1")
        }
        let row = try #require(overlapping)
        #expect(throws: DatabaseError.self) {
            try generated.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO allocation (unit_id, occupant_id, trade_code, start_day,
                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'test', 'now')
                        """,
                    arguments: [row[0], row[1], row[2], row[3]])
            }
        }
    }

    @Test func sizesThatCannotBeConsistentAreRefusedWithAReason() {
        let tooFewOccupants = RegionGenerator(
            zones: 2, units: 10, occupants: 5, allocations: 10, seed: 1, today: TestDay.day)
        #expect(tooFewOccupants.problem == "--occupants must be at least --units")
    }
}

@Suite struct ZoneCountTests {
    /// The grouped pass (every zone) and the seek per unit (a window) must agree.
    @Test(arguments: ["2026-11-29", "2020-01-01", "2027-02-19"])
    func bothWaysOfCountingAZoneAgree(_ text: String) throws {
        let region = try fixtureRegion()
        let generated = try AppDatabase.inMemory()
        try generated.generate(
            RegionGenerator(
                zones: 7, units: 90, occupants: 200, allocations: 900, seed: 5, today: TestDay.day),
            trades: try FixtureSet.load(from: TestRepository.fixtures).trades, by: "generator")
        for database in [region, generated] {
            let grouped = try database.zoneSummaries(on: day(text))
            let windowed = try database.zoneSummaries(on: day(text), offset: 0, limit: 10_000)
            #expect(grouped == windowed)
            let totals = try database.regionTotals(on: day(text))
            #expect(totals.occupied == grouped.map(\.occupied).reduce(0, +))
            #expect(totals.units == grouped.map(\.units).reduce(0, +))
            #expect(totals.reserved == grouped.map(\.reserved).reduce(0, +))
            #expect(totals.underWorks == grouped.map(\.underWorks).reduce(0, +))
        }
    }

    /// Reserved and works count only the units free that day: a unit under
    /// works today was occupied on a day it was allocated.
    @Test func aUnitUnderWorksTodayIsOccupiedOnADayItWasAllocated() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1, from: "2026-01-01"), by: "c")
        try database.release(unitCode: "AOU-01", on: day("2026-06-01"), reason: "départ", by: "c")
        try database.setCondition(
            unitCode: "AOU-01", to: .underWorks, note: nil, today: TestDay.day, by: "c")
        for (text, occupied, works) in [("2026-03-01", 1, 0), ("2026-11-29", 0, 1)] {
            let grouped = try database.zoneSummaries(on: day(text))
            #expect(grouped.map(\.occupied) == [occupied] && grouped.map(\.underWorks) == [works])
            #expect(grouped.map(\.vacant) == [3 - occupied - works])
            #expect(try database.zoneSummaries(on: day(text), offset: 0, limit: 10) == grouped)
            let totals = try database.regionTotals(on: day(text))
            #expect(totals.occupied == occupied && totals.underWorks == works)
            #expect(totals.vacant == 3 - occupied - works)
        }
    }
}
