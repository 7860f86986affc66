import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The tenancy generator (issue 13's benchmarks): what it writes must be what
/// the clerk's actions would have written, since the benchmarks measure the
/// program on it and `check` must find it clean.
@Suite struct TenancyGeneratorTests {
    static let today = TestDay.day

    static func generated(seed: UInt64 = 7) throws -> (AppDatabase, TenancyGenerator.Summary) {
        let database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 0) })
        let trades = try FixtureSet.load(from: TestRepository.fixtures).trades
        try database.generate(
            RegionGenerator(
                zones: 5, units: 60, occupants: 300, allocations: 600, seed: 3, today: today),
            trades: trades, by: "generator")
        let summary = try database.generateTenancy(
            TenancyGenerator(seed: seed, today: today), by: "generator")
        return (database, summary)
    }

    @Test func everyCurrentAllocationHasAConventionCoveringTodayAndEndingWithIt() throws {
        let (database, summary) = try Self.generated()
        let current = try database.allocations().filter {
            $0.allocation.period.contains(Self.today) && $0.allocation.ending == nil
        }
        #expect(!current.isEmpty)
        #expect(summary.conventions == current.count)
        #expect(summary.schedules == 5)
        for line in current {
            let convention = try #require(
                try database.convention(unitCode: line.allocation.unitCode))
            #expect(convention.allocationID == line.allocation.id)
            #expect(convention.lastDay >= Self.today)
            #expect(convention.terms.map(\.kind) == [.signed])
            // As `signConvention` leaves it: the allocation ends with the convention.
            #expect(line.allocation.period.end == convention.lastDay.adding(days: 1))
        }
    }

    @Test func checkFindsTheGeneratedRegisterClean() throws {
        let (database, summary) = try Self.generated()
        #expect(summary.payments > 0 && summary.dues > 0)
        let problems = try database.check(today: Self.today).map { $0.message(in: .en) }
        #expect(problems.isEmpty, "\(problems)")
        // The indexes taken off for the write are back, the arrears' among them.
        func schema(_ database: AppDatabase) throws -> [String] {
            try database.writer.read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_schema ORDER BY name"
                )
            }
        }
        #expect(try schema(database) == schema(try AppDatabase.inMemory()))
    }

    @Test func theArrearsListHasDebtsOfSeveralAgesOldestFirst() throws {
        let (database, _) = try Self.generated()
        let lines = try database.arrears(zone: nil, asOf: Self.today, limit: 1_000)
        #expect(lines.count > 3)
        let oldest = lines.map(\.arrears.oldestDueOn)
        #expect(oldest == oldest.sorted())
        let bands = Set(
            lines.map {
                AgeBand(days: Self.today.daysSinceEpoch - $0.arrears.oldestDueOn.daysSinceEpoch)
            })
        #expect(bands.count >= 3, "\(bands)")
        // Most pay: far from everyone is in arrears.
        let payers = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT occupant_id) FROM payment") ?? 0
        }
        #expect(payers > lines.count)
    }

    @Test func aLedgerBalanceIsItsDuesMinusItsPayments() throws {
        let (database, _) = try Self.generated()
        let occupants = try database.writer.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT DISTINCT occupant_id FROM due ORDER BY occupant_id LIMIT 20")
        }
        #expect(occupants.count == 20)
        for occupant in occupants {
            let (dues, paid) = try database.writer.read { db in
                (
                    try Int64.fetchOne(
                        db,
                        sql:
                            "SELECT sum(amount_centimes) FROM due WHERE occupant_id = ? AND due_on <= ?",
                        arguments: [occupant, Self.today.iso]) ?? 0,
                    try Int64.fetchOne(
                        db,
                        sql: "SELECT sum(amount_centimes) FROM payment WHERE occupant_id = ?",
                        arguments: [occupant]) ?? 0
                )
            }
            let ledger = try database.ledger(occupantID: occupant, asOf: Self.today)
            #expect(ledger.balance == Money(centimes: dues - paid), "occupant \(occupant)")
        }
    }

    @Test func theSameSeedGivesTheSamePaymentsAndAnotherSeedOthers() throws {
        func payments(_ database: AppDatabase) throws -> [String] {
            try database.writer.read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT receipt || ' ' || paid_on || ' ' || amount_centimes FROM payment ORDER BY receipt"
                )
            }
        }
        #expect(try payments(Self.generated(seed: 7).0) == payments(Self.generated(seed: 7).0))
        #expect(try payments(Self.generated(seed: 7).0) != payments(Self.generated(seed: 8).0))
    }

    @Test func aRegisterWithTenancyDataIsRefused() throws {
        let (database, _) = try Self.generated()
        #expect(throws: (any Error).self) {
            try database.generateTenancy(TenancyGenerator(seed: 1, today: Self.today), by: "g")
        }
    }
}
