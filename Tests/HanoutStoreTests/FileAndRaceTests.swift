import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct FileTests {
    @Test func eachCommitIsSyncedToTheDiskNotOnlyHandedToTheSystem() throws {
        let path = temporaryPath()
        defer { removeTemporaryFolder(of: path) }
        let database = try AppDatabase.open(at: path)
        // 2 is FULL; GRDB would leave NORMAL (1), which a power cut may undo.
        let level = try database.writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA synchronous")
        }
        #expect(level == 2)
    }

    @Test func migrationsCreateTheSchemaOnAnEmptyFileReadableByItsOwnerOnly() throws {
        let path = temporaryPath()
        defer { removeTemporaryFolder(of: path) }
        let database = try AppDatabase.open(at: path)
        #expect(try database.isEmpty())
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let mode = try database.writer.read { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode")
        }
        #expect(mode == "wal")
        // Opening again runs no migration twice.
        _ = try AppDatabase.open(at: path)
    }

    /// Two clerks, two connections on one file, racing for the same units:
    /// exactly one wins each unit, the other gets the refusal.
    @Test func twoConnectionsRacingForOneUnitNeverBothWin() throws {
        let path = temporaryPath()
        defer { removeTemporaryFolder(of: path) }
        let first = try AppDatabase.open(at: path)
        try first.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        let second = try AppDatabase.open(at: path)
        let vacant = try first.units(inZone: "AOU", on: TestDay.day)
            .filter { $0.state == .vacant && $0.unit.allowedTrades.contains("MEN") }.map(
                \.unit.code)
        let carpenters = try first.occupants(trade: "MEN").map(\.id)
        try #require(!vacant.isEmpty && carpenters.count >= 2)
        let outcomes = OutcomeLog()
        for unit in vacant {
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let database = index == 0 ? first : second
                let ask = AllocationRequest(
                    unitCode: unit, occupantID: carpenters[index], trade: "MEN",
                    period: openEnded("2026-12-01"))
                do {
                    try database.assign(ask, by: "clerk\(index)")
                    outcomes.record(unit, won: true)
                } catch let refusal as AllocationRefused {
                    outcomes.record(unit, won: false, refusal: refusal)
                } catch {
                    outcomes.record(unit, won: false)
                }
            }
        }
        for unit in vacant {
            let results = outcomes.results(for: unit)
            // The two carpenters each win at most one unit (zone limit), so a
            // unit may be refused to both, but never won by both.
            #expect(results.filter { $0 }.count <= 1, "\(unit) was won twice")
            let written = try first.allocations(unitCode: unit)
                .filter { $0.allocation.period.start == day("2026-12-01") }
            #expect(written.count == results.filter { $0 }.count)
        }
        // The first unit raced for is won by exactly one of the two.
        #expect(outcomes.results(for: vacant[0]).filter { $0 }.count == 1)
        #expect(outcomes.results(for: vacant[0]).count == 2)
        #expect(try first.check(today: day("2026-12-02")).isEmpty)
    }
}

/// Outcomes gathered from racing threads.
final class OutcomeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var byUnit: [String: [Bool]] = [:]

    func record(_ unit: String, won: Bool, refusal: AllocationRefused? = nil) {
        lock.lock()
        defer { lock.unlock() }
        byUnit[unit, default: []].append(won)
    }

    func results(for unit: String) -> [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return byUnit[unit] ?? []
    }
}
